package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/**
 * Two solid traces of one hue, both still used, in a picture that compares two plans (decision 0422). Where a colour is
 * drawn solid for one plan and dashed for the other, a second solid trace of that colour is the dashed plan's line read
 * as solid (its dashes bridged, decision 0420, when the picture does not show them clearly enough), or a shade of one
 * line traced on its own. Both would enter the case for the same plan and the picture cannot say which is which: both
 * are shown, not used, with a warning. A picture without dashed curves of the colour's pair (a palette repeating over
 * many structures, decision 0276) is left alone.
 */
final class TwoSolidsOfOneHue {

    private TwoSolidsOfOneHue() {
    }

    /** For each curve, whether it is a used solid trace with another used solid trace of its hue in a two-plan picture. */
    static boolean[] held(List<TracedCurve> curves, Calibration calibration) {
        boolean[] out = new boolean[curves.size()];
        boolean twoPlans = curves.stream().anyMatch(d -> d.style() == LineStyle.DASHED && curves.stream()
                .anyMatch(s -> s.style() == LineStyle.SOLID && SeriesPath.sameHue(s.rgb(), d.rgb())));
        if (!twoPlans) {
            return out;
        }
        for (int i = 0; i < curves.size(); i++) {
            TracedCurve c = curves.get(i);
            if (c.style() != LineStyle.SOLID || !c.tracedWhole(calibration)) {
                continue;
            }
            for (TracedCurve o : curves) {
                if (o != c && o.style() == LineStyle.SOLID && o.tracedWhole(calibration)
                        && SeriesPath.sameHue(o.rgb(), c.rgb())) {
                    out[i] = true;
                    break;
                }
            }
        }
        return out;
    }

    static List<String> warnings(List<TracedCurve> curves, boolean[] held) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            if (held[i]) {
                out.add(String.format(java.util.Locale.ROOT, "curve #%d (%s) is one of two solid curves of its colour in a"
                        + " picture that draws the other plan dashed: one of them may be the dashed plan's line read as"
                        + " solid, so neither is used", i + 1, curves.get(i).describe()));
            }
        }
        return out;
    }
}
