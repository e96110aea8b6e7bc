package org.imrtreview.intake.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.imrtreview.model.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMatcherTest {

    /** Which role a lone header cell is given when it is the only wording of its kind in the row. */
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Organ(s) At Risk                          | ORGAN
            OAR                                       | ORGAN
            Organ at risk                             | ORGAN
            Structure                                 | ORGAN
            Critical structure                        | ORGAN
            Dose Constraint                           | CONSTRAINT
            Constraint                                | CONSTRAINT
            Dose limit                                | CONSTRAINT
            Planning objective                        | CONSTRAINT
            Tolerance                                 | CONSTRAINT
            Source of Constraint                      | SOURCE
            Source                                    | SOURCE
            Reference                                 | SOURCE
            Protocol / guideline                      | SOURCE
            3D                                        | DOSE_3D
            3-D                                       | DOSE_3D
            3D-CRT                                    | DOSE_3D
            3D-CRT plan                               | DOSE_3D
            3D Conformal                              | DOSE_3D
            Dose achieved via 3D planning             | DOSE_3D
            3DCRT (Gy)                                | DOSE_3D
            IMRT                                      | DOSE_IMRT
            IMRT plan                                 | DOSE_IMRT
            VMAT                                      | DOSE_IMRT
            VMAT plan                                 | DOSE_IMRT
            Intensity Modulated                       | DOSE_IMRT
            Intensity-modulated RT                    | DOSE_IMRT
            TomoTherapy                               | DOSE_IMRT
            RapidArc                                  | DOSE_IMRT
            Dose achieved via IMRT                    | DOSE_IMRT
            Can constraint only be met with IMRT?     | ANSWER
            Can dose restraint only be met with IMRT? | ANSWER
            Only achievable with IMRT? (Y/N)          | ANSWER
            IMRT required?                            | ANSWER
            IMRT needed (Yes/No)                      | ANSWER
            Only IMRT meets?                          | ANSWER
            Constraint met only with IMRT             | ANSWER
            Answer                                    | ANSWER
            Metric                                    | METRIC
            DVH parameter                             | METRIC
            Units                                     | UNIT
            """)
    void recognisesHeaderWording(String header, HeaderRole role) {
        HeaderMatch m = HeaderMatcher.match(List.of(header));
        assertEquals(0, m.index(role), () -> header + " matched " + m.columns());
    }

    @ParameterizedTest(name = "\"{0}\" is not a data column")
    @CsvSource(delimiter = '|', textBlock = """
            Summary Analysis of 3D vs IMRT Planning
            3D meets constraint?
            IMRT pass/fail
            Difference (Gy)
            Comments
            """)
    void ignoresTitlesAndVerdictColumns(String header) {
        HeaderMatch m = HeaderMatcher.match(List.of(header));
        assertFalse(m.has(HeaderRole.DOSE_3D) || m.has(HeaderRole.DOSE_IMRT), () -> header + " → " + m.columns());
    }

    @Test
    void policyTemplateHeaderFindsAllSixColumnsInOrder() {
        HeaderMatch m = HeaderMatcher.match(List.of("Organ(s) At Risk", "Dose Constraint", "Source of Constraint", "3D", "IMRT",
                "Can constraint only be met with IMRT?"));
        assertEquals(6, m.requiredFound());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), Arrays.stream(Column.values())
                .map(c -> m.index(HeaderRole.values()[c.ordinal()])).toList());
        assertTrue(m.isPlausibleHeader());
    }

    @Test
    void sourceOfConstraintDoesNotStealTheConstraintColumn() {
        HeaderMatch m = HeaderMatcher.match(List.of("Source of Constraint", "Dose Constraint"));
        assertEquals(0, m.index(HeaderRole.SOURCE));
        assertEquals(1, m.index(HeaderRole.CONSTRAINT));
    }

    @Test
    void answerColumnMentioningImrtIsNotTakenAsTheImrtDose() {
        HeaderMatch m = HeaderMatcher.match(List.of("OAR", "IMRT", "Can constraint only be met with IMRT?"));
        assertEquals(1, m.index(HeaderRole.DOSE_IMRT));
        assertEquals(2, m.index(HeaderRole.ANSWER));
    }

    @Test
    void aTitleRowIsNotAPlausibleHeader() {
        assertFalse(HeaderMatcher.match(List.of("Summary Analysis of 3D vs IMRT Planning", "", "")).isPlausibleHeader());
    }

    @Test
    void aDataRowIsNotAPlausibleHeader() {
        assertFalse(HeaderMatcher.match(List.of("Brainstem", "Max < 54 Gy", "QUANTEC", "58 Gy", "52 Gy", "Yes"))
                .isPlausibleHeader());
    }
}
