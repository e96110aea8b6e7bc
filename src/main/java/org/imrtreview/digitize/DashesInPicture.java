package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whether the picture shows a traced line as dashes (decision 0420). On a JPEG the ringing between the dashes of a
 * thin dashed line takes paler shades of its colour, the colour's mask bridges the gaps, and the dashed line is traced
 * as a second solid line of its colour (a dashed plan read as the solid one's). The picture itself still shows the
 * gaps: walked along the trace, the ink (distance from the plot's background) drops to near nothing for a few pixels
 * at regular intervals, where a solid line keeps its ink (a thin anti-aliased line keeps half of it at worst; lines of
 * other colours crossing it add ink).
 */
final class DashesInPicture {
    /** A sample is in a gap when its ink is under this share of the line's ink (its 75th percentile). */
    static final double LOW_INK = 0.3;
    /** A gap's faintest sample is under this share of the line's ink: a dash gap is clear, JPEG damage is a dip. */
    static final double GAP_DEPTH = 0.15;
    /** Shortest gap counted (samples): JPEG damage along a solid line dips for a sample or two. */
    static final int MIN_GAP = 3;
    /** Longest gap counted (px along the line): longer ones are a bridged stretch, not a dash gap. */
    static final int MAX_GAP = 12;
    /** Longest interval between the starts of two neighbouring gaps counted as one dash period (px). */
    static final int MAX_PERIOD = 40;
    /** Fewest regular periods (within {@link #PERIOD_SPREAD} of the median one) to call the line dashed. */
    static final int MIN_REGULAR = 8;
    /** A regular period lies within this factor of the median one. */
    static final double PERIOD_SPREAD = 1.35;
    /** Shortest median period (px): a dash and a gap of at least 3 px each; JPEG blocks along a line repeat at 2-4. */
    static final double MIN_PERIOD = 6;

    /** What the walk found: samples, gaps, regular periods, their median length (px). */
    record Measure(int samples, int gaps, int regular, double medianPeriod) {
        boolean dashed() {
            return regular >= MIN_REGULAR && medianPeriod >= MIN_PERIOD;
        }
    }

    private DashesInPicture() {
    }

    /**
     * A colour traced as two solid lines and no dashed one, where the picture shows dashes along exactly one of them:
     * that one is the colour's dashed line (its mask bridged the gaps), and is given the dashed style.
     */
    static List<SeriesPath> restyled(RgbImage rgb, int background, List<SeriesPath> series) {
        List<SeriesPath> out = new ArrayList<>(series);
        for (int i = 0; i < series.size(); i++) {
            SeriesPath s = series.get(i);
            if (s.style() != LineStyle.SOLID) {
                continue;
            }
            List<SeriesPath> hue = series.stream().filter(o -> SeriesPath.sameHue(o.rgb(), s.rgb())).toList();
            if (hue.size() < 2 || hue.stream().anyMatch(o -> o.style() == LineStyle.DASHED)) {
                continue;
            }
            if (!measure(rgb, background, s.path()).dashed()) {
                continue;
            }
            boolean onlyOne = hue.stream().filter(o -> o != s).noneMatch(o -> measure(rgb, background, o.path()).dashed());
            if (onlyOne) {
                out.set(i, new SeriesPath(s.rgb(), LineStyle.DASHED, s.path()));
            }
        }
        return out;
    }

    /**
     * Solid traces that are a piece of a dashed curve of their hue traced a second time (decision 0425): the picture
     * shows dashes along the piece, and it lies on the dashed trace. Such a piece is the same line as the dashed curve,
     * and as a second solid curve of the colour it made the real solid curve a same-colour pair (decision 0276), so
     * both solid curves were held back. The piece is dropped, as {@link SeriesPath#withoutDuplicates} drops a retrace.
     */
    static List<TracedCurve> withoutDashedPieces(RgbImage rgb, int background, List<TracedCurve> curves,
                                                 Calibration calibration) {
        List<TracedCurve> out = new ArrayList<>();
        for (TracedCurve c : curves) {
            boolean piece = false;
            if (c.style() == LineStyle.SOLID && curves.stream().anyMatch(o -> o.style() == LineStyle.SOLID && o != c
                    && SeriesPath.sameHue(o.rgb(), c.rgb()))) {
                for (TracedCurve d : curves) {
                    if (d.style() == LineStyle.DASHED && SeriesPath.sameHue(d.rgb(), c.rgb())
                            && LoneDashedTraces.liesOn(d, c, calibration)) {
                        piece = measure(rgb, background, c.path()).dashed();
                        break;
                    }
                }
            }
            if (!piece) {
                out.add(c);
            }
        }
        return out;
    }

    /** Walks the trace through its columns' runs (top to bottom in each, straight across between columns). */
    static Measure measure(RgbImage rgb, int background, List<PathColumn> path) {
        int[] ink = profile(rgb, background, path);
        if (ink.length < 20) {
            return new Measure(ink.length, 0, 0, 0);
        }
        int[] sorted = ink.clone();
        Arrays.sort(sorted);
        int high = sorted[(int) (0.75 * (sorted.length - 1))];
        double low = LOW_INK * high;
        List<Integer> starts = new ArrayList<>();
        int k = 0;
        while (k < ink.length) {
            if (ink[k] >= low) {
                k++;
                continue;
            }
            int end = k;
            int faintest = ink[k];
            while (end < ink.length && ink[end] < low) {
                faintest = Math.min(faintest, ink[end]);
                end++;
            }
            if (end - k > MAX_GAP || k == 0 || end == ink.length) {
                starts.add(-1); // a long stretch without ink (a bridge) ends a run of periods
            } else if (end - k >= MIN_GAP && faintest < GAP_DEPTH * high) {
                starts.add(k);
            }
            k = end;
        }
        List<Integer> periods = new ArrayList<>();
        for (int i = 1; i < starts.size(); i++) {
            int a = starts.get(i - 1);
            int b = starts.get(i);
            if (a >= 0 && b >= 0 && b - a <= MAX_PERIOD) {
                periods.add(b - a);
            }
        }
        int gaps = (int) starts.stream().filter(s -> s >= 0).count();
        if (periods.isEmpty()) {
            return new Measure(ink.length, gaps, 0, 0);
        }
        List<Integer> ordered = new ArrayList<>(periods);
        ordered.sort(null);
        double median = ordered.get(ordered.size() / 2);
        int regular = 0;
        for (int p : periods) {
            if (p <= PERIOD_SPREAD * median && p >= median / PERIOD_SPREAD) {
                regular++;
            }
        }
        return new Measure(ink.length, gaps, regular, median);
    }

    /** The ink along the trace at unit steps: the most ink within a pixel across the line. */
    static int[] profile(RgbImage rgb, int background, List<PathColumn> path) {
        List<double[]> vertices = new ArrayList<>();
        for (PathColumn c : path) {
            vertices.add(new double[] {c.x(), c.top()});
            if (c.bottom() != c.top()) {
                vertices.add(new double[] {c.x(), c.bottom()});
            }
        }
        int[] out = new int[16];
        int n = 0;
        for (int v = 1; v < vertices.size(); v++) {
            double[] p = vertices.get(v - 1);
            double[] q = vertices.get(v);
            double length = Math.hypot(q[0] - p[0], q[1] - p[1]);
            if (length == 0) {
                continue;
            }
            double nx = -(q[1] - p[1]) / length;
            double ny = (q[0] - p[0]) / length;
            for (double t = 0; t < length; t++) {
                double x = p[0] + (q[0] - p[0]) * t / length;
                double y = p[1] + (q[1] - p[1]) * t / length;
                int most = 0;
                for (double o = -1; o <= 1; o += 0.5) {
                    int xx = (int) Math.round(x + o * nx);
                    int yy = (int) Math.round(y + o * ny);
                    if (xx >= 0 && yy >= 0 && xx < rgb.width() && yy < rgb.height()) {
                        most = Math.max(most, (int) RgbImage.distance(rgb.rgb(xx, yy), background));
                    }
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, 2 * n);
                }
                out[n++] = most;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
