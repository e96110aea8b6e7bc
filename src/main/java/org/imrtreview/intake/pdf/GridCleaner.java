package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops empty rows and columns of a cell grid (gaps between double borders, spacer columns). In an
 * unruled table, two neighbouring columns that never both hold text in one row are one column
 * whose cells are aligned differently (text left, numbers right, as spreadsheets print them).
 */
final class GridCleaner {

    private GridCleaner() {
    }

    /** The table, or null when fewer than two columns or no row hold text. */
    static ExtractedTable toTable(int page, double pageHeight, String[][] cells, double[] xs, double top, double bottom,
                                  boolean ruled) {
        int cols = xs.length - 1;
        boolean[] keepColumn = new boolean[cols];
        List<String[]> rows = new ArrayList<>();
        for (String[] row : cells) {
            boolean any = false;
            for (int c = 0; c < cols; c++) {
                if (!row[c].isBlank()) {
                    keepColumn[c] = true;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            if (keepColumn[c]) {
                groups.add(new ArrayList<>(List.of(c)));
            }
        }
        if (!ruled) {
            mergeComplementary(rows, groups);
        }
        if (groups.size() < 2 || rows.isEmpty()) {
            return null;
        }
        List<Double> edges = new ArrayList<>();
        edges.add(xs[0]);
        for (int g = 1; g < groups.size(); g++) {
            edges.add(xs[groups.get(g).get(0)]);
        }
        edges.add(xs[cols]);
        List<List<String>> out = new ArrayList<>();
        for (String[] row : rows) {
            List<String> r = new ArrayList<>();
            for (List<Integer> group : groups) {
                r.add(text(row, group));
            }
            out.add(r);
        }
        return new ExtractedTable(page, page, out, edges.stream().mapToDouble(Double::doubleValue).toArray(),
                top, bottom, ruled, pageHeight);
    }

    private static void mergeComplementary(List<String[]> rows, List<List<Integer>> groups) {
        for (int g = 0; g + 1 < groups.size(); ) {
            if (complementary(rows, groups.get(g), groups.get(g + 1))) {
                groups.get(g).addAll(groups.remove(g + 1));
            } else {
                g++;
            }
        }
    }

    private static boolean complementary(List<String[]> rows, List<Integer> a, List<Integer> b) {
        for (String[] row : rows) {
            if (!text(row, a).isEmpty() && !text(row, b).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String text(String[] row, List<Integer> group) {
        StringBuilder sb = new StringBuilder();
        for (int c : group) {
            String t = row[c].strip();
            if (!t.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t);
            }
        }
        return sb.toString();
    }
}
