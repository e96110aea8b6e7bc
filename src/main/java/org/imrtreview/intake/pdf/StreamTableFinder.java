package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds tables without (full) cell borders from text alignment alone: a block of lines with three
 * or more chunks of text separated by wide gaps; columns are the "rivers" of white space that no
 * word of the block crosses; rows are formed by {@link RowGrouper} (wrapped cell text and
 * bottom-aligned spreadsheet cells joined to their row), with any horizontal rules as hard row
 * boundaries.
 */
final class StreamTableFinder {
    /** A gap this wide (in font sizes) separates cells; a word space is about 0.25. */
    static final double CELL_GAP = 0.42;
    /** ... and at least this many word spaces of the page's font (monospaced spaces are 0.6 em). */
    private static final double CELL_GAP_SPACES = 1.6;

    /** Cell gap of this page, in font sizes. */
    private double cellGap = CELL_GAP;
    /** A vertical gap this tall (in font sizes) ends a table block. */
    private static final double BLOCK_GAP = 2.6;
    private static final int MIN_SEED_CHUNKS = 3;

    /** A page read by OCR: its line baselines jitter, so rows are grouped with the row pitch in view (decision 0525). */
    private final boolean scanned;

    StreamTableFinder() {
        this(false);
    }

    StreamTableFinder(boolean scanned) {
        this.scanned = scanned;
    }

