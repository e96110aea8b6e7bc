package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/**
 * Two dashed traces of one hue lying together over part of their falls (decision 0382). A combined 3D-vs-IMRT
 * picture draws each structure once dashed. Two dashed traces of one hue that run within 3 px of each other along a
 * quarter or more of the columns where both fall have followed one dashed line in part twice (its dashes split
 * between two shades of a JPEG, or taken once as the colour's dashed series and once as what was left of it), and
 * elsewhere at least one of them followed something else (a shade of the solid twin beside it). Which one is the
 * line cannot be told: both are shown, neither is used. Two structures of near hues drawn dashed cross at most
 * once and run apart elsewhere (scanned_print-2's red pair: 0.11).
 */
final class TwoDashedOfOneHue {
    /** Share of the columns where both fall (97 % row to the band along 0 %) along which they lie within 3 px. */
    static final double SHARED = 0.25;
    /** Most pixels between the two runs for the traces to lie together there. */
    static final int APART = 3;

    private TwoDashedOfOneHue() {
    }

    /** The curves with both traces of every pair in {@code pairs} marked as not to be used. */
    static List<TracedCurve> mark(List<TracedCurve> curves, List<int[]> pairs) {
        List<TracedCurve> out = new ArrayList<>(curves);
        for (int[] p : pairs) {
            out.set(p[0], out.get(p[0]).withCrossesTwin(true));
            out.set(p[1], out.get(p[1]).withCrossesTwin(true));
        }
        return out;
    }

    /** A warning per pair, by the curves' numbers in {@code curves}; {@code pairs} as {@link #pairList} gave them. */
    static List<String> warnings(List<TracedCurve> curves, List<int[]> pairs) {
        List<String> out = new ArrayList<>();
        for (int[] p : pairs) {
            out.add(String.format(java.util.Locale.ROOT, "curves #%d (%s) and #%d (%s) are both dashed in one hue and lie"
                    + " on one line over part of their fall: one dashed line was followed twice and at least one of"
                    + " them strayed from it, so both are shown but not used: assign the line from the picture",
                    p[0] + 1, curves.get(p[0]).describe(), p[1] + 1, curves.get(p[1]).describe()));
        }
        return out;
    }

    /**
     * The index pairs of curves still in use that lie together (one already held back decides nothing); taken before
     * the curves are marked, for the warnings too.
     */
    static List<int[]> pairList(List<TracedCurve> curves, Calibration calibration) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            for (int j = i + 1; j < curves.size(); j++) {
                if (together(curves.get(i), curves.get(j), calibration)) {
                    out.add(new int[] {i, j});
                }
            }
        }
        return out;
    }

    static boolean together(TracedCurve a, TracedCurve b, Calibration calibration) {
        return a.style() == LineStyle.DASHED && b.style() == LineStyle.DASHED && SeriesPath.sameHue(a.rgb(), b.rgb())
                && !a.crossesTwin() && !b.crossesTwin() && !a.path().isEmpty() && !b.path().isEmpty()
                && share(a, b, calibration) >= SHARED;
    }

    /** The share of the columns where both traces (gaps bridged) fall that have their runs at most {@link #APART} px apart. */
    static double share(TracedCurve a, TracedCurve b, Calibration calibration) {
        List<PathColumn> pa = a.path();
        List<PathColumn> pb = b.path();
        double[] band = TwinCurves.band(pa, pb, calibration);
        double top = band[0];
        double bottom = band[1];
        int[][] ba = TwinCurves.bridged(pa);
        int[][] bb = TwinCurves.bridged(pb);
        int a0 = pa.get(0).x();
        int b0 = pb.get(0).x();
        int both = 0;
        int near = 0;
        for (int i = 0; i < ba.length; i++) {
            int x = a0 + i;
            if (x < b0 || x >= b0 + bb.length) {
                continue;
            }
            int[] ra = ba[i];
            int[] rb = bb[x - b0];
            if (!inBand(ra, top, bottom) || !inBand(rb, top, bottom)) {
                continue;
            }
            both++;
            if (Math.max(0, Math.max(ra[0], rb[0]) - Math.min(ra[1], rb[1])) <= APART) {
                near++;
            }
        }
        return both == 0 ? 0 : near / (double) both;
    }

    private static boolean inBand(int[] run, double top, double bottom) {
        return run[1] >= top && run[0] <= bottom;
    }
}
