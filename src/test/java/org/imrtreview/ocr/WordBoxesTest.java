package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word boxes that ran over the next word of their line, fitted to their ink (decision 0307). No engine needed. */
class WordBoxesTest {

    private static GreyImage white(int w, int h) {
        byte[] px = new byte[w * h];
        java.util.Arrays.fill(px, (byte) 255);
        return new GreyImage(px, w, h);
    }

    private static void ink(GreyImage page, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                page.px[y * page.w + x] = 0;
            }
        }
    }

    /**
     * As measured on the fine fax of the scan bench: "V65Gy" with its "y" boxed from 779 to 938, over
     * the "&lt;" at 814-840 and the "50%" at 858-938 (shifted to a small page).
     */
    @Test
    void aLastCharacterBoxedToTheEndOfTheLineEndsWhereItsInkDoes() {
        GreyImage page = white(400, 120);
        int[][] letters = {{66, 94}, {98, 117}, {122, 142}, {147, 175}, {179, 200}};
        for (int[] l : letters) {
            ink(page, l[0], 40, l[1], 70);
        }
        ink(page, 185, 70, 190, 78); // the descender of "y"
        ink(page, 214, 48, 240, 66); // "<"
        ink(page, 258, 40, 338, 70); // "50%"
        List<OcrSymbol> symbols = new ArrayList<>();
        String text = "V65Gy";
        for (int i = 0; i < 4; i++) {
            symbols.add(new OcrSymbol(String.valueOf(text.charAt(i)), letters[i][0], 40, letters[i][1], 70));
        }
        symbols.add(new OcrSymbol("y", 179, 37, 338, 82)); // the engine's box for the "y"
        OcrWord v65 = new OcrWord(text, 66, 37, 338, 82, 0.89, 3, 70, symbols);
        OcrWord less = new OcrWord("<", 214, 48, 240, 66, 0.93, 3, 70, List.of(new OcrSymbol("<", 214, 48, 240, 66)));
        OcrWord fifty = new OcrWord("50%", 258, 40, 338, 70, 0.97, 3, 70, List.of());
        List<OcrWord> out = WordBoxes.fit(List.of(v65, less, fifty), page, 128);
        OcrWord fitted = out.get(0);
        assertEquals("V65Gy", fitted.text());
        assertEquals(0.89, fitted.confidence(), 1e-9);
        assertEquals(200, fitted.x1(), "ends with the ink of its \"y\"");
        assertTrue(fitted.x1() < less.x0(), "a space apart from the \"<\" again");
        assertEquals(200, fitted.symbols().get(4).x1());
        assertTrue(fitted.y1() >= 77, "the descender stays in the box");
        assertSame(less, out.get(1));
        assertSame(fifty, out.get(2));
    }

    @Test
    void wordsThatDoNotOverlapAndWordsOfOtherLinesAreLeftAsRead() {
        GreyImage page = white(400, 200);
        ink(page, 20, 40, 100, 70);
        ink(page, 120, 40, 200, 70);
        OcrWord a = new OcrWord("Rectum", 20, 40, 100, 70, 0.9, 0, 70, List.of());
        OcrWord b = new OcrWord("QUANTEC", 120, 40, 200, 70, 0.9, 0, 70, List.of());
        OcrWord c = new OcrWord("27.3%", 30, 120, 300, 150, 0.9, 1, 150, List.of(new OcrSymbol("27.3%", 30, 120, 300, 150)));
        List<OcrWord> words = List.of(a, b, c);
        assertEquals(words, WordBoxes.fit(words, page, 128));
    }
}
