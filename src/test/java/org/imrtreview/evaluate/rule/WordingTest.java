package org.imrtreview.evaluate.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.imrtreview.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {

    @ParameterizedTest(name = "{0} {1} reads \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            24.223   | PERCENT | 24.2%
            52       | GY      | 52 Gy
            52.44    | GY      | 52.4 Gy
            5.256    | GY      | 5.26 Gy
            0.0384   | CC      | 0.038 cc
            0.0001   | CC      | 0 cc
            195      | CC      | 195 cc
            -0.0001  | GY      | 0 Gy
            """)
    void roundsToClinicalPrecision(double value, Unit unit, String expected) {
        assertEquals(expected, Wording.value(value, unit));
    }
}
