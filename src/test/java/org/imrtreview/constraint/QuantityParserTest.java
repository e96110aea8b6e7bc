package org.imrtreview.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.model.CellValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {

    @ParameterizedTest(name = "\"{0}\" → {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            58 Gy          | 58     | Gy
            58Gy           | 58     | Gy
            58 gy          | 58     | Gy
            5800 cGy       | 5800   | cGy
            5800cGy        | 5800   | cGy
            5,800 cGy      | 5800   | cGy
            58             | 58     | null
            58.0           | 58     | null
            52,4 Gy        | 52.4   | Gy
            0,038 cc       | 0.038  | cc
            .5 Gy          | 0.5    | Gy
            38%            | 38     | %
            38 %           | 38     | %
            170 cc         | 170    | cc
            170 cm3        | 170    | cc
            170 cm³        | 170    | cc
            170 mL         | 170    | cc
            52 Gy (max)    | 52     | Gy
            52 Gy*         | 52     | Gy
            ~58 Gy         | 58     | Gy
            approx. 58 Gy  | 58     | Gy
            Dmax: 58 Gy    | 58     | Gy
            V20 = 28%      | 28     | %
            <0.1 cc        | 0.1    | cc
            ≤ 0.5 Gy       | 0.5    | Gy
            0.38           | 0.38   | null
            0              | 0      | null
            58 Gray        | 58     | Gy
            """)
    void readsValuesAsWritten(String text, double value, String unit) {
        ValueReading r = QuantityParser.read(text);
        assertTrue(r.hasValue(), () -> text + " → " + r);
        assertEquals(value, r.value(), 1e-9);
        assertEquals(unit, r.unit() == null ? null : r.unit().symbol());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                  | BLANK
            '   '               | BLANK
            n/a                 | BLANK
            N/A                 | BLANK
            NA                  | BLANK
            —                   | BLANK
            -                   | BLANK
            not applicable      | BLANK
            pending             | BLANK
            50-52 Gy            | UNREADABLE
            58 Gy / 60 Gy       | UNREADABLE
            58 Gy 60 Gy         | UNREADABLE
            high                | UNREADABLE
            see DVH             | UNREADABLE
            about fifty         | UNREADABLE
            58 Sv               | UNREADABLE
            """)
    void tellsBlankFromUnreadable(String text, ValueReading.Status status) {
        assertEquals(status, QuantityParser.read(text).status());
    }

    @Test
    void upperBoundIsMarked() {
        assertTrue(QuantityParser.read("<0.1 cc").upperBound());
        assertFalse(QuantityParser.read("0.1 cc").upperBound());
    }

    @ParameterizedTest(name = "\"{0}\" against \"{1}\" → {2} {3}, converted={4}")
    @CsvSource(delimiter = '|', textBlock = """
            58 Gy      | Max < 54 Gy     | 58    | Gy | false
            5800 cGy   | Max < 54 Gy     | 58    | Gy | true
            5,240 cGy  | Max < 54 Gy     | 52.4  | Gy | true
            54         | Max < 54 Gy     | 54    | Gy | false
            99.5       | Max < 54 Gy     | 99.5  | Gy | false
            5400       | Max < 54 Gy     | 54    | Gy | true
            5200       | Max ≤ 5400 cGy  | 52    | Gy | true
            52 Gy      | Max ≤ 5400 cGy  | 52    | Gy | false
            38         | V20 < 35%       | 38    | %  | false
            38%        | V20 < 35%       | 38    | %  | false
            0.2        | V20 < 35%       | 0.2   | %  | false
            170 cc     | V20 < 35%       | 170   | cc | false
            180        | V45Gy < 195 cc  | 180   | cc | false
            30 %       | V45Gy < 195 cc  | 30    | %  | false
            """)
    void putsTheCellInTheConstraintsUnit(String text, String constraint, double value, String unit, boolean converted) {
        CellValue cell = QuantityParser.cell(text, ConstraintParser.read(constraint));
        assertTrue(cell.present());
        assertEquals(value, cell.quantity().value(), 1e-9);
        assertEquals(unit, cell.quantity().unit().symbol());
        assertEquals(converted, cell.converted());
        assertEquals(text, cell.text());
    }

    @Test
    void blankCellHasNoQuantity() {
        CellValue cell = QuantityParser.cell("n/a", ConstraintParser.read("Max < 54 Gy"));
        assertFalse(cell.present());
        assertEquals("n/a", cell.text());
    }

    @Test
    void withAnUnreadConstraintOnlyExplicitUnitsAreKept() {
        ConstraintReading unread = ConstraintParser.read("keep it low");
        assertEquals(58.0, QuantityParser.cell("5800 cGy", unread).quantity().value(), 1e-9);
        assertTrue(QuantityParser.cell("5800 cGy", unread).converted());
        assertEquals(58.0, QuantityParser.cell("58 Gy", unread).quantity().value(), 1e-9);
        assertNull(QuantityParser.cell("58", unread).quantity());
    }
}
