package org.imrtreview.store;

import java.util.Locale;

/**
 * Axis values the nurse set for a digitised picture (typed or by clicking two ticks): dose in Gy
 * at the plot frame's left/right edges, volume in % at its bottom/top edges, and the plot frame she
 * dragged when the detected one was wrong (image pixels). Any may be null: only what she corrected is
 * kept, the rest stays as read from the picture.
 */
public record SavedAxes(Range dose, Range volume, Frame frame) {

    /** Axis values only, the frame as detected. */
    public SavedAxes(Range dose, Range volume) {
        this(dose, volume, null);
    }

    /** The plot frame in image pixels, origin top-left: left, top, right, bottom. */
    public record Frame(double left, double top, double right, double bottom) {
        public Frame {
            if (!(Double.isFinite(left) && Double.isFinite(top) && Double.isFinite(right) && Double.isFinite(bottom))
                    || left < 0 || top < 0 || right <= left || bottom <= top) {
                throw new IllegalArgumentException("a plot frame needs left < right and top < bottom, in the picture");
            }
        }

        String describe() {
            return "plot frame " + number(left) + "," + number(top) + "–" + number(right) + "," + number(bottom) + " px";
        }
    }

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
        return dose == null && volume == null && frame == null;
    }

    /** "plot frame 60,20–580,400 px, dose 0–80 Gy, volume 0–100 %", naming only what was set. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (frame != null) {
            s.append(frame.describe());
        }
        if (dose != null) {
            s.append(s.isEmpty() ? "" : ", ");
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
