package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.List;

/** Drops empty rows and columns of a cell grid (gaps between double borders, spacer columns). */
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
        List<Double> edges = new ArrayList<>();
        edges.add(xs[0]);
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            if (keepColumn[c]) {
                if (!kept.isEmpty()) {
                    edges.add(xs[c]);
                }
                kept.add(c);
            }
        }
        edges.add(xs[cols]);
        if (kept.size() < 2 || rows.isEmpty()) {
            return null;
        }
        List<List<String>> out = new ArrayList<>();
        for (String[] row : rows) {
            List<String> r = new ArrayList<>();
            for (int c : kept) {
                r.add(row[c].strip());
            }
            out.add(r);
        }
        return new ExtractedTable(page, page, out, edges.stream().mapToDouble(Double::doubleValue).toArray(),
                top, bottom, ruled, pageHeight);
    }
}
