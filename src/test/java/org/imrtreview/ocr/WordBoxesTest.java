package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decision 0524: a word read right ("bowel") whose character boxes do not start left to right (the "e" tucked under
 * the "w" starts left of it) came out of the table finders, which order a line's glyphs by where each starts, as
 * "boewl", surely. The boxes now start in the order read.
 */
class WordBoxesTest {

    private static String byStart(OcrWord w) {
        StringBuilder sb = new StringBuilder();
        w.symbols().stream().sorted(Comparator.comparingInt(OcrSymbol::x0)).forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    @Test
    void charactersStartInTheOrderTheyWereRead() {
        OcrWord bowel = new OcrWord("bowel", 100, 10, 160, 30, 0.95, 0, 30, List.of(
                new OcrSymbol("b", 100, 10, 111, 30), new OcrSymbol("o", 112, 15, 123, 30),
                new OcrSymbol("w", 126, 15, 143, 30), new OcrSymbol("e", 124, 15, 150, 30),
                new OcrSymbol("l", 152, 10, 160, 30)));
        assertEquals("boewl", byStart(bowel), "as the table finders ordered it before");
        OcrWord fixed = WordBoxes.inReadingOrder(List.of(bowel)).get(0);
        assertEquals("bowel", byStart(fixed));
        assertEquals("bowel", fixed.text());
        assertEquals(bowel.x0(), fixed.x0());
        assertEquals(bowel.x1(), fixed.x1());
        OcrWord ordered = new OcrWord("lung", 100, 10, 140, 30, 0.95, 0, 30, List.of(new OcrSymbol("l", 100, 10, 105, 30),
                new OcrSymbol("u", 107, 15, 117, 30), new OcrSymbol("n", 119, 15, 129, 30), new OcrSymbol("g", 131, 15, 140, 36)));
        assertSame(ordered, WordBoxes.inReadingOrder(List.of(ordered)).get(0), "a word in order is left as it is");
    }
}
