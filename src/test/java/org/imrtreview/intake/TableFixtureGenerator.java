package org.imrtreview.intake;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.imrtreview.samples.SampleTableWriter;
import org.imrtreview.samples.SampleTableWriter.Layout;
import org.imrtreview.samples.SampleTableWriter.Value;

/**
 * Writes the golden-file inputs under {@code src/test/resources/intake/tables/}: summary tables in
 * the layouts clinics send. The inputs are committed; {@link SpreadsheetGoldenTest} compares what
 * intake reads from each with its reviewed {@code .expected} file.
 */
public final class TableFixtureGenerator {

    private static final List<String> POLICY_HEADERS = List.of("Organ(s) At Risk", "Dose Constraint", "Source of Constraint",
            "3D", "IMRT", "Can constraint only be met with IMRT?");

    private TableFixtureGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/intake/tables");
        Files.createDirectories(dir);

        Workbook wb = SampleTableWriter.workbook(false);
        SampleTableWriter.addTable(wb, new Layout("Sheet1", 0, 0, List.of("Summary Analysis of 3D vs IMRT Planning"),
                POLICY_HEADERS, null, rows(
                        t("Brachial plexus", "Max < 66 Gy", "RTOG", "58 Gy", "52 Gy", "No (both meet constraint)"),
                        t("Cauda equina", "Max < 16 Gy", "RTOG #0631", "19 Gy", "17 Gy", "No (neither meets constraint)"),
                        t("Brainstem", "Max < 54 Gy", "Quantec", "62 Gy", "52 Gy", "Yes (only IMRT meets constraint)")),
                List.of("Prepared by: J. Doe, CMD")));
        SampleTableWriter.save(wb, dir.resolve("title-rows.xlsx"));

        wb = SampleTableWriter.workbook(false);
        Sheet notes = wb.createSheet("Notes");
        notes.createRow(0).createCell(0).setCellValue("Plan comparison for preauthorization. See the Table sheet.");
        notes.createRow(2).createCell(0).setCellValue("Organs were contoured per RTOG atlases.");
        SampleTableWriter.addTable(wb, new Layout("Table", 5, 3, List.of(),
                List.of("Structure", "Constraint", "Reference", "3D-CRT", "IMRT", "IMRT required?"), null, rows(
                        t("Spinal cord", "Dmax < 45 Gy", "RTOG 0225", "47.2 Gy", "41.9 Gy", "Yes"),
                        t("Left parotid", "Mean < 26 Gy", "RTOG 0522", "33.0 Gy", "24.8 Gy", "Yes")),
                List.of()));
        SampleTableWriter.save(wb, dir.resolve("second-sheet-offset.xlsx"));

        wb = SampleTableWriter.workbook(false);
        SampleTableWriter.addTable(wb, new Layout("Summary", 1, 1, List.of(),
                List.of("OAR", "Dose Constraint", "Source", "Dose achieved", "", "Only IMRT meets?"),
                Arrays.asList("", "", "", "3D", "IMRT", ""), rows(
                        t("Optic chiasm", "Max <= 54 Gy", "RTOG 0225", "55.1", "50.2", "Yes"),
                        t("Cochlea (L)", "Mean <= 45 Gy", "QUANTEC", "37.5", "30.1", "No")),
                List.of()));
        SampleTableWriter.save(wb, dir.resolve("merged-two-row-header.xlsx"));

        wb = SampleTableWriter.workbook(true);
        SampleTableWriter.addTable(wb, new Layout("Sheet1", 0, 0, List.of("IMRT justification"),
                List.of("Organ at risk", "Constraint", "Source of constraint", "3D Conformal", "Intensity Modulated", "IMRT needed (Yes/No)"),
                null, List.of(
                        List.of(Value.text("Rectum"), Value.text("V70 < 20%"), Value.text("QUANTEC"), Value.num(24), Value.num(12.5), Value.text("Yes")),
                        List.of(Value.text("Bladder"), Value.text("V65 < 50%"), Value.text("QUANTEC"), Value.num(31.25), Value.num(22), Value.text("No"))),
                List.of()));
        SampleTableWriter.save(wb, dir.resolve("legacy.xls"));

