package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imrtreview.model.Column;
import org.imrtreview.model.OcrCell;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;
import org.imrtreview.ocr.OcrWord;

/**
 * Carries OCR confidences through the table finders, which only join text: each word's confidence
 * travels as one private-use character after it ({@link #marker}), {@link #strip} takes them out of
 * a finished table and remembers each cell text's lowest confidence, and {@link #attach} gives the
 * summary table's cells their confidence. A cell text seen several times keeps the lowest (a doubt is
 * never lost); a cell whose text cannot be traced to what was read counts as confidence 0.
 */
public final class OcrConfidence {
    private static final char BASE = '\uE000';
    /** After the confidence marker, one of these when the reader doubts the word ({@link OcrWord.Doubt}). */
    private static final char DOUBT_BASE = '\uE065';
    private static final OcrWord.Doubt[] DOUBTS = OcrWord.Doubt.values();
    /** After those, four of these: the word's box as shares of the upright page, x0 y0 x1 y1, in 1/1023 steps. */
    private static final char BOX_BASE = '\uE400';
    private static final int BOX_STEPS = 1023;

    /** Lowest confidence per cell text, and where it was first read. */
    private final Map<String, Double> confidence = new HashMap<>();
    private final Map<String, String> where = new HashMap<>();
    /** The reader's own doubt per cell text (a word of it read differently enlarged, an unread point). */
    private final Map<String, String> doubt = new HashMap<>();
    /** Where each cell text was read, every occurrence in reading order (a "Yes" in each row). */
    private final Map<String, java.util.ArrayDeque<org.imrtreview.model.ScanSpot>> spots = new HashMap<>();

    /**
     * Each reading of a cell text, in reading order, with the column of its table it was read in: a cell
     * text read several times gets its own reading back when nothing can mix them up (decision 0323).
     */
    private record Seen(double confidence, String why, int column) {
    }

    private final Map<String, List<Seen>> seen = new HashMap<>();
    /**
     * The cell texts of each row of a table read from a text layer (no markers at all): a summary row whose
     * every cell is one of them was typed, not read by OCR, even when joined to a scanned page (decision 0471).
     */
    private final List<java.util.Set<String>> typedRows = new ArrayList<>();

    private static final org.imrtreview.model.ScanSpot NO_SPOT = new org.imrtreview.model.ScanSpot(0, 0, 0, 0, 0);

    private static double share(char c) {
        return (c - BOX_BASE) / (double) BOX_STEPS;
    }

    static String marker(double confidence) {
        return String.valueOf((char) (BASE + (int) Math.round(Math.max(0, Math.min(1, confidence)) * 100)));
    }

    static String doubtMarker(OcrWord.Doubt d) {
        return d == null ? "" : String.valueOf((char) (DOUBT_BASE + d.ordinal()));
    }

    /** The word's box on the upright page (pixels of a {@code width} x {@code height} page) as four markers. */
    static String boxMarker(int x0, int y0, int x1, int y1, int width, int height) {
        return new String(new char[] {step(x0, width), step(y0, height), step(x1, width), step(y1, height)});
    }

    private static char step(int v, int size) {
        return (char) (BOX_BASE + Math.round(Math.max(0, Math.min(1, (double) v / Math.max(1, size))) * BOX_STEPS));
    }

    /** Whether {@code c} is a confidence, doubt or box marker (never text). */
    public static boolean isMarker(char c) {
        return c >= BASE && c < DOUBT_BASE + DOUBTS.length || c >= BOX_BASE && c <= BOX_BASE + BOX_STEPS;
    }

    public boolean isEmpty() {
        return confidence.isEmpty();
    }

