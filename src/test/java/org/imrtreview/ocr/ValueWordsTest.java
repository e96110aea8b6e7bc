package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two corrections the pixels or the word leave no doubt about. No engine, no fonts. */
class ValueWordsTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(textBlock = """
            Gv,     Gy
            cGv,    cGy
            54Gv,   54Gy
            V70Gv,  V70Gy
            Gv.,    Gy.
            Gy,     Gy
            Gravy,  Gravy
            Givens, Givens
            """)
    void gyReadAsGvIsGy(String read, String fixed) {
        OcrWord w = new OcrWord(read, 0, 0, 10, 10, 0.9, 0, 10, List.of());
        assertEquals(fixed, ValueWords.unit(w).text());
    }

    /** A "<" drawn with strokes (30 x 30 px box at 50,40), with or without a bar 6 px under it. */
    private static GreyImage lessThan(boolean bar) {
        BufferedImage img = new BufferedImage(200, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 120);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(78, 42, 52, 55);
        g.drawLine(52, 55, 78, 68);
        if (bar) {
            g.fillRect(52, 76, 27, 3);
        }
        g.dispose();
        return GreyImage.of(img);
    }

    @Test
    void aLessThanSignWithABarUnderItIsLessOrEqual() {
        OcrWord w = new OcrWord("<", 50, 40, 80, 70, 0.9, 0, 70, List.of(new OcrSymbol("<", 50, 40, 80, 70)));
        assertEquals("≤", ValueWords.fix(List.of(w), lessThan(true), 128).get(0).text());
        assertEquals("<", ValueWords.fix(List.of(w), lessThan(false), 128).get(0).text());
    }

    @Test
    void theBarIsFoundInsideASignBoxThatHoldsIt() {
        OcrWord w = new OcrWord("<45", 50, 40, 80, 80, 0.9, 0, 80, List.of(new OcrSymbol("<", 50, 40, 80, 80),
                new OcrSymbol("4", 85, 40, 100, 80), new OcrSymbol("5", 102, 40, 118, 80)));
        assertEquals("≤45", ValueWords.fix(List.of(w), lessThan(true), 128).get(0).text());
    }

    /** A table rule or an underline running under the whole cell is not the bar of a "≤": the limit stays strict. */
    @Test
    void aRuleUnderTheCellLeavesTheSignStrict() {
        BufferedImage img = new BufferedImage(200, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 120);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(78, 42, 52, 55);
        g.drawLine(52, 55, 78, 68);
        g.fillRect(10, 76, 180, 3);
        g.dispose();
        GreyImage ruled = GreyImage.of(img);
        OcrWord w = new OcrWord("<", 50, 40, 80, 70, 0.9, 0, 70, List.of(new OcrSymbol("<", 50, 40, 80, 70)));
        assertEquals("<", ValueWords.fix(List.of(w), ruled, 128).get(0).text());
    }

    /** A fax's bar under "≤" at a tilt is a staircase: no single row spans the sign, the rows together do (decision 0255). */
    @Test
    void aStaircaseBarUnderTheSignIsFound() {
        BufferedImage img = new BufferedImage(200, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 120);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(78, 42, 52, 55);
        g.drawLine(52, 55, 78, 68);
        g.fillRect(52, 78, 12, 1); // the bar, a step higher every 10 px: each row well under 60 % of the sign
        g.fillRect(62, 77, 12, 1);
        g.fillRect(72, 76, 8, 1);
        g.dispose();
        OcrWord w = new OcrWord("<", 50, 40, 80, 70, 0.9, 0, 70, List.of(new OcrSymbol("<", 50, 40, 80, 70)));
        assertEquals("≤", ValueWords.fix(List.of(w), GreyImage.of(img), 128).get(0).text());
    }

    /** The slanting lower arm of a plain "<" spans the sign's width over a few rows: it is no bar (decision 0255). */
    @Test
    void theSignsOwnLowerArmIsNoBar() {
        OcrWord w = new OcrWord("<", 50, 40, 80, 70, 0.9, 0, 70, List.of(new OcrSymbol("<", 50, 40, 80, 70)));
        assertEquals("<", ValueWords.fix(List.of(w), lessThan(false), 128).get(0).text());
        OcrWord tight = new OcrWord("<", 50, 40, 80, 69, 0.9, 0, 69, List.of(new OcrSymbol("<", 50, 40, 80, 69)));
        assertEquals("<", ValueWords.fix(List.of(tight), lessThan(false), 128).get(0).text());
    }

    /** The fax's "≤" (decision 0342): a bar whose lower edge passes the threshold in two pixels only, paper above the bar. */
    @Test
    void aBarWithASoftLowerEdgeIsFound() {
        GreyImage page = lessThan(true);
        page.px[79 * page.w + 60] = 0; // two dark pixels of the bar's anti-aliased lower edge
        page.px[79 * page.w + 61] = 0;
        OcrWord w = new OcrWord("<", 50, 40, 80, 80, 0.9, 0, 80, List.of(new OcrSymbol("<", 50, 40, 80, 80)));
        assertEquals("≤", ValueWords.fix(List.of(w), page, 128).get(0).text());
    }

    /**
     * A "<" of the 300 dpi bench page as the engine saw it ('#' ink, '+' and '.' paler): its own lower arm
     * ends in two rows of a few dark pixels, then rows as wide as a bar; above them the arm goes on, with
     * no paper between, so it is no bar and the limit stays strict.
     */
    @Test
    void theFootOfTheSignsOwnArmIsNoBar() {
        String[] rows = {
            "                     .#      ",
            "                   +###      ",
            "                .+####+      ",
            "             .+#####+.       ",
            "           .#####+.          ",
            "         .#####+.            ",
            "       +#####+               ",
            "      #####.                 ",
            "      ###.                   ",
            "      ####+                  ",
            "      .#####+                ",
            "        .#####+.             ",
            "          .+####++           ",
            "             +#####+.        ",
            "               .+#####.      ",
            "                  +####      ",
            "                    .##      ",
            "                      .      "};
        int w = 60;
        int h = 40;
        byte[] px = new byte[w * h];
        java.util.Arrays.fill(px, (byte) 255);
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length(); x++) {
                char c = rows[y].charAt(x);
                px[(5 + y) * w + 10 + x] = (byte) (c == '#' ? 20 : c == '+' ? 140 : c == '.' ? 205 : 255);
            }
        }
        OcrWord sign = new OcrWord("<", 15, 5, 32, 22, 0.96, 0, 22, List.of(new OcrSymbol("<", 15, 5, 32, 22)));
        assertEquals("<", ValueWords.fix(List.of(sign), new GreyImage(px, w, h), 146).get(0).text());
    }

    /**
     * Decision 0372: the "&lt;" of "V20Gy &lt; 15%" on a standard fax a computer sent (204 x 98 dpi), its fax rows as
     * they are in the file, each drawn 2 px wide and 4 px tall as the reader enlarges them: the lower arm comes
     * down in flat steps whose lowest two span three quarters of the sign, like a bar. Read "≤" it loosens the
     * limit; a bar runs under the sign's point, these steps do not. Fails without the guard.
     */
    @Test
    void theStepsOfACoarseSignsLowerArmAreNoBar() {
        String[] faxRows = {
            "        #####",
            "   #######   ",
            "#####        ",
            "####         ",
            "   ######    ",
            "        #####"};
        int w = 60;
        int h = 40;
        byte[] px = new byte[w * h];
        java.util.Arrays.fill(px, (byte) 255);
        for (int r = 0; r < faxRows.length; r++) {
            for (int c = 0; c < faxRows[r].length(); c++) {
                if (faxRows[r].charAt(c) == '#') {
                    for (int dy = 0; dy < 4; dy++) {
                        for (int dx = 0; dx < 2; dx++) {
                            px[(5 + 4 * r + dy) * w + 10 + 2 * c + dx] = 0;
                        }
                    }
                }
            }
        }
        OcrWord sign = new OcrWord("<", 10, 5, 36, 29, 0.9, 0, 29, List.of(new OcrSymbol("<", 10, 5, 36, 29)));
        assertEquals("<", ValueWords.fix(List.of(sign), new GreyImage(px, w, h), 128).get(0).text());
        assertEquals(false, ValueWords.reachesUnderThePoint(new boolean[] {false, false, false, true, true}, true));
        assertEquals(true, ValueWords.reachesUnderThePoint(new boolean[] {true, false, false, true, true}, true));
        assertEquals(true, ValueWords.reachesUnderThePoint(new boolean[] {false, false, false, true, true}, false));
    }

    /**
     * Under the sign a band of ink as thick as a fifth of it (a fax at 98 rows an inch draws the foot of the
     * sign's own lower arm so, each row three pixels tall): it may be the bar of "≤" or a stroke of "<", so the
     * sign stays "<", the stricter, and is doubted (decision 0487). A thin bar still makes "≤" (tests above).
     */
    @Test
    void aBandAsThickAsAFifthOfTheSignLeavesItStrictAndDoubted() {
        BufferedImage img = new BufferedImage(200, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 120);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(78, 42, 52, 55);
        g.drawLine(52, 55, 78, 68);
        g.fillRect(52, 72, 27, 8);
        g.dispose();
        OcrWord w = new OcrWord("<", 50, 40, 80, 70, 0.9, 0, 70, List.of(new OcrSymbol("<", 50, 40, 80, 70)));
        OcrWord read = ValueWords.fix(List.of(w), GreyImage.of(img), 128).get(0);
        assertEquals("<", read.text());
        assertEquals(OcrWord.Doubt.BAR_OR_STROKE, read.doubt());
        OcrWord thin = ValueWords.fix(List.of(w), lessThan(true), 128).get(0);
        assertEquals("≤", thin.text());
        assertEquals(null, thin.doubt());
    }
}
