package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Joins a table that continues on the next page: the last table of page p (ending in the lower
 * part of the page) and the first table of page p+1 (starting near the top) with matching columns
 * become one table; a header row repeated on the new page (Word's "repeat as header row") is
 * dropped.
 */
final class TableStitcher {
    private static final double EDGE_TOLERANCE = 15;

    private TableStitcher() {
    }

    /** @param tables tables in page order, top to bottom within a page */
    static List<ExtractedTable> stitch(List<ExtractedTable> tables) {
        List<ExtractedTable> out = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            ExtractedTable t = tables.get(i);
            if (!out.isEmpty()) {
                ExtractedTable prev = out.get(out.size() - 1);
                // prev is the last table of its page because tables come in order; t must be the first of its page
                boolean firstOnPage = tables.get(i - 1).lastPage() != t.firstPage();
                if (firstOnPage && t.firstPage() == prev.lastPage() + 1
                        && endsLow(prev) && startsHigh(t)) {
                    int[] map = columnMap(prev, t);
                    if (map != null) {
                        out.set(out.size() - 1, join(prev, t, map));
                        continue;
                    }
                }
            }
            out.add(t);
        }
        return out;
    }

    private static boolean endsLow(ExtractedTable t) {
        return t.bottom() >= 0.55 * t.pageHeight();
    }

    private static boolean startsHigh(ExtractedTable t) {
        return t.top() <= 0.45 * t.pageHeight();
    }

    /** For each column of {@code next}, the column of {@code first} it continues, or null when they do not line up. */
    static int[] columnMap(ExtractedTable first, ExtractedTable next) {
        double[] a = first.columnEdges();
        double[] b = next.columnEdges();
        int[] map = new int[b.length - 1];
        if (a.length == b.length) {
            boolean same = true;
            for (int i = 0; i < a.length && same; i++) {
                same = Math.abs(a[i] - b[i]) <= EDGE_TOLERANCE;
            }
            if (same) {
                for (int i = 0; i < map.length; i++) {
                    map[i] = i;
                }
                return map;
            }
        }
        boolean[] used = new boolean[a.length - 1];
        for (int j = 0; j < map.length; j++) {
            int best = -1;
            double bestOverlap = 0;
            for (int i = 0; i < a.length - 1; i++) {
                double overlap = Math.min(a[i + 1], b[j + 1]) - Math.max(a[i], b[j]);
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = i;
                }
            }
            if (best < 0 || used[best] || bestOverlap < 0.5 * (b[j + 1] - b[j])) {
                return null;
            }
            used[best] = true;
            map[j] = best;
        }
        return map;
    }

    private static ExtractedTable join(ExtractedTable first, ExtractedTable next, int[] map) {
        List<List<String>> rows = new ArrayList<>(first.rows());
        int cols = first.columnCount();
        int index = 0;
        for (List<String> r : next.rows()) {
            List<String> mapped = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                mapped.add("");
            }
            for (int j = 0; j < r.size(); j++) {
                mapped.set(map[j], r.get(j));
            }
            boolean atStart = index == 0 || index == 1 && repeatsHeader(first, firstRowOf(next, map, cols));
            index++;
            if (index == 1 && repeatsHeader(first, mapped)) {
                continue;
            }
            if (atStart && isFragment(mapped) && !rows.isEmpty()) {
                rows.set(rows.size() - 1, appendFragment(rows.get(rows.size() - 1), mapped));
                continue;
            }
            rows.add(mapped);
        }
        return new ExtractedTable(first.firstPage(), next.lastPage(), rows, first.columnEdges(), first.top(),
                next.bottom(), first.ruled() && next.ruled(), next.pageHeight());
    }

    private static List<String> firstRowOf(ExtractedTable next, int[] map, int cols) {
        List<String> mapped = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            mapped.add("");
        }
        List<String> r = next.rows().get(0);
        for (int j = 0; j < r.size(); j++) {
            mapped.set(map[j], r.get(j));
        }
        return mapped;
    }

    /**
     * The rest of a row that broke across the page (Word lets rows break by default): text in at
     * most a third of the columns, the others empty.
     */
    private static boolean isFragment(List<String> row) {
        int filled = 0;
        for (String c : row) {
            filled += c.isBlank() ? 0 : 1;
        }
        return filled > 0 && filled * 3 <= row.size();
    }

    private static List<String> appendFragment(List<String> row, List<String> fragment) {
        List<String> joined = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            joined.add(TextLayout.joinLines(List.of(row.get(c), fragment.get(c))));
        }
        return joined;
    }

    private static boolean repeatsHeader(ExtractedTable first, List<String> row) {
        for (int i = 0; i < Math.min(2, first.rows().size()); i++) {
            if (normal(first.rows().get(i)).equals(normal(row))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> normal(List<String> row) {
        List<String> n = new ArrayList<>();
        for (String s : row) {
            n.add(s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT));
        }
        return n;
    }
}
