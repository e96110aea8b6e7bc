package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Second looks at numbers: read again enlarged, and a point between digits that was not read. No engine needed. */
class NumberCheckTest {

    /** "9.7%" drawn as blocks: two digits 16 x 34 px with a 3 x 3 point between them at the baseline. */
    private static GreyImage ninePointSeven(boolean withPoint) {
        BufferedImage img = new BufferedImage(300, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 120);
        g.setColor(Color.BLACK);
        g.fillRect(40, 40, 16, 34);
        if (withPoint) {
            g.fillRect(61, 71, 3, 3);
        }
        g.fillRect(69, 40, 16, 34);
        g.fillRect(90, 40, 20, 34);
        g.dispose();
        return GreyImage.of(img);
    }

    private static OcrWord word(String text, int x0, int x1, List<OcrSymbol> symbols) {
        return new OcrWord(text, x0, 40, x1, 74, 0.95, 0, 74, symbols);
    }

    private static final List<OcrSymbol> NINE_SEVEN = List.of(new OcrSymbol("9", 40, 40, 56, 74),
            new OcrSymbol("7", 69, 40, 85, 74), new OcrSymbol("%", 90, 40, 110, 74));

    @Test
    void aPointBetweenTwoDigitsThatWasNotReadDoubtsTheWord() {
        OcrWord w = word("97%", 40, 110, NINE_SEVEN);
        List<OcrWord> checked = NumberCheck.check(List.of(w), ninePointSeven(true), 128, null);
        assertEquals(OcrWord.Doubt.POINT_UNREAD, checked.get(0).doubt());
        assertEquals("97%", checked.get(0).text(), "the reading is kept: only the nurse decides");
    }

    @Test
    void digitsWithNothingBetweenThemAreNotDoubted() {
        OcrWord w = word("97%", 40, 110, NINE_SEVEN);
        assertNull(NumberCheck.check(List.of(w), ninePointSeven(false), 128, null).get(0).doubt());
    }

    @Test
    void aSpeckTakenOutBetweenTwoDigitsWhereNoPointWasReadDoubtsTheWord() {
        int[] speck = {62, 56, 62, 56}; // between "9" and "7", at mid-height (decision 0306)
        OcrWord lost = word("97%", 40, 110, NINE_SEVEN);
        assertEquals(OcrWord.Doubt.POINT_UNREAD, NumberCheck.doubtAtRemovedSpecks(List.of(lost), List.of(speck)).get(0).doubt(),
                "were the speck a point set high, 9.7 % would now read 97 %");
        OcrWord read = word("9.7%", 40, 110, List.of(new OcrSymbol("9", 40, 40, 56, 74), new OcrSymbol(".", 61, 71, 64, 74),
                new OcrSymbol("7", 69, 40, 85, 74), new OcrSymbol("%", 90, 40, 110, 74)));
        assertNull(NumberCheck.doubtAtRemovedSpecks(List.of(read), List.of(speck)).get(0).doubt(), "the point was read there");
        OcrWord elsewhere = new OcrWord("97%", 140, 40, 210, 74, 0.95, 0, 74, List.of());
        assertNull(NumberCheck.doubtAtRemovedSpecks(List.of(elsewhere), List.of(speck)).get(0).doubt());
    }

