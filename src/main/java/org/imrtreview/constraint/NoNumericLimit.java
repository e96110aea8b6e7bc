package org.imrtreview.constraint;

import java.util.regex.Pattern;

/**
 * "ALARA", "as low as possible", "as low as reasonably achievable", "minimise": the provider asks
 * for a low dose without a number. Such a cell is read (it is not a misprint to correct) but it
 * cannot show that only IMRT meets a limit.
 */
final class NoNumericLimit {

    private static final Pattern WORDS = Pattern.compile(
            "\\balara\\b|\\bas low as (?:reasonably )?(?:possible|achievable|practicable|feasible)\\b"
                    + "|\\bminimi[sz]e[ds]?\\b|\\bminimum possible\\b|\\bas low as can be\\b");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private NoNumericLimit() {
    }

    /** A cheap first look at the raw cell, so ordinary constraints are not normalised twice. */
    static boolean mayMatch(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return t.contains("alara") || t.contains("low") || t.contains("minimi");
    }

    /** True for normalised text with such words and no number. */
    static boolean matches(String normalised) {
        return !DIGIT.matcher(normalised).find() && WORDS.matcher(normalised).find();
    }
}
