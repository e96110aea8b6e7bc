package org.imrtreview.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes summary tables the ways clinics send them: workbooks with title rows, merged cells,
 * offsets, second sheets, numbers or text, formulas; CSV with a BOM.
 */
public final class SampleTableWriter {

    /** A cell: text, a number (with optional Excel format) or a formula. */
    public record Value(String text, Double number, String format, String formula) {
        public static Value text(String t) {
            return new Value(t, null, null, null);
        }

        public static Value num(double n) {
            return new Value(null, n, null, null);
        }

        public static Value num(double n, String format) {
            return new Value(null, n, format, null);
        }

        public static Value formula(String f) {
            return new Value(null, null, null, f);
        }
    }

    /** Layout of one workbook sheet holding the table. */
    public record Layout(String sheetName, int firstRow, int firstColumn, List<String> titleRows, List<String> headers,
                  List<String> subHeaders, List<List<Value>> rows, List<String> footerRows) { }

    private SampleTableWriter() {
    }

    public static Workbook workbook(boolean xls) {
        return xls ? new HSSFWorkbook() : new XSSFWorkbook();
    }

    public static Sheet addTable(Workbook wb, Layout layout) {
        Sheet sheet = wb.createSheet(layout.sheetName());
        CellStyle title = style(wb, true, false, (short) 14);
        CellStyle header = style(wb, true, true, (short) 11);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        CellStyle body = style(wb, false, true, (short) 11);
        int width = layout.headers().size();
        int r = layout.firstRow();
        int c0 = layout.firstColumn();
        for (String t : layout.titleRows()) {
            Row row = sheet.createRow(r);
            Cell cell = row.createCell(c0);
            cell.setCellValue(t);
            cell.setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, c0, c0 + width - 1));
            r++;
        }
        if (!layout.titleRows().isEmpty()) {
            r++; // blank spacer row as most templates have
        }
        int headerRow = r;
        Row h = sheet.createRow(r++);
        for (int i = 0; i < width; i++) {
            Cell cell = h.createCell(c0 + i);
            cell.setCellValue(layout.headers().get(i));
            cell.setCellStyle(header);
        }
        if (layout.subHeaders() != null) {
            Row sub = sheet.createRow(r++);
            for (int i = 0; i < width; i++) {
                Cell cell = sub.createCell(c0 + i);
                String s = layout.subHeaders().get(i);
                cell.setCellStyle(header);
                if (s != null && !s.isEmpty()) {
                    cell.setCellValue(s);
                }
            }
            // merge header cells with no sub-header vertically, and a repeated top header horizontally
            for (int i = 0; i < width; i++) {
                if (layout.subHeaders().get(i) == null || layout.subHeaders().get(i).isEmpty()) {
                    sheet.addMergedRegion(new CellRangeAddress(headerRow, headerRow + 1, c0 + i, c0 + i));
                } else if (i + 1 < width && layout.headers().get(i + 1).isEmpty()) {
                    sheet.addMergedRegion(new CellRangeAddress(headerRow, headerRow, c0 + i, c0 + i + 1));
                }
            }
        }
        for (List<Value> values : layout.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Value v = values.get(i);
                Cell cell = row.createCell(c0 + i);
                CellStyle s = body;
                if (v.format() != null) {
                    s = wb.createCellStyle();
                    s.cloneStyleFrom(body);
                    s.setDataFormat(wb.createDataFormat().getFormat(v.format()));
                }
                cell.setCellStyle(s);
                if (v.formula() != null) {
                    cell.setCellFormula(v.formula());
                } else if (v.number() != null) {
                    cell.setCellValue(v.number());
                } else if (v.text() != null) {
                    cell.setCellValue(v.text());
                }
            }
        }
        r++;
        for (String f : layout.footerRows()) {
            sheet.createRow(r++).createCell(c0).setCellValue(f);
        }
        for (int i = 0; i < width; i++) {
            sheet.setColumnWidth(c0 + i, i == 0 ? 24 * 256 : 18 * 256);
        }
        return sheet;
    }

    private static CellStyle style(Workbook wb, boolean bold, boolean border, short size) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(bold);
        f.setFontHeightInPoints(size);
        s.setFont(f);
        if (border) {
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    public static void save(Workbook wb, Path file) throws IOException {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // store cached formula results
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    public static void writeCsv(Path file, List<List<String>> rows, char delimiter, boolean bom) throws IOException {
        StringBuilder sb = new StringBuilder();
        if (bom) {
            sb.append('\uFEFF');
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(delimiter);
                }
                String v = row.get(i);
                boolean quote = v.indexOf(delimiter) >= 0 || v.contains("\"") || v.contains("\n");
                sb.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            sb.append("\r\n");
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
}
