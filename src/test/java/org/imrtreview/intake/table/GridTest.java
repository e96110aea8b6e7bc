package org.imrtreview.intake.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            0, A
            1, B
            25, Z
            26, AA
            27, AB
            701, ZZ
            702, AAA
            """)
    void columnLettersFollowExcel(int column, String letters) {
        assertEquals(letters, Grid.columnLetters(column));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Sheet2      | Sheet2!B7
            DVH Summary | 'DVH Summary'!B7
            O'Brien     | 'O''Brien'!B7
            """)
    void sheetNamesAreQuotedAsExcelDoes(String sheet, String address) {
        assertEquals(address, new Grid(sheet, List.of(), Grid.Addressing.A1).address(6, 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null   | row 7
            page 3 | page 3, row 7
            """)
    void rowAddressingForTextTables(String label, String address) {
        assertEquals(address, new Grid(label, List.of(), Grid.Addressing.ROW).address(6, 3));
    }
}