        wb = SampleTableWriter.workbook(false);
        SampleTableWriter.addTable(wb, new Layout("Sheet1", 0, 0, List.of(), POLICY_HEADERS, null, List.of(
                List.of(Value.text("Lungs"), Value.text("V20Gy <= 30%"), Value.text("QUANTEC"), Value.num(0.34, "0%"),
                        Value.formula("0.1+0.16"), Value.formula("IF(AND(D2>0.3,E2<=0.3),\"Yes\",\"No\")")),
                List.of(Value.text("Heart"), Value.text("Mean < 2600 cGy"), Value.text("QUANTEC"), Value.num(2780, "#,##0"),
                        Value.formula("1890"), Value.formula("IF(AND(D3>=2600,E3<2600),\"Yes\",\"No\")")),
                List.of(Value.text("Esophagus"), Value.text("Mean < 34 Gy"), Value.text("QUANTEC"), Value.formula("1/0"),
                        Value.num(30.456, "0.0"), Value.text("No"))),
                List.of()));
        // the percent formula results need the percent format too
        Row lungs = wb.getSheetAt(0).getRow(1);
        lungs.getCell(4).setCellStyle(lungs.getCell(3).getCellStyle());
        SampleTableWriter.save(wb, dir.resolve("formulas-cached.xlsx"));

        wb = SampleTableWriter.workbook(false);
        SampleTableWriter.addTable(wb, new Layout("Plan", 2, 0, List.of("Summary Analysis of 3D vs IMRT Planning",
                        "Patient: TEST, PATIENT"), POLICY_HEADERS, null, rows(
                        t("Example: Brainstem", "Max < 54 Gy", "Quantec", "62 Gy", "52 Gy", "Yes (only IMRT meets constraint)"),
                        t("Brainstem", "Maximum dose less than 54 Gy", "QUANTEC", "5800 cGy", "5200 cGy", "Yes (only IMRT meets constraint)"),
                        t("Lung (total)", "V20 < 35%", "NCCN", "38%", "29%", "Yes"),
                        t("Small bowel", "V45Gy < 195 cc", "QUANTEC", "210 cc", "170 cc", "Yes"),
                        t("Heart", "Mean < 26 Gy", "", "", "21 Gy", "")),
                List.of("Note: plan doses exported from RayStation 12A.")));
        SampleTableWriter.save(wb, dir.resolve("text-doses-examples.xlsx"));

        wb = SampleTableWriter.workbook(false);
        Sheet report = wb.createSheet("Plan report");
        String[][] kv = {{"Patient", "TEST"}, {"Plan", "Brain 60 Gy"}, {"Prescription", "60 Gy in 30 fractions"}, {"Approved", "Yes"}};
        for (int i = 0; i < kv.length; i++) {
            Row r = report.createRow(i);
            r.createCell(0).setCellValue(kv[i][0]);
            r.createCell(1).setCellValue(kv[i][1]);
        }
        SampleTableWriter.save(wb, dir.resolve("no-table.xlsx"));

        wb = SampleTableWriter.workbook(false);
        SampleTableWriter.addTable(wb, new Layout("Sheet1", 0, 0, List.of(),
                List.of("Organ", "Constraint", "3D", "IMRT", "Only with IMRT?"), null, rows(
                        t("Brainstem", "Max < 54 Gy", "57 Gy", "50 Gy", "Yes")),
                List.of()));
        SampleTableWriter.save(wb, dir.resolve("missing-source-column.xlsx"));

