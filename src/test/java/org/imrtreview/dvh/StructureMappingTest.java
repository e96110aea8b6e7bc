package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.junit.jupiter.api.Test;

class StructureMappingTest {

    private static DvhCurve c(String structure, PlanKind plan) {
        return new DvhCurve(structure, plan.label(), plan, 10, new double[] {0, 50}, new double[] {100, 0}, false, "f.txt");
    }

    @Test
    void listsForEachTableOrganAndPlanTheStructureUsedAndWhy() {
        List<DvhCurve> curves = List.of(c("PRV5 SpinalCanal", PlanKind.IMRT), c("SpinalCord", PlanKind.IMRT),
                c("Femur_Head_L", PlanKind.IMRT), c("Femur_Head_R", PlanKind.IMRT), c("Lt Parotid", PlanKind.IMRT),
                c("SpinalCord", PlanKind.THREE_D));
        List<StructureMapping.Entry> m = StructureMapping.of(List.of("Spinal cord", "Femoral heads", "Parotid (contralateral)",
                "Rt parotid"), curves, Map.of(), Map.of());
        assertEquals(List.of(
                "Spinal cord [3D] \u2194 SpinalCord (same organ)",
                "Spinal cord [IMRT] \u2194 SpinalCord (same organ)",
                "Femoral heads [3D]: no structure in the DVH data",
                "Femoral heads [IMRT] \u2194 Femur_Head_L, Femur_Head_R (each side, the worse one is compared)",
                "Parotid (contralateral) [3D]: no structure in the DVH data",
                "Parotid (contralateral) [IMRT] \u2194 Lt Parotid (only side present; the table does not say which side)",
                "Rt parotid [3D]: no structure in the DVH data",
                "Rt parotid [IMRT]: no structure in the DVH data"),
                m.stream().map(StructureMapping.Entry::describe).toList());
    }

    @Test
    void theReviewersChoiceIsShownAsSuch() {
        List<StructureMapping.Entry> m = StructureMapping.of(List.of("Cord"), List.of(c("SC_1", PlanKind.IMRT)),
                Map.of("Cord", "SC_1"), Map.of());
        assertEquals("Cord [IMRT] \u2194 SC_1 (chosen by the reviewer)", m.get(0).describe());
    }
}
