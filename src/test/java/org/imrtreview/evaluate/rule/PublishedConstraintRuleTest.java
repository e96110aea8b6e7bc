package org.imrtreview.evaluate.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.model.Answer;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Operator;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The library rules on rows as the evaluator hands them over: organ cell, source cell, prescription. */
class PublishedConstraintRuleTest {

    private static RowContext row(String organ, Constraint c, String source, Double rx, Integer fx, double d3, double dImrt) {
        Request request = new Request(null, null, null, null, null, null, null, null, null,
                rx == null ? null : new Request.Prescription(rx, fx), null, null, null);
        ReviewCase reviewCase = new ReviewCase(Path.of("case"), request, List.of(), null, List.of(), List.of());
        SummaryRow summaryRow = new SummaryRow(1, organ, c.text(), source, d3 + " Gy", dImrt + " Gy", "Yes", "A2");
        boolean m3 = c.isMetBy(d3);
        boolean mI = c.isMetBy(dImrt);
        return new RowContext(reviewCase, summaryRow, c, new CellValue(d3 + " Gy", new Quantity(d3, Unit.GY), false),
                new CellValue(dImrt + " Gy", new Quantity(dImrt, Unit.GY), false), null, null, d3, dImrt, m3, mI, Answer.YES);
    }

    private static Constraint mean(double limit) {
        return new Constraint("Mean < " + limit + " Gy", Metric.mean(), Operator.LT, new Quantity(limit, Unit.GY));
    }

    private static Constraint max(double limit) {
        return new Constraint("Max < " + limit + " Gy", Metric.max(), Operator.LT, new Quantity(limit, Unit.GY));
    }

    private static List<Flag> all(RowContext row) {
        return List.<org.imrtreview.evaluate.RowRule>of(new OrganRecognitionRule(), new PublishedConstraintRule()).stream().flatMap(r -> r.apply(row).stream()).toList();
    }

    @Test
    void parotidMeanTwentyCitedForBothGlandsIsStricterThanQuantecAndBlocks() {
        List<Flag> flags = all(row("Parotids (combined)", mean(20), "Quantec", 70.0, 35, 23.4, 18.9));
        assertEquals(1, flags.size(), flags.toString());
        assertEquals(FlagCode.STRICTER_THAN_PUBLISHED, flags.get(0).code());
        assertTrue(flags.get(0).blocksSupport());
    }

    @Test
    void blockingFlagCarriesAPlainSentenceForTheMemberWithoutCitations() {
        Flag flag = all(row("Parotids (combined)", mean(20), "Quantec", 70.0, 35, 23.4, 18.9)).get(0);
        assertEquals("this limit is stricter than the published limit for this organ (Dmean < 25 Gy, from QUANTEC)."
                + " Under the published limit, both plans meet it.", flag.memberText());
        assertTrue(flag.message().contains("IJROBP"), "the reviewer's sentence keeps the citation: " + flag.message());
        assertFalse(flag.memberText().contains("IJROBP"));
    }

    @ParameterizedTest(name = "\"{0}\" mean < 20 Gy QUANTEC matches the one-gland value")
    @CsvSource(textBlock = """
            Lt parotid
            Parotid (left)
            Right parotid gland
            Contralateral parotid
            """)
    void singleParotidSynonymsMatchQuantecsOneGlandValue(String organ) {
        assertTrue(all(row(organ, mean(20), "QUANTEC", 70.0, 35, 26, 18)).isEmpty());
    }

    @ParameterizedTest(name = "\"{0}\" Max < {1} Gy [{2}] -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Brain stem          | 54 | QUANTEC          | 70 | 35 |
            Cord                | 45 | RTOG 0225        | 70 | 35 |
            Optic nerve (right) | 54 | RTOG 0225        | 60 | 30 |
            Cauda equina        | 16 | RTOG #0631       | 16 | 1  |
            Cauda equina        | 16 | RTOG #0631       | 50 | 25 | FRACTIONATION_MISMATCH
            Cord                | 21.9 | TG-101         | 70 | 35 | FRACTIONATION_MISMATCH
            Brian stem          | 54 | QUANTEC          | 70 | 35 | ORGAN_UNRECOGNIZED
            Brainstem           | 54 | Dr Smith | 70 | 35 |
            Brainstem           | 54 | institutional    | 70 | 35 |
            Brainstem           | 50 | QUANTEC          | 70 | 35 | STRICTER_THAN_PUBLISHED
            """)
    void rowsGetTheLibraryFlagsTheyDeserve(String organ, double limit, String source, double rx, int fx, FlagCode expected) {
        List<Flag> flags = all(row(organ, max(limit), source, rx, fx, limit + 1, limit - 1));
        if (expected == null) {
            assertTrue(flags.isEmpty(), flags.toString());
        } else {
            assertEquals(List.of(expected), flags.stream().map(Flag::code).toList(), flags.toString());
        }
    }

    @Test
    void unrecognisedOrganSuggestsTheClosestKnownOrgans() {
        Flag flag = new OrganRecognitionRule().apply(row("Brian stem", max(54), "QUANTEC", 70.0, 35, 55, 53)).get(0);
        assertTrue(flag.message().contains("Brainstem"), flag.message());
        assertFalse(flag.blocksSupport());
    }

    @Test
    void unknownPrescriptionComparesButNeverBlocks() {
        List<Flag> flags = all(row("Brainstem", max(50), "QUANTEC", null, null, 52, 48));
        assertEquals(FlagCode.STRICTER_THAN_PUBLISHED, flags.get(0).code());
        assertFalse(flags.get(0).blocksSupport());
        assertTrue(flags.get(0).message().contains("prescription is not known"), flags.get(0).message());
    }
}
