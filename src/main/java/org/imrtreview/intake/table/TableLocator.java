package org.imrtreview.intake.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the summary table in a grid of cell texts (one sheet, one CSV, one PDF page): the best
 * header row anywhere in the grid — alone or combined with the row below it, for two-row headers
 * such as "Dose achieved" over "3D | IMRT" — then the data rows beneath it.
 *
 * <p>Data rows end at the first fully blank row after the first data row, or at a footer (a lone
 * note such as "Prepared by ..." or "* All doses in Gy"). Rows whose organ starts with "Example" are
 * the policy template's own example rows and are dropped with a note; a repeated header row (a
 * table continued on a new page) is skipped. Pure: no library, any reader can feed it.
 */
public final class TableLocator {

    /** Rows scanned for a header; a summary table sits near the top of what was submitted. */
    static final int MAX_HEADER_SEARCH_ROWS = 200;
    /** Data rows read at most; no summary table has more organs than this. */
    static final int MAX_DATA_ROWS = 200;
    private static final int MAX_LEADING_BLANK_ROWS = 3;
    private static final Pattern EXAMPLE = Pattern.compile("^\\s*(example|e\\.g\\.|eg:|sample row)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTER = Pattern.compile(
            "^\\s*(\\*|†|‡|\\[\\d+]|notes?\\b|footnotes?\\b|prepared\\b|reviewed\\b|signed\\b|signature\\b|"
                    + "physicist\\b|dosimetrist\\b|physician\\b|attending\\b|date\\b|abbreviations?\\b|all doses\\b|"
                    + "doses (are |in )|comments?\\b|key\\b|legend\\b|plans? (were |was |calculated|computed)|"
                    + "page \\d|total\\b).*",
            Pattern.CASE_INSENSITIVE);

    private TableLocator() {
    }

    /** The best summary table in the grid, if any row looks like its header. */
    public static Optional<LocatedTable> locate(List<List<String>> grid) {
        int bestRow = -1;
        int bestHeight = 1;
        HeaderMatch best = HeaderMatch.none();
        int limit = Math.min(grid.size(), MAX_HEADER_SEARCH_ROWS);
        for (int r = 0; r < limit; r++) {
            HeaderMatch single = HeaderMatcher.match(grid.get(r));
            if (single.score() > best.score()) {
                best = single;
                bestRow = r;
                bestHeight = 1;
            }
            if (r + 1 < grid.size() && !isBlank(grid.get(r)) && !isBlank(grid.get(r + 1))) {
                HeaderMatch combined = HeaderMatcher.match(combine(grid.get(r), grid.get(r + 1)));
                if (combined.score() > best.score() && combined.requiredFound() > single.requiredFound()
                        && combined.requiredFound() > HeaderMatcher.match(grid.get(r + 1)).requiredFound()) {
                    best = combined;
                    bestRow = r;
                    bestHeight = 2;
                }
            }
        }
        if (bestRow < 0 || !best.isPlausibleHeader()) {
            return Optional.empty();
        }
        HeaderMatch header = withUnlabelledOrganColumn(best, grid, bestRow + bestHeight);
        return Optional.of(readRows(grid, bestRow, bestHeight, header));
    }

    /** Cell-wise "top bottom" texts of two header rows (merged cells already copied into each cell). */
    static List<String> combine(List<String> top, List<String> bottom) {
        int n = Math.max(top.size(), bottom.size());
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String a = i < top.size() && top.get(i) != null ? top.get(i).trim() : "";
            String b = i < bottom.size() && bottom.get(i) != null ? bottom.get(i).trim() : "";
            out.add(a.equals(b) ? a : (a + " " + b).trim());
        }
        return out;
    }

    /**
     * Some tables leave the organ column's header empty. When every policy column but the organ was
     * found and the column left of the first recognised one holds text in the data rows, take it.
     */
    private static HeaderMatch withUnlabelledOrganColumn(HeaderMatch header, List<List<String>> grid, int firstData) {
        if (header.has(HeaderRole.ORGAN)) {
            return header;
        }
        int leftmost = header.columns().values().stream().min(Integer::compare).orElse(0);
        if (leftmost == 0 || firstData >= grid.size()) {
            return header;
        }
        int candidate = leftmost - 1;
        String sample = cell(grid.get(firstData), candidate);
        if (sample.isBlank() || looksNumeric(sample)) {
            return header;
        }
        var columns = new java.util.EnumMap<HeaderRole, Integer>(HeaderRole.class);
        columns.putAll(header.columns());
        columns.put(HeaderRole.ORGAN, candidate);
        var texts = new java.util.EnumMap<HeaderRole, String>(HeaderRole.class);
        texts.putAll(header.texts());
        texts.put(HeaderRole.ORGAN, "(no header)");
        return new HeaderMatch(columns, texts, header.score() + 100);
    }

    private static LocatedTable readRows(List<List<String>> grid, int headerRow, int height, HeaderMatch header) {
        List<LocatedTable.DataRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Integer organ = header.index(HeaderRole.ORGAN);
        int leadingBlanks = 0;
        for (int r = headerRow + height; r < grid.size() && rows.size() < MAX_DATA_ROWS; r++) {
            List<String> row = grid.get(r);
            if (isBlankIn(row, header)) {
                if (rows.isEmpty() && leadingBlanks++ < MAX_LEADING_BLANK_ROWS) {
                    continue;
                }
                break;
            }
            if (isFooter(row, header)) {
                break;
            }
            HeaderMatch again = HeaderMatcher.match(row);
            if (again.isPlausibleHeader()) {
                continue; // header repeated where a table continues on a new page
            }
            String organText = organ == null ? "" : cell(row, organ);
            if (EXAMPLE.matcher(organText).matches()) {
                notes.add("row " + (r + 1) + " (\"" + abbreviate(organText) + "\") is the policy template's example"
                        + " and was left out");
                continue;
            }
            if (organText.endsWith(":") && mappedNonBlank(row, header) == 1) {
                continue; // section label such as "Left side:"
            }
            rows.add(new LocatedTable.DataRow(r, row));
        }
        if (rows.size() == MAX_DATA_ROWS) {
            notes.add("only the first " + MAX_DATA_ROWS + " rows of the table were read");
        }
        return new LocatedTable(headerRow, height, header, rows, notes);
    }

    private static boolean isFooter(List<String> row, HeaderMatch header) {
        List<String> filled = new ArrayList<>();
        for (String c : row) {
            if (c != null && !c.isBlank()) {
                filled.add(c.trim());
            }
        }
        if (filled.size() != 1) {
            return false;
        }
        String only = filled.get(0);
        return FOOTER.matcher(only).matches() || only.length() > 60;
    }

    private static boolean isBlankIn(List<String> row, HeaderMatch header) {
        return mappedNonBlank(row, header) == 0;
    }

    private static int mappedNonBlank(List<String> row, HeaderMatch header) {
        int n = 0;
        for (Integer c : header.columns().values()) {
            if (!cell(row, c).isBlank()) {
                n++;
            }
        }
        return n;
    }

    static boolean isBlank(List<String> row) {
        for (String c : row) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static String cell(List<String> row, int column) {
        if (column < 0 || column >= row.size() || row.get(column) == null) {
            return "";
        }
        return row.get(column).trim();
    }

    private static boolean looksNumeric(String s) {
        return s.toLowerCase(Locale.ROOT).matches("[-+]?[0-9.,]+\\s*(c?gy|%|cc)?");
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
