package org.imrtreview.constraint.library;

import static org.imrtreview.constraint.library.PublishedComparison.Outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real rows per source group, checked both ways (matching, stricter, looser) and across regimes. */
class PublishedConstraintCheckTest {

    private final PublishedConstraintCheck check = PublishedConstraintCheck.standard();

    private PublishedComparison run(String structures, String metric, String op, double value, String unit, String source,
                                    Double rxGy, Integer fractions, Double d3, Double dImrt) {
        Fractionation fx = rxGy == null ? null : new Fractionation(rxGy, fractions);
        return check.check(new CitedConstraint(Arrays.asList(structures.split("\\+")),
                TestConstraints.constraint(metric, op, value, unit), SourceCatalog.recognise(source), fx, d3, dImrt));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}{4} [{5}] {6}/{7} -> {10}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # QUANTEC, conventional
            Brainstem            | Dmax   | <  | 54   | Gy  | Quantec        | 70 | 35 | 62   | 52   | MATCHES                 | false
            Brainstem            | Dmax   | <= | 54   | Gy  | QUANTEC        | 70 | 35 | 62   | 52   | MATCHES                 | false
            Brainstem            | Dmax   | <  | 5400 | cGy | QUANTEC        | 70 | 35 | 6200 | 5200 | MATCHES                 | false
            Brainstem            | Dmax   | <  | 50   | Gy  | QUANTEC        | 70 | 35 | 52   | 48   | STRICTER_THAN_PUBLISHED | true
            Brainstem            | Dmax   | <  | 66   | Gy  | QUANTEC        | 70 | 35 | 67   | 65   | LOOSER_THAN_PUBLISHED   | true
            Parotid_L+Parotid_R  | Dmean  | <  | 20   | Gy  | QUANTEC        | 70 | 35 | 26   | 18   | MATCHES                 | false
            Parotids             | Dmean  | <  | 20   | Gy  | QUANTEC        | 70 | 35 | 23   | 18   | STRICTER_THAN_PUBLISHED | true
            Parotids             | Dmean  | <  | 20   | Gy  | QUANTEC        | 70 | 35 | 27   | 18   | STRICTER_THAN_PUBLISHED | false
            Lungs                | V20Gy  | <= | 30   | %   | QUANTEC        | 60 | 30 | 34   | 27   | MATCHES                 | false
            # RTOG protocols and generic RTOG
            SpinalCord           | Dmax   | <= | 45   | Gy  | RTOG 0225      | 70 | 35 | 47   | 40   | MATCHES                 | false
            SpinalCord           | Dmax   | <  | 40   | Gy  | RTOG #0225     | 70 | 35 | 42   | 38   | STRICTER_THAN_PUBLISHED | true
            SpinalCord           | Dmax   | <  | 50   | Gy  | RTOG 0225      | 70 | 35 | 52   | 48   | LOOSER_THAN_PUBLISHED   | true
            BrachialPlex_L       | Dmax   | <  | 66   | Gy  | RTOG           | 60 | 30 | 58   | 52   | MATCHES                 | false
            SpinalCord           | Dmax   | <  | 48   | Gy  | RTOG 0522      | 70 | 35 | 50   | 44   | MATCHES                 | false
            Rectum               | D50%   | <  | 60   | Gy  | RTOG 0415      | 73.8 | 41 | 62 | 55   | MATCHES                 | false
            Rectum               | D50%   | <  | 50   | Gy  | RTOG 0415      | 73.8 | 41 | 55 | 45   | STRICTER_THAN_PUBLISHED | true
            # AAPM TG-101, SBRT
            SpinalCord           | Dmax   | <  | 21.9 | Gy  | TG-101         | 54 | 3  | 23   | 20   | MATCHES                 | false
            SpinalCord           | Dmax   | <  | 18   | Gy  | AAPM TG101     | 54 | 3  | 19   | 17   | STRICTER_THAN_PUBLISHED | true
            Esophagus            | D5cc   | <  | 25   | Gy  | TG-101         | 50 | 5  | 24   | 18   | LOOSER_THAN_PUBLISHED   | false
            # NCCN
            Lungs                | V20Gy  | <  | 35   | %   | NCCN           | 60 | 30 | 38   | 33   | MATCHES                 | false
            Lungs                | V20Gy  | <  | 30   | %   | NCCN           | 60 | 30 | 33   | 28   | STRICTER_THAN_PUBLISHED | true
            SpinalCord           | Dmax   | <= | 18   | Gy  | NCCN           | 54 | 3  | 20   | 15   | MATCHES                 | false
            Heart                | Dmean  | <= | 25   | Gy  | NCCN           | 60 | 30 | 27   | 22   | LOOSER_THAN_PUBLISHED   | true
            # Emami (whole-organ TD5/5 compared with a cited max or mean)
            Brainstem            | Dmax   | <  | 50   | Gy  | Emami          | 60 | 30 | 52   | 48   | MATCHES                 | false
            Brainstem            | Dmax   | <  | 45   | Gy  | Emami 1991     | 60 | 30 | 48   | 44   | STRICTER_THAN_PUBLISHED | true
            Lungs                | Dmean  | <  | 20   | Gy  | Emami          | 60 | 30 | 22   | 19   | LOOSER_THAN_PUBLISHED   | true
            # CORSAIR (secondary transcription: flagged, not enforced)
            Bone_Mandible        | Dmax   | <  | 70   | Gy  | CORSAIR        | 70 | 35 | 72   | 68   | MATCHES                 | false
            Bone_Mandible        | Dmax   | <  | 65   | Gy  | CORSAIR        | 70 | 35 | 68   | 63   | STRICTER_THAN_PUBLISHED | false
            Rectum               | V70Gy  | <  | 20   | %   | CORSAIR        | 78 | 39 | 24   | 15   | MATCHES                 | false
            Liver                | Dmean  | <  | 28   | Gy  | CORSAIR        | 50 | 25 | 30   | 27   | LOOSER_THAN_PUBLISHED   | false
            # UK SABR
            SpinalCord           | D0.03cc| <  | 12   | Gy  | UK SABR consensus | 28 | 1 | 13  | 11   | MATCHES                 | false
            SpinalCord           | D0.03cc| <  | 10   | Gy  | UK SABR        | 28 | 1  | 11   | 9    | STRICTER_THAN_PUBLISHED | true
            Heart                | D15cc  | <  | 30   | Gy  | UK SABR consensus | 48 | 4 | 31  | 29   | LOOSER_THAN_PUBLISHED   | true
            # RTOG 0631 is checked against the TG-101 single-fraction spine limits
            CaudaEquina          | Dmax   | <  | 16   | Gy  | RTOG #0631     | 16 | 1  | 19   | 15   | MATCHES                 | false
            CaudaEquina          | Dmax   | <  | 14   | Gy  | RTOG 0631      | 16 | 1  | 15   | 13   | STRICTER_THAN_PUBLISHED | true
            SpinalCord           | Dmax   | <  | 16   | Gy  | RTOG 0631      | 16 | 1  | 17   | 15   | LOOSER_THAN_PUBLISHED   | true
            SpinalCord           | Dmax   | <  | 14   | Gy  | RTOG 0631      | 16 | 1  | 15   | 13   | MATCHES                 | false
            BrachialPlex_R       | Dmax   | <  | 66   | Gy  | RTOG 0522      | 66 | 33 | 68   | 64   | LOOSER_THAN_PUBLISHED   | true
            Bowel_Small          | D5cc   | <  | 17.7 | Gy  | TG-101         | 30 | 3  | 18   | 15   | MATCHES                 | false
            Bowel_Small          | D5cc   | <  | 15   | Gy  | TG-101         | 30 | 3  | 16   | 14   | STRICTER_THAN_PUBLISHED | true
            # fractionation mismatches
            SpinalCord           | Dmax   | <  | 21.9 | Gy  | TG-101         | 70 | 35 | 40   | 20   | FRACTIONATION_MISMATCH  | true
            CaudaEquina          | Dmax   | <  | 16   | Gy  | RTOG #0631     | 60 | 30 | 19   | 15   | FRACTIONATION_MISMATCH  | true
            SpinalCord           | Dmax   | <= | 45   | Gy  | RTOG 0225      | 54 | 3  | 47   | 40   | FRACTIONATION_MISMATCH  | true
            SpinalCord           | Dmax   | <= | 13   | Gy  | QUANTEC        | 60 | 30 | 15   | 12   | FRACTIONATION_MISMATCH  | true
            Parotid_L            | Dmean  | <  | 20   | Gy  | QUANTEC        | 35 | 5  | 22   | 18   | FRACTIONATION_MISMATCH  | true
            SpinalCord           | Dmax   | <  | 21.9 | Gy  | TG-101         | 48 | 4  | 23   | 20   | NO_PUBLISHED_MATCH      | false
            # sources the library cannot check
            Parotid_L            | Dmean  | <  | 26   | Gy  | SWOG S1826     | 70 | 35 | 30   | 24   | NO_PUBLISHED_MATCH      | false
            Parotid_L            | Dmean  | <  | 26   | Gy  | RTOG 0920      | 70 | 35 | 30   | 24   | NO_PUBLISHED_MATCH      | false
            Larynx               | D2cc   | <  | 66   | Gy  | QUANTEC        | 70 | 35 | 70   | 60   | NO_PUBLISHED_MATCH      | false
            Parotid_L            | Dmean  | <  | 20   | Gy  | Institutional  | 70 | 35 | 26   | 18   | NOT_CHECKABLE           | false
            Parotid_L            | Dmean  | <  | 20   | Gy  | Dr. Smith      | 70 | 35 | 26   | 18   | NOT_CHECKABLE           | false
            # prescription unknown: compared, never enforced
            Brainstem            | Dmax   | <  | 50   | Gy  | QUANTEC        | -  | -  | 52   | 48   | STRICTER_THAN_PUBLISHED | false
            Brainstem            | Dmax   | <  | 54   | Gy  | QUANTEC        | -  | -  | 62   | 52   | MATCHES                 | false
            # hypofractionated course: compared with conventional values, never enforced
            Rectum               | V70Gy  | <  | 15   | %   | QUANTEC        | 60 | 20 | 18   | 12   | STRICTER_THAN_PUBLISHED | false
            """)
    void rowIsComparedWithTheCitedSourcesPublishedValue(String structures, String metric, String op, double value, String unit,
                                                          String source, Double rx, Integer fx, Double d3, Double dImrt,
                                                          Outcome expected, boolean blocks) {
        PublishedComparison result = run(structures, metric, op, value, unit, source, rx, fx, d3, dImrt);
        assertEquals(expected, result.outcome(), result.message());
        assertEquals(blocks, result.blocksSupport(), result.message());
        assertFalse(result.message().isBlank());
        assertFalse(result.message().contains("http"), result.message());
    }

    @Test
    void limitInPercentOfPrescriptionIsComparedInGyOfThisCourse() {
        // NCCN central SABR: esophagus Dmax <= 105% of the PTV prescription (5 fractions)
        PublishedComparison same = run("Esophagus", "Dmax", "<=", 105, "%", "NCCN", 50.0, 5, 110.0, 100.0);
        assertEquals(Outcome.MATCHES, same.outcome(), same.message());
        PublishedComparison tighter = run("Esophagus", "Dmax", "<=", 95, "%", "NCCN", 50.0, 5, 100.0, 94.0);
        assertEquals(Outcome.STRICTER_THAN_PUBLISHED, tighter.outcome(), tighter.message());
        assertTrue(tighter.blocksSupport(), tighter.message());
        assertEquals(Outcome.NOT_CHECKABLE, run("Esophagus", "Dmax", "<=", 105, "%", "NCCN", null, null, 110.0, 100.0).outcome());
    }

    @Test
    void stricterMessageNamesPublishedValueCitationAndVerdict() {
        PublishedComparison r = run("Parotids", "Dmean", "<", 20, "Gy", "QUANTEC", 70.0, 35, 23.0, 18.0);
        assertEquals(25.0, r.reference().limit().value());
        assertTrue(r.message().contains("stricter than QUANTEC's published Dmean < 25 Gy"), r.message());
        assertTrue(r.message().contains("Deasy JO"), r.message());
        assertTrue(r.message().contains("3D 23 Gy meets it"), r.message());
        assertTrue(r.message().contains("physician reviewer decides"), r.message());
        assertEquals(Boolean.FALSE, r.onlyImrtUnderPublished());
    }

    @Test
    void stricterValueStillHoldingUnderThePublishedValueDoesNotBlock() {
        PublishedComparison r = run("Brainstem", "Dmax", "<", 50, "Gy", "QUANTEC", 70.0, 35, 62.0, 48.0);
        assertEquals(Outcome.STRICTER_THAN_PUBLISHED, r.outcome());
        assertFalse(r.blocksSupport());
        assertEquals(Boolean.TRUE, r.onlyImrtUnderPublished());
        assertTrue(r.message().contains("only IMRT meets it."), r.message());
    }

    @Test
    void aConstraintPublishedOnlyForAnotherOrganSaysWhose() {
        // decision 0545: a lung table citing the rectum's (and esophagus') QUANTEC V70 < 20 %
        PublishedComparison lung = run("Lungs", "V70Gy", "<", 20, "%", "QUANTEC", 60.0, 30, 38.0, 29.0);
        assertEquals(Outcome.NO_PUBLISHED_MATCH, lung.outcome(), lung.message());
        assertTrue(lung.message().contains("publishes exactly this limit (V70Gy < 20%) for esophagus, rectum, not for this organ")
                && lung.message().contains("constraint of another organ"), lung.message());
        // a value QUANTEC publishes for no organ gets no such sentence
        PublishedComparison none = run("Lungs", "V70Gy", "<", 17, "%", "QUANTEC", 60.0, 30, 38.0, 29.0);
        assertFalse(none.message().contains("another organ"), none.message());
    }

    @Test
    void noPublishedMatchListsClosestConstraints() {
        PublishedComparison r = run("Larynx", "D2cc", "<", 66, "Gy", "QUANTEC", 70.0, 35, 70.0, 60.0);
        assertEquals(3, r.closest().size());
        assertTrue(r.closest().stream().allMatch(e -> e.covers("Larynx")));
        assertTrue(r.message().contains("Closest published constraints"), r.message());
    }

    @Test
    void fractionationMismatchOffersEqd2() {
        PublishedComparison r = run("SpinalCord", "Dmax", "<=", 13, "Gy", "QUANTEC", 60.0, 30, 15.0, 12.0);
        assertTrue(r.message().contains("EQD2"), r.message());
        assertTrue(r.message().contains("1 fraction"), r.message());
    }

    @Test
    void checkingTheWholeLibraryAgainstItselfAlwaysMatches() {
        // every primary entry cited exactly as published, in its own regime, must be recognised as a match
        for (PublishedConstraint e : ConstraintLibrary.standard().entries()) {
            if (e.relativeToPrescription() || e.metric().kind() == org.imrtreview.model.MetricKind.TOLERANCE_DOSE
                    || e.metric().kind() == org.imrtreview.model.MetricKind.DOSE_COMPLEMENT
                    || e.source() == SourceGroup.PUBLISHED_SERIES) {
                continue;
            }
            Fractionation fx = e.fractions() == null ? new Fractionation(70, 35) : new Fractionation(8.0 * e.fractions(), e.fractions());
            String source = e.protocol() == null ? e.source().title() : "RTOG " + e.protocol();
            var cited = new org.imrtreview.model.Constraint("x", e.metric(), e.operator(), e.limit());
            PublishedComparison r = check.check(new CitedConstraint(List.of(e.tg263().get(0)), cited,
                    SourceCatalog.recognise(source), fx, null, null));
            assertEquals(Outcome.MATCHES, r.outcome(), e.id() + " " + source + ": " + r.message());
        }
    }
}
