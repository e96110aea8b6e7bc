package org.imrtreview.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.imrtreview.intake.table.Grid;
import org.imrtreview.model.IdentityClaim;

/**
 * Who a spreadsheet or CSV says it is about: a title row ("Patient: Ellison, Margaret T.  -  Plan: …")
 * or label cells beside their values ("Patient name" | "Ellison, Margaret", "Member ID:" | "ZRH448120917").
 * Each row's non-empty cells are joined by two spaces — where {@link IdentityLines} ends a value — and a
 * cell holding only a label gets its colon, so the same labelled-value rules apply as to a PDF header
 * (decision 0260). At most {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS} cells per row of each grid.
 */
public final class GridIdentity {

    static final int MAX_ROWS = 200;
    static final int MAX_COLUMNS = 30;
    private static final int MAX_CELL = 200;
    private static final Pattern LABEL_ONLY = Pattern.compile("(?i)\\s*(patient(?:'s)?(?:\\s*name)?|member(?:\\s*(?:name|id|#|"
            + "number|no\\.?))?|subscriber(?:\\s*(?:name|id|#|number))?|health\\s*plan\\s*id|insurance\\s*id|dob|d\\.o\\.b\\.|"
            + "date\\s*of\\s*birth|birth\\s*date|birthdate|name\\s+of\\s+patient)\\s*[:#]?\\s*");

    private GridIdentity() {
    }

    /** The claims in {@code grids} of file {@code file}; {@code where} names the sheet and row. */
    public static List<IdentityClaim> find(String file, List<Grid> grids) {
        List<IdentityClaim> claims = new ArrayList<>();
        for (Grid grid : grids) {
            List<List<String>> cells = grid.cells();
            for (int r = 0; r < Math.min(cells.size(), MAX_ROWS); r++) {
                String line = line(cells.get(r));
                if (line.isEmpty() || !mayName(line)) {
                    continue;
                }
                for (IdentityClaim c : IdentityLines.find(file, where(grid, r), line)) {
                    claims.add(c);
                }
            }
        }
        return claims;
    }

    /** Cheap filter before the patterns: the row holds one of the labels. */
    private static boolean mayName(String line) {
        String l = line.toLowerCase(java.util.Locale.ROOT);
        return l.contains("patient") || l.contains("member") || l.contains("subscriber") || l.contains("birth")
                || l.contains("dob") || l.contains("d.o.b") || l.contains("plan id") || l.contains("insurance id");
    }

    static String line(List<String> row) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < Math.min(row.size(), MAX_COLUMNS); c++) {
            String cell = row.get(c);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            cell = cell.length() > MAX_CELL ? cell.substring(0, MAX_CELL) : cell;
            cell = cell.replaceAll("[\\r\\n\\t]+", "  ").strip();
            if (sb.length() > 0) {
                sb.append("  ");
            }
            if (LABEL_ONLY.matcher(cell).matches()) {
                sb.append(cell.replaceAll("\\s*[:#]?$", "")).append(':');
            } else {
                sb.append(cell);
            }
        }
        return sb.toString();
    }

    private static String where(Grid grid, int row) {
        String label = grid.label();
        return (label == null || label.isBlank() ? "" : "sheet " + label + ", ") + "row " + (row + 1);
    }
}
