package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrtreview.dvh.StructureMatcher;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A curve named by its legend text reaches the summary table's row the way the evaluator looks for
 * it: legend label → {@link CurveAssigner} → {@link DigitizedCurves#toModel} → {@link StructureMatcher}.
 */
class LegendLabelMatchingTest {

    @ParameterizedTest(name = "legend \"{0}\" on a {1} image stands for table organ \"{2}\", plan {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Parotid_L             | BOTH | Left parotid        | 
            Lt Parotid            | IMRT | Parotid L           | IMRT
            Brain Stem 3D         | BOTH | Brainstem           | 3D
            SpinalCord_IMRT       | BOTH | Spinal cord         | IMRT
            Cord_PRV5 (IMRT)      | BOTH | Spinal cord PRV     | IMRT
            Optic Chiasm (3D)     | BOTH | Chiasm              | 3D
            Femur_Head_L (IMRT)   | IMRT | Left femoral head   | IMRT
            Bladder_3D            | BOTH | Bladder             | 3D
            OpticNrv_R            | 3D   | Right optic nerve   | 3D
            """)
    void legendTextFindsTheTableOrgan(String label, String imagePlan, String tableOrgan, String plan) {
        PlanKind image = switch (imagePlan) {
            case "IMRT" -> PlanKind.IMRT;
            case "3D" -> PlanKind.THREE_D;
            default -> PlanKind.BOTH;
        };
        TracedCurve curve = new TracedCurve(0xd62728, LineStyle.SOLID, new double[] {0, 20, 40}, new double[] {100, 50, 0},
                List.of(), 0).withLegendLabel(new LegendLabel(label, 0.9, LegendTextReader.SOURCE));
        CurveAssignment a = new CurveAssigner().assign(List.of(curve), image, List.of(), Map.of()).get(0);
        PlotFrame frame = new PlotFrame(0, 0, 100, 100);
        DigitizeResult result = new DigitizeResult(200, 200, frame,
                Calibration.fromRanges(frame, new AxisRange(0, 80), new AxisRange(0, 100)), List.of(curve), List.of());
        List<DvhCurve> curves = DigitizedCurves.toModel(result, List.of(a), "dvh.png");

        Optional<StructureMatcher.Selection> match = StructureMatcher.select(tableOrgan, curves, Map.of());
        assertTrue(match.isPresent(), label + " should stand for " + tableOrgan);
        assertEquals(label, match.get().curves().get(0).structure());
        PlanKind expectedPlan = plan == null ? null : plan.equals("IMRT") ? PlanKind.IMRT : PlanKind.THREE_D;
        assertEquals(expectedPlan, curves.get(0).plan(), a.basis());
    }
}
