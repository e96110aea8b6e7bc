package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the page reading drops as specks and what it keeps (decisions 0251, 0485). The boxes are those the
 * engine gave on the whole-corpus bench's computer-sent standard fax (05, page 2): "Lips — boost", the dash
 * three pixels tall under 36-pixel words. No engine, no fonts.
 */
class PageOcrNoiseTest {
    private static OcrWord word(String text, int x0, int y0, int x1, int y1, double confidence) {
        return new OcrWord(text, x0, y0, x1, y1, confidence, 0, 1020, List.of());
    }

    private static String texts(List<OcrWord> words) {
        return String.join(" ", words.stream().map(OcrWord::text).toList());
    }

    @Test
    void aThinDashBetweenTwoWordsIsKeptAsTheDashItsWidthSays() {
        OcrWord lips = word("Lips", 322, 989, 392, 1025, 0.93);
        OcrWord boost = word("boost", 440, 986, 535, 1015, 0.95);
        assertEquals("Lips \u2013 boost", texts(PageOcr.withoutNoise(List.of(lips, word("\u2014", 404, 1006, 426, 1009, 0.91), boost))));
        // "Lungs - GTV": a hyphen, narrower than half the text's height
        assertEquals("Lips - boost", texts(PageOcr.withoutNoise(List.of(lips, word("-", 404, 1006, 413, 1010, 0.90), boost))));
    }

    @Test
    void specksAndDashesNotBetweenWordsStillGo() {
        OcrWord lips = word("Lips", 322, 989, 392, 1025, 0.93);
        OcrWord boost = word("boost", 440, 986, 535, 1015, 0.95);
        assertEquals("Lips boost", texts(PageOcr.withoutNoise(List.of(lips, word("-", 404, 1006, 408, 1009, 0.90), boost))),
                "a speck as wide as tall");
        assertEquals("Lips boost", texts(PageOcr.withoutNoise(List.of(lips, word("\u2014", 404, 1006, 426, 1009, 0.40), boost))),
                "read unsurely");
        assertEquals("Lips boost", texts(PageOcr.withoutNoise(List.of(word("\u2014", 280, 1006, 302, 1009, 0.91), lips, boost))),
                "at the line's start");
        assertEquals("Lips boost", texts(PageOcr.withoutNoise(List.of(lips, word("\u2014", 404, 1022, 426, 1025, 0.91), boost))),
                "on the baseline, an underline's piece");
        assertEquals("Lips boost", texts(PageOcr.withoutNoise(List.of(lips, word("\u2014", 450, 1006, 472, 1009, 0.91),
                word("boost", 500, 986, 595, 1015, 0.95)))), "far from the word before it");
    }

    /** "Glottic larynx –" over "boost phase": the dash ends its line of the cell (decision 0485). */
    @Test
    void aDashEndingItsLineAfterAWordIsKept() {
        OcrWord lips = word("Lips", 322, 989, 392, 1025, 0.93);
        OcrWord boost = word("boost", 440, 986, 535, 1015, 0.95);
        assertEquals("Lips boost \u2013", texts(PageOcr.withoutNoise(List.of(lips, boost, word("\u2014", 547, 1006, 569, 1009, 0.91)))));
        assertEquals("Lips boost \u2013 12.4", texts(PageOcr.withoutNoise(List.of(lips, boost, word("\u2014", 547, 1006, 569, 1009, 0.91),
                word("12.4", 900, 989, 960, 1020, 0.95)))), "the next column's word far on");
    }
}
