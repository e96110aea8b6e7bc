package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurveAssignerTest {
    private static final TracedCurve RED_SOLID = curve(0xd62728, LineStyle.SOLID, 0);
    private static final TracedCurve RED_DASHED = curve(0xd62728, LineStyle.DASHED, 1);
    private static final TracedCurve BLUE_SOLID = curve(0x1f77b4, LineStyle.SOLID, -1);

    private static TracedCurve curve(int rgb, LineStyle style, int legendOrder) {
        return new TracedCurve(rgb, style, new double[] {0, 20, 40}, new double[] {100, 50, 0}, List.of(), legendOrder);
    }

    @Test
    void singlePlanImageGivesEveryCurveThatPlanButNoOrgan() {
        List<CurveAssignment> a = new CurveAssigner().assign(List.of(RED_SOLID, BLUE_SOLID), PlanKind.IMRT, List.of(), Map.of());
        assertEquals(PlanKind.IMRT, a.get(0).plan());
        assertEquals(Confidence.LIKELY, a.get(0).planConfidence());
        assertFalse(a.get(0).assigned());
        assertEquals(Confidence.NONE, a.get(0).structureConfidence());
    }

    @Test
    void suppliedNamesAreMatchedToLegendEntriesInOrderAndSaySo() {
        List<CurveAssignment> a = new CurveAssigner().assign(List.of(RED_SOLID, RED_DASHED, BLUE_SOLID), PlanKind.BOTH,
                List.of("Brainstem IMRT", "Brainstem 3D"), Map.of());
        assertEquals("Brainstem IMRT", a.get(0).structure());
        assertEquals("Brainstem 3D", a.get(1).structure());
        assertEquals(Confidence.LEGEND_ORDER, a.get(0).structureConfidence());
        assertEquals(PlanKind.IMRT, a.get(0).plan());
        assertEquals(PlanKind.THREE_D, a.get(1).plan());
        assertFalse(a.get(2).assigned(), "a curve without a legend swatch gets no name");
    }

    @Test
    void namesAreNotMatchedWhenTheirCountDiffersFromTheLegendEntriesFound() {
        List<CurveAssignment> a = new CurveAssigner().assign(List.of(RED_SOLID, RED_DASHED), PlanKind.IMRT,
                List.of("PTV", "Brainstem", "Chiasm"), Map.of());
        assertFalse(a.get(0).assigned());
        assertTrue(a.get(0).basis().contains("3 names given but 2 legend entries found"), a.get(0).basis());
    }

    @Test
    void legendTextReadFromTheFigureNamesTheCurveAndItsPlanAndOutranksTypedNames() {
        TracedCurve labelled = RED_DASHED.withLegendLabel(new LegendLabel(" Parotid L 3DCRT ", 1.0, "legend text in the PDF"));
        List<CurveAssignment> a = new CurveAssigner().assign(List.of(labelled, RED_SOLID), PlanKind.BOTH,
                List.of("Brainstem IMRT", "Brainstem 3D"), Map.of());
        assertEquals("Parotid L 3DCRT", a.get(0).structure());
        assertEquals(Confidence.LEGEND_TEXT, a.get(0).structureConfidence());
        assertEquals(PlanKind.THREE_D, a.get(0).plan());
        assertEquals(Confidence.LEGEND_TEXT, a.get(0).planConfidence());
        assertTrue(a.get(0).basis().contains("legend text in the PDF, 100 % sure"), a.get(0).basis());
    }

    @Test
    void theNursesChoiceOutranksLegendText() {
        TracedCurve labelled = RED_SOLID.withLegendLabel(new LegendLabel("Parotid L", 0.9, "OCR"));
        CurveAssignment mine = CurveAssignment.byNurse(CurveAssigner.key(labelled), "Parotid R", PlanKind.IMRT);
        List<CurveAssignment> a = new CurveAssigner().assign(List.of(labelled), PlanKind.IMRT, List.of(),
                Map.of(mine.curveKey(), mine));
        assertEquals("Parotid R", a.get(0).structure());
        assertEquals(Confidence.CONFIRMED, a.get(0).structureConfidence());
    }

    @Test
    void combinedImageLeavesThePlanOpenRatherThanGuessingFromTheDash() {
        List<CurveAssignment> a = new CurveAssigner().assign(List.of(RED_SOLID, RED_DASHED), PlanKind.BOTH, List.of(), Map.of());
        assertNull(a.get(0).plan());
        assertNull(a.get(1).plan());
    }

    @Test
    void theNursesChoiceWins() {
        CurveAssignment chosen = CurveAssignment.byNurse(CurveAssigner.key(RED_DASHED), "Optic Chiasm", PlanKind.THREE_D);
        List<CurveAssignment> a = new CurveAssigner().assign(List.of(RED_SOLID, RED_DASHED), PlanKind.BOTH,
                List.of("PTV", "Brainstem"), Map.of(chosen.curveKey(), chosen));
        assertEquals("Optic Chiasm", a.get(1).structure());
        assertEquals(Confidence.CONFIRMED, a.get(1).structureConfidence());
        assertEquals("#d62728 dashed", a.get(1).curveKey());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PTV (IMRT)       | IMRT
            Brainstem 3D     | 3D
            Chiasm_3DCRT     | 3D
            SpinalCord_IMRT  | IMRT
            Bladder_3D       | 3D
            Parotid_L        |
            cord VMAT        | IMRT
            Lung 3D-CRT      | 3D
            Parotid          |
            """)
    void planIsReadFromANameOnlyWhenTheNameSaysIt(String name, String plan) {
        PlanKind expected = plan == null ? null : plan.equals("IMRT") ? PlanKind.IMRT : PlanKind.THREE_D;
        assertEquals(expected, CurveAssigner.planFromName(name));
    }

    @Test
    void unassignedCurvesEnterTheCaseNamedAsSuchAndDigitised() {
        PlotFrame frame = new PlotFrame(0, 0, 100, 100);
        Calibration trusted = Calibration.fromRanges(frame, new AxisRange(0, 80), new AxisRange(0, 100));
        DigitizeResult result = new DigitizeResult(200, 200, frame, trusted, List.of(RED_SOLID), List.of());
        List<DvhCurve> curves = DigitizedCurves.toModel(result, List.of(CurveAssignment.unassigned("#d62728 solid")), "dvh.png");
        assertEquals(1, curves.size());
        assertTrue(curves.get(0).digitised());
        assertTrue(DigitizedCurves.isUnassigned(curves.get(0)));
        assertEquals("unassigned #d62728 solid", curves.get(0).structure());
        assertEquals("dvh.png", curves.get(0).sourceFile());
    }

    @Test
    void curvesOfAnUncalibratedImageNeverEnterTheCase() {
        PlotFrame frame = new PlotFrame(0, 0, 100, 100);
        Calibration unknown = new Calibration(frame, 0, 100, 0, 100, CalibrationSource.UNKNOWN, CalibrationSource.ASSUMED,
                false, "axes not read");
        DigitizeResult result = new DigitizeResult(200, 200, frame, unknown, List.of(RED_SOLID), List.of());
        assertTrue(DigitizedCurves.toModel(result, List.of(), "dvh.png").isEmpty());
    }

    @Test
    void aLegendPlanWordThatContradictsTheImagesClassificationLeavesThePlanOpen() {
        TracedCurve labelled = RED_SOLID.withLegendLabel(new LegendLabel("Brainstem (3D)", 0.9, LegendTextReader.SOURCE));
        CurveAssignment a = new CurveAssigner().assign(List.of(labelled), PlanKind.IMRT, List.of(), Map.of()).get(0);
        assertEquals("Brainstem (3D)", a.structure());
        assertNull(a.plan());
        assertEquals(Confidence.NONE, a.planConfidence());
        assertTrue(a.basis().contains("classified as IMRT but the name says 3D"), a.basis());
    }

    @Test
    void aTypedNameThatDisagreesWithTheLegendTextIsReportedAndTheLegendTextKept() {
        TracedCurve labelled = RED_SOLID.withLegendLabel(new LegendLabel("Lt Parotid", 0.93, LegendTextReader.SOURCE));
        List<CurveAssignment> a = new CurveAssigner().assign(List.of(labelled, RED_DASHED), PlanKind.BOTH,
                List.of("Cochlea L", "Parotid_L"), Map.of());
        assertEquals("Lt Parotid", a.get(0).structure());
        assertTrue(a.get(0).basis().contains("differs from the supplied name \"Cochlea L\""), a.get(0).basis());
        assertEquals("Parotid_L", a.get(1).structure());
        assertEquals(Confidence.LEGEND_ORDER, a.get(1).structureConfidence());
    }

    @Test
    void aTypedNameForTheSameOrganAsTheLegendTextRaisesNoQuestion() {
        TracedCurve labelled = RED_SOLID.withLegendLabel(new LegendLabel("Lt Parotid", 0.93, LegendTextReader.SOURCE));
        CurveAssignment a = new CurveAssigner().assign(List.of(labelled, RED_DASHED), PlanKind.BOTH,
                List.of("Parotid_L", "Parotid_L 3D"), Map.of()).get(0);
        assertFalse(a.basis().contains("differs"), a.basis());
    }
}