    @Test
    void aNumberThatTouchedAWhitenedRulingIsDoubtedButOneTheCellsPaddingKeptClearIsNot() {
        int half = PageCleaner.whitenedHalf(300); // 7 px either side of the line at 300 dpi
        List<OcrRule> rules = List.of(new OcrRule(false, 100, 0, 400), new OcrRule(true, 20, 0, 600));
        // "63.7 Gy" against the ruling at x = 100: the "6"'s left stroke went with the band, "33.7" starts just after it
        OcrWord touched = new OcrWord("33.7", 100 + half + 1, 40, 170, 74, 0.96, 0, 74, List.of());
        OcrWord unit = new OcrWord("Gy", 180, 40, 215, 74, 0.96, 0, 74, List.of());
        // the same ruling left of a number that sits two text heights inside its cell
        OcrWord padded = new OcrWord("60.6", 100 + half + 30, 140, 190, 174, 0.96, 1, 174, List.of());
        // a number ending just left of the ruling (its last digit touched it)
        OcrWord before = new OcrWord("54.8", 40, 240, 100 - half - 2, 274, 0.96, 2, 274, List.of());
        // beside the line's end, below it: no ruling there
        OcrWord below = new OcrWord("33.7", 100 + half + 1, 440, 170, 474, 0.96, 3, 474, List.of());
        List<OcrWord> out = NumberCheck.doubtAtRemovedRulings(List.of(touched, unit, padded, before, below), rules, half);
        assertEquals(OcrWord.Doubt.AT_RULING, out.get(0).doubt(), "its first digit may have lost a stroke");
        assertNull(out.get(1).doubt(), "a unit holds no digit");
        assertNull(out.get(2).doubt(), "kept clear of the ruling by the cell's padding");
        assertEquals(OcrWord.Doubt.AT_RULING, out.get(3).doubt(), "its last digit touched the ruling");
        assertNull(out.get(4).doubt(), "no ruling beside it");
        assertEquals(out, NumberCheck.doubtAtRemovedRulings(out, List.of(), half));
    }

    @Test
    void onlyANumberWhoseInkTheRulingsWhiteningTookIsDoubted() {
        // 300 dpi: a ruling 3 px wide at x = 100; a "6" whose left stroke touches it in rows 300-340, and a "6"
        // of another row whose left stroke starts just past the whitened band: within 2 px of it, no ink taken
        BufferedImage img = new BufferedImage(400, 1000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 1000);
        g.setColor(Color.BLACK);
        g.fillRect(99, 20, 3, 960);
        g.fillRect(102, 300, 5, 40); // the left stroke, against the line
        g.fillRect(102, 300, 20, 4);
        g.fillRect(102, 318, 20, 4);
        g.fillRect(102, 336, 20, 4);
        g.fillRect(118, 318, 4, 22);
        g.fillRect(108, 500, 5, 40); // the same digit, just clear of the whitened band (100 +- 7)
        g.fillRect(108, 500, 20, 4);
        g.fillRect(108, 518, 20, 4);
        g.fillRect(108, 536, 20, 4);
        g.fillRect(124, 518, 4, 22);
        g.dispose();
        GreyImage page = GreyImage.of(img);
        List<int[]> taken = new ArrayList<>();
        List<OcrRule> rules = PageCleaner.rulingsAndTheirSpecks(page, 128, 128, 300, taken);
        assertEquals(1, rules.size(), rules::toString);
        assertFalse(taken.isEmpty(), "the left stroke went with the line");
        assertTrue(taken.stream().allMatch(t -> t[1] >= 300 && t[1] < 340), "ink was taken in the touching digit's rows only");
        int half = PageCleaner.whitenedHalf(300);
        OcrWord touched = new OcrWord("33.7", 108, 300, 170, 340, 0.96, 0, 340, List.of());
        OcrWord clear = new OcrWord("63.7", 108, 500, 180, 540, 0.96, 1, 540, List.of());
        assertEquals(OcrWord.Doubt.AT_RULING, NumberCheck.doubtAtRemovedRulings(List.of(clear), rules, half).get(0).doubt(),
                "by distance alone (-Dimrt.ocr.rulingInkTaken=false) it would be doubted");
        List<OcrWord> out = NumberCheck.doubtWhereRulingTookInk(List.of(touched, clear), taken, half);
        assertEquals(OcrWord.Doubt.AT_RULING, out.get(0).doubt());
        assertNull(out.get(1).doubt(), "near the ruling, but the whitening took none of its ink");
    }

