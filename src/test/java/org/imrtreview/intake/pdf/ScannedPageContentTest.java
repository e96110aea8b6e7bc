package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.imrtreview.ocr.OcrPage;
import org.imrtreview.ocr.OcrSymbol;
import org.imrtreview.ocr.OcrWord;
import org.junit.jupiter.api.Test;

/** OCR words as glyphs: a space the reader put inside a word keeps its gap (decision 0321). */
class ScannedPageContentTest {

    @Test
    void aSpaceInsideAWordStaysASpaceForAFinderThatSkipsSpaceGlyphs() {
        // "50.4 Gy" as the closer look leaves it once a speck between "4" and "G" is taken out (one word, a space symbol)
        List<OcrSymbol> symbols = List.of(new OcrSymbol("5", 1420, 385, 1434, 409), new OcrSymbol("0", 1437, 384, 1453, 409),
                new OcrSymbol(".", 1458, 406, 1462, 409), new OcrSymbol("4", 1466, 386, 1482, 409),
                new OcrSymbol(" ", 1489, 393, 1491, 396), new OcrSymbol("G", 1494, 385, 1517, 410),
                new OcrSymbol("y", 1520, 391, 1536, 416));
        OcrWord word = new OcrWord("50.4 Gy", 1420, 384, 1536, 416, 0.99, 1, 409, symbols);
        OcrPage page = new OcrPage(2000, 2000, 250, 0, 0, List.of(word), List.of(), false, true);
        List<Glyph> ink = ScannedPageContent.of(page, 0).glyphs().stream().filter(g -> !g.isSpace()).toList();
        String text = TextLayout.blockText(ink);
        assertEquals("50.4 Gy", text.replaceAll("[\\uE000-\\uE3FF\\uE400-\\uE7FF]", ""));
    }
}
