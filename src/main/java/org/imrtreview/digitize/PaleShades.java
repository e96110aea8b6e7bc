package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/**
 * A pale shade of a drawn line traced as a curve of its own (decision 0310). A heavy JPEG blurs colour
 * over 8-16 px blocks and rings beside strong lines (a blue line gets a light yellow halo, a red one a
 * pinkish-magenta fringe); a scan greys the edges of a line. Such a shade can be coloured enough to be
 * a seed, and it then follows the line it came from, 0-6 px beside it: a "curve" with a colour no
 * structure has, which a nurse could assign from the legend. It is told from a real curve running close
 * to another by being much weaker in colour (at most 0.6 of the other line's chroma) and lying on that
 * line: within 3 px of it along 55 % of its own seen columns, or, when it is also much lighter (luma
 * 40 above the line's: a halo towards the background), within 6 px along half of them. Only the shade is
 * held back (shown, not used); the line it runs beside keeps its use.
 *
 * Measured on the synthetic corpora (variety, crowded tab10 0-38, accuracy, app looks): it holds back the
 * three shades of the variety corpus that were used and one spurious trace of the accuracy corpus, and
 * no curve that is a real one. Distinct curves in tab10's brown and purple run as close to the red and
 * cyan ones, but at 2-6 px apart, not on them (under 0.55 within 3 px) and not much lighter.
 */
final class PaleShades {
    /** Most of the stronger line's chroma a shade has. */
    static final double WEAKER = 0.6;
    /** Share of the shade's seen columns (between the 97 % row and the band along 0 %) within 3 px of the line. */
    static final double ON_THE_LINE = 0.55;
    /** Share within 6 px, for a shade much lighter than the line (a halo). */
    static final double BESIDE_THE_LINE = 0.5;
    /** How much lighter (luma) a halo is than its line. */
    static final int LIGHTER = 40;
    /** Fewest seen columns in the band for a trace to be judged. */
    static final int MIN_COLUMNS = 20;

    private PaleShades() {
    }

    /** For each curve, the index of the stronger curve it is a shade of, or -1. */
    static int[] shadeOf(List<TracedCurve> curves, Calibration calibration) {
        int[] out = new int[curves.size()];
        for (int i = 0; i < curves.size(); i++) {
            out[i] = -1;
            for (int j = 0; j < curves.size() && out[i] < 0; j++) {
                if (j != i && isShade(curves.get(i), curves.get(j), calibration)) {
                    out[i] = j;
                }
            }
        }
        return out;
    }

    /** The curves with every shade ({@link #shadeOf}) marked as not to be used. */
    static List<TracedCurve> mark(List<TracedCurve> curves, int[] of) {
        List<TracedCurve> out = new ArrayList<>(curves.size());
        for (int i = 0; i < curves.size(); i++) {
            out.add(of[i] >= 0 ? curves.get(i).withCrossesTwin(true) : curves.get(i));
        }
        return out;
    }

    /**
     * A warning per shade ({@link #shadeOf}, found before a dark theme's colours were turned back), naming
     * it and its line by their numbers in {@code curves}, in the colours the picture shows.
     */
    static List<String> warnings(List<TracedCurve> curves, int[] of) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            if (of[i] >= 0) {
                out.add(String.format(java.util.Locale.ROOT, "curve #%d (%s) runs along curve #%d (%s) and is much paler:"
                        + " a shade of that line left by JPEG compression or a scan, so it is shown but not used", i + 1,
                        curves.get(i).describe(), of[i] + 1, curves.get(of[i]).describe()));
            }
        }
        return out;
    }

    /** Whether {@code a} is a pale shade lying on or beside the stronger line {@code b}. */
    static boolean isShade(TracedCurve a, TracedCurve b, Calibration calibration) {
        if (a.path().isEmpty() || b.path().isEmpty() || RgbImage.chroma(a.rgb()) > WEAKER * RgbImage.chroma(b.rgb())) {
            return false;
        }
        double[] near = near(a, b, calibration, 3, 6);
        if (Double.isNaN(near[0])) {
            return false;
        }
        boolean lighter = RgbImage.luma(a.rgb()) >= RgbImage.luma(b.rgb()) + LIGHTER;
        return near[0] >= ON_THE_LINE || lighter && near[1] >= BESIDE_THE_LINE;
    }

    /**
     * The shares of {@code a}'s seen columns between the 97 % row and the band along 0 % (plateaus and the
     * line every curve ends on are shared by all) where {@code b}'s run, bridged across its gaps, lies within
     * {@code close} and within {@code beside} pixels; NaN when {@code a} has too few such columns.
     */
    private static double[] near(TracedCurve a, TracedCurve b, Calibration calibration, int close, int beside) {
        List<PathColumn> pa = a.path();
        List<PathColumn> pb = b.path();
        double[] band = TwinCurves.band(pa, pb, calibration);
        double top = band[0];
        double bottom = band[1];
        int[][] bb = TwinCurves.bridged(pb);
        int b0 = pb.get(0).x();
        int in = 0;
        int within = 0;
        int withinBeside = 0;
        for (PathColumn c : pa) {
            if (c.bottom() < top || c.top() > bottom) {
                continue;
            }
            in++;
            int i = c.x() - b0;
            if (i < 0 || i >= bb.length) {
                continue;
            }
            double gap = Math.max(0, Math.max(c.top(), bb[i][0]) - Math.min(c.bottom(), bb[i][1]));
            within += gap <= close ? 1 : 0;
            withinBeside += gap <= beside ? 1 : 0;
        }
        return in < MIN_COLUMNS ? new double[] {Double.NaN, Double.NaN}
                : new double[] {within / (double) in, withinBeside / (double) in};
    }
}