    /**
     * Decision 0520: a number whose ink the whitening of a ruling took is read again with that ink put back (the
     * line itself left white). Here the reader sees whether the "6"'s left stroke is back: a first reading "33.7"
     * (the stroke gone) then disagrees and stays doubted; a first reading "63.7" agrees and is not doubted, where
     * decision 0510 alone doubted both.
     */
    @Test
    void aNumberAtARulingIsReadAgainWithTheInkTheWhiteningTookPutBack() {
        BufferedImage img = new BufferedImage(400, 1000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 1000);
        g.setColor(Color.BLACK);
        g.fillRect(99, 20, 3, 960); // the ruling
        g.fillRect(102, 300, 5, 40); // the "6"'s left stroke, against the line
        g.fillRect(102, 300, 20, 4);
        g.fillRect(102, 318, 20, 4);
        g.fillRect(102, 336, 20, 4);
        g.fillRect(118, 318, 4, 22);
        g.dispose();
        GreyImage page = GreyImage.of(img);
        List<int[]> taken = new ArrayList<>();
        PageCleaner.rulingsAndTheirSpecks(page, 128, 128, 300, taken);
        int half = PageCleaner.whitenedHalf(300);
        assertTrue(page.px[320 * page.w + 104] == (byte) 255, "the whitening took the stroke from the page");
        List<BufferedImage> shown = new ArrayList<>();
        TextReader strokeAware = new TextReader() {
            @Override
            public Optional<LineText> readLine(BufferedImage line, String whitelist) {
                shown.add(line);
                // the crop starts half the word's height (20 px) left of its box (x 108): the stroke lies at 102-106
                double scale = line.getWidth() / (double) (190 - 88);
                boolean stroke = false;
                for (int x = (int) (14 * scale); x < (int) (19 * scale); x++) {
                    for (int y = 0; y < line.getHeight(); y++) {
                        stroke |= (line.getRGB(x, y) & 0xFF) < 128;
                    }
                }
                return Optional.of(new LineText(stroke ? "63.7 Gy" : "33.7 Gy", 0.95, 0.95));
            }

            @Override
            public boolean available() {
                return true;
            }

            @Override
            public String unavailableReason() {
                return "";
            }
        };
        OcrWord lost = new OcrWord("33.7", 108, 300, 170, 340, 0.96, 0, 340, List.of());
        OcrWord unit = new OcrWord("Gy", 176, 300, 190, 340, 0.96, 0, 340, List.of());
        List<OcrWord> read = NumberCheck.doubtWhereRulingTookInk(List.of(lost, unit), taken, half, page, strokeAware,
                new double[] {1.6, 2.3});
        assertEquals(OcrWord.Doubt.AT_RULING, read.get(0).doubt(), "read otherwise with its stroke back: doubted");
        OcrWord right = new OcrWord("63.7", 108, 300, 170, 340, 0.96, 0, 340, List.of());
        List<OcrWord> same = NumberCheck.doubtWhereRulingTookInk(List.of(right, unit), taken, half, page, strokeAware,
                new double[] {1.6, 2.3});
        assertNull(same.get(0).doubt(), "read the same with its stroke back: not doubted");
        assertEquals(OcrWord.Doubt.AT_RULING, NumberCheck.doubtWhereRulingTookInk(List.of(right, unit), taken, half).get(0).doubt(),
                "decision 0510 alone doubts it");
        BufferedImage last = shown.get(shown.size() - 1);
        double scale = last.getWidth() / (double) (190 - 88);
        for (int y = 0; y < last.getHeight(); y++) {
            assertTrue((last.getRGB((int) (12 * scale), y) & 0xFF) > 128, "the line itself (x 99-101) is not put back");
        }
    }

