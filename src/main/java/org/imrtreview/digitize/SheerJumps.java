package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/**
 * A trace that leaps down the plot between neighbouring columns with no pixel in between (decision 0353). A DVH
 * curve drawn as a line leaves pixels all down its fall, however steep: a near-vertical PTV shoulder is a run down
 * one column, a dashed one skips a dash gap (a few pixels). A gap of more than a quarter of the plot's height
 * between the runs of two columns at most 2 apart means the trace lost the line and went on along something else:
 * `dvh-10`'s dashed PTV, its shoulder hidden under an opaque legend box, was followed along the legend's own
 * dashed swatch at 94 % and then dropped 126 rows onto the curve below the box, so its plateau was the swatch's
 * and its V there 6.5 points off. Such a trace is shown but not used, with a warning.
 *
 * <p>Second sign (decision 0491): a trace that climbs back up by more than a quarter of the plot's height after having
 * come down, however far apart the columns. A cumulative DVH never rises; the trace before the climb was on something
 * else (`monaco-0` at JPEG q70: the dashed brainstem's trace began on stray pixels of its colour down to 42 %, then
 * leapt 188 rows up onto its own line 53 columns on, and its first tenth was read level at 81 %, 17.6 pp off).
 */
final class SheerJumps {
    /** Largest share of the plot's height a used trace may skip between neighbouring columns. */
    static final double MAX_JUMP = 0.25;

    private SheerJumps() {
    }

    /** The curves with every trace that leaps marked as not to be used. */
    static List<TracedCurve> mark(List<TracedCurve> curves, Calibration calibration) {
        List<TracedCurve> out = new ArrayList<>(curves.size());
        for (TracedCurve c : curves) {
            out.add(leaps(c, calibration) ? c.withCrossesTwin(true) : c);
        }
        return out;
    }

    /** A warning per trace that leaps, by its number in {@code curves}. */
    static List<String> warnings(List<TracedCurve> curves, Calibration calibration) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            TracedCurve c = curves.get(i);
            if (leaps(c, calibration)) {
                if (largestJump(c, calibration) <= MAX_JUMP) {
                    out.add(String.format(java.util.Locale.ROOT, "curve #%d (%s) climbs back up %.0f %% of the plot's"
                            + " height after coming down: a DVH never rises, so before the climb the trace followed"
                            + " something else; it is shown but not used", i + 1, c.describe(),
                            100 * largestClimb(c, calibration)));
                    continue;
                }
                out.add(String.format(java.util.Locale.ROOT, "curve #%d (%s) drops %.0f %% of the plot's height between"
                        + " two neighbouring columns with nothing drawn between: the trace lost the line there (a legend"
                        + " or another mark taken for it), so it is shown but not used", i + 1, c.describe(),
                        100 * largestJump(c, calibration)));
            }
        }
        return out;
    }

    static boolean leaps(TracedCurve c, Calibration calibration) {
        return largestJump(c, calibration) > MAX_JUMP || largestClimb(c, calibration) > MAX_JUMP;
    }

    /**
     * The most the trace climbs back up after having come down (decision 0491), as a share of the plot's height (0 % to
     * 100 % rows): the largest rise of a column's centre above the lowest centre of the columns before it.
     */
    static double largestClimb(TracedCurve c, Calibration calibration) {
        double height = Math.abs(calibration.row(0) - calibration.row(100));
        double lowest = Double.NEGATIVE_INFINITY;
        double largest = 0;
        for (PathColumn p : c.path()) {
            lowest = Math.max(lowest, p.center());
            largest = Math.max(largest, lowest - p.center());
        }
        return height <= 0 ? 0 : largest / height;
    }

    /**
     * The largest gap, as a share of the plot's height (0 % to 100 % rows), between the runs of two successive
     * traced columns at most 2 px apart.
     */
    static double largestJump(TracedCurve c, Calibration calibration) {
        List<PathColumn> path = c.path();
        double height = Math.abs(calibration.row(0) - calibration.row(100));
        int largest = 0;
        for (int k = 1; k < path.size(); k++) {
            PathColumn a = path.get(k - 1);
            PathColumn b = path.get(k);
            if (b.x() - a.x() <= 2) {
                largest = Math.max(largest, Math.max(b.top() - a.bottom(), a.top() - b.bottom()));
            }
        }
        return height <= 0 ? 0 : largest / height;
    }
}
