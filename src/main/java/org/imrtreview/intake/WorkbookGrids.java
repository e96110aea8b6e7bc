package org.imrtreview.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.imrtreview.intake.table.Grid;

/**
 * A workbook loaded by POI ({@code .xls}; an {@code .xlsx} is streamed by {@link StreamingWorkbookGrids})
 * as grids of the texts the sheet shows: numbers through POI's
 * {@link DataFormatter} (58, not 5.8E1; 38% for a percent-formatted 0.38), formulas by their cached
 * values (the formula is never re-calculated), and merged regions copied into every cell they cover
 * so a merged header or source cell applies to each column and row it spans.
 */
final class WorkbookGrids {

    /** Rows and columns read per sheet; a summary table is small, a 200 MB sheet is not read whole. */
    static final int MAX_ROWS = 2000;
    static final int MAX_COLUMNS = 60;
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+");

    private WorkbookGrids() {
    }

    static List<Grid> of(Workbook workbook) {
        DataFormatter formatter = new DataFormatter(Locale.US);
        formatter.setUseCachedValuesForFormulaCells(true);
        List<Grid> grids = new ArrayList<>();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            Sheet sheet = workbook.getSheetAt(s);
            if (workbook.isSheetVeryHidden(s)) {
                continue;
            }
            grids.add(new Grid(sheet.getSheetName(), cells(sheet, formatter), Grid.Addressing.A1, workbook.isSheetHidden(s)));
        }
        return grids;
    }

    private static List<List<String>> cells(Sheet sheet, DataFormatter formatter) {
        int lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                int lastCell = Math.min(row.getLastCellNum(), MAX_COLUMNS);
                for (int c = 0; c < lastCell; c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
            }
            grid.add(cells);
        }
        fillMerged(sheet.getMergedRegions(), grid);
        return grid;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.ERROR) {
            return "";
        }
        String text = formatter.formatCellValue(cell).replace('\u00a0', ' ').trim();
        boolean numeric = cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC;
        // SummaryRow's contract: numbers without locale grouping ("5800 cGy", not "5,800 cGy")
        return numeric && GROUPED.matcher(text).find() ? text.replaceAll("(?<=\\d),(?=\\d{3})", "") : text;
    }

    /** Copies each merged region's top-left text into every cell it covers (within the grid). */
    static void fillMerged(List<CellRangeAddress> regions, List<List<String>> grid) {
        for (CellRangeAddress region : regions) {
            int r0 = region.getFirstRow();
            int c0 = region.getFirstColumn();
            if (r0 >= grid.size() || c0 >= MAX_COLUMNS) {
                continue;
            }
            String value = c0 < grid.get(r0).size() ? grid.get(r0).get(c0) : "";
            for (int r = r0; r <= Math.min(region.getLastRow(), grid.size() - 1); r++) {
                List<String> row = grid.get(r);
                for (int c = c0; c <= Math.min(region.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    while (row.size() <= c) {
                        row.add("");
                    }
                    row.set(c, value);
                }
            }
        }
    }
}