    /** Decision 0522: "04%" (0.4 % whose point a page fed sideways lost) is doubted; "RTOG 0617" and "0.4%" are not. */
    @Test
    void aValueReadAsZeroAndAnotherDigitIsDoubted() {
        List<OcrWord> words = List.of(
                new OcrWord("04%", 10, 10, 60, 30, 0.95, 0, 30, List.of()),
                new OcrWord("RTOG", 10, 50, 60, 70, 0.95, 1, 70, List.of()),
                new OcrWord("0617", 70, 50, 120, 70, 0.95, 1, 70, List.of()),
                new OcrWord("03", 10, 90, 40, 110, 0.95, 2, 110, List.of()),
                new OcrWord("Gy", 45, 90, 70, 110, 0.95, 2, 110, List.of()),
                new OcrWord("0.4%", 10, 130, 60, 150, 0.95, 3, 150, List.of()),
                new OcrWord("10%", 10, 170, 60, 190, 0.95, 4, 190, List.of()));
        List<OcrWord> out = NumberCheck.doubtLeadingZeros(words);
        assertEquals(OcrWord.Doubt.LEADING_ZERO, out.get(0).doubt());
        assertNull(out.get(2).doubt(), "a trial number is written so");
        assertEquals(OcrWord.Doubt.LEADING_ZERO, out.get(3).doubt(), "its unit as the next word");
        assertNull(out.get(5).doubt());
        assertNull(out.get(6).doubt());
    }

    /** A line reader that answers with a fixed text and records what it was shown. */
    private static TextReader answering(String text, List<BufferedImage> shown) {
        return new TextReader() {
            @Override
            public Optional<LineText> readLine(BufferedImage line, String whitelist) {
                shown.add(line);
                return Optional.of(new LineText(text, 0.9, 0.9));
            }

            @Override
            public boolean available() {
                return true;
            }

            @Override
            public String unavailableReason() {
                return "";
            }
        };
    }

    @Test
    void aValueReadDifferentlyEnlargedIsDoubtedAndTheFirstReadingKept() {
        List<OcrWord> words = List.of(new OcrWord("Brainstem", 0, 40, 30, 74, 0.96, 0, 74, List.of()),
                word("54", 200, 236, List.of()), word("Gy", 246, 280, List.of()));
        List<BufferedImage> shown = new ArrayList<>();
        List<OcrWord> checked = NumberCheck.check(words, ninePointSeven(false), 128, answering("5.4 Gy", shown));
        assertEquals(1, shown.size(), "one run: the value with its unit, not the organ");
        assertEquals(Math.round((280 - 200 + 2 * 17) * NumberCheck.SCALE), shown.get(0).getWidth(), 1.0);
        assertNull(checked.get(0).doubt());
        assertEquals(OcrWord.Doubt.REREAD_DIFFERS, checked.get(1).doubt());
        assertNull(checked.get(2).doubt(), "the unit holds no digit");
        assertEquals("54", checked.get(1).text());
    }

    @Test
    void aValueReadAlikeEnlargedIsNotDoubted() {
        List<OcrWord> words = List.of(word("54", 200, 236, List.of()), word("Gv", 246, 280, List.of()));
        List<OcrWord> checked = NumberCheck.check(words, ninePointSeven(false), 128, answering("54 Gy", new ArrayList<>()));
        assertTrue(checked.stream().allMatch(w -> w.doubt() == null));
    }

    @Test
    void runsAreNeighbouringWordsOfOneLineWithADigit() {
        List<OcrWord> words = List.of(new OcrWord("Dmax", 0, 40, 60, 74, 0.9, 0, 74, List.of()),
                new OcrWord("<", 70, 40, 85, 74, 0.9, 0, 74, List.of()),
                new OcrWord("54", 95, 40, 130, 74, 0.9, 0, 74, List.of()),
                new OcrWord("Gy", 140, 40, 170, 74, 0.9, 0, 74, List.of()),
                new OcrWord("QUANTEC", 400, 40, 520, 74, 0.9, 0, 74, List.of()),
                new OcrWord("58.1", 700, 40, 760, 74, 0.9, 0, 74, List.of()),
                new OcrWord("Gy", 770, 40, 800, 74, 0.9, 0, 74, List.of()),
                new OcrWord("52.3", 700, 140, 760, 174, 0.9, 1, 174, List.of()));
        assertEquals(List.of(List.of(2, 3), List.of(5, 6), List.of(7)), NumberCheck.runs(words));
        assertFalse(NumberCheck.digits("D40% <7.3 Gy").equals(NumberCheck.digits("D40% < 73 Gy")));
    }

