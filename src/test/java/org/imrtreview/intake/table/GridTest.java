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

    /** Decision 0663: the header is told apart from the rows, one row or several, on every kind of grid. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ROW | page 4 | 0 | 1 | 1  | 4  | page 4, header row 1, rows 2-5
            ROW | null   | 0 | 1 | 1  | 1  | header row 1, row 2
            ROW | null   | 0 | 2 | 2  | 3  | header rows 1-2, rows 3-4
            ROW | page 2 | 0 | 1 | -1 | 0  | page 2, header row 1, no rows
            A1  | Sheet2 | 4 | 1 | 5  | 11 | Sheet2!B5:G12, header row 5
            A1  | Sheet2 | 4 | 2 | 6  | 11 | Sheet2!B5:G12, header rows 5-6
            A1  | Sheet2 | 4 | 1 | -1 | 4  | Sheet2!B5:G5, header row 5
            """)
    void aTablesLocationNamesItsHeaderAndItsRows(Grid.Addressing addressing, String label, int header, int height, int first,
                                                 int last, String location) {
        assertEquals(location, new Grid(label, List.of(), addressing).tableLocation(header, height, first, last, 1, 6));
    }
}
