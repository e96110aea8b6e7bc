package org.imrtreview.intake.template;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the summary-analysis workbook a clinic can fill in (the policy's "template to use"): the
 * six policy columns under the policy's own header words, the policy's example rows (marked
 * "Example:", which intake drops), drop-downs for source and answer, number validation for the
 * 3D and IMRT values, input prompts, an instructions sheet and print setup. The header words are
 * those the policy prints, so the workstation's own Excel intake reads a filled-in copy as is.
 */
public final class SummaryTemplateWriter {

    public static final String TABLE_SHEET = "Summary Analysis";
    public static final String INSTRUCTIONS_SHEET = "Instructions";
    static final String LISTS_SHEET = "Lists";
    public static final String TITLE = "Summary Analysis of 3D vs IMRT Planning";
    public static final List<String> HEADERS = List.of("Organ(s) At Risk", "Dose Constraint", "Source of Constraint",
            "3D", "IMRT", "Can constraint only be met with IMRT?");
    /** Row index (0-based) of the header; the title sits above it. */
    public static final int HEADER_ROW = 2;
    /** Rows prepared with validation below the header (examples included). */
    public static final int PREPARED_ROWS = 40;

    static final List<List<String>> EXAMPLES = List.of(
            List.of("Example: Brachial plexus", "Max < 66 Gy", "RTOG", "58 Gy", "52 Gy", "No (both meet constraint)"),
            List.of("Example: Cauda equina", "Max < 16 Gy", "RTOG #0631", "19 Gy", "17 Gy", "No (neither meets constraint)"),
            List.of("Example: Brainstem", "Max < 54 Gy", "Quantec", "62 Gy", "52 Gy", "Yes (only IMRT meets constraint)"));

    public static final List<String> SOURCES = List.of("QUANTEC", "RTOG", "RTOG 0225", "RTOG 0522", "RTOG 0631", "RTOG 0915",
            "NRG", "AAPM TG-101", "CORSAIR", "NCCN", "Emami 1991", "UK SABR consensus", "SWOG", "Institutional");
    public static final List<String> ANSWERS = List.of("Yes (only IMRT meets constraint)", "No (both meet constraint)",
            "No (neither meets constraint)", "No (only 3D meets constraint)");
    static final List<String> ORGANS = List.of("Brainstem", "SpinalCord", "OpticChiasm", "OpticNrv_L", "OpticNrv_R",
            "Cochlea_L", "Cochlea_R", "Parotid_L", "Parotid_R", "Parotids", "Larynx", "Musc_Constrict", "Bone_Mandible",
            "Esophagus", "Heart", "Lungs", "BrachialPlex_L", "BrachialPlex_R", "Liver", "Kidneys", "Stomach", "Duodenum",
            "Bowel_Small", "Bowel", "Rectum", "Bladder", "Femur_Head_L", "Femur_Head_R", "PenileBulb", "CaudaEquina", "Brain");

    private static final List<String> INSTRUCTIONS = List.of(
            "How to complete the Summary Analysis of 3D vs IMRT Planning",
            "",
            "The health plan's IMRT policy asks for one row per organ at risk (OAR) near the target, showing that only IMRT",
            "can meet a published dose constraint. Submit this table with colour 3D and IMRT dose-volume histograms (DVHs),",
            "the clinical history, physical/chart notes and the relevant imaging reports.",
            "",
            "1. Organ(s) At Risk: the structure, preferably by its TG-263 name (Brainstem, SpinalCord, Parotid_L, Lungs);",
            "   state the side of paired organs (left/right, or 'both' for a combined structure).",
            "2. Dose Constraint: metric, operator, limit and unit, e.g. 'Max < 54 Gy', 'Mean <= 26 Gy', 'V20Gy < 30%',",
            "   'D0.03cc < 48 Gy'. Max and D0.03cc are different metrics: write the one you planned against.",
            "3. Source of Constraint: pick from the list or type the source, with the protocol number where there is one",
            "   (RTOG 0225, NRG HN005, SWOG S1826). Institutional constraints are accepted; write 'Institutional'.",
            "   Use a constraint published for the prescribed fractionation (conventional, hypofractionated or SBRT).",
            "4. 3D and 5. IMRT: the value each plan achieves, as a number in the constraint's unit (Gy for doses,",
            "   % or cc for volumes), e.g. 52.4. Do not enter cGy.",
            "6. Can constraint only be met with IMRT?: pick the answer that matches the numbers.",
            "",
            "The three grey rows marked 'Example:' are the policy's examples; they are ignored when the table is read.",
            "Add your rows directly below them, without blank rows in between. Keep the header row as it is.",
            "Doses are compared exactly as written: '<' at the limit does not meet the constraint, '<=' does.");

    /** Writes the template workbook. */
    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet lists = listsSheet(workbook);
            Sheet table = workbook.createSheet(TABLE_SHEET);
            tableSheet(workbook, table, styles);
            instructionsSheet(workbook.createSheet(INSTRUCTIONS_SHEET), styles);
            workbook.setSheetOrder(TABLE_SHEET, 0);
            workbook.setSheetOrder(INSTRUCTIONS_SHEET, 1);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.write(out);
        }
    }

    private static Sheet listsSheet(Workbook workbook) {
        Sheet lists = workbook.createSheet(LISTS_SHEET);
        column(lists, 0, SOURCES);
        column(lists, 1, ANSWERS);
        column(lists, 2, ORGANS);
        name(workbook, "Sources", "'" + LISTS_SHEET + "'!$A$1:$A$" + SOURCES.size());
        name(workbook, "Answers", "'" + LISTS_SHEET + "'!$B$1:$B$" + ANSWERS.size());
        name(workbook, "Organs", "'" + LISTS_SHEET + "'!$C$1:$C$" + ORGANS.size());
        return lists;
    }

    private static void column(Sheet sheet, int col, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            Row row = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
            row.createCell(col).setCellValue(values.get(i));
        }
    }

    private static void name(Workbook workbook, String name, String formula) {
        Name n = workbook.createName();
        n.setNameName(name);
        n.setRefersToFormula(formula);
    }

    private void tableSheet(Workbook workbook, Sheet sheet, Styles styles) {
        Row title = sheet.createRow(0);
        title.setHeightInPoints(26);
        Cell t = title.createCell(0);
        t.setCellValue(TITLE);
        t.setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
        Row hint = sheet.createRow(1);
        Cell h = hint.createCell(0);
        h.setCellValue("One row per organ at risk. Values in the constraint's unit (Gy, % or cc). See the Instructions sheet.");
        h.setCellStyle(styles.hint);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.size() - 1));

        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(32);
        for (int c = 0; c < HEADERS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(HEADERS.get(c));
            cell.setCellStyle(styles.header);
        }
        int first = HEADER_ROW + 1;
        for (int r = 0; r < PREPARED_ROWS; r++) {
            Row row = sheet.createRow(first + r);
            row.setHeightInPoints(18);
            boolean example = r < EXAMPLES.size();
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = row.createCell(c);
                if (example) {
                    cell.setCellValue(EXAMPLES.get(r).get(c));
                    cell.setCellStyle(styles.example);
                } else {
                    cell.setCellStyle(c == 3 || c == 4 ? styles.number : styles.body);
                }
            }
        }
        int[] widths = {30, 24, 24, 11, 11, 36};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        validations(sheet, first + EXAMPLES.size(), first + PREPARED_ROWS - 1);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, HEADERS.size() - 1));
        sheet.setHorizontallyCenter(true);
    }

    private static void validations(Sheet sheet, int firstRow, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, helper.createFormulaListConstraint("Organs"), firstRow, lastRow, 0, false,
                "Organ at risk", "Pick a TG-263 name or type the organ in your words (state the side).");
        add(sheet, helper.createCustomConstraint("TRUE"), firstRow, lastRow, 1, false,
                "Dose constraint", "Metric, operator, limit and unit: Max < 54 Gy, Mean <= 26 Gy, V20Gy < 30%, D0.03cc < 48 Gy.");
        add(sheet, helper.createFormulaListConstraint("Sources"), firstRow, lastRow, 2, false,
                "Source of constraint", "Pick a source or type it with the protocol number (e.g. RTOG 0225, SWOG S1826).");
        for (int col = 3; col <= 4; col++) {
            DataValidationConstraint number = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "5000");
            DataValidation v = add(sheet, number, firstRow, lastRow, col, true,
                    col == 3 ? "3D plan value" : "IMRT plan value",
                    "A number in the constraint's unit: Gy for doses, % or cc for volumes (e.g. 52.4). Not cGy.");
            v.createErrorBox("Number needed", "Enter the value as a number in the constraint's unit (Gy, % or cc), e.g. 52.4.");
        }
        DataValidation answer = add(sheet, helper.createFormulaListConstraint("Answers"), firstRow, lastRow, 5, true,
                "Only met with IMRT?", "Yes only when the 3D plan fails the constraint and the IMRT plan meets it.");
        answer.createErrorBox("Pick an answer", "Choose one of the answers in the list.");
    }

    private static DataValidation add(Sheet sheet, DataValidationConstraint constraint, int firstRow, int lastRow, int col,
                                      boolean strict, String promptTitle, String prompt) {
        DataValidation v = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, col, col));
        v.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.INFO);
        v.setShowErrorBox(strict);
        v.setEmptyCellAllowed(true);
        v.createPromptBox(promptTitle, prompt);
        v.setShowPromptBox(true);
        if (v.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            v.setSuppressDropDownArrow(true); // XSSF: true shows the in-cell arrow
        }
        sheet.addValidationData(v);
        return v;
    }

    private static void instructionsSheet(Sheet sheet, Styles styles) {
        for (int i = 0; i < INSTRUCTIONS.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(INSTRUCTIONS.get(i));
            cell.setCellStyle(i == 0 ? styles.title : styles.plain);
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    /** The cell styles of the workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle hint;
        final CellStyle header;
        final CellStyle example;
        final CellStyle body;
        final CellStyle number;
        final CellStyle plain;

        Styles(Workbook wb) {
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            title.setVerticalAlignment(VerticalAlignment.CENTER);

            Font hintFont = wb.createFont();
            hintFont.setItalic(true);
            hintFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            hint = wb.createCellStyle();
            hint.setFont(hintFont);

            Font headerFont = wb.createFont();
            headerFont.setBold(true);
            headerFont.setColor(IndexedColors.WHITE.getIndex());
            header = bordered(wb);
            header.setFont(headerFont);
            header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);

            Font exampleFont = wb.createFont();
            exampleFont.setItalic(true);
            exampleFont.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
            example = bordered(wb);
            example.setFont(exampleFont);
            example.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            example.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            body = bordered(wb);
            body.setWrapText(true);
            number = bordered(wb);
            // General format: the value reads back exactly as typed (62, 21.25), no padding to fixed decimals
            number.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            plain = wb.createCellStyle();
        }

        private static CellStyle bordered(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }
    }
}
