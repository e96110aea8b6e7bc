package org.imrtreview.intake.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Column;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clinic fills in our template; our own Excel intake must read every cell back exactly. */
class TemplateRoundTripTest {

    private static final List<List<Object>> FILLED = List.of(
            List.of("Brainstem", "Max < 54 Gy", "QUANTEC", 62.0, 52.0, "Yes (only IMRT meets constraint)"),
            List.of("Parotid_L", "Mean <= 26 Gy", "RTOG 0225", 31.4, 24.9, "Yes (only IMRT meets constraint)"),
            List.of("Cauda equina", "Max < 16 Gy", "RTOG #0631", 19.0, 17.0, "No (neither meets constraint)"),
            List.of("Lungs", "V20Gy < 30%", "NCCN", 27.5, 21.25, "No (both meet constraint)"),
            List.of("Optic nerve (right)", "D0.03cc ≤ 54 Gy", "Institutional", 55.1, 50.0, "Yes (only IMRT meets constraint)"),
            List.of("Spinal cord", "Max < 21.9 Gy", "AAPM TG-101", 23.0, 20.4, "Yes (only IMRT meets constraint)"));

    @Test
    void filledInTemplateIsReadBackCellForCell(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        new SummaryTemplateWriter().write(blank);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank.toByteArray()))) {
            Sheet sheet = wb.getSheet(SummaryTemplateWriter.TABLE_SHEET);
            for (int i = 0; i < FILLED.size(); i++) {
                Row row = sheet.getRow(SummaryTemplateWriter.HEADER_ROW + 4 + i);
                for (int c = 0; c < 6; c++) {
                    Object v = FILLED.get(i).get(c);
                    if (v instanceof Double d) {
                        row.getCell(c).setCellValue(d);
                    } else {
                        row.getCell(c).setCellValue((String) v);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("summary-template.xlsx"))) {
                wb.write(out);
            }
        }
        ReviewCase c = CaseLoader.standard().load(dir);
        SummaryTable table = c.table();
        assertTrue(table != null, "table found: " + c.problems());
        assertTrue(table.columnsMissing().isEmpty(), "missing " + table.columnsMissing());
        assertEquals(FILLED.size(), table.rows().size(), table.rows().toString());
        for (int i = 0; i < FILLED.size(); i++) {
            SummaryRow r = table.rows().get(i);
            List<Object> expected = FILLED.get(i);
            assertEquals(expected.get(0), r.cell(Column.ORGAN));
            assertEquals(expected.get(1), r.cell(Column.CONSTRAINT));
            assertEquals(expected.get(2), r.cell(Column.SOURCE));
            assertEquals(number((Double) expected.get(3)), r.cell(Column.DOSE_3D));
            assertEquals(number((Double) expected.get(4)), r.cell(Column.DOSE_IMRT));
            assertEquals(expected.get(5), r.cell(Column.ANSWER));
        }
        assertTrue(c.problems().stream().allMatch(p -> p.message().contains("example")), c.problems().toString());
    }

    @Test
    void untouchedTemplateHasNoRows(@TempDir Path dir) throws Exception {
        try (OutputStream out = Files.newOutputStream(dir.resolve("summary-template.xlsx"))) {
            new SummaryTemplateWriter().write(out);
        }
        ReviewCase c = CaseLoader.standard().load(dir);
        assertTrue(c.table() == null || c.table().rows().isEmpty(), String.valueOf(c.table()));
    }

    private static String number(double d) {
        return org.imrtreview.model.Metric.number(d);
    }
}
