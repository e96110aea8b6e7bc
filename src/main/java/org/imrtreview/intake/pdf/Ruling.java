package org.imrtreview.intake.pdf;

/**
 * A horizontal or vertical line drawn on a page (a stroked segment or a thin filled rectangle), in
 * display coordinates: {@code position} is the y of a horizontal ruling or the x of a vertical one;
 * {@code start}..{@code end} its extent along the other axis.
 */
record Ruling(boolean horizontal, double position, double start, double end) {

    Ruling {
        if (end < start) {
            double t = start;
            start = end;
            end = t;
        }
    }

    double length() {
        return end - start;
    }

    /** Whether this ruling covers at least {@code fraction} of the interval [from, to]. */
    boolean covers(double from, double to, double fraction) {
        double overlap = Math.min(end, to) - Math.max(start, from);
        return overlap >= fraction * (to - from);
    }
}
