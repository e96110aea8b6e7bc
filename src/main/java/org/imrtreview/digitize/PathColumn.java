package org.imrtreview.digitize;

/** One column of a traced curve: the run of curve pixels from {@code top} to {@code bottom} (image rows). */
public record PathColumn(int x, int top, int bottom) {

    public double center() {
        return (top + bottom) / 2.0;
    }

    public int length() {
        return bottom - top + 1;
    }
}
