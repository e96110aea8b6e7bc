package org.imrtreview.evaluate.rule;

import static org.imrtreview.evaluate.TestCases.context;
import static org.imrtreview.evaluate.TestCases.row;
import static org.imrtreview.evaluate.rule.RuleTestSupport.apply;
import static org.imrtreview.evaluate.rule.RuleTestSupport.assertOne;
import static org.imrtreview.evaluate.rule.RuleTestSupport.brainstem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.imrtreview.evaluate.DvhEvidence;
import org.imrtreview.evaluate.DvhEvidenceSource;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.PlanKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DvhTableMismatchRuleTest {
    private final RowRule rule = new DvhTableMismatchRule();

    private List<Flag> withEvidence(String d3, double dvh3d, boolean digitised) {
        DvhEvidenceSource source = (c, r, k, plan) -> plan == PlanKind.THREE_D
                ? Optional.of(new DvhEvidence(plan, dvh3d, "BrainStem", "plan3d.txt", digitised)) : Optional.empty();
        return rule.apply(context(brainstem(d3, "52 Gy", "Yes"), source));
    }

    @ParameterizedTest(name = "table {0} vs DVH {1} → mismatch {2}")
    @CsvSource(delimiter = '|', textBlock = """
            62 Gy | 62.0  | false
            62 Gy | 62.5  | false
            62 Gy | 63.24 | false
            62 Gy | 63.3  | true
            62 Gy | 58.0  | true
            10 Gy | 10.5  | false
            10 Gy | 10.6  | true
            """)
    void usesMaxOfHalfAGrayAndTwoPercent(String table, double dvh, boolean fires) {
        assertEquals(fires, !withEvidence(table, dvh, false).isEmpty());
    }

    @Test
    void exportedDataMessageGivesBothNumbersAndSaysTheDataWin() {
        assertOne(FlagCode.DVH_TABLE_MISMATCH, withEvidence("62 Gy", 58.0, false), "62 Gy", "58 Gy", "plan3d.txt",
                "verdict uses the DVH data");
    }

    @Test
    void digitisedCurveOnlyRaisesTheQuestion() {
        assertOne(FlagCode.DVH_TABLE_MISMATCH, withEvidence("62 Gy", 58.0, true), "digitised", "keeps the table value");
    }

    @Test
    void volumeToleranceIsOnePercentagePoint() {
        DvhEvidenceSource source = (c, r, k, plan) -> Optional.of(new DvhEvidence(plan, plan == PlanKind.THREE_D ? 39.5 : 30.9,
                "Lungs", "lungs.csv", false));
        List<Flag> flags = rule.apply(context(row(1, "Lungs", "V20 < 35%", "QUANTEC", "38%", "30%", "Yes"), source));
        assertOne(FlagCode.DVH_TABLE_MISMATCH, flags, "3D", "38%", "39.5%");
    }

    @ParameterizedTest(name = "table {0} vs digitised {1} Gy flags: {2}")
    @CsvSource(textBlock = """
            62 Gy, 61.0, false
            62 Gy, 60.6, false
            62 Gy, 60.0, true
            30 Gy, 28.4, true
            30 Gy, 28.6, false
            """)
    void digitisedCurvesEarnTheTracingErrorOnTopOfTheDataTolerance(String table, double dvh, boolean fires) {
        // a 1.4 Gy gap would flag against exported data, but is within what an image can show
        assertEquals(fires, !withEvidence(table, dvh, true).isEmpty());
    }
}
