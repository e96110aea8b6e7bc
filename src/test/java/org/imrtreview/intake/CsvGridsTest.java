package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvGridsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a,b,c\\n1,2,3                           | ,
            a;b;c\\n1,5;2,5;3                       | ;
            a\\tb\\tc\\n1\\t2\\t3                   | TAB
            "Max < 54 Gy, QUANTEC";b;c\\nx;y;z     | ;
            "x,y,z";"1,2";3\\n"p,q";"r,s";t         | ;
            """)
    void detectsTheDelimiterThatSplitsLinesConsistently(String text, String expected) {
        char d = CsvGrids.delimiter(text.replace("\\n", "\n").replace("\\t", "\t"));
        assertEquals("TAB".equals(expected) ? '\t' : expected.charAt(0), d);
    }

    @Test
    void utf8WithBom() {
        byte[] bytes = ("\uFEFFOrgan,Constraint\nTronc cérébral,Max ≤ 54 Gy").getBytes(StandardCharsets.UTF_8);
        assertEquals("Organ,Constraint\nTronc cérébral,Max ≤ 54 Gy", CsvGrids.decode(bytes));
    }

    @Test
    void windows1252WhenNotValidUtf8() {
        byte[] bytes = "Dr. Müller – 55,4 Gy".getBytes(Charset.forName("windows-1252"));
        assertEquals("Dr. Müller – 55,4 Gy", CsvGrids.decode(bytes));
    }

    @Test
    void utf16LittleEndianWithBom() {
        byte[] bytes = "\uFEFFOAR\tIMRT".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("OAR\tIMRT", CsvGrids.decode(bytes));
    }

    @Test
    void quotedCellsKeepTheirDelimitersAndLineBreaks() throws Exception {
        var grid = CsvGrids.of("OAR,Constraint\n\"Brainstem, anterior\",\"Max < 54 Gy\nper QUANTEC\"\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Brainstem, anterior", "Max < 54 Gy\nper QUANTEC"), grid.cells().get(1));
    }
}
