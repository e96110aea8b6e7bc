package org.imrtreview.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.RowResult;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0571 (left open by 0547): a sided organ's row carrying the treated side's doses. Sample 03 (right upper
 * lobe, C34.11, 60 Gy in 30) with Varian Eclipse exports of both plans holding both lungs — the right (treated) lung at
 * V20 38 % / 29 %, the left (spared) lung at 8 % / 5 % — and its "Total lung" row renamed "Lung_L" with the right
 * lung's values. The exported data decide the row (the left lung meets the limit in both plans); the note says whose
 * values the table gave, as 0541 does across rows.
 */
class OtherSideValuesTest {

    @TempDir
    Path dir;

    /** Piecewise-linear cumulative curves (dose Gy, volume %), written at Eclipse's 10 cGy bins. */
    private static final Map<String, double[][]> THREE_D = new LinkedHashMap<>();
    private static final Map<String, double[][]> VMAT = new LinkedHashMap<>();

    static {
        THREE_D.put("Lung_R", new double[][] {{0, 100}, {5, 60}, {20, 38}, {60, 0}});
        THREE_D.put("Lung_L", new double[][] {{0, 100}, {3, 30}, {20, 8}, {40, 0}});
        THREE_D.put("Heart", new double[][] {{0, 100}, {10, 100}, {44.8, 0}}); // mean 27.4 Gy
        THREE_D.put("Esophagus", new double[][] {{0, 100}, {20, 100}, {52.4, 0}}); // mean 36.2 Gy
        THREE_D.put("SpinalCord", new double[][] {{0, 100}, {30, 100}, {44.8, 0}});
        VMAT.put("Lung_R", new double[][] {{0, 100}, {5, 70}, {20, 29}, {60, 0}});
        VMAT.put("Lung_L", new double[][] {{0, 100}, {3, 40}, {20, 5}, {35, 0}});
        VMAT.put("Heart", new double[][] {{0, 100}, {5, 100}, {32.8, 0}}); // mean 18.9 Gy
        VMAT.put("Esophagus", new double[][] {{0, 100}, {10, 100}, {47.4, 0}}); // mean 28.7 Gy
        VMAT.put("SpinalCord", new double[][] {{0, 100}, {30, 100}, {41.0, 0}});
    }

    private Path lungWithExports(String lungRow) throws Exception {
        Path folder = SampleCopies.copyOf(Path.of("samples/03-lung-v20-csv-criteria-met").toAbsolutePath(), dir);
        Files.writeString(folder.resolve("Eclipse_DVH_3DCRT.txt"), eclipse("3D CRT 4F", THREE_D));
        Files.writeString(folder.resolve("Eclipse_DVH_VMAT.txt"), eclipse("VMAT 2ARC", VMAT));
        Path table = folder.resolve("summary_table.csv");
        Files.writeString(table, Files.readString(table, StandardCharsets.UTF_8)
                .replace("Total lung,V20 < 35%,NCCN,38%,29%,Yes", lungRow), StandardCharsets.UTF_8);
        return folder;
    }

