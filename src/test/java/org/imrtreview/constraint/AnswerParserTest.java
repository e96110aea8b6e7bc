package org.imrtreview.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.model.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerParserTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Yes                                  | YES
            yes                                  | YES
            Y                                    | YES
            YES                                  | YES
            Yes (only IMRT meets constraint)     | YES
            yes - only IMRT meets                | YES
            Yes*                                 | YES
            TRUE                                 | YES
            ✓                                    | YES
            ✔                                    | YES
            Only with IMRT                       | YES
            IMRT only                            | YES
            No                                   | NO
            N                                    | NO
            no                                   | NO
            No (both meet constraint)            | NO
            No (neither meets constraint)        | NO
            NO - both plans meet                 | NO
            FALSE                                | NO
            ✗                                    | NO
            Both meet constraint                 | NO
            Neither meets                        | NO
            Yes (both meet constraint)           | null
            No (only IMRT meets constraint)      | null
            x                                    | null
            X                                    | null
            Y/N                                  | null
            Yes/No                               | null
            ?                                    | null
            maybe                                | null
            1                                    | null
            see comment                          | null
            n/a                                  | null
            not applicable                       | null
            ''                                   | null
            """)
    void readsTheProvidersAnswer(String text, Answer expected) {
        assertEquals(expected, AnswerParser.parse(text));
    }

    @Test
    void nullIsBlank() {
        assertNull(AnswerParser.parse(null));
        assertTrue(AnswerParser.isBlank(null));
        assertTrue(AnswerParser.isBlank(" — "));
        assertFalse(AnswerParser.isBlank("x"));
    }
}
