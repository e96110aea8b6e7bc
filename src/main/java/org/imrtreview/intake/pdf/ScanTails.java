package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.imrtreview.digitize.Calibration;
import org.imrtreview.digitize.CurveMetrics;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.TracedCurve;

/**
 * The ends of curves on a scanned figure are ranges (decision 0324). Every curve of a DVH runs out
 * along the same 0 % line; printed and scanned (blur, JPEG, resampled when straightened) the colours
 * of the lines lying there bleed into each other, and a trace follows a curve's colour along the line
 * well past its end: on 300 dpi colour scans of the samples' own figures a brainstem that ends at
 * 58.6 Gy was followed to 65 Gy. So below {@link #TAIL_ROWS} pixel rows above the 0 % line (at least
 * {@link #MIN_TAIL_PERCENT} %) a scanned curve is not followed as a line: it ends where it first comes
 * that low, and its Dmax is a range from there to where its trace ran out ({@code hiddenTailEnd}, the
 * digitiser's own range for tails hidden along the 0 % line, decision 0182). The table is questioned
 * only outside that range.
 */
final class ScanTails {
    /** Rows above the 0 % line within which a scanned line's colour is not its own. */
    static final int TAIL_ROWS = 10;
    static final double MIN_TAIL_PERCENT = 1.0;

    private ScanTails() {
    }

    static DigitizeResult widen(DigitizeResult result) {
        Calibration c = result.calibration();
        double level = Math.max(MIN_TAIL_PERCENT, Math.abs(c.volume(c.row(0) - TAIL_ROWS) - c.volume(c.row(0))));
        if (!(level < 10)) {
            return result; // no usable volume scale (the curves are not used anyway)
        }
        List<TracedCurve> out = new ArrayList<>(result.curves().size());
        for (TracedCurve t : result.curves()) {
            out.add(widen(t, c, level));
        }
        return new DigitizeResult(result.imageWidth(), result.imageHeight(), result.frame(), c, out, result.warnings());
    }

    static TracedCurve widen(TracedCurve t, Calibration c, double level) {
        double[] d = t.doseGy();
        double[] v = t.volumePercent();
        int cut = -1;
        for (int i = 1; i < v.length; i++) {
            if (v[i] <= level && v[i - 1] > level) {
                cut = i;
                break;
            }
        }
        if (cut < 0 || v[v.length - 1] > level) {
            return t; // never that low (it runs off the right edge), or it rises again: left as traced
        }
        double end = Math.max(CurveMetrics.dmax(d, v), t.tailHidden() ? c.dose(t.hiddenTailEndColumn()) : d[d.length - 1]);
        if (end <= d[cut] + 1e-9) {
            return t;
        }
        double[] dose = Arrays.copyOf(d, cut + 2);
        double[] volume = Arrays.copyOf(v, cut + 2);
        dose[cut + 1] = d[cut];
        volume[cut + 1] = 0;
        return new TracedCurve(t.rgb(), t.style(), dose, volume, t.path(), t.legendOrder(), t.legendLabel(),
                c.column(end), t.crossesTwin());
    }
}