        Files.write(dir.resolve("semicolon-windows-1252.csv"), String.join("\r\n",
                "Organ at risk;Dose constraint;Source of constraint;3D;IMRT;Can constraint only be met with IMRT?",
                "Chiasma optique;Max < 54 Gy;Institutional \u2013 Dr. M\u00fcller;55,4 Gy;51,0 Gy;Yes",
                "Tronc c\u00e9r\u00e9bral;Max < 54 Gy;QUANTEC;49,9 Gy;45,2 Gy;No",
                "").getBytes(Charset.forName("windows-1252")));

        Files.writeString(dir.resolve("header-variants.tsv"), String.join("\n",
                "Organ(s) at risk\tDose Constraint\tReference\t3D plan\tVMAT plan\tY/N only IMRT",
                "Rectum\tV70Gy < 20%\tQUANTEC\t22.5%\t14.0%\tY",
                "Penile bulb\tMean < 52.5 Gy\tQUANTEC\t48.0 Gy\t41.2 Gy\tN",
                ""), StandardCharsets.UTF_8);

        Files.writeString(dir.resolve("two-row-header.csv"), String.join("\n",
                "Organ,Constraint,Source,Dose achieved (Gy),,Answer: only with IMRT?",
                ",,,3D,IMRT,",
                "Cochlea,Mean <= 45 Gy,QUANTEC,47.1,39.0,Yes",
                "\"Brainstem, anterior\",\"Max < 54 Gy\",QUANTEC,52.0,48.5,No",
                ""), StandardCharsets.UTF_8);

        Files.writeString(dir.resolve("metric-unit-columns.csv"), String.join("\n",
                "Structure,Metric,Constraint,Units,Source,3D,IMRT,Only with IMRT?",
                "Brainstem,Dmax,< 54 Gy,Gy,QUANTEC,58,52,Yes",
                "Lungs,V20Gy,< 35%,%,NCCN,37,28,Yes",
                ""), StandardCharsets.UTF_8);

        Files.writeString(dir.resolve("unlabelled-organ-column.csv"), String.join("\n",
                ",Constraint,Source,3D,IMRT,IMRT only?",
                "Spinal cord,Max <= 45 Gy,RTOG 0225,46.5 Gy,40.1 Gy,Yes",
                ""), StandardCharsets.UTF_8);

        Files.writeString(dir.resolve("repeated-header-footer.csv"), String.join("\n",
                "Summary Analysis of 3D vs IMRT Planning,,,,,",
                "OAR,Dose Constraint,Source of Constraint,3D,IMRT,Can constraint only be met with IMRT?",
                "Liver,Mean < 30 Gy,QUANTEC,31.5 Gy,24.0 Gy,Yes",
                "OAR,Dose Constraint,Source of Constraint,3D,IMRT,Can constraint only be met with IMRT?",
                "Kidneys,Mean < 18 Gy,QUANTEC,12.0 Gy,9.5 Gy,No",
                "* All doses in Gy; plans normalised to 95% of PTV receiving 100%.,,,,,",
                "Stomach,Max < 54 Gy,QUANTEC,50 Gy,45 Gy,No",
                ""), StandardCharsets.UTF_8);

        byte[] utf16 = ("\uFEFF" + String.join("\r\n",
                "OAR\tConstraint\tSource\t3D-CRT\tIMRT\tIMRT required?",
                "Parotid (R)\tMean \u2264 26 Gy\tRTOG 0225\t31.2 Gy\t22.7 Gy\tYes",
                "")).getBytes(StandardCharsets.UTF_16LE);
        Files.write(dir.resolve("excel-unicode-text.txt"), utf16);
    }

    private static List<String> t(String... cells) {
        return List.of(cells);
    }

    @SafeVarargs
    private static List<List<Value>> rows(List<String>... rows) {
        List<List<Value>> out = new ArrayList<>();
        for (List<String> r : rows) {
            List<Value> v = new ArrayList<>();
            for (String c : r) {
                v.add(c.isEmpty() ? Value.text(null) : Value.text(c));
            }
            out.add(v);
        }
        return out;
    }
}
