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

    /**
     * Decision 0371: the computer-sent standard fax (204 x 98) read "Ipsilateral lung" as "Ipsilateral Jung" at
     * 88 %, a silent error in the organ column. A word read surely one letter from exactly one known word stays
     * as read, but doubted; known words and words near none or several stay sure.
     */
    @Test
    void aWordReadSurelyOneLetterFromOneKnownWordIsDoubtedAndLeftAsRead() {
        List<OcrWord> out = KnownWords.fix(List.of(word("Ipsilateral", 0.93, 0), word("Jung", 0.88, 300),
                word("Lung", 0.9, 500), word("medical", 0.92, 700), word("Liver", 0.95, 900)));
        assertEquals(List.of("Ipsilateral", "Jung", "Lung", "medical", "Liver"), out.stream().map(OcrWord::text).toList(),
                "nothing read surely is changed");
        assertEquals(OcrWord.Doubt.NEAR_KNOWN_WORD, out.get(1).doubt(), "'Jung' may be 'lung' misread");
        assertNull(out.get(0).doubt());
        assertNull(out.get(2).doubt(), "a known word in another case");
        assertNull(out.get(3).doubt(), "two letters from 'Median': not near");
        assertNull(out.get(4).doubt());
        assertEquals(true, KnownWords.nearOneKnownWord("Rectun"));
        assertEquals(false, KnownWords.nearOneKnownWord("Lens"), "known");
        assertEquals(false, KnownWords.nearOneKnownWord("Gy:"), "under four letters");
        assertEquals(false, KnownWords.nearOneKnownWord("Generated"), "near no known word");
        // decision 0489: a word of seven letters or more two letters from one known word of seven or more
        assertEquals(true, KnownWords.nearOneKnownWord("Blactder"), "'Bladder' read at 93 % on a fine fax");
        assertEquals(false, KnownWords.nearOneKnownWord("Bladder"), "known");
        assertEquals(false, KnownWords.nearOneKnownWord("Blad"), "two letters from a short word is not near");
    }

    /**
     * Decision 0521: on the whole scan corpus organ words read surely with two letters swapped ("Small bwoel",
     * "Glottic laryxn") or with two letters for one ("Norinal liver": "in" for "m") were used silently: neither
     * Levenshtein's one letter (a swap counts two) nor decision 0489's seven-letter rule reached them. A swap is one
     * slip, and so are look-alike letters read for one. Organ words of the constraint library the list lacked are
     * known, so they are not doubted as near another; "medical" stays sure (two letters from "median", not a slip).
     */
    @Test
    void swappedLettersAndSixLetterWordsTwoOffAreNearAKnownWord() {
        assertEquals(true, KnownWords.nearOneKnownWord("bwoel"), "'bowel', two letters swapped");
        assertEquals(true, KnownWords.nearOneKnownWord("laryxn"), "'larynx', two letters swapped");
        assertEquals(true, KnownWords.nearOneKnownWord("Norinal"), "'Normal' with its m read 'ri'");
        assertEquals(false, KnownWords.nearOneKnownWord("bowel"), "known");
        assertEquals(false, KnownWords.nearOneKnownWord("Iliac"), "a known organ word of the library (iliac crest)");
        assertEquals(false, KnownWords.nearOneKnownWord("jejunum"), "a known organ word of the library");
        assertEquals(false, KnownWords.nearOneKnownWord("Generated"), "near no known word");
        assertEquals(1, KnownWords.swapDistance("bwoel", "bowel", 2));
        assertEquals(2, KnownWords.distance("bwoel", "bowel", 2), "Levenshtein counts a swap as two");
        assertEquals(2, KnownWords.swapDistance("norinal", "normal", 2), "two edits, but one look-alike slip");
        assertEquals(false, KnownWords.nearOneKnownWord("medical"), "two letters from 'median', no slip");
        assertEquals(true, KnownWords.nearOneKnownWord("(nght)"), "'right' with its 'ri' read 'n' (300 dpi, fixture 23)");
        assertEquals(false, KnownWords.nearOneKnownWord("nerve"), "known");
    }

    /**
     * Decision 0372: on the computer-sent standard fax the engine read three "&lt;" as "«" and one as "«&lt;"
     * ("Mean « 52,5 Gy", "Dmax « 54 Gy"); before a number they are "&lt;", doubted. Not before a number, left.
     */
    @Test
    void aGuillemetOrDoubledSignBeforeANumberIsALessThanSignDoubted() {
        assertEquals("<", KnownWords.comparisonSign("\u00AB", "30"));
        assertEquals("<", KnownWords.comparisonSign("\u00AB<", "18"));
        assertEquals("<", KnownWords.comparisonSign("<<", "45"));
        assertEquals(">", KnownWords.comparisonSign("\u00BB", "90%"));
        assertEquals("<30", KnownWords.comparisonSign("\u00AB30", null), "glued to its number");
        assertNull(KnownWords.comparisonSign("\u00AB", "Gy"), "no number after it");
        assertNull(KnownWords.comparisonSign("\u00AB", null));
        assertNull(KnownWords.comparisonSign("<", "30"), "a plain sign is left as it is");
        List<OcrWord> out = KnownWords.fix(List.of(word("Mean", 0.95, 0), word("\u00AB", 0.91, 100), word("30", 0.96, 140)));
        assertEquals(List.of("Mean", "<", "30"), out.stream().map(OcrWord::text).toList());
        assertEquals(OcrWord.Doubt.CORRECTED, out.get(1).doubt(), "a sign read as a guillemet waits for the nurse");
        assertNull(out.get(2).doubt());
    }

    /** Decision 0373: the fine fax read "NRG GI-001" as "NRG G1-001" and "NRG Gt-001"; after NRG that is GI-001, doubted. */
    @Test
    void anNrgTrialWhoseGroupLetterWasReadAsALookAlikeIsGiDoubted() {
        assertEquals("GI-001", KnownWords.trialGroup("NRG", "G1-001"));
        assertEquals("GI-001", KnownWords.trialGroup("NRG", "Gt-001"));
        assertEquals("GI-003", KnownWords.trialGroup("NRG", "Gl-003"));
        assertNull(KnownWords.trialGroup("NRG", "GI-001"), "read right");
        assertNull(KnownWords.trialGroup("NRG", "GU-005"), "another group");
        assertNull(KnownWords.trialGroup("RTOG", "G1-001"), "only after NRG");
        assertNull(KnownWords.trialGroup("NRG", "G1-01"), "not a trial number");
        List<OcrWord> out = KnownWords.fix(List.of(word("NRG", 0.95, 0), word("Gt-001", 0.86, 100)));
        assertEquals(List.of("NRG", "GI-001"), out.stream().map(OcrWord::text).toList());
        assertEquals(OcrWord.Doubt.CORRECTED, out.get(1).doubt());
    }

    /** Decision 0374: the fine fax read "Dmax &lt; 54 Gy" as "Himax &lt; 54 Gy"; before a sign that is Dmax, doubted. */
    @Test
    void aDMetricWhoseDWasReadAsOtherLettersBeforeASignIsTheDMetric() {
        assertEquals("Dmax", KnownWords.doseMetric("Himax", "<"));
        assertEquals("Dmean", KnownWords.doseMetric("Olmean", "\u2264"));
        assertNull(KnownWords.doseMetric("Himax", "54"), "no sign after it: not surely a constraint's metric");
        assertNull(KnownWords.doseMetric("Mean", "<"), "a known metric");
        assertNull(KnownWords.doseMetric("Dmax", "<"));
        assertNull(KnownWords.doseMetric("Maximum", "<"));
        List<OcrWord> out = KnownWords.fix(List.of(word("Himax", 0.9, 0), word("<", 0.9, 120), word("54", 0.95, 160)));
        assertEquals(List.of("Dmax", "<", "54"), out.stream().map(OcrWord::text).toList());
        assertEquals(OcrWord.Doubt.CORRECTED, out.get(0).doubt());
    }

    @Test
    void aUnitLookAlikeNotAfterANumberStays() {
        List<OcrWord> out = KnownWords.fix(List.of(word("Notes", 0.9, 0), word("ce", 0.5, 200)));
        assertEquals("ce", out.get(1).text());
    }

    @Test
    void marksNoValueHoldsGoAndTheValueIsDoubted() {
        assertEquals("30 Gy", KnownWords.withoutMarks("30'Gy"), "a quote where the space was");
        assertEquals("318", KnownWords.withoutMarks("318,"));
        assertEquals("27.3%", KnownWords.withoutMarks("27.3%."));
        assertEquals("160 cc", KnownWords.withoutMarks("160.c\u00A2"), "a point before the unit, the unit's look-alike");
        assertEquals("12.2 Gy", KnownWords.withoutMarks("12.2.Gy"));
        assertEquals("2640", KnownWords.withoutMarks("\u201C2640"));
        assertEquals("<30", KnownWords.withoutMarks("<30:"), "a comparison sign is no mark");
        assertEquals("NRG GI-001", KnownWords.withoutMarks("NRG.GI-001"), "a known word joined to the next by a point");
    }

    @Test
    void valuesWithoutMarksOrWithDigitsAfterThemStay() {
        assertNull(KnownWords.withoutMarks("54.8"));
        assertNull(KnownWords.withoutMarks("50.4Gy"), "no mark: the missing space is the finder's business");
        assertNull(KnownWords.withoutMarks("54,8"), "a decimal comma is no speck");
        assertNull(KnownWords.withoutMarks("10:30"));
        assertNull(KnownWords.withoutMarks("-5"), "a minus sign is no speck");
        assertNull(KnownWords.withoutMarks("Dr.Smith"), "joined to the next, but no known word");
        assertNull(KnownWords.withoutMarks("e.g."));
    }

    @Test
    void aSpeckWordAfterAWordOfLettersGoesAndDoubtsThatWord() {
        List<OcrWord> out = KnownWords.fix(List.of(word("Right", 0.97, 0), word("optic", 0.52, 120), word("~", 0.83, 240),
                new OcrWord("nerve", 0, 160, 100, 190, 0.96, 2, 188, List.of())));
        assertEquals(List.of("Right", "optic", "nerve"), out.stream().map(OcrWord::text).toList());
        assertEquals(OcrWord.Doubt.MARK_LEFT_OUT, out.get(1).doubt(), "the cell holding the speck waits for the nurse");
        assertNull(out.get(0).doubt());
        List<OcrWord> sign = KnownWords.fix(List.of(word("D1cc", 0.5, 0), word("~", 0.67, 120), word("56", 0.9, 200)));
        assertEquals(List.of("D1cc", "~", "56"), sign.stream().map(OcrWord::text).toList(),
                "before a number a mark may be a comparison sign read badly: it stays, and the constraint is doubted");
    }

    @Test
    void aUnitWithASpeckAfterANumberIsTheUnitAndDoubted() {
        List<OcrWord> out = KnownWords.fix(List.of(word("56", 0.89, 0), word("Gy:", 0.43, 100), word("318,", 0.9, 300)));
        assertEquals(List.of("56", "Gy", "318"), out.stream().map(OcrWord::text).toList());
        assertEquals(OcrWord.Doubt.CORRECTED, out.get(1).doubt());
        assertEquals(OcrWord.Doubt.MARK_LEFT_OUT, out.get(2).doubt());
        assertEquals(0.9, out.get(2).confidence(), 1e-9, "the engine's confidence is kept");
    }

    @Test
    void aGyWhoseGWasBrokenAfterADoseIsGyDoubted() {
        List<OcrWord> out = KnownWords.fix(List.of(word("Mean", 0.92, 0), word("<", 0.3, 120), word("30", 0.91, 160),
                word("@ry", 0.31, 220)));
        assertEquals(List.of("Mean", "<", "30", "Gy"), out.stream().map(OcrWord::text).toList(), "'@ry': the G lost its bar");
        assertEquals(OcrWord.Doubt.CORRECTED, out.get(3).doubt());
        assertEquals("Gy", KnownWords.brokenGy("45", "(iy"));
        assertEquals("Gy", KnownWords.brokenGy("<18.5", "(ry"));
        assertNull(KnownWords.brokenGy("5400", "@ry"), "more than 100: may be cGy");
        assertNull(KnownWords.brokenGy("30", "ay"), "no G look-alike");
        assertNull(KnownWords.brokenGy("30", "@rc"), "no 'y': not a unit of dose");
        List<OcrWord> sure = KnownWords.fix(List.of(word("30", 0.91, 160), word("@ry", 0.9, 220)));
        assertEquals("@ry", sure.get(1).text(), "read surely: left to the cell's checks");
        List<OcrWord> noNumber = KnownWords.fix(List.of(word("Notes", 0.91, 0), word("@ry", 0.3, 220)));
        assertEquals("@ry", noNumber.get(1).text(), "not after a number");
    }

    /**
     * The two cells the 9-table comparison with OCRmyPDF + Tabula still lost (decision 0489): the colour JPEG's
     * "Dmean s 45 Gy" (a "≤" blurred into an "s") and the fine fax's "V45OVy" (a "G" broken into "OV"). Both are
     * put right and doubted; an "s" anywhere else and digits are left as read.
     */
    @Test
    void aSignReadAsAnSAndAMetricsBrokenGAreShownRightAndDoubted() {
        List<OcrWord> out = KnownWords.fix(List.of(word("Dmean", 0.93, 0), word("s", 0.71, 120), word("45", 0.95, 160),
                word("Gy", 0.95, 220)));
        assertEquals(List.of("Dmean", "\u2264", "45", "Gy"), out.stream().map(OcrWord::text).toList());
        assertEquals(OcrWord.Doubt.CORRECTED, out.get(1).doubt());
        assertEquals("\u2264", KnownWords.signReadAsLetter("V20Gy", "s", "30%"));
        assertNull(KnownWords.signReadAsLetter("Dmean", "s", "Gy"), "no number after it");
        assertNull(KnownWords.signReadAsLetter("Parotid", "s", "45"), "no metric before it");
        assertNull(KnownWords.signReadAsLetter("Dmean", "x", "45"));
        assertEquals("V45Gy", KnownWords.corrected("V45OVy", false));
        assertEquals("V20Gy", KnownWords.corrected("V20@y", true));
        assertNull(KnownWords.corrected("V45Gy", false), "a metric read right stays");
        List<OcrWord> metric = KnownWords.fix(List.of(word("V45OVy", 0.88, 0), word("<", 0.9, 140), word("15%", 0.9, 180)));
        assertEquals("V45Gy", metric.get(0).text());
        assertEquals(OcrWord.Doubt.CORRECTED, metric.get(0).doubt());
    }
}
