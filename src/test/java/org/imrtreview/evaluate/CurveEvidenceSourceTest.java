package org.imrtreview.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Operator;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;

class CurveEvidenceSourceTest {

    /** Uniform dose between lo and hi Gy: V(d) linear from 100 % at lo to 0 % at hi. */
    private static DvhCurve ramp(String structure, String plan, PlanKind role, double lo, double hi, boolean digitised) {
        return new DvhCurve(structure, plan, role, 50, new double[] {0, lo, hi}, new double[] {100, 100, 0}, digitised,
                plan + ".txt");
    }

    private static ReviewCase caseWith(DvhCurve... curves) {
        return new ReviewCase(Path.of("case"), null, List.of(), null, List.of(curves), List.of());
    }

    private static SummaryRow row(String organ) {
        return new SummaryRow(1, organ, "", "QUANTEC", "", "", "", "row 1");
    }

    private static final Constraint V20_LT_35 = new Constraint("V20 < 35%", Metric.volumeAtDose(20, Unit.PERCENT),
            Operator.LT, new Quantity(35, Unit.PERCENT));
    private static final Constraint MAX_LT_5400_CGY = new Constraint("Max < 5400 cGy", Metric.max(), Operator.LT,
            new Quantity(5400, Unit.CGY));

    @Test
    void computesTheRowMetricForEachPlanFromItsOwnCurve() {
        ReviewCase c = caseWith(ramp("Lungs", "3D CRT", PlanKind.THREE_D, 10, 30, false),
                ramp("Lungs", "IMRT", PlanKind.IMRT, 0, 40, false));
        CurveEvidenceSource source = new CurveEvidenceSource();
        DvhEvidence d3 = source.find(c, row("Total lung"), V20_LT_35, PlanKind.THREE_D).orElseThrow();
        DvhEvidence imrt = source.find(c, row("Total lung"), V20_LT_35, PlanKind.IMRT).orElseThrow();
        assertEquals(50.0, d3.value(), 1e-9);
        assertEquals(50.0, imrt.value(), 1e-9);
        assertEquals("Lungs", d3.structure());
        assertFalse(d3.digitised());
    }

    @Test
    void doseIsReturnedInTheConstraintsUnit() {
        ReviewCase c = caseWith(ramp("Brain Stem", "IMRT", PlanKind.IMRT, 10, 52, false));
        DvhEvidence e = new CurveEvidenceSource().find(c, row("Brainstem"), MAX_LT_5400_CGY, PlanKind.IMRT).orElseThrow();
        assertEquals(5200.0, e.value(), 1e-9);
    }

    @Test
    void lateralityIsRespected() {
        ReviewCase c = caseWith(ramp("Parotid_R", "IMRT", PlanKind.IMRT, 10, 30, false),
                ramp("Parotid_L", "IMRT", PlanKind.IMRT, 0, 60, false));
        Constraint mean = new Constraint("Mean < 26 Gy", Metric.mean(), Operator.LT, new Quantity(26, Unit.GY));
        assertEquals(30.0, new CurveEvidenceSource().find(c, row("Lt parotid"), mean, PlanKind.IMRT).orElseThrow().value(), 1e-9);
        assertEquals(20.0, new CurveEvidenceSource().find(c, row("Rt parotid"), mean, PlanKind.IMRT).orElseThrow().value(), 1e-9);
        assertTrue(new CurveEvidenceSource().find(c, row("Parotid (contralateral)"), mean, PlanKind.IMRT).isEmpty(),
                "which side is contralateral cannot be told from the data");
    }

    @Test
    void aLimitForBothFemoralHeadsIsComparedAtTheWorseHead() {
        ReviewCase c = caseWith(ramp("Femur_Head_L", "IMRT", PlanKind.IMRT, 10, 40, false),
                ramp("Femur_Head_R", "IMRT", PlanKind.IMRT, 10, 52, false));
        DvhEvidence e = new CurveEvidenceSource().find(c, row("Femoral heads"), new Constraint("Max < 50 Gy", Metric.max(),
                Operator.LT, new Quantity(50, Unit.GY)), PlanKind.IMRT).orElseThrow();
        assertEquals(52.0, e.value(), 1e-9);
        assertTrue(e.structure().startsWith("Femur_Head_R (worst of"), e.structure());
    }