    /** The table with the markers removed; cell confidences remembered. Tables without markers pass unchanged. */
    ExtractedTable strip(ExtractedTable table, String file) {
        List<List<String>> rows = new ArrayList<>();
        boolean any = false;
        for (List<String> row : table.rows()) {
            List<String> clean = new ArrayList<>();
            int column = -1;
            for (String cell : row) {
                column++;
                if (cell == null) {
                    clean.add(null);
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                double min = Double.NaN;
                String why = null;
                org.imrtreview.model.ScanSpot spot = null;
                for (int i = 0; i < cell.length(); i++) {
                    char c = cell.charAt(i);
                    if (c >= BOX_BASE && isMarker(c)) {
                        if (i + 3 < cell.length()) {
                            org.imrtreview.model.ScanSpot box = new org.imrtreview.model.ScanSpot(table.firstPage(),
                                    share(c), share(cell.charAt(i + 1)), share(cell.charAt(i + 2)), share(cell.charAt(i + 3)));
                            spot = spot == null ? box : spot.union(box);
                        }
                        i += 3;
                    } else if (c >= DOUBT_BASE && isMarker(c)) {
                        why = why == null ? DOUBTS[c - DOUBT_BASE].sentence() : why;
                    } else if (isMarker(c)) {
                        double v = (c - BASE) / 100.0;
                        min = Double.isNaN(min) ? v : Math.min(min, v);
                    } else {
                        sb.append(c);
                    }
                }
                String text = normalise(sb.toString());
                if (!Double.isNaN(min)) {
                    any = true;
                    remember(text, min, file + " " + table.location());
                    if (why != null && !text.isEmpty()) {
                        doubt.putIfAbsent(text, why);
                    }
                    if (!text.isEmpty()) {
                        seen.computeIfAbsent(text, k -> new ArrayList<>()).add(new Seen(min, why, column));
                    }
                    if (!text.isEmpty()) { // null too: the n-th occurrence must stay the n-th
                        spots.computeIfAbsent(text, k -> new java.util.ArrayDeque<>()).add(
                                spot == null ? NO_SPOT : spot);
                    }
                }
                clean.add(Double.isNaN(min) ? cell : text);
            }
            rows.add(clean);
        }
        if (!any) {
            for (List<String> row : table.rows()) {
                java.util.Set<String> cells = new java.util.HashSet<>();
                for (String cell : row) {
                    if (cell != null && !normalise(cell).isEmpty()) {
                        cells.add(normalise(cell));
                    }
                }
                if (!cells.isEmpty()) {
                    typedRows.add(cells);
                }
            }
        }
        return any ? new ExtractedTable(table.firstPage(), table.lastPage(), rows, table.columnEdges(), table.top(),
                table.bottom(), table.ruled(), table.pageHeight()) : table;
    }

    /** Whether a cell text (markers removed) was read under {@code threshold} or doubted by the reader. */
    boolean doubtful(String text, double threshold) {
        String key = normalise(text);
        Double v = confidence.get(key);
        return v != null && v < threshold || doubt.containsKey(key);
    }

    /** Remembers a cell read by OCR elsewhere (an image file's table). */
    public void remember(String text, double value, String place) {
        String key = normalise(text);
        if (key.isEmpty()) {
            return;
        }
        confidence.merge(key, value, Math::min);
        where.putIfAbsent(key, place);
    }

    /** Strips markers from a whole grid (rows of cells), remembering confidences. */
    public List<List<String>> stripGrid(List<List<String>> rows, String place) {
        ExtractedTable t = strip(new ExtractedTable(1, 1, rows, new double[] {0, 1}, 0, 0, false, 0), place);
        return t.rows();
    }

    /** The table with every non-empty cell that was read by OCR listed with its confidence. */
    public SummaryTable attach(SummaryTable table) {
        if (table == null || confidence.isEmpty()) {
            return table;
        }
        List<OcrCell> cells = new ArrayList<>();
        java.util.Set<Integer> typed = typedRowNumbers(table);
        Map<String, java.util.Iterator<Seen>> own = ownReadings(table, typed);
        for (SummaryRow row : table.rows()) {
            if (typed.contains(row.number())) {
                continue; // read from a page's text layer: no OCR confidence, no OCR flag (decision 0471)
            }
            for (Column c : Column.values()) {
                String text = row.cell(c);
                if (text == null || text.isBlank()) {
                    continue;
                }
                String key = normalise(text);
                Double v = confidence.get(key);
                String place = where.get(key);
                String why = doubt.get(key);
                if (own.containsKey(key)) { // this cell's own reading, not the least sure of its text (decision 0323)
                    Seen mine = own.get(key).next();
                    v = mine.confidence();
                    why = mine.why();
                }
                java.util.ArrayDeque<org.imrtreview.model.ScanSpot> seen = spots.get(key);
                org.imrtreview.model.ScanSpot spot = seen == null || seen.isEmpty() ? null : seen.poll();
                if (v == null) { // joined or split by the table reader: the least sure part it holds
                    for (Map.Entry<String, Double> e : confidence.entrySet()) {
                        if (key.contains(e.getKey()) && e.getKey().length() >= 2) {
                            v = v == null ? e.getValue() : Math.min(v, e.getValue());
                            place = place == null ? where.get(e.getKey()) : place;
                            why = why == null ? doubt.get(e.getKey()) : why;
                        }
                    }
                }
                cells.add(new OcrCell(row.number(), c, text, v == null ? 0 : v, place == null ? table.file() : place,
                        why, spot == NO_SPOT ? null : spot));
            }
        }
        return table.withOcrCells(cells);
    }

    /**
     * The cell texts of the table whose readings can be handed back one by one, each in reading order:
     * those read exactly as often as the table holds them, every reading in one column of its page's
     * table and every cell in one column of the summary table (rows keep their order). Any other text
     * keeps the least sure of its readings and any doubt of one (a doubt is never lost).
     */
    private Map<String, java.util.Iterator<Seen>> ownReadings(SummaryTable table, java.util.Set<Integer> typed) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, java.util.Set<Column>> columns = new HashMap<>();
        for (SummaryRow row : table.rows()) {
            if (typed.contains(row.number())) {
                continue;
            }
            for (Column c : Column.values()) {
                String text = row.cell(c);
                if (text != null && !text.isBlank()) {
                    String key = normalise(text);
                    count.merge(key, 1, Integer::sum);
                    columns.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(c);
                }
            }
        }
        Map<String, java.util.Iterator<Seen>> out = new HashMap<>();
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            List<Seen> readings = seen.get(e.getKey());
            if (readings == null || readings.size() != e.getValue() || readings.size() < 2
                    || columns.get(e.getKey()).size() != 1
                    || readings.stream().mapToInt(Seen::column).distinct().count() != 1) {
                continue;
            }
            out.put(e.getKey(), readings.iterator());
        }
        return out;
    }

    /**
     * The summary rows whose every non-empty cell is a cell of one row of a table read from a text layer. A
     * row the table reader changed (split or joined cells) is not among them and keeps its OCR confidence
     * (0 when it cannot be traced): a doubt is never lost, only a typed row is cleared.
     */
    private java.util.Set<Integer> typedRowNumbers(SummaryTable table) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        if (typedRows.isEmpty()) {
            return out;
        }
        for (SummaryRow row : table.rows()) {
            List<String> texts = new ArrayList<>();
            for (Column c : Column.values()) {
                String text = row.cell(c);
                if (text != null && !text.isBlank()) {
                    texts.add(normalise(text));
                }
            }
            if (!texts.isEmpty() && typedRows.stream().anyMatch(r -> r.containsAll(texts))) {
                out.add(row.number());
            }
        }
        return out;
    }

    static String normalise(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }
}
