package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds tables drawn with cell borders: groups of horizontal and vertical rulings that touch,
 * whose line positions define rows and columns. A border missing between two cells merges them
 * (a merged organ cell spanning two constraint rows is repeated in each row; a cell spanning
 * columns keeps its text in its leftmost column). Text is assigned to cells by glyph centre, so
 * wrapped lines inside a cell stay in that cell.
 */
final class RuledTableFinder {
    private static final double TOUCH = 3.0;
    private static final double SAME_EDGE = 2.5;
    private static final double COVER = 0.6;
    /** A text line's extent above and below its baseline, in font sizes (as a scanned page's glyphs are set). */
    private static final double LINE_ABOVE_BASELINE = 0.78;
    private static final double LINE_BELOW_BASELINE = 0.22;

    /** Whether a ruled row holding several full text lines is split at them (scanned pages only). */
    private final boolean splitLostRows;

    RuledTableFinder() {
        this(false);
    }

    RuledTableFinder(boolean splitLostRows) {
        this.splitLostRows = splitLostRows;
    }

    /** Boxes (x0, top, x1, bottom) of the grids found; their text is not offered to the stream reader. */
    private final List<double[]> claimed = new ArrayList<>();

    List<double[]> claimed() {
        return claimed;
    }

    List<ExtractedTable> find(PageContent page) {
        List<Ruling> horizontals = RulingSet.merged(page.rulings(), true);
        List<Ruling> verticals = RulingSet.merged(page.rulings(), false);
        if (horizontals.size() < 2 || verticals.size() < 2
                || (long) horizontals.size() * verticals.size() > 4_000_000L) {
            return List.of();
        }
        List<ExtractedTable> tables = new ArrayList<>();
        for (List<Ruling> component : components(horizontals, verticals)) {
            ExtractedTable t = grid(component, page);
            if (t != null) {
                tables.add(t);
            }
        }
        tables.sort((a, b) -> Double.compare(a.top(), b.top()));
        return tables;
    }

