package org.imrtreview.digitize;

import java.util.Locale;

/** An axis's values at the frame's two edges (left/right for dose, bottom/top for volume). */
public record AxisRange(double from, double to) {

    public AxisRange {
        if (!Double.isFinite(from) || !Double.isFinite(to) || from == to) {
            throw new IllegalArgumentException("an axis range needs two different finite values");
        }
    }

    /** Parses {@code "0:80"} (also {@code "0-80"} or {@code "0,80"}). */
    public static AxisRange parse(String text) {
        String t = text == null ? "" : text.trim();
        String[] parts = t.split("\\s*[:;,]\\s*");
        if (parts.length != 2) {
            int dash = t.indexOf('-', 1);
            parts = dash > 0 ? new String[] {t.substring(0, dash), t.substring(dash + 1)} : parts;
        }
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected an axis range like 0:80, got '" + text + "'");
        }
        try {
            return new AxisRange(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected an axis range like 0:80, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s:%s", trim(from), trim(to));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
