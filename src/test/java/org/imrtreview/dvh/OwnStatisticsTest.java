package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exports that print a structure's own maximum and mean next to its curve (CadPlan, ProSoma, PRIMO) are
 * held to them (decision 0295): a curve that disagrees beyond max(0.5 Gy, 2 %) is refused as
 * self-contradictory, the other structures still load. And Monaco files that do not state their units
 * are refused, not read as cGy and %.
 */
class OwnStatisticsTest {

    private static String layout(String name) {
        return new String(DvhReadersGoldenTest.fixture("layout/" + name), StandardCharsets.UTF_8);
    }

    private static DvhExport read(String name, String text) {
        try {
            return DvhFormats.read(name, text.getBytes(StandardCharsets.UTF_8), null);
        } catch (DvhFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = ';', textBlock = """
            cadplan.txt;  Dose maximum (Gy)  : 60.12;        Dose maximum (Gy)  : 66.12;      the file's own maximum is 66.12 Gy
            cadplan.txt;  Dose mean (Gy)     : 57.00;        Dose mean (Gy)     : 52.00;      the file's own mean is 52 Gy
            prosoma.txt;  Max [Gy]: 60.12;                   Max [Gy]: 63.50;                 the file's own maximum is 63.5 Gy
            prosoma.txt;  Average [Gy]: 57.00;               Average [Gy]: 59.00;             the file's own mean is 59 Gy
            primo.txt;    # Max. Dose [Gy]: 60.118 (0.010);  # Max. Dose [Gy]: 70.118 (0.010); the file's own maximum is 70.12 Gy
            """)
    void aCurveContradictingTheFilesOwnStatisticsIsRefusedAndTheOthersStillLoad(String file, String line, String changed,
                                                                                 String words) {
        String text = layout(file);
        assertTrue(text.contains(line), line);
        DvhExport good = read(file, text);
        assertEquals(List.of(), good.problems(), "the layout agrees with itself");
        DvhExport e = read(file, text.replaceFirst(java.util.regex.Pattern.quote(line), changed));
        assertEquals(List.of("SpinalCord"), e.curves().stream().map(DvhCurve::structure).toList());
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("structure 'PTV'") && e.problems().get(0).contains(words)
                && e.problems().get(0).contains("contradicts itself"), e.problems().toString());
    }

    @Test
    void withinTheTableToleranceTheCurveIsUsed() {
        String text = layout("prosoma.txt").replace("Max [Gy]: 60.12", "Max [Gy]: 60.90");
        assertEquals(List.of(), read("prosoma.txt", text).problems());
    }

    @Test
    void aCurveStoppingJustShortOfItsPrintedMaximumIsClosedThere() {
        // The PTV's rows cut after the last one still above 0.1 %, the printed maximum one row further on.
        String text = layout("prosoma.txt");
        String[] lines = text.split("\n", -1);
        StringBuilder cut = new StringBuilder();
        boolean inPtv = false;
        double lastDose = Double.NaN;
        for (String l : lines) {
            if (l.startsWith("Name: PTV")) {
                inPtv = true;
            } else if (l.startsWith("Name:")) {
                inPtv = false;
            }
            String[] t = l.split("\t");
            if (inPtv && t.length == 2 && DvhText.isNumber(t[0]) && DvhText.number(t[1]) <= 0.5) {
                continue; // drop the tail: the curve now stops above 0 %
            }
            if (inPtv && t.length == 2 && DvhText.isNumber(t[0])) {
                lastDose = DvhText.number(t[0]);
            }
            cut.append(l).append('\n');
        }
        String closedText = cut.toString().replace("Max [Gy]: 60.12", String.format(java.util.Locale.ROOT,
                "Max [Gy]: %.2f", lastDose + 0.1));
        DvhExport e = read("prosoma.txt", closedText);
        assertEquals(List.of(), e.problems());
        DvhCurve ptv = e.curves().get(0);
        assertEquals(lastDose + 0.1, DvhMetrics.compute(ptv, Metric.max(), null).value(), 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            | Dose Units: cGy;      ;                   no Dose Units
            | Dose Units: cGy;      | Dose Units: Sv;   Dose Units 'Sv' is not Gy, cGy or %
            | Volume Units: %;      ;                   no Volume Units
            | Volume Units: %;      | Volume Units: voxels; Volume Units 'voxels' is not % or cm³
            """)
    void aMonacoFileThatDoesNotStateItsUnitsIsRefused(String field, String replacement, String words) {
        String text = new String(DvhReadersGoldenTest.fixture("monaco.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains(" " + field), field);
        DvhExport e = read("monaco.txt", text.replace(" " + field, replacement == null ? "" : " " + replacement));
        assertEquals(List.of(), e.curves());
        assertTrue(e.problems().get(0).contains(words), e.problems().toString());
    }
}
