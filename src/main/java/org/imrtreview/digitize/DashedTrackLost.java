package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/**
 * A dashed trace that lost its own line near its end and went on along another (decision 0385). Measured on the
 * planning-system windows (a plan drawn solid and its comparison dashed in the same colour, {@code
 * PlanningSystemCorpus}): where the dashed curve's last dashes merge with other curves' tails, the trace bridged a
 * stretch at one level and went on down the solid twin's (or a neighbour's) tail, so its Dmax was the other
 * curve's, 2.7-4.2 Gy too high (RayStation-like and Eclipse-like JPEGs), or jumped back up onto a curve above. For
 * dashed traces only (a dashed line is broken by its own gaps, so it is the one a tracer can leave unnoticed): a
 * bridge wider than a break along a line is measured ({@code max(9 px, 2 % of the plot's width)}, as
 * {@link TracedCurve#unseenStretches} does) that starts at or below {@link #LOW_PERCENT} of the volume, with more trace
 * after it: past it the trace may be another curve's tail. Such a trace is shown but not used, with a warning, unless
 * its Dmax is already a range reaching back to the bridge (a hidden or unseen end, decisions 0309/0329: variety
 * {@code heavy_jpeg-2}'s dashed magenta, cut where it climbed onto its twin's tail, is used with that range).
 */
final class DashedTrackLost {
    /** Highest volume (%) at which a bridge starts for the trace past it to be doubted. */
    static final double LOW_PERCENT = 15;
    /** Share of the plot's width a level bridge in mid-plot spans for the trace before it to be doubted (decision 0423). */
    static final double LEVEL_BRIDGE = 0.1;
    /** Volume (%) above which a level bridge is the plateau hidden under the solid twin or other curves. */
    static final double PLATEAU_PERCENT = 95;
    /** Most a long bridge may fall (share of the plot's height) to be doubted. */
    static final double SLOPE = 0.1;

    private DashedTrackLost() {
    }

    static List<TracedCurve> mark(List<TracedCurve> curves, Calibration calibration) {
        List<TracedCurve> out = new ArrayList<>(curves.size());
        for (TracedCurve c : curves) {
            out.add(lost(c, calibration) != null ? c.withCrossesTwin(true) : c);
        }
        return out;
    }

    static List<String> warnings(List<TracedCurve> curves, Calibration calibration) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            String why = lost(curves.get(i), calibration);
            if (why != null) {
                out.add(String.format(java.util.Locale.ROOT, "curve #%d (%s) %s: past there it may follow another"
                        + " curve, so it is shown but not used", i + 1, curves.get(i).describe(), why));
            }
        }
        return out;
    }

    /** Why the dashed trace lost its line, or null when it did not (or is not dashed). */
    static String lost(TracedCurve c, Calibration calibration) {
        List<PathColumn> path = c.path();
        if (c.style() != LineStyle.DASHED || path.size() < 2) {
            return null;
        }
        double minGap = Math.max(9, 0.02 * calibration.frame().width());
        for (int k = 1; k < path.size(); k++) {
            PathColumn a = path.get(k - 1);
            PathColumn b = path.get(k);
            if (b.x() - a.x() > minGap && calibration.volume(a.center()) <= LOW_PERCENT
                    && c.dmaxInterval(calibration)[0] > Math.min(calibration.dose(a.x()), calibration.dose(b.x()))) {
                return String.format(java.util.Locale.ROOT, "is bridged across %d px at %.1f %% near its end",
                        b.x() - a.x(), calibration.volume(a.center()));
            }
            // A long bridge at one level in mid-plot (decision 0423): the trace began on stray pixels of its colour (the
            // fringes of other curves) and joined its own line far to the right; a DVH cannot run level there for
            // a tenth of the axis and then be read from where the stray pixels were.
            double volume = calibration.volume(a.center());
            if (b.x() - a.x() > LEVEL_BRIDGE * calibration.frame().width() && volume > LOW_PERCENT
                    && volume < PLATEAU_PERCENT && b.center() - a.center() < SLOPE * calibration.frame().height()) {
                return String.format(java.util.Locale.ROOT, "is bridged level across %d px at %.1f %%", b.x() - a.x(),
                        volume);
            }
        }
        return null;
    }
}