    @Test
    void exportedDataOutrankDigitisedCurvesWhichAreMarked() {
        ReviewCase both = caseWith(ramp("Rectum", "IMRT", PlanKind.IMRT, 0, 40, true), ramp("Rectum", "IMRT", PlanKind.IMRT, 0, 80, false));
        Constraint v70 = new Constraint("V70 < 20%", Metric.volumeAtDose(70, Unit.PERCENT), Operator.LT, new Quantity(20, Unit.PERCENT));
        DvhEvidence e = new CurveEvidenceSource().find(both, row("Rectum"), v70, PlanKind.IMRT).orElseThrow();
        assertEquals(12.5, e.value(), 1e-9);
        assertFalse(e.digitised());
        ReviewCase digitisedOnly = caseWith(ramp("Rectum", "IMRT", PlanKind.IMRT, 0, 80, true));
        assertTrue(new CurveEvidenceSource().find(digitisedOnly, row("Rectum"), v70, PlanKind.IMRT).orElseThrow().digitised());
    }

    @Test
    void noEvidenceForAnUnknownOrganAnUnparsedConstraintOrAnUnidentifiedPlan() {
        ReviewCase c = caseWith(ramp("Rectum", "PlanA", null, 0, 80, false), ramp("Rectum", "PlanB", null, 0, 60, false));
        CurveEvidenceSource source = new CurveEvidenceSource();
        assertTrue(source.find(c, row("Rectum"), V20_LT_35, PlanKind.IMRT).isEmpty(), "plans not identified");
        CurveEvidenceSource chosen = new CurveEvidenceSource(Map.of(), Map.of("PlanA", PlanKind.IMRT));
        assertEquals(75.0, chosen.find(c, row("Rectum"), V20_LT_35, PlanKind.IMRT).orElseThrow().value(), 1e-9);
        assertEquals(2.0 / 3 * 100, chosen.find(c, row("Rectum"), V20_LT_35, PlanKind.THREE_D).orElseThrow().value(), 1e-9);
        assertTrue(chosen.find(c, row("Xylophone"), V20_LT_35, PlanKind.IMRT).isEmpty());
        assertTrue(chosen.find(c, row("Rectum"), Constraint.unparsed("V20 ok"), PlanKind.IMRT).isEmpty());
    }

    @Test
    void theReviewersStructureChoiceWins() {
        ReviewCase c = caseWith(ramp("Rectum", "IMRT", PlanKind.IMRT, 0, 80, false), ramp("Rectum_wall", "IMRT", PlanKind.IMRT, 0, 40, false));
        CurveEvidenceSource source = new CurveEvidenceSource(Map.of("Rectum", "Rectum_wall"), Map.of());
        assertEquals("Rectum_wall", source.find(c, row("Rectum"), V20_LT_35, PlanKind.IMRT).orElseThrow().structure());
    }

    @Test
    void bothParotidsAsOneOrganAreTheTwoGlandsSummedByVolume() {
        // Left 20 cc uniform 10-30 Gy (mean 20), right 30 cc uniform 20-40 Gy (mean 30): combined mean 26 Gy.
        DvhCurve left = new DvhCurve("Parotid_L", "IMRT", PlanKind.IMRT, 20, new double[] {0, 10, 30},
                new double[] {100, 100, 0}, false, "f.txt");
        DvhCurve right = new DvhCurve("Parotid_R", "IMRT", PlanKind.IMRT, 30, new double[] {0, 20, 40},
                new double[] {100, 100, 0}, false, "f.txt");
        Constraint mean = new Constraint("Mean < 25 Gy", Metric.mean(), Operator.LT, new Quantity(25, Unit.GY));
        DvhEvidence e = new CurveEvidenceSource().find(caseWith(left, right), row("Both parotids"), mean, PlanKind.IMRT)
                .orElseThrow();
        assertEquals(26.0, e.value(), 1e-9);
        assertEquals("Parotid_L + Parotid_R", e.structure());
        DvhCurve combined = new DvhCurve("Parotids", "IMRT", PlanKind.IMRT, 50, new double[] {0, 15, 35},
                new double[] {100, 100, 0}, false, "f.txt");
        assertEquals(25.0, new CurveEvidenceSource().find(caseWith(left, right, combined), row("Parotids"), mean, PlanKind.IMRT)
                .orElseThrow().value(), 1e-9, "an exported combined structure is used as it is");
    }
}