    /** A line reader that answers each reading in turn (a blank answer: it read nothing). */
    private static TextReader inTurn(List<String> answers, List<BufferedImage> shown) {
        return new TextReader() {
            @Override
            public Optional<LineText> readLine(BufferedImage line, String whitelist) {
                String a = answers.get(Math.min(shown.size(), answers.size() - 1));
                shown.add(line);
                return a.isEmpty() ? Optional.empty() : Optional.of(new LineText(a, 0.9, 0.9));
            }

            @Override
            public boolean available() {
                return true;
            }

            @Override
            public String unavailableReason() {
                return "";
            }
        };
    }

    private static OcrWord.Doubt checkedWith(String... answers) {
        List<OcrWord> words = List.of(word("54.8", 200, 260, List.of()), word("Gy", 270, 300, List.of()));
        return NumberCheck.check(words, ninePointSeven(false), 128, inTurn(List.of(answers), new ArrayList<>())).get(0).doubt();
    }

    @Test
    void aReadingOfNothingIsReplacedAndTwoAgreeingReadingsAreStillNeeded() {
        assertNull(checkedWith("", "54.8 Gy", "54.8 Gy"), "blank at 1.6 x, then two agreeing readings: trusted (decision 0322)");
        assertNull(checkedWith("54.8 Gy", "", "54.8 Gy"));
        assertEquals(OcrWord.Doubt.REREAD_DIFFERS, checkedWith("", "54.8 Gy", "", ""),
                "only one agreeing reading of four: doubted as before");
        assertEquals(OcrWord.Doubt.REREAD_DIFFERS, checkedWith("", "", "", ""), "nothing read at all: doubted");
        assertEquals(OcrWord.Doubt.REREAD_DIFFERS, checkedWith("", "54.8 Gy", "548 Gy"), "a spare reading that differs doubts");
        assertEquals(OcrWord.Doubt.REREAD_DIFFERS, checkedWith("Gy", "54.8 Gy", "54.8 Gy"),
                "a reading with text but not the digits is a disagreement, not a blank");
    }

    @Test
    void twoAgreeingReadingsNeedNoSpare() {
        List<BufferedImage> shown = new ArrayList<>();
        List<OcrWord> words = List.of(word("54.8", 200, 260, List.of()), word("Gy", 270, 300, List.of()));
        assertNull(NumberCheck.check(words, ninePointSeven(false), 128, inTurn(List.of("54.8 Gy"), shown)).get(0).doubt());
        assertEquals(2, shown.size());
    }

    /**
     * A fax's number is read a third time at the page's own size (decision 0488): the two enlarged readings share
     * the fax's broken strokes ("24.3" for 34.3 on the computer-sent standard fax, read surely and twice alike
     * enlarged); at 1.0 x the engine read "34.3". A grey page keeps its two readings.
     */
    @Test
    void aFaxsNumberIsAlsoReadAtItsOwnSize() {
        List<OcrWord> words = List.of(word("24.3", 200, 260, List.of()), word("Gy", 270, 300, List.of()));
        List<BufferedImage> shown = new ArrayList<>();
        List<String> answers = List.of("24.3 Gy", "24.3 Gy", "34.3 Gy");
        assertEquals(OcrWord.Doubt.REREAD_DIFFERS, NumberCheck.check(words, ninePointSeven(false), 128, inTurn(answers, shown),
                NumberCheck.FAX_SCALES).get(0).doubt());
        assertEquals(3, shown.size());
        assertEquals(300 - (200 - 17), shown.get(2).getWidth(), "the third reading at the page's size (cut at the picture's edge)");
        assertNull(NumberCheck.check(words, ninePointSeven(false), 128, inTurn(answers, new ArrayList<>())).get(0).doubt(),
                "a grey page: read at 1.6 x and 2.3 x only");
        assertNull(NumberCheck.check(words, ninePointSeven(false), 128, inTurn(List.of("24.3 Gy"), new ArrayList<>()),
                NumberCheck.FAX_SCALES).get(0).doubt(), "three readings alike: trusted");
    }
}
