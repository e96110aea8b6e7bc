package org.imrtreview.store;

import java.util.Locale;

/**
 * Axis values the nurse set for a digitised picture (typed or by clicking two ticks): dose in Gy
 * at the plot frame's left/right edges, volume in % at its bottom/top edges. Either may be null:
 * only the axes she corrected are kept, the other stays as read from the picture.
 */
public record SavedAxes(Range dose, Range volume) {

    /** An axis's values at the frame's two edges. */
    public record Range(double from, double to) {
        public Range {
            if (!Double.isFinite(from) || !Double.isFinite(to) || from == to) {
                throw new IllegalArgumentException("an axis range needs two different finite values");
            }
        }

        String describe(String unit) {
            return number(from) + "–" + number(to) + " " + unit;
        }
    }

    public boolean isEmpty() {
        return dose == null && volume == null;
    }

    /** "dose 0–80 Gy, volume 0–100 %", naming only the axes that were set. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (dose != null) {
            s.append("dose ").append(dose.describe("Gy"));
        }
        if (volume != null) {
            s.append(s.isEmpty() ? "" : ", ").append("volume ").append(volume.describe("%"));
        }
        return s.toString();
    }

    /** Up to two decimals, no trailing zeros: 80, 0.5, 99.95. */
    static String number(double v) {
        String text = String.format(Locale.ROOT, "%.2f", v);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text.equals("-0") ? "0" : text;
    }
}
