package org.imrtreview.constraint;

import java.util.regex.Pattern;

/**
 * Reads the numbers providers type into tables: {@code 58}, {@code 58.0}, {@code .03}, {@code 52,4}
 * (decimal comma) and {@code 5,800} (thousands grouping). A comma followed by exactly three digits
 * is grouping unless the integer part is 0 ({@code 0,038} is a decimal); any other comma is a
 * decimal comma. See docs/decisions/0012.
 */
public final class Numbers {

    /** A number as written, with an optional decimal/grouping comma or point. */
    public static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?|[.,]\\d+)";

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    private Numbers() {
    }

    /** The value of a token matched by {@link #NUMBER}. */
    public static double parse(String token) {
        String t = token.trim();
        if (GROUPED.matcher(t).matches() && !t.startsWith("0,")) {
            return Double.parseDouble(t.replace(",", ""));
        }
        return Double.parseDouble(t.replace(',', '.'));
    }
}
