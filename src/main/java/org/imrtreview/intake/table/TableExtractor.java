package org.imrtreview.intake.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.imrtreview.model.Column;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;

/**
 * Turns the grids of one submitted file (every sheet of a workbook, a CSV, the pages of a PDF) into
 * its summary table: the best table over all grids (most policy columns, then most rows), its rows
 * as {@link SummaryRow}s with their origin ("Sheet2!B7"). A separate metric column is folded into
 * the constraint ("Dmax" + "&lt; 54 Gy") and a unit column into bare dose numbers ("58" + "Gy").
 */
public final class TableExtractor {

    private static final Pattern BARE_NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?");
    private static final Pattern STARTS_WITH_OPERATOR = Pattern.compile("^\\s*(<|>|≤|≥|=|less|no more|at most|under|not to exceed|greater|more than|at least).*",
            Pattern.CASE_INSENSITIVE);

    private TableExtractor() {
    }

    public static TableExtraction extract(String file, List<Grid> grids) {
        Grid bestGrid = null;
        LocatedTable best = null;
        List<Grid> foundIn = new ArrayList<>();
        List<LocatedTable> found = new ArrayList<>();
        for (Grid grid : grids) {
            Optional<LocatedTable> located = TableLocator.locate(grid.cells());
            if (located.isEmpty()) {
                continue;
            }
            foundIn.add(grid);
            found.add(located.get());
            if (best == null || better(grid, located.get(), bestGrid, best)) {
                best = located.get();
                bestGrid = grid;
            }
        }
        if (best == null) {
            return new TableExtraction(null, List.of("no summary table was found (looked for a header row naming the"
                    + " organ at risk, dose constraint, source, 3D and IMRT doses and the \"only with IMRT?\" answer)"));
        }
        // the tables of the other sheets are kept to be compared with this one, never evaluated (decision 0404)
        List<SummaryTable> others = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i) != best) {
                others.add(toSummaryTable(file, foundIn.get(i), found.get(i)));
            }
        }
        List<String> notes = new ArrayList<>(best.notes());
        if (bestGrid.hidden()) {
            notes.add("the summary table was found only on a hidden sheet (" + bestGrid.label() + "); check that it is"
                    + " the provider's current table");
        }
        others.addAll(rivalReadings(file, bestGrid, best));
        return new TableExtraction(toSummaryTable(file, bestGrid, best), notes, others, title(bestGrid, best));
    }

    /** Rows above the header read as the table's title: at most this many non-empty rows, nearest first. */
    private static final int TITLE_ROWS = 3;

    /**
     * The text of the non-empty rows just above the table's header (at most {@link #TITLE_ROWS}, top to
     * bottom, cells joined by spaces): where a table says which plan it summarises ("… 55 Gy in 20 fx"). A
     * PDF's or a scan's table has its title printed above its cells: those lines come first (decision 0640).
     */
    static String title(Grid grid, LocatedTable table) {
        List<String> lines = new ArrayList<>();
        for (int r = Math.min(table.headerRow(), grid.cells().size()) - 1; r >= 0 && lines.size() < TITLE_ROWS; r--) {
            String line = String.join(" ", grid.cells().get(r).stream().map(c -> c == null ? "" : c.strip())
                    .filter(c -> !c.isEmpty()).toList());
            if (!line.isEmpty()) {
                lines.add(0, line);
            }
        }
        if (!grid.above().isBlank()) {
            lines.add(0, grid.above().strip());
        }
        return String.join(" | ", lines);
    }

    /**
     * The table read again with each other header cell that names the 3D or the IMRT plan as well as the
     * column chosen ("IMRT_v1" | "IMRT_v2"): compared with the reading evaluated, a difference holds the
     * case (decisions 0402, 0406), since which plan is requested is the provider's to say.
     */
    private static List<SummaryTable> rivalReadings(String file, Grid grid, LocatedTable table) {
        List<SummaryTable> out = new ArrayList<>();
        if (table.headerHeight() != 1 || table.headerRow() >= grid.cells().size()) {
            return out;
        }
        List<String> header = grid.cells().get(table.headerRow());
        for (HeaderRole role : List.of(HeaderRole.DOSE_3D, HeaderRole.DOSE_IMRT)) {
            for (int cell : HeaderMatcher.rivals(header, table.header(), role)) {
                Map<HeaderRole, Integer> columns = new EnumMap<>(HeaderRole.class);
                columns.putAll(table.header().columns());
                columns.put(role, cell);
                Map<HeaderRole, String> texts = new EnumMap<>(HeaderRole.class);
                texts.putAll(table.header().texts());
                texts.put(role, HeaderMatcher.clean(header.get(cell)));
                LocatedTable rival = new LocatedTable(table.headerRow(), table.headerHeight(),
                        new HeaderMatch(columns, texts, table.header().score()), table.rows(), List.of());
                SummaryTable t = toSummaryTable(file, grid, rival);
                out.add(new SummaryTable(t.file(), t.location() + " read with column \"" + texts.get(role) + "\" as the "
                        + (role == HeaderRole.DOSE_3D ? "3D" : "IMRT") + " plan", t.headers(), t.rows()));
            }
        }
        return out;
    }

    /** A table on a sheet the workbook shows beats one on a hidden sheet (decision 0404); then {@link #better(LocatedTable, LocatedTable)}. */
    private static boolean better(Grid aGrid, LocatedTable a, Grid bGrid, LocatedTable b) {
        if (aGrid.hidden() != bGrid.hidden()) {
            return !aGrid.hidden();
        }
        return better(a, b);
    }

    private static boolean better(LocatedTable a, LocatedTable b) {
        int byColumns = Integer.compare(a.header().requiredFound(), b.header().requiredFound());
        if (byColumns != 0) {
            return byColumns > 0;
        }
        return a.rows().size() > b.rows().size();
    }

    static SummaryTable toSummaryTable(String file, Grid grid, LocatedTable table) {
        HeaderMatch h = table.header();
        List<SummaryRow> rows = new ArrayList<>();
        int number = 1;
        for (LocatedTable.DataRow dr : table.rows()) {
            Map<Column, String> cells = new EnumMap<>(Column.class);
            for (HeaderRole role : h.columns().keySet()) {
                if (role.column() != null) {
                    cells.put(role.column(), text(dr.cell(h.index(role))));
                }
            }
            foldMetric(cells, text(dr.cell(h.index(HeaderRole.METRIC))), h.has(HeaderRole.CONSTRAINT));
            foldUnit(cells, text(dr.cell(h.index(HeaderRole.UNIT))));
            int originColumn = h.has(HeaderRole.ORGAN) ? h.index(HeaderRole.ORGAN) : firstColumn(h);
            rows.add(new SummaryRow(number++, cells.get(Column.ORGAN), cells.get(Column.CONSTRAINT),
                    cells.get(Column.SOURCE), cells.get(Column.DOSE_3D), cells.get(Column.DOSE_IMRT),
                    cells.get(Column.ANSWER), grid.address(dr.gridRow(), originColumn)));
        }
        String location = grid.tableLocation(table.headerRow(), table.headerHeight(),
                table.rows().isEmpty() ? -1 : table.rows().get(0).gridRow(), table.lastRow(), firstColumn(h), lastColumn(h));
        return new SummaryTable(file, location, h.policyHeaders(), rows);
    }

    private static void foldMetric(Map<Column, String> cells, String metric, boolean hasConstraintColumn) {
        if (metric == null || metric.isBlank() || !hasConstraintColumn) {
            return;
        }
        String constraint = cells.get(Column.CONSTRAINT);
        if (constraint == null || constraint.isBlank()) {
            cells.put(Column.CONSTRAINT, metric);
        } else if (STARTS_WITH_OPERATOR.matcher(constraint).matches() || BARE_NUMBER.matcher(constraint).matches()) {
            cells.put(Column.CONSTRAINT, metric + " " + constraint);
        }
    }

    private static void foldUnit(Map<Column, String> cells, String unit) {
        if (unit == null || unit.isBlank()) {
            return;
        }
        for (Column c : List.of(Column.DOSE_3D, Column.DOSE_IMRT)) {
            String v = cells.get(c);
            if (v != null && BARE_NUMBER.matcher(v.trim()).matches()) {
                cells.put(c, v.trim() + ("%".equals(unit.trim()) ? "%" : " " + unit.trim()));
            }
        }
    }

    private static String text(String cell) {
        return cell == null ? "" : HeaderMatcher.clean(cell);
    }

    private static int firstColumn(HeaderMatch h) {
        return h.columns().values().stream().min(Integer::compare).orElse(0);
    }

    private static int lastColumn(HeaderMatch h) {
        return h.columns().values().stream().max(Integer::compare).orElse(0);
    }
}
