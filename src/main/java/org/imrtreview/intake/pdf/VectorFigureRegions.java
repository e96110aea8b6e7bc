package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the regions of vector-drawn plots on a page (decision 0096). Drawing paths that are not
 * table rules (curves, polygons, coloured lines) are grouped where their boxes touch a group's box; a group with
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

    /** A plot: the box of its drawing and axes ({@code plot}) and the area rendered for it (with labels, legend). */
    record Region(double[] plot, double[] area) {
    }

    static List<Region> find(PageContent page, List<TextLine> lines) {
        List<VectorMark> drawing = new ArrayList<>();
        for (VectorMark m : page.marks()) {
            if (m.segments() > 0 && !m.swatchLike()) {
                drawing.add(m);
            }
        }
        List<Region> regions = new ArrayList<>();
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
        return regions;
    }

    private static Region grow(double[] drawing, PageContent page, List<TextLine> lines) {
        double[] box = drawing.clone();
        double[] plot = drawing;
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
        double[] axes = box.clone();
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
        return new Region(axes, new double[] {Math.max(0, box[0] - MARGIN[0]), Math.max(0, box[1] - MARGIN[1]),
            Math.min(page.width(), box[2] + MARGIN[2]), Math.min(page.height(), box[3] + MARGIN[3])});
    }

    private static void include(double[] box, double x0, double top, double x1, double bottom) {
        box[0] = Math.min(box[0], x0);
        box[1] = Math.min(box[1], top);
        box[2] = Math.max(box[2], x1);
        box[3] = Math.max(box[3], bottom);
    }

    /**
     * Groups of boxes that touch (within a few points). Each path is merged into the groups whose
     * overall box it touches, then groups whose boxes touch are merged until none do: the cost grows
     * with paths times groups, so a scatter plot of 20 000 markers stays cheap (pairwise tests would not).
     */
    private static List<List<VectorMark>> groups(List<VectorMark> marks) {
        List<double[]> boxes = new ArrayList<>();
        List<List<VectorMark>> members = new ArrayList<>();
        for (VectorMark m : marks) {
            double[] box = {m.x0(), m.top(), m.x1(), m.bottom()};
            List<VectorMark> group = new ArrayList<>(List.of(m));
            for (int g = boxes.size() - 1; g >= 0; g--) {
                if (touch(boxes.get(g), box)) {
                    double[] b = boxes.remove(g);
                    include(box, b[0], b[1], b[2], b[3]);
                    group.addAll(members.remove(g));
                }
            }
            boxes.add(box);
            members.add(group);
        }
        // a group that grew may now touch one it was checked against before
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < boxes.size() && !merged; i++) {
                for (int j = i + 1; j < boxes.size() && !merged; j++) {
                    if (touch(boxes.get(i), boxes.get(j))) {
                        double[] b = boxes.remove(j);
                        include(boxes.get(i), b[0], b[1], b[2], b[3]);
                        members.get(i).addAll(members.remove(j));
                        merged = true;
                    }
                }
            }
        }
        return members;
    }

    private static boolean touch(double[] a, double[] b) {
        return a[0] <= b[2] + TOUCH && b[0] <= a[2] + TOUCH && a[1] <= b[3] + TOUCH && b[1] <= a[3] + TOUCH;
    }
}
