package org.imrtreview.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.model.Constraint;
import org.imrtreview.model.MetricKind;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConstraintParserTest {

    @ParameterizedTest(name = "{0} → {1} {2} {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            Max < 54 Gy                          | Dmax    | <  | 54    | Gy
            Dmax < 54 Gy                         | Dmax    | <  | 54    | Gy
            Dmax<54Gy                            | Dmax    | <  | 54    | Gy
            D max < 54 Gy                        | Dmax    | <  | 54    | Gy
            D_max < 54 Gy                        | Dmax    | <  | 54    | Gy
            Maximum dose < 54 Gy                 | Dmax    | <  | 54    | Gy
            Max dose < 54 Gy                     | Dmax    | <  | 54    | Gy
            Max. dose < 54 Gy                    | Dmax    | <  | 54    | Gy
            Max point dose < 54 Gy               | Dmax    | <  | 54    | Gy
            Point max < 54 Gy                    | Dmax    | <  | 54    | Gy
            Max[Gy] < 54                         | Dmax    | <  | 54    | Gy
            MAX < 54 GY                          | Dmax    | <  | 54    | Gy
            max ≤ 5400 cGy                       | Dmax    | <= | 54    | Gy
            Dmax <= 54 Gy                        | Dmax    | <= | 54    | Gy
            Dmax =< 54 Gy                        | Dmax    | <= | 54    | Gy
            Dmax ⩽ 54 Gy                         | Dmax    | <= | 54    | Gy
            Max less than 54 Gy                  | Dmax    | <  | 54    | Gy
            Max under 54 Gy                      | Dmax    | <  | 54    | Gy
            Max below 54 Gy                      | Dmax    | <  | 54    | Gy
            Max no more than 54 Gy               | Dmax    | <= | 54    | Gy
            Max at most 54 Gy                    | Dmax    | <= | 54    | Gy
            Max not to exceed 54 Gy              | Dmax    | <= | 54    | Gy
            Maximum dose should not exceed 54 Gy | Dmax    | <= | 54    | Gy
            Max < 5,400 cGy                      | Dmax    | <  | 54    | Gy
            Max < 5400 cGy                       | Dmax    | <  | 54    | Gy
            Max < 54.0 Gy                        | Dmax    | <  | 54    | Gy
            Max < 54,5 Gy                        | Dmax    | <  | 54.5  | Gy
            Max < 54 gray                        | Dmax    | <  | 54    | Gy
            Mean < 26 Gy                         | Dmean   | <  | 26    | Gy
            Dmean < 26 Gy                        | Dmean   | <  | 26    | Gy
            Mean dose < 26 Gy                    | Dmean   | <  | 26    | Gy
            Mean dose less than 26 Gy            | Dmean   | <  | 26    | Gy
            mean <26Gy                           | Dmean   | <  | 26    | Gy
            Mean[Gy] < 26                        | Dmean   | <  | 26    | Gy
            Mean lung dose < 20 Gy               | Dmean   | <  | 20    | Gy
            MLD < 20 Gy                          | Dmean   | <  | 20    | Gy
            Dmean ≤ 2600 cGy                     | Dmean   | <= | 26    | Gy
            Average dose < 26 Gy                 | Dmean   | <  | 26    | Gy
            Min > 45 Gy                          | Dmin    | >  | 45    | Gy
            Dmin ≥ 45 Gy                         | Dmin    | >= | 45    | Gy
            Min dose at least 45 Gy              | Dmin    | >= | 45    | Gy
            Dmin >= 45 Gy                        | Dmin    | >= | 45    | Gy
            Dmin greater than 45 Gy              | Dmin    | >  | 45    | Gy
            D0.03cc < 54 Gy                      | D0.03cc | <  | 54    | Gy
            D0.03cc[Gy] < 54                     | D0.03cc | <  | 54    | Gy
            D0.03 cc < 54 Gy                     | D0.03cc | <  | 54    | Gy
            D.03cc < 54 Gy                       | D0.03cc | <  | 54    | Gy
            Max dose to 0.03 cc < 54 Gy          | D0.03cc | <  | 54    | Gy
            Dmax(0.03cc) < 54 Gy                 | D0.03cc | <  | 54    | Gy
            Max < 54 Gy to 0.03 cc               | D0.03cc | <  | 54    | Gy
            D2cc < 75 Gy                         | D2cc    | <  | 75    | Gy
            D 2 cc < 75 Gy                       | D2cc    | <  | 75    | Gy
            D2cm3 < 75 Gy                        | D2cc    | <  | 75    | Gy
            D2 ml < 75 Gy                        | D2cc    | <  | 75    | Gy
            D2cm³ < 75 Gy                        | D2cc    | <  | 75    | Gy
            Dose to 1 cc < 60 Gy                 | D1cc    | <  | 60    | Gy
            D0.1cc < 50 Gy                       | D0.1cc  | <  | 50    | Gy
            D95% > 45 Gy                         | D95%    | >  | 45    | Gy
            D 95 % ≥ 45 Gy                       | D95%    | >= | 45    | Gy
            D1% < 60 Gy                          | D1%     | <  | 60    | Gy
            D95 > 45 Gy                          | D95%    | >  | 45    | Gy
            V20 < 35%                            | V20Gy   | <  | 35    | %
            V20Gy < 35%                          | V20Gy   | <  | 35    | %
            V20 Gy < 35 %                        | V20Gy   | <  | 35    | %
            V20Gy[%] < 35                        | V20Gy   | <  | 35    | %
            V20Gy(%) < 35                        | V20Gy   | <  | 35    | %
            V5 ≤ 65%                             | V5Gy    | <= | 65    | %
            V20 no more than 35%                 | V20Gy   | <= | 35    | %
            V20 less than 35%                    | V20Gy   | <  | 35    | %
            V2000cGy < 35%                       | V20Gy   | <  | 35    | %
            V12Gy < 10 cc                        | V12Gy   | <  | 10    | cc
            V45Gy < 195 cc                       | V45Gy   | <  | 195   | cc
            V45Gy[cc] < 195                      | V45Gy   | <  | 195   | cc
            V45 Gy < 195 cm3                     | V45Gy   | <  | 195   | cc
            V45Gy < 195 ml                       | V45Gy   | <  | 195   | cc
            V20.5Gy < 30%                        | V20.5Gy | <  | 30    | %
            CV21Gy[cc] > 700                     | CV21Gy  | >  | 700   | cc
            DC700cc[Gy] < 15                     | DC700cc | <  | 15    | Gy
            TD5/5 < 50 Gy                        | TD5/5   | <  | 50    | Gy
            < 54 Gy                              | Dmax    | <  | 54    | Gy
            ≤ 54 Gy                              | Dmax    | <= | 54    | Gy
            less than 5400 cGy                   | Dmax    | <  | 54    | Gy
            Max 45 Gy                            | Dmax    | <= | 45    | Gy
            Dmax: 45 Gy                          | Dmax    | <= | 45    | Gy
            Max < 30 Gy in 5 fx                  | Dmax    | <  | 30    | Gy
            Max < 54 Gy (Quantec)                | Dmax    | <  | 54    | Gy
            cord Dmax < 45 Gy                    | Dmax    | <  | 45    | Gy
            Max < 54 Gy to PRV                   | Dmax    | <  | 54    | Gy
            Max < 54                             | Dmax    | <  | 54    | Gy
            Max < 5400                           | Dmax    | <  | 54    | Gy
            Mean should be < 26 Gy               | Dmean   | <  | 26    | Gy
            """)
    void readsEveryNotationProvidersUse(String text, String metric, String operator, double limit, String unit) {
        Constraint c = ConstraintParser.parse(text);
        assertTrue(c.parsed(), () -> "not parsed: " + text + " — " + ConstraintParser.read(text).problem());
        assertEquals(metric, c.metric().label());
        assertEquals(operator, c.operator().ascii());
        assertEquals(limit, c.limit().value(), 1e-9);
        assertEquals(unit, c.limit().unit().symbol());
        assertEquals(text, c.text(), "the provider's words are kept verbatim");
    }

    @ParameterizedTest(name = "\"{0}\" is not guessed")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                          | empty
            keep it low                                 | no comparison
            Max < 54 Gy or D1cc < 59 Gy                 | alternative limits
            Max 54 Gy or 60 Gy to 1 cc                  | alternative limits
            50 Gy < Dmax < 54 Gy                        | more than one constraint
            < 35%                                       | no metric
            V20 < 35                                    | no unit
            V95% > 95%                                  | relative to the prescription
            Max                                         | no comparison
            Max <                                       | no limit
            as low as possible (ALARA)                  | no numeric limit
            54 Gy                                       | no comparison
            See notes                                   | no comparison
            Mean dose to left and right parotid < 26 Gy | not one the workstation knows
            Dmax < 54 cc                                | limit is given in cc
            V20 < 35 Gy                                 | limit is given in Gy
            D2cc < 75 Gy EQD2                           | unexpected numbers
            Max < 54 Gy / 2 Gy per fraction             | unexpected numbers
            NTCP < 5%                                   | not one the workstation knows
            """)
    void keepsUnreadableTextVerbatimWithAReason(String text, String reasonFragment) {
        ConstraintReading r = ConstraintParser.read(text);
        assertFalse(r.parsed(), () -> "should not parse: " + text + " but got " + r.constraint().canonical());
        assertEquals(text, r.text());
        assertNotNull(r.problem());
        assertTrue(r.problem().contains(reasonFragment), () -> r.problem() + " should mention " + reasonFragment);
    }

    @Test
    void nullConstraintIsUnparsed() {
        assertFalse(ConstraintParser.parse(null).parsed());
    }

    @Test
    void bareDoseLimitIsReadAsMaximumAndSaysSo() {
        ConstraintReading r = ConstraintParser.read("< 54 Gy");
        assertEquals(MetricKind.MAX, r.constraint().metric().kind());
        assertTrue(r.interpretations().get(0).contains("maximum dose"), r.interpretations()::toString);
    }

    @Test
    void missingComparisonIsReadAsAtMostAndSaysSo() {
        ConstraintReading r = ConstraintParser.read("Max 45 Gy");
        assertTrue(r.interpretations().stream().anyMatch(s -> s.contains("at most")));
    }

    @Test
    void plainConstraintNeedsNoInterpretation() {
        assertTrue(ConstraintParser.read("Max < 54 Gy").interpretations().isEmpty());
        assertTrue(ConstraintParser.read("V20Gy[%] < 35").interpretations().isEmpty());
    }

    @Test
    void unitlessLimitAboveOneHundredIsReadAsCentigray() {
        ConstraintReading r = ConstraintParser.read("Max < 5400");
        assertEquals(Unit.CGY, r.writtenUnit());
        assertTrue(r.limitConverted());
        assertTrue(r.interpretations().get(0).contains("cGy"));
    }

    @Test
    void centigrayLimitIsNormalisedToGrayAndRemembered() {
        ConstraintReading r = ConstraintParser.read("Dmax ≤ 5400 cGy");
        assertEquals(Unit.GY, r.constraint().limit().unit());
        assertEquals(Unit.CGY, r.writtenUnit());
        assertTrue(r.limitConverted());
        assertFalse(ConstraintParser.read("Dmax ≤ 54 Gy").limitConverted());
    }

    @Test
    void wordsAroundTheConstraintAreNoted() {
        assertTrue(ConstraintParser.read("cord Dmax < 45 Gy").interpretations().get(0).contains("cord"));
        assertTrue(ConstraintParser.read("Max < 54 Gy to PRV").interpretations().get(0).contains("prv"));
    }

    @Test
    void fractionationIsRecordedWhenWritten() {
        assertEquals(5, ConstraintParser.read("Max < 30 Gy in 5 fx").fractions());
        assertEquals(3, ConstraintParser.read("Dmax < 24 Gy (3 fractions)").fractions());
        assertEquals(1, ConstraintParser.read("Dmax < 14 Gy single fraction").fractions());
        assertNull(ConstraintParser.read("Max < 54 Gy").fractions());
    }

    @Test
    void volumeMetricsKeepTheDoseParameterInGray() {
        Constraint c = ConstraintParser.parse("V2000cGy < 35%");
        assertEquals(20.0, c.metric().parameter(), 1e-9);
        assertEquals(Unit.GY, c.metric().parameterUnit());
        assertEquals(Unit.PERCENT, c.metric().resultUnit());
        assertEquals("V20Gy[%]", c.metric().tg263());
    }

    @Test
    void tg263RenderingOfDoseMetrics() {
        assertEquals("D0.03cc[Gy]", ConstraintParser.parse("Max dose to 0.03 cc < 54 Gy").metric().tg263());
        assertEquals("Max[Gy]", ConstraintParser.parse("Max < 54 Gy").metric().tg263());
        assertEquals("Mean[Gy]", ConstraintParser.parse("mean <26Gy").metric().tg263());
    }

    @Test
    void strictLessThanFailsAtTheLimitAndLessOrEqualPasses() {
        assertFalse(ConstraintParser.parse("Max < 54 Gy").isMetBy(54.0));
        assertTrue(ConstraintParser.parse("Max ≤ 54 Gy").isMetBy(54.0));
        assertTrue(ConstraintParser.parse("Max <= 54 Gy").isMetBy(54.0));
        assertFalse(ConstraintParser.parse("D95% > 45 Gy").isMetBy(45.0));
        assertTrue(ConstraintParser.parse("D95% >= 45 Gy").isMetBy(45.0));
    }
}
