package org.imrtreview.constraint.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.imrtreview.model.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionationAndEqd2Test {

    @ParameterizedTest(name = "{0} Gy / {1} fx -> {2}")
    @CsvSource(textBlock = """
            70,   35, CONVENTIONAL
            70,   33, CONVENTIONAL
            66,   30, CONVENTIONAL
            50.4, 28, CONVENTIONAL
            69.6, 58, CONVENTIONAL
            60,   20, HYPOFRACTIONATED
            40.05,15, HYPOFRACTIONATED
            60,    8, HYPOFRACTIONATED
            54,    3, SBRT_SRS
            35,    5, SBRT_SRS
            16,    1, SBRT_SRS
            25,    5, SBRT_SRS
            """)
    void prescriptionIsClassifiedByFractionsAndDosePerFraction(double dose, int fractions, Regime expected) {
        assertEquals(expected, new Fractionation(dose, fractions).regime());
    }

    @Test
    void missingOrNonsensePrescriptionGivesNoFractionation() {
        assertNull(Fractionation.of(null));
        assertNull(Fractionation.of(new Request.Prescription(null, 30)));
        assertNull(Fractionation.of(new Request.Prescription(60.0, null)));
        assertNull(Fractionation.of(new Request.Prescription(60.0, 0)));
        assertEquals(Regime.CONVENTIONAL, Fractionation.of(new Request.Prescription(60.0, 30)).regime());
    }

    @ParameterizedTest(name = "EQD2({0} Gy/{1} fx, a/b {2}) = {3}")
    @CsvSource(textBlock = """
            60,   30, 3,  60
            21.9,  3, 2,  50.9175
            14,    1, 2,  56
            50,   25, 10, 50
            30,    5, 3,  54
            48,    4, 10, 88
            """)
    void eqd2FollowsTheLinearQuadraticFormula(double dose, int fractions, double alphaBeta, double expected) {
        assertEquals(expected, Eqd2.eqd2(dose, fractions, alphaBeta), 1e-4);
    }

    @Test
    void bedAndInverseEqd2AreConsistent() {
        assertEquals(60, Eqd2.bed(50, 25, 10), 1e-9);
        assertEquals(21.9, Eqd2.physicalDoseForEqd2(Eqd2.eqd2(21.9, 3, 2), 3, 2), 1e-9);
        assertEquals(54, Eqd2.physicalDoseForEqd2(54, 27, 3), 1e-9);
    }

    @Test
    void nervousTissueUsesAlphaBetaTwoAndOtherOrgansThree() {
        assertEquals(2.0, AlphaBeta.late("SpinalCord"));
        assertEquals(2.0, AlphaBeta.late("BrachialPlex_L"));
        assertEquals(3.0, AlphaBeta.late("Parotid_L"));
        assertEquals(3.0, AlphaBeta.late("Rectum"));
        assertEquals(3.0, AlphaBeta.late(null));
    }
}