    List<ExtractedTable> find(PageContent page, List<double[]> claimed) {
        cellGap = Math.max(CELL_GAP, CELL_GAP_SPACES * spaceWidth(page.glyphs()));
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            if (!insideAny(g, claimed)) {
                free.add(g);
            }
        }
        List<TextLine> lines = TextLayout.lines(free);
        List<Ruling> horizontals = RulingSet.merged(page.rulings(), true);
        List<ExtractedTable> tables = new ArrayList<>();
        for (List<TextLine> block : blocks(lines)) {
            ExtractedTable t = table(block, horizontals, page);
            if (t != null) {
                tables.add(t);
            }
        }
        return tables;
    }

    /** Median width of the space glyphs on the page, in font sizes (0.25 when the page draws none). */
    static double spaceWidth(List<Glyph> glyphs) {
        List<Double> widths = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.isSpace() && g.fontSize() > 0 && g.x1() > g.x0()) {
                widths.add((g.x1() - g.x0()) / g.fontSize());
            }
        }
        if (widths.size() < 5) {
            return 0.25;
        }
        widths.sort(Double::compare);
        return widths.get(widths.size() / 2);
    }

    private static boolean insideAny(Glyph g, List<double[]> boxes) {
        for (double[] b : boxes) {
            if (g.centerX() >= b[0] && g.centerX() <= b[2] && g.centerY() >= b[1] && g.centerY() <= b[3]) {
                return true;
            }
        }
        return false;
    }

    /** Runs of lines without a tall vertical gap that hold at least two multi-chunk lines. */
    private List<List<TextLine>> blocks(List<TextLine> lines) {
        List<List<TextLine>> blocks = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        for (TextLine line : lines) {
            if (!current.isEmpty()) {
                TextLine prev = current.get(current.size() - 1);
                if (line.top() - prev.bottom() > BLOCK_GAP * Math.max(prev.fontSize(), line.fontSize())) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        List<List<TextLine>> tableBlocks = new ArrayList<>();
        for (List<TextLine> b : blocks) {
            int seeds = 0;
            for (TextLine l : b) {
                if (chunkCount(l) >= MIN_SEED_CHUNKS) {
                    seeds++;
                }
            }
            if (seeds >= 2) {
                tableBlocks.add(b);
            }
        }
        return tableBlocks;
    }

    int chunkCount(TextLine line) {
        int chunks = 1;
        List<Word> w = line.words();
        for (int i = 1; i < w.size(); i++) {
            if (w.get(i).x0() - w.get(i - 1).x1() >= cellGap * line.fontSize()) {
                chunks++;
            }
        }
        return chunks;
    }

    private ExtractedTable table(List<TextLine> block, List<Ruling> horizontals, PageContent page) {
        List<TextLine> seeds = new ArrayList<>();
        for (TextLine l : block) {
            if (chunkCount(l) >= MIN_SEED_CHUNKS) {
                seeds.add(l);
            }
        }
        seeds = trimProse(seeds);
        double[] edges = columnEdges(seeds);
        if (edges.length < 4) {
            return null; // fewer than three columns: prose or a form, not a table
        }
        List<TextLine> members = members(block, seeds, edges);
        edges = columnEdges(members);
        if (edges.length < 4) {
            return null;
        }
        List<List<TextLine>> rows = new RowGrouper(edges, horizontals, scanned).group(members);
        int cols = edges.length - 1;
        String[][] cells = new String[rows.size()][cols];
        for (int r = 0; r < rows.size(); r++) {
            cells[r] = cellTexts(rows.get(r), edges);
        }
        double top = members.get(0).top();
        double bottom = members.get(members.size() - 1).bottom();
        return GridCleaner.toTable(page.pageNumber(), page.height(), cells, edges, top, bottom, false);
    }

    /** Drops up to two prose-like lines at either end of the seeds when they hide two or more columns. */
    private List<TextLine> trimProse(List<TextLine> seeds) {
        List<TextLine> s = new ArrayList<>(seeds);
        for (int pass = 0; pass < 2 && s.size() > 2; pass++) {
            int all = columnEdges(s).length;
            int withoutFirst = columnEdges(s.subList(1, s.size())).length;
            int withoutLast = columnEdges(s.subList(0, s.size() - 1)).length;
            // a header row spanning sub-columns also hides rivers, but it has many chunks; prose few
            if (withoutFirst >= all + 2 && withoutFirst >= withoutLast && proseLike(s.get(0), withoutFirst)) {
                s.remove(0);
            } else if (withoutLast >= all + 2 && proseLike(s.get(s.size() - 1), withoutLast)) {
                s.remove(s.size() - 1);
            } else {
                break;
            }
        }
        return s;
    }

    private boolean proseLike(TextLine line, int edgesWithout) {
        return chunkCount(line) * 2 <= edgesWithout - 1;
    }

    /** The seed lines plus every other line of the block, between or next to them, that crosses no river. */
    private List<TextLine> members(List<TextLine> block, List<TextLine> seeds, double[] edges) {
        int first = block.indexOf(seeds.get(0));
        int last = block.indexOf(seeds.get(seeds.size() - 1));
        List<TextLine> out = new ArrayList<>();
        // lines just above the first seed (a bottom-aligned header's first line) and below the last
        int from = first;
        while (from > 0 && fits(block.get(from - 1), edges) && attached(block.get(from - 1), block.get(from))) {
            from--;
        }
        int to = last;
        while (to + 1 < block.size() && fits(block.get(to + 1), edges) && attached(block.get(to), block.get(to + 1))) {
            to++;
        }
        for (int i = from; i <= to; i++) {
            TextLine l = block.get(i);
            if (seeds.contains(l) || fits(l, edges)) {
                out.add(l);
            }
        }
        return out;
    }

    /** Lines close enough to be one table: wrapped cell text, or another multi-cell line. */
    private boolean attached(TextLine upper, TextLine lower) {
        boolean tight = lower.top() - upper.bottom() <= 0.6 * Math.max(upper.fontSize(), lower.fontSize());
        return tight || (chunkCount(upper) >= 2 && chunkCount(lower) >= 2);
    }

    /** Whether every word of the line lies within one column (crosses no river) inside the table. */
    private boolean fits(TextLine line, double[] edges) {
        // the last column may be much wider than its data (a long header such as "Can the constraint
        // only be met with IMRT?"): only the left edge bounds the table
        double slack = 3 * line.fontSize();
        for (Word w : line.words()) {
            if (w.x0() < edges[0] - slack) {
                return false;
            }
            for (int e = 1; e < edges.length - 1; e++) {
                if (w.x0() < edges[e] && w.x1() > edges[e]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Left edge, the middle of each river wider than a cell gap, right edge. */
    double[] columnEdges(List<TextLine> lines) {
        if (lines.isEmpty()) {
            return new double[0];
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double size = Double.MAX_VALUE;
        for (TextLine l : lines) {
            minX = Math.min(minX, l.x0());
            maxX = Math.max(maxX, l.x1());
            size = Math.min(size, l.fontSize()); // a bold header a point larger must not hide a gap
        }
        int width = (int) Math.ceil((maxX - minX) * 4) + 2; // quarter-point resolution
        BitSet covered = new BitSet(width);
        for (TextLine l : lines) {
            for (Word w : l.words()) {
                covered.set((int) Math.floor((w.x0() - minX) * 4), (int) Math.ceil((w.x1() - minX) * 4));
            }
        }
        List<Double> edges = new ArrayList<>();
        edges.add(minX);
        double minGap = cellGap * size * 4;
        int i = covered.nextClearBit(0);
        while (i < width) {
            int next = covered.nextSetBit(i);
            if (next < 0) {
                break;
            }
            if (next - i >= minGap || next - i >= 2 && isTouchingBoundary(lines, minX + i / 4.0)) {
                edges.add(minX + (i + next) / 8.0);
            }
            i = covered.nextClearBit(next);
        }
        edges.add(maxX);
        return edges.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Spreadsheet exports put a right-aligned number and the next column's left-aligned text closer
     * than a word space ("24.6" then "Yes", 1.4 pt apart), so no river shows. Such a narrow gap is a
     * column boundary when many lines have a word ending exactly at its left side (numbers aligned
     * right) and no line continues such a word with a space character (the text of one cell).
     */
    private boolean isTouchingBoundary(List<TextLine> lines, double left) {
        int support = 0;
        for (TextLine l : lines) {
            List<Word> w = l.words();
            for (int i = 0; i < w.size(); i++) {
                if (Math.abs(w.get(i).x1() - left) > 0.6) {
                    continue;
                }
                support++;
                if (i + 1 < w.size() && w.get(i + 1).spaced() && w.get(i + 1).x0() - w.get(i).x1() < cellGap * l.fontSize()) {
                    return false; // "Dmax" then " <": words of one cell
                }
            }
        }
        return support >= Math.max(3, (int) Math.ceil(0.4 * lines.size()));
    }



    private static String[] cellTexts(List<TextLine> rowLines, double[] edges) {
        int cols = edges.length - 1;
        List<List<String>> parts = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            parts.add(new ArrayList<>());
        }
        for (TextLine line : rowLines) {
            List<List<Word>> perColumn = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                perColumn.add(new ArrayList<>());
            }
            for (Word w : line.words()) {
                int c = Math.max(0, Math.min(cols - 1, columnOf(w.centerX(), edges)));
                perColumn.get(c).add(w);
            }
            for (int c = 0; c < cols; c++) {
                if (!perColumn.get(c).isEmpty()) {
                    parts.get(c).add(TextLayout.join(perColumn.get(c)));
                }
            }
        }
        String[] out = new String[cols];
        for (int c = 0; c < cols; c++) {
            out[c] = TextLayout.joinLines(parts.get(c));
        }
        return out;
    }

    static int columnOf(double x, double[] edges) {
        for (int c = 1; c < edges.length - 1; c++) {
            if (x < edges[c]) {
                return c - 1;
            }
        }
        return edges.length - 2;
    }
}
