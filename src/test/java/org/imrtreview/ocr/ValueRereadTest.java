package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The closer, restricted reading of value runs with stray marks: what it may take out and what never. No engine needed. */
class ValueRereadTest {

    private static final GreyImage PAGE = new GreyImage(filled(400 * 120), 400, 120);

    private static byte[] filled(int n) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) 255);
        return b;
    }

    /** Words of one line, 40 px tall, a word space apart. */
    private static List<OcrWord> line(double confidence, String... texts) {
        List<OcrWord> out = new ArrayList<>();
        int x = 20;
        for (String t : texts) {
            int w = 14 * t.length();
            out.add(new OcrWord(t, x, 40, x + w, 80, confidence, 0, 80, List.of()));
            x += w + 12;
        }
        return out;
    }

    /**
     * A line reader that answers a fixed text (every character at a fixed sureness; restricted to a
     * whitelist, at none, as the engine does) and records the whitelists it was given.
     */
    private static TextReader answering(String text, double sure, List<String> whitelists) {
        return new TextReader() {
            @Override
            public Optional<LineText> readLine(BufferedImage line, String whitelist) {
                whitelists.add(whitelist);
                return Optional.of(new LineText(text, 0, 0));
            }

            @Override
            public Optional<LineChars> readLineChars(BufferedImage line) {
                double[] c = new double[text.length()];
                java.util.Arrays.fill(c, sure);
                return Optional.of(new LineChars(text, c));
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

    private static String texts(List<OcrWord> words) {
        return String.join(" ", words.stream().map(OcrWord::text).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            27.4: Gy  | 27.4 Gy | 27.4 Gy
            28.7-Gy   | 28.7 Gy | 28.7 Gy
            41.0 Gy.  | 41.0 Gy | 41.0 Gy
            27.4. Gy  | 27.4 Gy | 27.4 Gy
            38% '     | 38%     | 38%
            V20 < 35%_| V20<35% | V20 < 35%
            D40%.< 7.3 Gy | D40%<7.3 Gy | D40% < 7.3 Gy
            D1cc <-56 Gy | D1cc<56 Gy | D1cc < 56 Gy
            """)
    void aMarkTheCloserReadingDoesNotSeeIsTakenOut(String read, String closer, String cleaned) {
        List<String> whitelists = new ArrayList<>();
        List<OcrWord> out = ValueReread.clean(line(0.30, read.split(" ")), PAGE, answering(closer, 0.93, whitelists));
        assertEquals(cleaned, texts(out));
        assertTrue(out.stream().allMatch(w -> w.confidence() >= 0.93), "the words take the closer reading's sureness");
        assertEquals(1, whitelists.size());
        assertTrue(whitelists.get(0).startsWith("0123456789.%<>"), whitelists.get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            27:4 Gy  | 274 Gy
            -0.1 cc  | 0.1 cc
            .5 Gy    | 5 Gy
            27. Gy   | 27 Gy
            27 . 4 Gy| 274 Gy
            """)
    void aMarkThatMayBeAPointOrASignIsNeverTakenOut(String read, String closer) {
        List<String> whitelists = new ArrayList<>();
        List<OcrWord> words = line(0.95, read.split(" "));
        List<OcrWord> out = ValueReread.clean(words, PAGE, answering(closer, 0.99, whitelists));
        assertEquals(read, texts(out));
        assertEquals(List.of(), whitelists, "not even read again");
    }

    @Test
    void aCloserReadingThatDiffersInAnythingButTheMarksChangesNothing() {
        List<OcrWord> words = line(0.30, "27.4:", "Gy");
        assertEquals("27.4: Gy", texts(ValueReread.clean(words, PAGE, answering("27.41 Gy", 0.97, new ArrayList<>()))));
        assertEquals("27.4: Gy", texts(ValueReread.clean(words, PAGE, answering("21.4 Gy", 0.97, new ArrayList<>()))));
        assertEquals(0.30, ValueReread.clean(words, PAGE, answering("21.4 Gy", 0.97, new ArrayList<>())).get(0).confidence());
    }

    @Test
    void anUnsureCloserReadingChangesNothing() {
        List<OcrWord> words = line(0.30, "27.4:", "Gy");
        List<OcrWord> out = ValueReread.clean(words, PAGE, answering("27.4 Gy", 0.70, new ArrayList<>()));
        assertEquals("27.4: Gy", texts(out));
        assertEquals(0.30, out.get(0).confidence());
    }

    @Test
    void anUnsureValueConfirmedAsReadBecomesSure() {
        List<OcrWord> words = line(0.55, "18.9", "Gy");
        List<OcrWord> out = ValueReread.clean(words, PAGE, answering("18.9 Gy", 0.91, new ArrayList<>()));
        assertEquals("18.9 Gy", texts(out));
        assertEquals(0.91, out.get(0).confidence(), 1e-9);
    }

    @Test
    void aSureCleanValueIsNotReadAgainAndADoubtedOneIsLeftAlone() {
        List<String> whitelists = new ArrayList<>();
        assertEquals("18.9 Gy", texts(ValueReread.clean(line(0.95, "18.9", "Gy"), PAGE, answering("18.9 Gy", 0.99, whitelists))));
        List<OcrWord> doubted = new ArrayList<>(line(0.30, "27.4:", "Gy"));
        doubted.set(0, doubted.get(0).doubted(OcrWord.Doubt.REREAD_DIFFERS));
        List<OcrWord> out = ValueReread.clean(doubted, PAGE, answering("27.4 Gy", 0.99, whitelists));
        assertEquals("27.4: Gy", texts(out));
        assertEquals(OcrWord.Doubt.REREAD_DIFFERS, out.get(0).doubt());
        assertEquals(List.of(), whitelists);
    }

    @Test
    void aMarkBetweenADigitAndItsUnitBecomesASpaceCharacter() {
        OcrWord w = new OcrWord("28.7-Gy", 20, 40, 120, 80, 0.4, 0, 80, List.of(new OcrSymbol("2", 20, 40, 32, 80),
                new OcrSymbol("8", 34, 40, 46, 80), new OcrSymbol(".", 48, 70, 52, 80), new OcrSymbol("7", 54, 40, 66, 80),
                new OcrSymbol("-", 70, 58, 80, 62), new OcrSymbol("G", 84, 40, 100, 80), new OcrSymbol("y", 102, 48, 120, 90)));
        OcrWord out = ValueReread.clean(List.of(w), PAGE, answering("28.7 Gy", 0.95, new ArrayList<>())).get(0);
        assertEquals("28.7 Gy", out.text());
        assertEquals(List.of("2", "8", ".", "7", " ", "G", "y"), out.symbols().stream().map(OcrSymbol::text).toList());
        assertNull(out.doubt());
    }

    @Test
    void aKeptCharacterReadUnsurelyChangesNothingEvenIfTheMarkWasSure() {
        TextReader reader = new TextReader() {
            @Override
            public Optional<LineText> readLine(BufferedImage line, String whitelist) {
                return Optional.of(new LineText("27.4Gy", 0, 0));
            }

            @Override
            public Optional<LineChars> readLineChars(BufferedImage line) {
                return Optional.of(new LineChars("27.4-Gy", new double[] {0.99, 0.99, 0.99, 0.60, 0.99, 0.99, 0.99}));
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
        assertEquals("27.4: Gy", texts(ValueReread.clean(line(0.30, "27.4:", "Gy"), PAGE, reader)));
    }
}
