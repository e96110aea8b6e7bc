package org.imrtreview.digitize;

/**
 * A long straight uncoloured line found in the image: horizontal ({@code position} is a row) or
 * vertical ({@code position} is a column), running from {@code start} to {@code end} along its length.
 */
record AxisLine(double position, int start, int end) {

    int length() {
        return end - start;
    }

    boolean overlaps(AxisLine other, double fraction) {
        int common = Math.min(end, other.end) - Math.max(start, other.start);
        return common >= fraction * Math.min(length(), other.length());
    }
}
