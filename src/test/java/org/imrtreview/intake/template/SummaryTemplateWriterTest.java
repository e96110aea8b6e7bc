package org.imrtreview.intake.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SummaryTemplateWriterTest {

    private static XSSFWorkbook workbook;

    @BeforeAll
    static void writeTemplate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SummaryTemplateWriter().write(out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void tableSheetComesFirstWithThePolicysSixHeaders() {
        Sheet sheet = workbook.getSheetAt(0);
        assertEquals(SummaryTemplateWriter.TABLE_SHEET, sheet.getSheetName());
        Row header = sheet.getRow(SummaryTemplateWriter.HEADER_ROW);
        for (int c = 0; c < 6; c++) {
            assertEquals(SummaryTemplateWriter.HEADERS.get(c), header.getCell(c).getStringCellValue());
        }
        assertEquals(SummaryTemplateWriter.TITLE, sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals("Instructions", workbook.getSheetAt(1).getSheetName());
        assertTrue(workbook.isSheetHidden(workbook.getSheetIndex("Lists")));
    }

    @Test
    void policyExamplesSitUnderTheHeaderMarkedAsExamples() {
        Sheet sheet = workbook.getSheetAt(0);
        for (int i = 0; i < 3; i++) {
            String organ = sheet.getRow(SummaryTemplateWriter.HEADER_ROW + 1 + i).getCell(0).getStringCellValue();
            assertTrue(organ.startsWith("Example: "), organ);
        }
        assertEquals("Yes (only IMRT meets constraint)", sheet.getRow(SummaryTemplateWriter.HEADER_ROW + 3).getCell(5).getStringCellValue());
    }

    @Test
    void sourceAndAnswerHaveDropDownsAndValuesMustBeNumbers() {
        Map<Integer, DataValidation> byColumn = workbook.getSheetAt(0).getDataValidations().stream()
                .collect(Collectors.toMap(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(), v -> v));
        assertEquals(6, byColumn.size());
        assertEquals(ValidationType.LIST, byColumn.get(2).getValidationConstraint().getValidationType());
        assertEquals("Sources", byColumn.get(2).getValidationConstraint().getFormula1());
        assertEquals(ValidationType.LIST, byColumn.get(5).getValidationConstraint().getValidationType());
        assertEquals(ValidationType.DECIMAL, byColumn.get(3).getValidationConstraint().getValidationType());
        assertEquals(ValidationType.DECIMAL, byColumn.get(4).getValidationConstraint().getValidationType());
        assertTrue(byColumn.get(3).getShowErrorBox(), "3D value must be a number");
        assertTrue(!byColumn.get(2).getShowErrorBox(), "other sources may be typed");
        assertEquals(SummaryTemplateWriter.HEADER_ROW + 4, byColumn.get(5).getRegions().getCellRangeAddress(0).getFirstRow());
    }

    @Test
    void dropDownListsHoldEverySourceAndAnswer() {
        Sheet lists = workbook.getSheet("Lists");
        List<String> sources = new java.util.ArrayList<>();
        for (int r = 0; r < SummaryTemplateWriter.SOURCES.size(); r++) {
            sources.add(lists.getRow(r).getCell(0).getStringCellValue());
        }
        assertEquals(SummaryTemplateWriter.SOURCES, sources);
        assertEquals("'Lists'!$A$1:$A$14", workbook.getName("Sources").getRefersToFormula());
        assertEquals(SummaryTemplateWriter.ANSWERS.get(0), lists.getRow(0).getCell(1).getStringCellValue());
    }

    @Test
    void everyTemplateSourceIsRecognised() {
        for (String s : SummaryTemplateWriter.SOURCES) {
            assertTrue(!org.imrtreview.constraint.library.SourceCatalog.recognise(s).isEmpty(), s);
        }
    }
}