    private static Evaluation evaluate(Path folder) throws Exception {
        return Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(folder));
    }

    private static Flag note(RowResult r) {
        return r.flags().stream().filter(f -> f.code() == FlagCode.DVH_VALUES_OF_ANOTHER_ORGAN).findFirst().orElse(null);
    }

    @Test
    void theSpareLungsRowHoldingTheTreatedLungsValuesSaysSo() throws Exception {
        Evaluation e = evaluate(lungWithExports("Lung_L,V20 < 35%,NCCN,38%,29%,Yes"));
        RowResult lung = e.rows().get(0);
        assertEquals("Lung_L", lung.row().organ());
        assertTrue(lung.has(FlagCode.DVH_TABLE_MISMATCH), lung.flags().toString());
        assertFalse(lung.supports(), "the data decide: the left lung meets V20 < 35% in both plans");
        Flag note = note(lung);
        assertTrue(note != null, lung.flags().toString());
        assertFalse(note.blocksSupport());
        assertTrue(note.message().contains("fit the DVH data of the other side's Lung_R (structure \"Lung_R\": 3D 38%, IMRT 29%)")
                && note.message().contains("this row's structure \"Lung_L\"")
                && note.message().contains("ask the provider which side the values are of"), note.message());
        // the heart row stands on its own data: the case is decided as before, the note changes no verdict
        assertEquals(Determination.CRITERIA_MET, e.determination(), e.reasons().toString());
        assertTrue(e.rows().subList(1, e.rows().size()).stream().allMatch(r -> note(r) == null), e.rows().toString());
    }

    @Test
    void eachLungWithItsOwnValuesGetsNoNote() throws Exception {
        Evaluation right = evaluate(lungWithExports("Lung_R,V20 < 35%,NCCN,38%,29%,Yes"));
        assertNull(note(right.rows().get(0)), right.rows().get(0).flags().toString());
        assertFalse(right.rows().get(0).has(FlagCode.DVH_TABLE_MISMATCH), right.rows().get(0).flags().toString());
    }

    @Test
    void theSpareLungWithItsOwnValuesGetsNoNote() throws Exception {
        Evaluation left = evaluate(lungWithExports("Lung_L,V20 < 35%,NCCN,8%,5%,No"));
        assertNull(note(left.rows().get(0)), left.rows().get(0).flags().toString());
        assertFalse(left.rows().get(0).has(FlagCode.DVH_TABLE_MISMATCH), left.rows().get(0).flags().toString());
    }

    @Test
    void theOtherSideIsTheSameOrgansTg263Name() {
        assertEquals("Lung_R", ValuesOfAnotherOrgan.otherSide("Lung_L"));
        assertEquals("Lung_L", ValuesOfAnotherOrgan.otherSide("Right lung"));
        assertEquals("Parotid_R", ValuesOfAnotherOrgan.otherSide("Lt parotid"));
        assertNull(ValuesOfAnotherOrgan.otherSide("Total lung"));
        assertNull(ValuesOfAnotherOrgan.otherSide("Contralateral lung"));
        assertNull(ValuesOfAnotherOrgan.otherSide("Heart"));
    }

    /** A Varian Eclipse export of one plan as a clinic's system writes it (10 cGy bins, relative volume). */
    private static String eclipse(String plan, Map<String, double[][]> curves) {
        StringBuilder s = new StringBuilder();
        s.append("Patient Name         : Moreno, Alvin D.\r\n")
                .append("Patient ID           : RBO-0330218\r\n")
                .append("Comment              : DVHs for one plan\r\n")
                .append("Date                 : Monday, November 16, 2026 10:12:40\r\n")
                .append("Exported by          : planner2\r\n")
                .append("Type                 : Cumulative Dose Volume Histogram\r\n")
                .append("Description          : The cumulative DVH displays the percentage (relative)\r\n")
                .append("                       or volume (absolute) of structures that receive a dose\r\n")
                .append("                       equal to or greater than a given dose.\r\n\r\n")
                .append("Plan: ").append(plan).append("\r\nCourse: C1\r\n")
                .append("Prescribed dose [cGy]: 6000.0\r\n% for dose (%): 100.0\r\n\r\n");
        for (Map.Entry<String, double[][]> c : curves.entrySet()) {
            double[][] p = c.getValue();
            double maxGy = p[p.length - 1][0];
            double mean = 0;
            for (int i = 1; i < p.length; i++) {
                mean += (p[i][0] - p[i - 1][0]) * (p[i][1] + p[i - 1][1]) / 200.0;
            }
            s.append("Structure: ").append(c.getKey()).append("\r\nApproval Status: Approved\r\nPlan: ").append(plan)
                    .append("\r\nCourse: C1\r\nVolume [cm³]: ").append(c.getKey().startsWith("Lung") ? "1450.0" : "210.0")
                    .append("\r\nDose Cover.[%]: 100.0\r\nSampling Cover.[%]: 100.0\r\nMin Dose [cGy]: 0.0\r\n")
                    .append(String.format(Locale.ROOT, "Max Dose [cGy]: %.1f\r\nMean Dose [cGy]: %.1f\r\n", maxGy * 100, mean * 100))
                    .append("\r\nDose [cGy] Ratio of Total Structure Volume [%]\r\n");
            for (int cgy = 0; cgy <= Math.round(maxGy * 100) + 10; cgy += 10) {
                s.append(String.format(Locale.ROOT, "%10d %25s\r\n", cgy, trim(volumeAt(p, cgy / 100.0))));
            }
            s.append("\r\n");
        }
        return s.toString();
    }

    private static double volumeAt(double[][] p, double gy) {
        for (int i = 1; i < p.length; i++) {
            if (gy <= p[i][0]) {
                double f = (gy - p[i - 1][0]) / (p[i][0] - p[i - 1][0]);
                return p[i - 1][1] + f * (p[i][1] - p[i - 1][1]);
            }
        }
        return 0;
    }

    private static String trim(double v) {
        String t = String.format(Locale.ROOT, "%.4f", Math.max(0, v)).replaceAll("0+$", "").replaceAll("\\.$", "");
        return t.isEmpty() ? "0" : t;
    }
}
