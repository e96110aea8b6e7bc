package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The text lines of a page outside its tables at its top and its bottom, kept after the page's glyphs
 * are discarded so that a table can be joined across a page break (decision 0408): {@code head} are the
 * lines above the page's first table (the first lines of the page when it has none), {@code tail} the
 * lines below its last table (the last lines when it has none). Both are capped; {@code headCut} and
 * {@code tailCut} say that more lines were there than kept, so the stitcher never takes a cut list for
 * "nothing else on the page". {@code scanned}: the lines were read by OCR (their words carry
 * {@link OcrConfidence} markers); the stitcher uses them only to read or hold rows too few to be found as a
 * table at the top of the page (decision 0480), never for joining two tables by furniture (0408).
 * {@code titles}: the lines just above each table of the page, where a table says which plan or course it
 * summarises (decision 0640), kept whatever else is slimmed away.
 */
record PageFlow(int pageNumber, double height, List<TextLine> head, boolean headCut, List<TextLine> tail,
                boolean tailCut, boolean scanned, List<TableTitle> titles) {
    /** Lines kept at a page's top: the running header, a "(continued)" line and a few header-less rows. */
    static final int MAX_HEAD = 14;
    /** Lines kept at a page's bottom: a footer is one to three lines. */
    static final int MAX_TAIL = 6;
    /**
     * Pages after a page with tables whose lines are kept: a table may go on over a page holding only a row
     * or two (read as lines, not a table) onto the next (decision 0443).
     */
    static final int MAX_CHAIN = 2;

    /** Title lines kept above a table: a title, a subtitle and a "prepared by" line. */
    static final int TITLE_LINES = 3;

    /**
     * The title of the table whose top is {@code top}: its lines top to bottom joined by " | " (as
     * {@link org.imrtreview.intake.table.TableExtractor} joins a workbook's title rows).
     */
    record TableTitle(double top, String text) {
    }

    PageFlow {
        head = List.copyOf(head);
        tail = List.copyOf(tail);
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    PageFlow(int pageNumber, double height, List<TextLine> head, boolean headCut, List<TextLine> tail,
             boolean tailCut, boolean scanned) {
        this(pageNumber, height, head, headCut, tail, tailCut, scanned, List.of());
    }

    PageFlow(int pageNumber, double height, List<TextLine> head, boolean headCut, List<TextLine> tail,
             boolean tailCut) {
        this(pageNumber, height, head, headCut, tail, tailCut, false);
    }

    /** The same lines, marked as read by OCR. */
    PageFlow asScanned() {
        return new PageFlow(pageNumber, height, head, headCut, tail, tailCut, true, titles);
    }

    /** The title lines above the table that starts at {@code top} on this page, empty when none. */
    String titleAbove(double top) {
        for (TableTitle t : titles) {
            if (Math.abs(t.top() - top) < 0.5) {
                return t.text();
            }
        }
        return "";
    }

    /**
     * What the stitcher can use, to keep a long packet small: a page's tail only when it holds a table (or
     * may hold a table's rows), its head only when a page at most {@link #MAX_CHAIN} before it holds one. A
     * dropped list is marked cut, never empty-and-clear.
     */
    PageFlow slim(boolean hasTables, boolean previousHasTables) {
        return new PageFlow(pageNumber, height, previousHasTables ? head : List.of(), headCut || !previousHasTables,
                hasTables ? tail : List.of(), tailCut || !hasTables, scanned, titles);
    }

    /** The glyphs above the page's first table and below its last (all of them when it has none). */
    static List<Glyph> outside(List<Glyph> glyphs, List<ExtractedTable> tables) {
        if (tables.isEmpty()) {
            return glyphs;
        }
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (ExtractedTable t : tables) {
            top = Math.min(top, t.top());
            bottom = Math.max(bottom, t.bottom());
        }
        List<Glyph> out = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.baseline() < top || g.baseline() > bottom) {
                out.add(g);
            }
        }
        return out;
    }

    /** @param tables the page's tables, top to bottom */
    static PageFlow of(int pageNumber, double height, List<TextLine> lines, List<ExtractedTable> tables) {
        double top = tables.isEmpty() ? Double.MAX_VALUE : tables.get(0).top();
        double bottom = tables.isEmpty() ? -Double.MAX_VALUE : tables.get(tables.size() - 1).bottom();
        for (ExtractedTable t : tables) {
            top = Math.min(top, t.top());
            bottom = Math.max(bottom, t.bottom());
        }
        List<TextLine> head = new ArrayList<>();
        boolean headCut = false;
        List<TextLine> tail = new ArrayList<>();
        for (TextLine l : lines) {
            if (l.baseline() < top) {
                if (head.size() < MAX_HEAD) {
                    head.add(l);
                } else {
                    headCut = true;
                }
            }
            if (l.baseline() > bottom) {
                tail.add(l);
            }
        }
        boolean tailCut = tail.size() > MAX_TAIL;
        if (tailCut) {
            tail = new ArrayList<>(tail.subList(tail.size() - MAX_TAIL, tail.size()));
        }
        return new PageFlow(pageNumber, height, head, headCut, tail, tailCut, false, titles(lines, tables));
    }

    /**
     * Each table's title: the lines just above it (below any table above it), nearest first, while each is
     * close to the one under it — the first within {@link #TITLE_GAP} line heights of the table, the next within
     * {@link #TITLE_LINE_GAP} of it — at most {@link #TITLE_LINES}. A letter's paragraph ending well above the
     * table, or a page's running header, is not taken for its title.
     */
    static List<TableTitle> titles(List<TextLine> lines, List<ExtractedTable> tables) {
        List<TableTitle> out = new ArrayList<>();
        for (ExtractedTable t : tables) {
            double floor = -Double.MAX_VALUE;
            for (ExtractedTable other : tables) {
                if (other != t && other.bottom() <= t.top()) {
                    floor = Math.max(floor, other.bottom());
                }
            }
            List<TextLine> above = new ArrayList<>();
            for (TextLine l : lines) {
                if (l.baseline() < t.top() && l.top() > floor) {
                    above.add(l);
                }
            }
            above.sort((a, b) -> Double.compare(b.baseline(), a.baseline()));
            List<String> block = new ArrayList<>();
            double edge = t.top();
            for (TextLine l : above) {
                double size = Math.max(l.fontSize(), l.bottom() - l.top());
                if (edge - l.bottom() > (block.isEmpty() ? TITLE_GAP : TITLE_LINE_GAP) * size) {
                    break;
                }
                String text = withoutMarkers(l.text()).strip();
                if (!text.isEmpty()) {
                    block.add(0, text);
                }
                edge = Math.min(edge, l.top());
                if (block.size() == TITLE_LINES) {
                    break;
                }
            }
            if (!block.isEmpty()) {
                out.add(new TableTitle(t.top(), String.join(" | ", block)));
            }
        }
        return out;
    }

    /** A line read by OCR carries each word's confidence as private-use characters: a title is read as words. */
    private static String withoutMarkers(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!OcrConfidence.isMarker(text.charAt(i))) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    /** Line heights between a table's top and the last line of its title, at most. */
    static final double TITLE_GAP = 6;
    /** Line heights between two lines of one title, at most. */
    static final double TITLE_LINE_GAP = 2.5;
}