    private static List<List<Ruling>> components(List<Ruling> hs, List<Ruling> vs) {
        int n = hs.size() + vs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < hs.size(); i++) {
            Ruling h = hs.get(i);
            for (int j = 0; j < vs.size(); j++) {
                Ruling v = vs.get(j);
                if (v.position() >= h.start() - TOUCH && v.position() <= h.end() + TOUCH
                        && h.position() >= v.start() - TOUCH && h.position() <= v.end() + TOUCH) {
                    union(parent, i, hs.size() + j);
                }
            }
        }
        Map<Integer, List<Ruling>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Ruling r = i < hs.size() ? hs.get(i) : vs.get(i - hs.size());
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(r);
        }
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private ExtractedTable grid(List<Ruling> component, PageContent page) {
        List<Double> xValues = new ArrayList<>();
        List<Double> yValues = new ArrayList<>();
        List<Ruling> hs = new ArrayList<>();
        List<Ruling> vs = new ArrayList<>();
        for (Ruling r : component) {
            (r.horizontal() ? yValues : xValues).add(r.position());
            (r.horizontal() ? hs : vs).add(r);
        }
        double[] xs = RulingSet.cluster(xValues, SAME_EDGE);
        double[] ys = RulingSet.cluster(yValues, SAME_EDGE);
        if (splitLostRows && xs.length >= 3 && ys.length >= 2) {
            List<Double> lost = lostRowRules(xs, ys, page);
            if (!lost.isEmpty()) {
                for (double y : lost) {
                    yValues.add(y);
                    hs.add(new Ruling(true, y, xs[0], xs[xs.length - 1]));
                }
                ys = RulingSet.cluster(yValues, SAME_EDGE);
            }
        }
        int cols = xs.length - 1;
        int rows = ys.length - 1;
        if (cols < 2 || rows < 1) {
            return null; // a box or a single column of lines: left to the stream reader
        }
        int[] root = mergeCells(xs, ys, hs, vs);
        Map<Integer, List<Glyph>> cellGlyphs = new HashMap<>();
        for (Glyph g : page.glyphs()) {
            if (g.isSpace()) {
                continue;
            }
            int c = index(xs, g.centerX());
            int r = index(ys, g.centerY());
            if (c >= 0 && r >= 0) {
                cellGlyphs.computeIfAbsent(root[r * cols + c], k -> new ArrayList<>()).add(g);
            }
        }
        String[][] cells = new String[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int id = root[r * cols + c];
                int leftmost = id % cols;
                List<Glyph> glyphs = cellGlyphs.get(id);
                cells[r][c] = glyphs == null || c != leftmost ? "" : TextLayout.blockText(glyphs);
            }
        }
        claimed.add(new double[] {xs[0], ys[0], xs[cols], ys[rows]});
        return GridCleaner.toTable(page.pageNumber(), page.height(), cells, xs, ys[0], ys[rows], true);
    }

    /**
     * Row rules a scan or fax lost (faint HTML borders after JPEG, a hairline that vanished at a
     * tilt): inside one ruled row, a text line that fills its first column and two thirds of the
     * columns begins a row of its own when a full line stands above it in the same ruled row. A
     * cell's wrapped second line ("nerve", "Gy", "IMRT?") never fills the first column and two
     * thirds of the others, so it stays in its cell. Decision 0256.
     */
    static List<Double> lostRowRules(double[] xs, double[] ys, PageContent page) {
        int cols = xs.length - 1;
        List<Double> out = new ArrayList<>();
        for (int r = 0; r + 1 < ys.length; r++) {
            List<Glyph> inRow = new ArrayList<>();
            for (Glyph g : page.glyphs()) {
                if (!g.isSpace() && g.centerY() > ys[r] && g.centerY() < ys[r + 1] && index(xs, g.centerX()) >= 0) {
                    inRow.add(g);
                }
            }
            if (inRow.size() < 2) {
                continue;
            }
            inRow.sort((a, b) -> Double.compare(a.baseline(), b.baseline()));
            // text lines by baseline
            List<List<Glyph>> lines = new ArrayList<>();
            for (Glyph g : inRow) {
                List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (last != null && g.baseline() - last.get(last.size() - 1).baseline() < 0.5 * Math.max(1, g.fontSize())) {
                    last.add(g);
                } else {
                    List<Glyph> line = new ArrayList<>();
                    line.add(g);
                    lines.add(line);
                }
            }
            // a line's extent from its median baseline and the row's median font size, not from each glyph's
            // own: on a fax the specks a vanished rule left above a line join its words' boxes (a "<" read 60 px
            // tall beside 32 px digits), and a lone "Gy" gets its baseline from its descender, so the lines
            // would seem to overlap
            double size = median(inRow.stream().mapToDouble(Glyph::fontSize).toArray());
            boolean fullAbove = false;
            double previousBottom = Double.NaN;
            for (List<Glyph> line : lines) {
                boolean[] filled = new boolean[cols];
                for (Glyph g : line) {
                    filled[index(xs, g.centerX())] = true;
                }
                double baseline = median(line.stream().mapToDouble(Glyph::baseline).toArray());
                double top = baseline - LINE_ABOVE_BASELINE * size;
                double bottom = baseline + LINE_BELOW_BASELINE * size;
                int n = 0;
                for (boolean f : filled) {
                    n += f ? 1 : 0;
                }
                boolean full = filled[0] && n * 3 >= 2 * cols;
                if (full && fullAbove && top > previousBottom) {
                    out.add((previousBottom + top) / 2);
                }
                fullAbove |= full;
                previousBottom = Double.isNaN(previousBottom) ? bottom : Math.max(previousBottom, bottom);
            }
        }
        return out;
    }

    private static double median(double[] values) {
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }

    /** Union of cells not separated by a drawn border; each cell maps to its region's top-left cell. */
    private static int[] mergeCells(double[] xs, double[] ys, List<Ruling> hs, List<Ruling> vs) {
        int cols = xs.length - 1;
        int rows = ys.length - 1;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !hasBorder(vs, xs[c + 1], ys[r], ys[r + 1])) {
                    union(parent, r * cols + c + 1, r * cols + c);
                }
                if (r + 1 < rows && !hasBorder(hs, ys[r + 1], xs[c], xs[c + 1])) {
                    union(parent, (r + 1) * cols + c, r * cols + c);
                }
            }
        }
        int[] topLeft = new int[parent.length];
        java.util.Arrays.fill(topLeft, Integer.MAX_VALUE);
        for (int i = 0; i < parent.length; i++) {
            int p = find(parent, i);
            int rr = Math.min(topLeft[p] == Integer.MAX_VALUE ? Integer.MAX_VALUE : topLeft[p] / cols, i / cols);
            int cc = Math.min(topLeft[p] == Integer.MAX_VALUE ? Integer.MAX_VALUE : topLeft[p] % cols, i % cols);
            topLeft[p] = rr * cols + cc;
        }
        int[] result = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            result[i] = topLeft[find(parent, i)];
        }
        return result;
    }

    private static boolean hasBorder(List<Ruling> rulings, double position, double from, double to) {
        for (Ruling r : rulings) {
            if (Math.abs(r.position() - position) <= SAME_EDGE && r.covers(from, to, COVER)) {
                return true;
            }
        }
        return false;
    }

    /** Index i with edges[i] <= v < edges[i+1], or -1 outside. */
    static int index(double[] edges, double v) {
        if (v < edges[0] || v >= edges[edges.length - 1]) {
            return -1;
        }
        int lo = 0;
        int hi = edges.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= v) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
