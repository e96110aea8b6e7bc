package org.imrtreview.constraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings constraint text to one spelling before parsing: lower case; {@code ≤ ≥ < >} for every
 * written comparison ({@code <=}, {@code =<}, "no more than", "not to exceed", "at least" …);
 * {@code cc} for cm³/cm3/ml; {@code gy}/{@code cgy} for gray/centigray; filler words dropped.
 */
final class OperatorWords {

    /** A phrase and what replaces it; the cheap {@code contains} check keeps parsing fast. */
    private record Phrase(String literal, Pattern pattern, String replacement) { }

    /** Ordered: longer phrases first so "no more than" is not read as "more than". */
    private static final List<Phrase> PHRASES = new ArrayList<>();

    static {
        words("less than or equal to|less than or equal|equal to or less than|less or equal to|less than/equal to"
                + "|no more than|not more than|no greater than|not greater than|no higher than|not higher than"
                + "|not to exceed|should not exceed|must not exceed|shall not exceed|may not exceed|does not exceed"
                + "|not exceeding|not exceed|do not exceed|at most|up to|limited to|limit to|no larger than"
                + "|not over|not above", "≤");
        words("greater than or equal to|greater than or equal|equal to or greater than|greater or equal to"
                + "|no less than|not less than|no fewer than|at least|not below|not under", "≥");
        words("less than|lower than|fewer than|smaller than|under|below|lt", "<");
        words("greater than|more than|higher than|larger than|above|over|exceeding|gt", ">");
        words("should|must|shall|will|to be|be|is|are|kept|keep|remain|stay|ideally|preferably|of|limit", " ");
    }

    private static final Pattern LESS_EQUAL = Pattern.compile("<\\s*=|=\\s*<");
    private static final Pattern GREATER_EQUAL = Pattern.compile(">\\s*=|=\\s*>");
    private static final Pattern CUBIC_CM = Pattern.compile("cm\\s*(?:\\^\\s*3|³|3)(?![0-9])|\\bml\\b");
    private static final Pattern CENTIGRAY = Pattern.compile("\\bcenti\\s*gray?s?\\b|\\bc\\s?gy\\b|\\bcgray\\b");
    private static final Pattern GRAY = Pattern.compile("\\bgrays?\\b");
    private static final Pattern LONE_PERIOD = Pattern.compile("(?<![0-9])\\.(?![0-9])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Gy(RBE), Gy [RBE], GyRBE, CGE, GyE: RBE-weighted doses (protons), compared as written. */
    private static final Pattern RBE = Pattern.compile("(c?gy)\\s*[(\\[]?\\s*rbe\\s*[)\\]]?|\\bcge\\b|\\bgye\\b");
    /** Footnote marks: † ‡ § ¶, superscript digits (not the ³ of cm³), and * unless it multiplies ("6 Gy * 5"). */
    private static final Pattern FOOTNOTE = Pattern.compile("[†‡§¶¹⁴⁵⁶⁷⁸⁹⁰]+|(?<![cCmM])[²³]|\\*(?!\\s*\\d)");

    private OperatorWords() {
    }

    private static void words(String alternatives, String replacement) {
        for (String phrase : alternatives.split("\\|")) {
            PHRASES.add(new Phrase(phrase, Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b"), " " + replacement + " "));
        }
    }

    static String normalise(String text) {
        String s = FOOTNOTE.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ').replace('_', ' ').replace('\t', ' ')
                .replace('–', '-').replace('—', '-').replace('−', '-')
                .replace("⩽", "≤").replace("≦", "≤").replace("⩾", "≥").replace("≧", "≥")
                .replace('＜', '<').replace('＞', '>').replace('‹', '<').replace('›', '>')
                .replace("&lt;", "<").replace("&gt;", ">").replace('×', 'x').replace('*', 'x');
        if (s.contains("rbe") || s.contains("cge") || s.contains("gye")) {
            s = RBE.matcher(s).replaceAll(m -> m.group(1) == null ? "gy" : m.group(1));
        }
        if (s.indexOf('=') >= 0) {
            s = LESS_EQUAL.matcher(s).replaceAll("≤");
            s = GREATER_EQUAL.matcher(s).replaceAll("≥");
        }
        if (s.contains("cm") || s.contains("ml")) {
            s = CUBIC_CM.matcher(s).replaceAll("cc");
        }
        if (s.contains("gy") || s.contains("gray")) {
            s = CENTIGRAY.matcher(s).replaceAll("cgy");
            s = GRAY.matcher(s).replaceAll("gy");
        }
        if (s.indexOf('.') >= 0) {
            s = LONE_PERIOD.matcher(s).replaceAll(" ");
        }
        for (Phrase p : PHRASES) {
            if (s.contains(p.literal())) {
                s = p.pattern().matcher(s).replaceAll(p.replacement());
            }
        }
        return SPACES.matcher(s).replaceAll(" ").trim();
    }
}
