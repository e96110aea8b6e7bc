package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A comparison sign the page reading left out, read from its ink beside its metric and number, doubted (decision 0372). */
class MissingSignsTest {

    private static OcrWord word(String text, int x0, int x1) {
        return new OcrWord(text, x0, 30, x1, 70, 0.95, 3, 68, List.of());
    }

    /** A page with ink in the words' boxes and, when {@code mark}, a mark of a sign's size between them. */
    private static GreyImage page(boolean mark) {
        int w = 400;
        int h = 100;
        byte[] px = new byte[w * h];
        java.util.Arrays.fill(px, (byte) 255);
        for (int y = 35; y < 65; y++) {
            for (int x = 15; x < 85; x += 6) {
                px[y * w + x] = 0; // "Mean"
            }
            for (int x = 155; x < 185; x += 6) {
                px[y * w + x] = 0; // "18"
            }
        }
        if (mark) {
            for (int i = 0; i < 10; i++) { // two thin strokes meeting at the left: a faint "<"
                px[(50 - i) * w + 110 + 2 * i] = 0;
                px[(50 + i) * w + 110 + 2 * i] = 0;
            }
        }
        return new GreyImage(px, w, h);
    }

    /** A reader giving these readings in turn, counting its calls. */
    private static final class Readings implements DroppedWords.LineReader {
        final List<List<String>> readings;
        int calls;

        Readings(List<List<String>> readings) {
            this.readings = readings;
        }

        @Override
        public List<OcrWord> read(GreyImage crop, int dpi) {
            List<OcrWord> out = new ArrayList<>();
            int x = 0;
            for (String t : readings.get(Math.min(calls, readings.size() - 1))) {
                out.add(new OcrWord(t, x, 0, x + 10, 10, 0.7, 0, 10, List.of()));
                x += 20;
            }
            calls++;
            return out;
        }
    }

    private static final List<OcrWord> CONSTRAINT = List.of(word("Mean", 10, 90), word("18", 150, 190), word("Gy", 200, 240));

    @Test
    void aSignBothReadingsAgreeOnIsPutBetweenTheMetricAndTheNumberAndDoubted() {
        Readings reader = new Readings(List.of(List.of("Mean", "<", "18"), List.of("Mean", "\u00AB<", "18")));
        List<OcrWord> out = MissingSigns.recover(CONSTRAINT, page(true), 128, 320, reader);
        assertEquals(List.of("Mean", "<", "18", "Gy"), out.stream().map(OcrWord::text).toList());
        assertEquals(OcrWord.Doubt.SIGN_FROM_INK, out.get(1).doubt(), "a sign read from faint ink is never sure");
        assertEquals(3, out.get(1).line(), "on the constraint's line");
        assertEquals(2, reader.calls);
    }

    @Test
    void readingsThatDisagreeOrChangeTheWordsBesideItAddNothing() {
        assertEquals(3, MissingSigns.recover(CONSTRAINT, page(true), 128, 320,
                new Readings(List.of(List.of("Mean", "<", "18"), List.of("Mean", "=", "18")))).size(), "'=' is no sign");
        assertEquals(3, MissingSigns.recover(CONSTRAINT, page(true), 128, 320,
                new Readings(List.of(List.of("Mean", "<", "18"), List.of("Mean", "\u2264", "18")))).size(), "'<' once, '≤' once");
        assertEquals(3, MissingSigns.recover(CONSTRAINT, page(true), 128, 320,
                new Readings(List.of(List.of("Mean", "<", "1%")))).size(), "the number read otherwise");
    }

    @Test
    void noMarkInTheGapOrNoMetricBeforeTheNumberReadsNothing() {
        Readings reader = new Readings(List.of(List.of("Mean", "<", "18")));
        assertEquals(3, MissingSigns.recover(CONSTRAINT, page(false), 128, 320, reader).size());
        List<OcrWord> notAConstraint = List.of(word("Organ", 10, 90), word("18", 150, 190));
        assertEquals(2, MissingSigns.recover(notAConstraint, page(true), 128, 320, reader).size());
        assertEquals(0, reader.calls, "nothing to read");
    }

    @Test
    void signsAsTheEngineReadsThem() {
        assertEquals("<", MissingSigns.signOf("\u00AB"));
        assertEquals("<", MissingSigns.signOf("<\u00AB"));
        assertEquals("\u2264", MissingSigns.signOf("\u2264"));
        assertEquals(">", MissingSigns.signOf("\u203A"));
        assertNull(MissingSigns.signOf("~"));
        assertNull(MissingSigns.signOf("x"));
        assertEquals("<", MissingSigns.signBetween(List.of(word("V20Gy", 0, 1), word("\u00AB", 0, 1), word("15%", 0, 1)),
                "V20Gy", "15%"));
        assertNull(MissingSigns.signBetween(List.of(word("V20Gy", 0, 1), word("15%", 0, 1)), "V20Gy", "15%"));
    }

    /** A page with only the upper arm of a "<" between "Mean" and "18" (single pixels touching at corners, as a fax keeps it). */
    private static GreyImage upperArm() {
        GreyImage g = page(false);
        for (int x = 108; x <= 126; x++) {
            g.px[(int) Math.round(50 - 10 * (x - 108) / 18.0) * g.w + x] = 0;
        }
        return g;
    }

    @Test
    void aSignNoReadingFindsIsToldFromItsBrokenStrokesAndDoubted() {
        Readings nothing = new Readings(List.of(List.of()));
        List<OcrWord> out = MissingSigns.recover(CONSTRAINT, upperArm(), 128, 320, nothing, WhitenedInk.NONE);
        assertEquals(List.of("Mean", "<", "18", "Gy"), out.stream().map(OcrWord::text).toList());
        assertEquals(OcrWord.Doubt.SIGN_FROM_STROKES, out.get(1).doubt());
        assertEquals(3, MissingSigns.recover(CONSTRAINT, upperArm(), 128, 320, nothing).size(), "readings only (decision 0372)");
    }

    @Test
    void aBrokenSignReadAsAMarkAfterAMetricReadALetterWrongIsReplaced() {
        Readings nothing = new Readings(List.of(List.of()));
        List<OcrWord> read = List.of(word("Dlce", 10, 90), word("~", 108, 127), word("18", 150, 190), word("Gy", 200, 240));
        List<OcrWord> out = MissingSigns.recover(read, upperArm(), 128, 320, nothing, WhitenedInk.NONE);
        assertEquals(List.of("Dlce", "<", "18", "Gy"), out.stream().map(OcrWord::text).toList(), "'~' was the sign's arm");
        assertEquals(OcrWord.Doubt.SIGN_FROM_STROKES, out.get(1).doubt());
        List<OcrWord> organ = List.of(word("Organ", 10, 90), word("~", 108, 127), word("18", 150, 190));
        assertEquals(List.of("Organ", "~", "18"), MissingSigns.recover(organ, upperArm(), 128, 320, nothing, WhitenedInk.NONE)
                .stream().map(OcrWord::text).toList(), "no metric before it: left to the other checks");
        assertEquals(true, MissingSigns.metric("Dimax"));
        assertEquals(false, MissingSigns.metric("Organ"));
    }
}
