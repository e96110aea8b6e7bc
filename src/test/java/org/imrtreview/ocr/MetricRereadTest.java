package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A metric read with a letter where its number stands, read again alone; put right only when the readings agree (decision 0413). */
class MetricRereadTest {

    /** A reader giving these texts in turn, remembering the whitelists it was given. */
    private static final class Readings implements TextReader {
        final List<String> texts;
        final List<String> whitelists = new ArrayList<>();

        Readings(String... texts) {
            this.texts = java.util.Arrays.asList(texts);
        }

        @Override
        public Optional<LineText> readLine(BufferedImage line, String whitelist) {
            whitelists.add(whitelist);
            String t = texts.get(Math.min(whitelists.size() - 1, texts.size() - 1));
            return t == null ? Optional.empty() : Optional.of(new LineText(t, 0.9, 0.9));
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public String unavailableReason() {
            return "";
        }
    }

    private static GreyImage page() {
        byte[] px = new byte[300 * 100];
        java.util.Arrays.fill(px, (byte) 255);
        return new GreyImage(px, 300, 100);
    }

    private static List<OcrWord> words(String metric) {
        return List.of(new OcrWord(metric, 20, 30, 120, 70, 0.89, 1, 68, List.of()),
                new OcrWord("<", 130, 40, 150, 60, 0.9, 1, 68, List.of()), new OcrWord("10%", 160, 30, 230, 70, 0.9, 1, 68, List.of()));
    }

    @Test
    void aMetricWithALetterForItsDigitReadTheSameTwiceIsPutRightAndDoubted() {
        Readings r = new Readings("V5Gy", "V 5Gy");
        List<OcrWord> out = MetricReread.reread(words("VoGy"), page(), r);
        assertEquals("V5Gy", out.get(0).text());
        assertEquals(OcrWord.Doubt.CORRECTED, out.get(0).doubt(), "the nurse still confirms it");
        assertEquals(List.of(MetricReread.WHITELIST, MetricReread.WHITELIST), r.whitelists, "two readings, a metric's characters only");
        assertEquals("<", out.get(1).text());
        assertNull(out.get(1).doubt());
    }

    @Test
    void readingsThatDisagreeChangeADigitOrTheUnitLeaveTheWordAsRead() {
        assertEquals("VoGy", MetricReread.reread(words("VoGy"), page(), new Readings("V5Gy", "V6Gy")).get(0).text());
        assertEquals("VoGy", MetricReread.reread(words("VoGy"), page(), new Readings("V5Gy", (String) null)).get(0).text());
        assertEquals("V4oGy", MetricReread.reread(words("V4oGy"), page(), new Readings("V50Gy", "V50Gy")).get(0).text(),
                "the 4 read is never changed");
        assertEquals("VoGy", MetricReread.reread(words("VoGy"), page(), new Readings("V5%", "V5%")).get(0).text(), "another unit");
        assertEquals("VoGy", MetricReread.reread(words("VoGy"), page(), new Readings("V0Gy", "V0Gy")).get(0).text(), "no metric V0Gy");
        assertEquals("VoGy", MetricReread.reread(words("VoGy"), page(), new Readings("V55Gy", "V55Gy")).get(0).text(),
                "a digit for each character read, no more");
    }

    @Test
    void metricsReadAsDigitsAndOtherWordsAreNotReadAgain() {
        Readings r = new Readings("V5Gy");
        assertEquals("V20Gy", MetricReread.reread(words("V20Gy"), page(), r).get(0).text());
        assertEquals("Dmax", MetricReread.reread(List.of(new OcrWord("Dmax", 20, 30, 120, 70, 0.9, 1, 68, List.of())), page(), r)
                .get(0).text());
        assertEquals(List.of(), r.whitelists, "nothing read");
    }
}
