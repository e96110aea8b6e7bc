package org.imrtreview.constraint;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Brings constraint text to one spelling before parsing: lower case; {@code ≤ ≥ < >} for every
 * written comparison ({@code <=}, {@code =<}, "no more than", "not to exceed", "at least" …);
 * {@code cc} for cm³/cm3/ml; {@code gy}/{@code cgy} for gray/centigray; filler words dropped.
 */
final class OperatorWords {

    /** Ordered: longer phrases first so "no more than" is not read as "more than". */
    private static final Map<Pattern, String> WORDS = new LinkedHashMap<>();

    static {
        word("less than or equal to|less than or equal|equal to or less than|less or equal to|less than/equal to"
                + "|no more than|not more than|no greater than|not greater than|no higher than|not higher than"
                + "|not to exceed|should not exceed|must not exceed|shall not exceed|may not exceed|does not exceed"
                + "|not exceeding|not exceed|do not exceed|at most|up to|limited to|limit to|no larger than"
                + "|not over|not above", "≤");
        word("greater than or equal to|greater than or equal|equal to or greater than|greater or equal to"
                + "|no less than|not less than|no fewer than|at least|not below|not under", "≥");
        word("less than|lower than|fewer than|smaller than|under|below|lt", "<");
        word("greater than|more than|higher than|larger than|above|over|exceeding|gt", ">");
        word("should|must|shall|will|to be|be|is|are|kept|keep|remain|stay|ideally|preferably|of|limit", " ");
    }

    private static final Pattern CUBIC_CM = Pattern.compile("cm\\s*(?:\\^\\s*3|³|3)(?![0-9])|cm\\^3|\\bml\\b|\\bcm³");
    private static final Pattern GRAY = Pattern.compile("\\bcenti\\s*gray?s?\\b|\\bc\\s?gy\\b|\\bcgray\\b");
    private static final Pattern GY = Pattern.compile("\\bgrays?\\b");
    private static final Pattern LONE_PERIOD = Pattern.compile("(?<![0-9])\\.(?![0-9])");

    private OperatorWords() {
    }

    private static void word(String alternatives, String replacement) {
        WORDS.put(Pattern.compile("\\b(?:" + alternatives + ")\\b"), " " + replacement + " ");
    }

    static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ').replace('_', ' ').replace('\t', ' ')
                .replace('–', '-').replace('—', '-').replace('−', '-')
                .replace("⩽", "≤").replace("≦", "≤").replace("⩾", "≥").replace("≧", "≥")
                .replace('＜', '<').replace('＞', '>').replace('‹', '<').replace('›', '>')
                .replace("&lt;", "<").replace("&gt;", ">");
        s = s.replaceAll("<\\s*=|=\\s*<", "≤").replaceAll(">\\s*=|=\\s*>", "≥");
        s = CUBIC_CM.matcher(s).replaceAll("cc");
        s = GRAY.matcher(s).replaceAll("cgy");
        s = GY.matcher(s).replaceAll("gy");
        s = LONE_PERIOD.matcher(s).replaceAll(" ");
        for (Map.Entry<Pattern, String> e : WORDS.entrySet()) {
            s = e.getKey().matcher(s).replaceAll(e.getValue());
        }
        return s.replaceAll("\\s+", " ").trim();
    }
}
