package org.imrtreview.letter.content;

import java.util.Arrays;
import java.util.List;

/** The plan's letterhead: name, address and contact lines, and an optional PNG logo. */
public record Letterhead(String planName, List<String> lines, byte[] logoPng) {

    public Letterhead {
        lines = List.copyOf(lines);
        logoPng = logoPng == null ? null : logoPng.clone();
    }

    @Override
    public byte[] logoPng() {
        return logoPng == null ? null : logoPng.clone();
    }

    public boolean hasLogo() {
        return logoPng != null && logoPng.length > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Letterhead l && planName.equals(l.planName) && lines.equals(l.lines)
                && Arrays.equals(logoPng, l.logoPng);
    }

    @Override
    public int hashCode() {
        return planName.hashCode() * 31 + lines.hashCode();
    }

    @Override
    public String toString() {
        return "Letterhead[" + planName + "]";
    }
}
