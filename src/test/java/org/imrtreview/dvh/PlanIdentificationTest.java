package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanIdentificationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', nullValues = "null", textBlock = """
            3D CRT 4FLD;          THREE_D
            3DCRT;                THREE_D
            Prostate_3D;          THREE_D
            3D-CRT boost;         THREE_D
            4fld box;             THREE_D
            AP/PA;                THREE_D
            Conformal;            THREE_D
            Tangents;             THREE_D
            IMRT 7F;              IMRT
            IMRT_Prostate;        IMRT
            VMAT 2arc;            IMRT
            RapidArc;             IMRT
            Tomo Helical;         IMRT
            2 Arcs;               IMRT
            Step and shoot;       IMRT
            PROS;                 null
            Plan Sum;             null
            3D vs IMRT;           null
            C1 Plan1;             null
            """)
    void tellsThePlanTypeFromItsName(String name, PlanKind expected) {
        assertEquals(expected, PlanIdentifier.fromName(name));
    }

    @Test
    void planNameOutranksFileName() {
        assertEquals(PlanKind.IMRT, PlanIdentifier.identify("IMRT 7F", "dvh_3d.txt"));
        assertEquals(PlanKind.THREE_D, PlanIdentifier.identify("PROS", "exports/Prostate 3D CRT.txt"));
    }

    private static DvhCurve curve(String plan, PlanKind role, String file) {
        return new DvhCurve("Rectum", plan, role, 70, new double[] {0, 70}, new double[] {100, 0}, false, file);
    }

    @Test
    void theOnlyUnknownPlanIsTheOtherRole() {
        List<DvhCurve> resolved = PlanRoles.resolve(List.of(curve("3D", PlanKind.THREE_D, "a.txt"), curve("PROS2", null, "b.txt")));
        assertEquals(PlanKind.IMRT, resolved.get(1).plan());
        assertEquals(true, PlanRoles.plans(resolved, Map.of()).size() == 2);
    }

    @Test
    void twoUnknownPlansStayUnknownUntilTheReviewerChooses() {
        List<DvhCurve> curves = List.of(curve("PlanA", null, "a.txt"), curve("PlanB", null, "b.txt"));
        assertEquals(java.util.Arrays.asList(null, null), PlanRoles.resolve(curves).stream().map(DvhCurve::plan).toList());
        List<DvhCurve> chosen = PlanRoles.resolve(curves, Map.of("PlanA", PlanKind.IMRT));
        assertEquals(List.of(PlanKind.IMRT, PlanKind.THREE_D), chosen.stream().map(DvhCurve::plan).toList());
    }

    @Test
    void explicitChoiceOverridesTheName() {
        List<DvhCurve> chosen = PlanRoles.resolve(List.of(curve("IMRT", PlanKind.IMRT, "a.txt")), Map.of("IMRT", PlanKind.THREE_D));
        assertEquals(PlanKind.THREE_D, chosen.get(0).plan());
    }
}
