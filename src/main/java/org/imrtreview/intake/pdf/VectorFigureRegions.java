package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the regions of vector-drawn plots on a page (decision 0096). Drawing paths that are not
 * table rules (curves, polygons, coloured lines) are grouped where their boxes touch; a group with
 * enough segments is a plot. Its region then grows to the straight rules that cross it (axes, frame,
 * grid), to coloured legend keys close by with the text beside them, and by a margin for tick labels
 * and axis titles. Two plots side by side or one above the other stay two regions.
 */
final class VectorFigureRegions {
    static final int MIN_SEGMENTS = 40;
    private static final double TOUCH = 10;
    private static final double MIN_SIDE = 60;
    private static final double LEGEND_REACH = 100;
    private static final double[] MARGIN = {45, 14, 14, 36}; // left, top, right, bottom (points)

    private VectorFigureRegions() {
    }

    static List<double[]> find(PageContent page, List<TextLine> lines) {
        List<VectorMark> drawing = new ArrayList<>();
        for (VectorMark m : page.marks()) {
            if (m.segments() > 0 && !m.swatchLike()) {
                drawing.add(m);
            }
        }
        List<double[]> regions = new ArrayList<>();
        for (List<VectorMark> group : groups(drawing)) {
            int segments = 0;
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (VectorMark m : group) {
                segments += m.segments();
                include(box, m.x0(), m.top(), m.x1(), m.bottom());
            }
            if (segments < MIN_SEGMENTS || box[2] - box[0] < MIN_SIDE || box[3] - box[1] < MIN_SIDE / 2) {
                continue;
            }
            regions.add(grow(box, page, lines));
        }
        regions.sort((a, b) -> (int) (a[1] / 36) != (int) (b[1] / 36) ? Double.compare(a[1], b[1]) : Double.compare(a[0], b[0]));
        return regions;
    }

    private static double[] grow(double[] plot, PageContent page, List<TextLine> lines) {
        double[] box = plot.clone();
        for (int pass = 0; pass < 2; pass++) {
            for (Ruling r : page.rulings()) {
                double[] rb = r.horizontal() ? new double[] {r.start(), r.position(), r.end(), r.position()}
                        : new double[] {r.position(), r.start(), r.position(), r.end()};
                boolean crosses = rb[0] <= box[2] + 6 && rb[2] >= box[0] - 6 && rb[1] <= box[3] + 6 && rb[3] >= box[1] - 6;
                boolean plotSized = (rb[2] - rb[0]) <= 1.6 * (plot[2] - plot[0]) + 20 && (rb[3] - rb[1]) <= 1.6 * (plot[3] - plot[1]) + 20;
                if (crosses && plotSized) {
                    include(box, rb[0], rb[1], rb[2], rb[3]);
                }
            }
        }
        List<VectorMark> keys = FigureLegendText.keys(page.marks());
        for (VectorMark m : keys) {
            boolean near = m.x0() <= box[2] + LEGEND_REACH && m.x1() >= box[0] - LEGEND_REACH
                    && m.top() <= box[3] + LEGEND_REACH / 2 && m.bottom() >= box[1] - LEGEND_REACH / 2;
            TextLine line = near ? FigureLegendText.lineRightOf(m, lines) : null;
            List<Word> words = line == null ? List.of() : FigureLegendText.words(m, line, keys);
            if (!words.isEmpty()) {
                // a legend key is a coloured line with its name beside it; a lone coloured line is not
                include(box, m.x0(), Math.min(m.top(), line.top()), words.get(words.size() - 1).x1(),
                        Math.max(m.bottom(), line.bottom()));
            }
        }
        return new double[] {Math.max(0, box[0] - MARGIN[0]), Math.max(0, box[1] - MARGIN[1]),
            Math.min(page.width(), box[2] + MARGIN[2]), Math.min(page.height(), box[3] + MARGIN[3])};
    }

    private static void include(double[] box, double x0, double top, double x1, double bottom) {
        box[0] = Math.min(box[0], x0);
        box[1] = Math.min(box[1], top);
        box[2] = Math.max(box[2], x1);
        box[3] = Math.max(box[3], bottom);
    }

    /** Connected groups of boxes that touch (within a few points): union-find over a few hundred paths. */
    private static List<List<VectorMark>> groups(List<VectorMark> unsorted) {
        List<VectorMark> marks = new ArrayList<>(unsorted);
        marks.sort(java.util.Comparator.comparingDouble(VectorMark::x0));
        int n = marks.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            VectorMark a = marks.get(i);
            // sorted by left edge: once a box starts beyond this one's right edge, none later touches it
            for (int j = i + 1; j < n && marks.get(j).x0() <= a.x1() + TOUCH; j++) {
                VectorMark b = marks.get(j);
                if (a.x0() <= b.x1() + TOUCH && b.x0() <= a.x1() + TOUCH && a.top() <= b.bottom() + TOUCH
                        && b.top() <= a.bottom() + TOUCH) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        java.util.Map<Integer, List<VectorMark>> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(marks.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
