package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/**
 * A dashed trace the picture gives no second plan for (decision 0351). A dashed curve says the picture compares
 * two plans (3D dashed, IMRT solid), so its style picks the plan its values go to. That is believed when the
 * picture shows a second plan: a solid curve of the same hue followed whole and running apart from it (the same
 * structure in the other plan), or another structure's dashed curve followed whole. A lone dashed trace with
 * neither is more often a solid line that JPEG or a 1-px stroke broke into pieces: a single-plan picture's
 * Chiasm followed only as "dashed", a magenta line followed three times (twice solid, once dashed), a pale PTV's
 * fall traced as a light red "dashed" curve. Its style, and so its plan, cannot be trusted: it is shown but not
 * used, with a warning.
 */
final class LoneDashedTraces {
    /** Share of the dashed trace's columns (between the 97 % row and the band along 0 %) a solid lying on it covers. */
    static final double ON_IT = 0.8;
    /** Pixels between the runs that still count as lying on it. */
    static final int CLOSE = 3;

    private LoneDashedTraces() {
    }

    /** The curves with every lone dashed trace marked as not to be used. */
    static List<TracedCurve> mark(List<TracedCurve> curves, Calibration calibration) {
        return TracedCurve.notUsedWhere(curves, lone(curves, calibration));
    }

    /** A warning per lone dashed trace, found on the curves before they were marked. */
    static List<String> warnings(List<TracedCurve> curves, boolean[] lone) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            if (lone[i]) {
                out.add(String.format(java.util.Locale.ROOT, "curve #%d (%s) is the only dashed curve and no solid curve"
                        + " of its colour runs apart from it: it may be a solid line broken into pieces, so its plan cannot"
                        + " be told and it is shown but not used", i + 1, curves.get(i).describe()));
            }
        }
        return out;
    }

    /** For each curve, whether it is a dashed trace, still used, that no second plan in the picture supports. */
    static boolean[] lone(List<TracedCurve> curves, Calibration calibration) {
        boolean[] out = new boolean[curves.size()];
        for (int i = 0; i < curves.size(); i++) {
            TracedCurve c = curves.get(i);
            if (c.style() != LineStyle.DASHED || !c.tracedWhole(calibration)) {
                continue;
            }
            boolean second = false;
            for (TracedCurve o : curves) {
                if (o == c || !o.tracedWhole(calibration)) {
                    continue;
                }
                boolean sameHue = SeriesPath.sameHue(o.rgb(), c.rgb());
                second |= o.style() == LineStyle.DASHED && !sameHue
                        || o.style() == LineStyle.SOLID && sameHue && !liesOn(o, c, calibration);
            }
            out[i] = !second;
        }
        return out;
    }

    /** Whether {@code solid}, bridged across its gaps, lies within {@link #CLOSE} px of {@code dashed} along most of it. */
    static boolean liesOn(TracedCurve solid, TracedCurve dashed, Calibration calibration) {
        List<PathColumn> pa = dashed.path();
        List<PathColumn> pb = solid.path();
        if (pa.isEmpty() || pb.isEmpty()) {
            return false;
        }
        double[] band = TwinCurves.band(pa, pb, calibration);
        double top = band[0];
        double bottom = band[1];
        int[][] bb = TwinCurves.bridged(pb);
        int b0 = pb.get(0).x();
        int in = 0;
        int within = 0;
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
            within += gap <= CLOSE ? 1 : 0;
        }
        return in > 0 && within >= ON_IT * in;
    }
}
