package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words the engine's page layout dropped, read again from their ink alone (decision 0305): which ink
 * is read again, where the words land, and that two readings that differ leave the word doubted.
 */
class DroppedWordsTest {
    private static final int TEXT = 36;

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

    /** Three words read on the page, 36 px tall, each over its own ink. */
    private static List<OcrWord> readWords(GreyImage page) {
        List<OcrWord> words = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int x = 40 + 200 * i;
            ink(page, x, 40, x + 120, 40 + TEXT);
            words.add(new OcrWord("Word" + i, x, 40, x + 120, 40 + TEXT, 0.95, 0, 40 + TEXT, List.of()));
        }
        return words;
    }

    /** Two letter-sized blobs close together, as "No" is on a page: x0 of the first, top y. */
    private static void twoLetters(GreyImage page, int x, int y) {
        ink(page, x, y, x + 22, y + 30);
        ink(page, x + 28, y + 8, x + 48, y + 30);
    }

    /** A reader answering each call with the next text of {@code answers} as one word filling the crop's middle. */
    private static DroppedWords.LineReader answering(List<GreyImage> crops, double confidence, String... answers) {
        int[] call = {0};
        return (crop, dpi) -> {
            crops.add(crop);
            String text = answers[Math.min(call[0]++, answers.length - 1)];
            return List.of(new OcrWord(text, 10, 8, crop.w - 10, crop.h - 8, confidence, 0, crop.h - 10,
                    List.of(new OcrSymbol(text, 10, 8, crop.w - 10, crop.h - 8))));
        };
    }

    @Test
    void inkNoWordCoversIsReadAsALineOfItsOwnAndPlacedOnThePage() {
        GreyImage page = white(1000, 400);
        List<OcrWord> words = readWords(page);
        twoLetters(page, 600, 250);
        List<GreyImage> crops = new ArrayList<>();
        List<OcrWord> out = DroppedWords.recover(words, words, page, 128, 300, answering(crops, 0.95, "No"));
        assertEquals(4, out.size());
        OcrWord no = out.get(3);
        assertEquals("No", no.text());
        assertNull(no.doubt());
        assertEquals(1, no.line(), "a line of its own");
        assertTrue(no.x0() < 600 && no.x1() > 648 && no.y0() < 250 && no.y1() > 280, "placed where its ink is: " + no);
        assertEquals(2, crops.size(), "read twice: as cut out and enlarged");
        assertTrue(crops.get(1).w > crops.get(0).w * 1.4);
    }

    @Test
    void twoReadingsThatDifferLeaveTheWordDoubtedAtTheLowerConfidence() {
        GreyImage page = white(1000, 400);
        List<OcrWord> words = readWords(page);
        twoLetters(page, 600, 250);
        int[] call = {0};
        DroppedWords.LineReader reader = (crop, dpi) -> {
            boolean first = call[0]++ == 0;
            return List.of(new OcrWord(first ? "No" : "Na", 10, 8, crop.w - 10, crop.h - 8, first ? 0.96 : 0.90, 0,
                    crop.h - 10, List.of()));
        };
        List<OcrWord> out = DroppedWords.recover(words, words, page, 128, 300, reader);
        OcrWord no = out.get(3);
        assertEquals("No", no.text());
        assertEquals(OcrWord.Doubt.DROPPED_REREAD_DIFFERS, no.doubt());
        assertEquals(0.90, no.confidence(), 1e-9);
    }

    @Test
    void inkOfWordsAlreadyReadSpecksAndRulingRemainsAreNotReadAgain() {
        GreyImage page = white(1000, 400);
        List<OcrWord> words = readWords(page);
        ink(page, 163, 50, 173, 70);            // beside a word, within its margin: part of the word
        for (int i = 0; i < 30; i++) {          // fax specks
            ink(page, 50 + 29 * i, 200 + (i % 5) * 13, 53 + 29 * i, 203 + (i % 5) * 13);
        }
        ink(page, 900, 150, 903, 190);          // a lone thin bar: what a ruling leaves
        ink(page, 40, 320, 800, 323);           // a ruling left whole
        List<GreyImage> crops = new ArrayList<>();
        List<OcrWord> out = DroppedWords.recover(words, words, page, 128, 300, answering(crops, 0.95, "x1"));
        assertEquals(words, out);
        assertTrue(crops.isEmpty(), "nothing read again");
    }

    @Test
    void marksAloneReadFromTheInkAreNotAdded() {
        GreyImage page = white(1000, 400);
        List<OcrWord> words = readWords(page);
        twoLetters(page, 600, 250);
        List<OcrWord> out = DroppedWords.recover(words, words, page, 128, 300, answering(new ArrayList<>(), 0.95, "::"));
        assertEquals(words, out);
    }

    /** The real engine: a "Yes" alone in its column, as the page layout of a fine fax drops it, is read from its ink. */
    @Test
    void theEngineReadsADroppedAnswerFromItsInk() throws Exception {
        TesseractReader engine = TesseractReader.shared();
        assumeTrue(engine.available(), engine.unavailableReason());
        BufferedImage img = new BufferedImage(1400, 500, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/fonts/LiberationSans-Regular.ttf"))) {
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(10f * 320 / 72));
        }
        g.setColor(Color.BLACK);
        g.drawString("Bladder", 60, 150);
        g.drawString("V80Gy < 15%", 400, 150);
        g.drawString("18.9%", 800, 150);
        g.drawString("Yes", 1150, 150);
        g.dispose();
        GreyImage page = GreyImage.of(img);
        List<OcrWord> read = engine.readWords(page.px, page.w, page.h, 320);
        // as the engine's layout did on the fax: everything on the line read but the answer
        List<OcrWord> words = read.stream().filter(w -> w.x0() < 1100).toList();
        assumeTrue(words.size() >= 4, "the engine read the line: " + read);
        List<OcrWord> out = DroppedWords.recover(words, words, page, page.otsu(), 320,
                (crop, dpi) -> engine.readLineWords(crop.px, crop.w, crop.h, dpi));
        assertEquals(words.size() + 1, out.size(), out.toString());
        OcrWord yes = out.get(out.size() - 1);
        assertEquals("Yes", yes.text());
        assertNull(yes.doubt());
        assertTrue(yes.confidence() >= 0.8, "read surely: " + yes);
        assertTrue(yes.x0() >= 1140 && yes.x1() < 1260, "where it is printed: " + yes);
    }
}
