package org.imrtreview.letter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTest {

    @ParameterizedTest(name = "{0} has {1} syllable(s)")
    @CsvSource(textBlock = """
            cat, 1
            the, 1
            dose, 1
            organ, 2
            limit, 2
            table, 2
            doctor, 2
            approved, 2
            treatment, 2
            policy, 3
            histogram, 3
            IMRT, 4
            DVH, 3
            77301, 1
            """)
    void countsSyllablesWithTheVowelGroupHeuristic(String word, int syllables) {
        assertEquals(syllables, Readability.syllables(word));
    }

    @Test
    void aShortSimpleSentenceScoresTheTextbookValue() {
        Readability r = Readability.of("The cat sat on the mat.");
        assertEquals(1, r.sentences());
        assertEquals(6, r.words());
        assertEquals(6, r.syllables());
        assertEquals(206.835 - 1.015 * 6 - 84.6, r.readingEase(), 1e-9);
        assertEquals(0.39 * 6 + 11.8 - 15.59, r.gradeLevel(), 1e-9);
    }

    @Test
    void eachLineAndEachFullStopEndsASentence() {
        Readability r = Readability.of("Call us. We can help!\nQuestions\n- Send the table");
        assertEquals(4, r.sentences());
        assertEquals(9, r.words());
    }

    @Test
    void decimalNumbersDoNotEndASentence() {
        assertEquals(1, Readability.of("The dose was 54.5 Gy today.").sentences());
    }

    @Test
    void bureaucraticProseScoresFarBelowPlainLanguage() {
        Readability plain = Readability.of("We did not approve your request. Both plans keep the dose under the limit.");
        Readability dense = Readability.of("Notwithstanding the aforementioned documentation, the utilization management "
                + "determination indicates insufficient demonstration of medical necessity for intensity modulated radiotherapy.");
        assertTrue(plain.readingEase() > 70, plain.summary());
        assertTrue(dense.readingEase() < 10, dense.summary());
    }

    @Test
    void emptyTextHasNoScoreInsteadOfDividingByZero() {
        Readability r = Readability.of("  \n ");
        assertEquals(0, r.words());
        assertEquals(0.0, r.readingEase());
    }
}
