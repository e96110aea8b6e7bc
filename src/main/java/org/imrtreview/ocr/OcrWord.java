package org.imrtreview.ocr;

import java.util.List;

/**
 * One recognised word: its text, box and characters in the cleaned page's pixels, the engine's
 * confidence (0..1), the line it belongs to (an index, equal for words of one text line) and that
 * line's baseline (y in pixels at the word's centre). {@code doubt} (null when none) is the reader's
 * own reason not to trust a word whatever the engine's confidence (see {@link NumberCheck}).
 */
public record OcrWord(String text, int x0, int y0, int x1, int y1, double confidence, int line, double baseline,
                      List<OcrSymbol> symbols, Doubt doubt) {

    /** Why the reader doubts a word the engine may be sure of. */
    public enum Doubt {
        /** Its digits read differently when the word was read again enlarged. */
        REREAD_DIFFERS("its digits read differently when the scan was read again enlarged"),
        /** A dot-sized mark sits on the baseline between two of its digits, where no decimal point was read. */
        POINT_UNREAD("a mark like a decimal point sits between its digits but was not read as one"),
        /** Left out by the engine's page layout, read from its ink alone, and read differently when enlarged (decision 0305). */
        DROPPED_REREAD_DIFFERS("it was read only from a closer look at ink the page reading left out, and read differently"
                + " when enlarged"),
        /** Read a letter or two from a known word of dose tables (an organ, source or metric) and taken as it (decision 0320). */
        CORRECTED("it was read a letter or two different from a known word (an organ, source, metric or unit) and is shown"
                + " as that word"),
        /** A mark beside it that no such value or word holds (a quote, a point or colon after it) was taken for a speck (decision 0340). */
        MARK_LEFT_OUT("a mark beside it that such a cell never holds (a quote, a point, comma or colon) was taken for a"
                + " speck and left out"),
        /** A comparison sign the page reading left out, read only from a closer look at the ink between a metric and its limit (decision 0372). */
        SIGN_FROM_INK("its comparison sign was left out by the page reading and read only from a closer look at the faint"
                + " ink there"),
        /** A comparison sign no reading found, told from the shape of the broken strokes left of it (decision 0411). */
        SIGN_FROM_STROKES("its comparison sign was not read: only broken strokes of it are on the page, and they point"
                + " as this sign does (a bar under it, as in \u2264, may be lost with the rest)"),
        /** Read surely as a word one letter from a known word of dose tables, and left as read (decision 0371). */
        NEAR_KNOWN_WORD("it was read as a word one letter different from a known word (an organ, source, metric or"
                + " unit), which it may be"),
        /** A band of ink under "&lt;" as thick as a fifth of the sign: a bar of "≤" or the sign's own broken stroke (decision 0487). */
        BAR_OR_STROKE("under its comparison sign is a band of ink that may be the bar of \u2264 or a broken stroke of"
                + " <: it is shown as <, the stricter"),
        /** Its ink touched a table ruling that was taken out before reading, which may have taken a digit's stroke (decision 0510). */
        AT_RULING("it touched a line of the table that was taken out before reading, and a stroke of its first or last"
                + " digit may have gone with the line (a 6 reads 3, an 8 reads 3)"),
        /** A number with a unit read as "0" and more digits ("04%"), as no value is written: a lost point (decision 0522). */
        LEADING_ZERO("it was read as a number beginning with 0 and another digit (as \"04%\"), which no value is written as:"
                + " a decimal point after the 0 may have been lost"),
        /** A flat stroke beside it, like a dash, that no word read holds (decision 0523). */
        INK_UNREAD("beside it is a stroke like a dash that was not read (\"Lungs GTV\" may be \"Lungs - GTV\")"),
        /**
         * Set by the table reader, not the word reader: the cell's second line was read as a row of its own and
         * was joined back to it by its words alone (decision 0525).
         */
        LINE_JOINED_BY_WORDS("its second line was read apart from it, as a row of its own, and was joined back by its"
                + " words (it begins as no name of its own does): check the whole name on the page");

        private final String sentence;

        Doubt(String sentence) {
            this.sentence = sentence;
        }

        /** Plain words for the nurse ("its digits read differently ..."). */
        public String sentence() {
            return sentence;
        }
    }

    public OcrWord {
        symbols = List.copyOf(symbols);
        confidence = Double.isFinite(confidence) ? Math.max(0, Math.min(1, confidence)) : 0;
    }

    public OcrWord(String text, int x0, int y0, int x1, int y1, double confidence, int line, double baseline,
                   List<OcrSymbol> symbols) {
        this(text, x0, y0, x1, y1, confidence, line, baseline, symbols, null);
    }

    /** This word doubted for {@code why} (an existing doubt is kept). */
    public OcrWord doubted(Doubt why) {
        return doubt != null ? this : new OcrWord(text, x0, y0, x1, y1, confidence, line, baseline, symbols, why);
    }

    /** This word with its text (and characters) replaced, box and confidence kept. */
    public OcrWord withText(String newText, List<OcrSymbol> newSymbols) {
        return new OcrWord(newText, x0, y0, x1, y1, confidence, line, baseline, newSymbols, doubt);
    }

    /** Whether the word holds a digit. */
    public boolean hasDigit() {
        return text.chars().anyMatch(Character::isDigit);
    }
}
