package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words of a dose table's vocabulary read a letter wrong are put right, and doubted; nothing else changes (decision 0320). */
class KnownWordsTest {

    private static OcrWord word(String text, double confidence, int x0) {
        return new OcrWord(text, x0, 100, x0 + 20 * text.length(), 130, confidence, 1, 128, List.of());
    }

    @Test
    void aSourceOrOrganNameReadALetterWrongAndUnsurelyIsTheKnownWord() {
        assertEquals("QUANTEC", KnownWords.corrected("OUANTEC", true));
        assertEquals("QUANTEC", KnownWords.corrected("OQUANTEC", true));
        assertEquals("QUANTEC", KnownWords.corrected("\u2018OCUANTEC", true), "two edits in a long word, the speck before it gone");
        assertEquals("Femoral", KnownWords.corrected("Fentoral", true));
        assertEquals("(bilateral)", KnownWords.corrected("(bitateral)", true), "parentheses stay");
        assertEquals("(right)", KnownWords.corrected("(ight)", true));
        assertEquals("RTOG", KnownWords.corrected("RITOG", true));
        assertEquals("Dmax", KnownWords.corrected("Dimax", true));
        assertEquals("QUANTEC", KnownWords.corrected("QUANTEC.", true), "a speck after a known word");
        assertEquals("Kidney", KnownWords.corrected("Kidney.", false), "a point after a known word goes even read surely");
        assertEquals("Yes", KnownWords.corrected("Yes:", false));
        assertNull(KnownWords.corrected("Max.", false), "a point after three letters may be an abbreviation's");
    }

    @Test
    void wordsReadSurelyKnownOrLikeSeveralStayAsRead() {
        assertNull(KnownWords.corrected("medical", false), "read surely: not taken for Median");
        assertNull(KnownWords.corrected("QUANTEC", true), "known already");
        assertNull(KnownWords.corrected("Liver", true));
        assertNull(KnownWords.corrected("Cord", true), "known (any case)");
        assertNull(KnownWords.corrected("Lun", true), "under four letters: too many words lie one edit apart");
        assertNull(KnownWords.corrected("Himax", true), "two edits from Dmax in a five-letter word: too far");
        assertNull(KnownWords.corrected("Coutidateral", true), "far from every known word");
        assertNull(KnownWords.corrected("Gt-001", true), "letters and digits: not a word of letters");
    }

    @Test
    void aMetricWithADigitReadAsALetterIsTheMetric() {
        assertEquals("D1cc", KnownWords.corrected("Dicc", false), "a metric needs a number there: 'i' is the 1");
        assertEquals("D1cc", KnownWords.corrected("Dlce", false));
        assertEquals("V80Gy", KnownWords.corrected("VB0Gy", false));
        assertEquals("V20Gy", KnownWords.corrected("W20Gy", false));
        assertEquals("V45Gy", KnownWords.corrected("v45Gy", true));
        assertNull(KnownWords.corrected("v45Gy", false), "read surely, already read as V45Gy by the parser");
        assertNull(KnownWords.corrected("VoGy", true), "V0Gy is no metric: the 'o' was some other digit");
        assertNull(KnownWords.corrected("D2cc", true));
        assertEquals("V80Gy", KnownWords.corrected("Va80Gy", false), "a speck read as a letter inside the metric");
        assertNull(KnownWords.corrected("Vol20Gy", true));
        assertNull(KnownWords.corrected("Dmean", true));
    }

    @Test
    void everyCorrectedWordIsDoubtedAndOthersAreUntouched() {
        List<OcrWord> out = KnownWords.fix(List.of(word("Stomach", 0.96, 0), word("OUANTEC", 0.43, 300),
                word("230", 0.95, 600), word("ce", 0.67, 680), word("Dicc", 0.9, 900)));
        assertEquals(List.of("Stomach", "QUANTEC", "230", "cc", "D1cc"), out.stream().map(OcrWord::text).toList());
        assertNull(out.get(0).doubt());
        assertNull(out.get(2).doubt());
        assertEquals(OcrWord.Doubt.CORRECTED, out.get(1).doubt());
        assertEquals(OcrWord.Doubt.CORRECTED, out.get(3).doubt(), "'ce' after a number is the unit cc");
        assertEquals(OcrWord.Doubt.CORRECTED, out.get(4).doubt());
        assertEquals(0.43, out.get(1).confidence(), 1e-9, "the engine's confidence is kept");
        assertEquals(7, out.get(1).symbols().size());
    }

    @Test
    void aUnitLookAlikeNotAfterANumberStays() {
        List<OcrWord> out = KnownWords.fix(List.of(word("Notes", 0.9, 0), word("ce", 0.5, 200)));
        assertEquals("ce", out.get(1).text());
    }
}
