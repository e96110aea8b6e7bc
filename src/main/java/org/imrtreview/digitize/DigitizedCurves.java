package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.model.CurveBound;
import org.imrtreview.model.DvhCurve;

/**
 * Turns traced curves into the case's DVH curves ({@code digitised = true}). Unassigned curves are
 * kept, named {@code "unassigned <colour> <style>"} (no organ matches that, so they are shown but
 * never used as evidence until the nurse assigns them). Nothing is produced while either axis is
 * uncalibrated: such numbers would be evidence of nothing; nor for a curve that could not be followed
 * to its end.
 */
public final class DigitizedCurves {
    public static final String UNASSIGNED_PREFIX = "unassigned ";

    private DigitizedCurves() {
    }

    public static boolean isUnassigned(DvhCurve curve) {
        return curve.digitised() && curve.structure().startsWith(UNASSIGNED_PREFIX);
    }

    /**
     * The edges of what a digitised curve may be where its picture cannot tell. Every point of a traced line
     * is read to about half the line's width plus a pixel along the dose axis ({@link #doseReadGy}; decision
     * 0328): the upper edge is the curve that far to the right, the lower edge that far to the left. Where the
     * curve falls steeply (a PTV's shoulder) a pixel of dose is several points of volume, so V there is a range;
     * where it is flat the two edges nearly meet. Besides, upper edge: level across every stretch the trace
     * bridged (decision 0309), and where its tail is hidden under other curves along 0 % (decision 0182) as
     * traced down to the volume a few pixels of line can hide (or, for a curve that vanished above the line
     * under other curves, to where it was last seen; decision 0308), then level at that volume to where the
     * covering curves end, then 0. Lower edge: straight down at the start of each bridged stretch.
     */
    static CurveBound bound(TracedCurve t, Calibration calibration) {
        double[] d = t.doseGy();
        double[] v = t.volumePercent();
        if (d.length == 0) {
            return null;
        }
        List<double[]> unseen = t.unseenStretches(calibration);
        List<double[]> upper = stepped(d, v, unseen, true);
        List<String> why = new ArrayList<>();
        if (!unseen.isEmpty()) {
            why.add(unseen.size() == 1
                    ? String.format(java.util.Locale.ROOT, "not seen from %.3g to %.3g Gy (bridged under other curves or"
                            + " a legend): values there are ranges", unseen.get(0)[0], unseen.get(0)[1])
                    : String.format(java.util.Locale.ROOT, "not seen over %d stretches (%.3g-%.3g Gy first; bridged under"
                            + " other curves or a legend): values there are ranges", unseen.size(), unseen.get(0)[0],
                            unseen.get(0)[1]));
        }
        if (t.tailHidden()) {
            upper = hiddenTail(t, calibration, upper, why);
        }
        List<double[]> lower = stepped(d, v, unseen, false);
        double[] endedUnseen = endedUnseen(t, calibration, unseen);
        if (endedUnseen != null) {
            // The trace bridged down onto the 0 % line: what it went on along may be another curve's tail, so the
            // curve may have ended anywhere in that stretch (decision 0329).
            lower = toZeroAt(lower, endedUnseen[0]);
            why.add(String.format(java.util.Locale.ROOT, "bridged from %.3g Gy down onto the 0 %% line, where other"
                    + " curves run: it may end anywhere up to %.3g Gy", endedUnseen[0], d[d.length - 1]));
        }
        double read = doseReadGy(t, calibration);
        why.add(String.format(java.util.Locale.ROOT, "each point read to ±%.2g Gy of dose (a %d px line): where the"
                + " curve is steep its volumes are ranges", read, lineThickness(t.path())));
        upper = shifted(upper, read);
        lower = shifted(lower, -read);
        return new CurveBound(column(upper, 0), column(upper, 1), column(lower, 0), column(lower, 1), String.join("; ", why));
    }

    /**
     * The first stretch the trace bridged without seeing the curve ({@link TracedCurve#unseenStretches}) whose far
     * end lies along the 0 % line, within two line bands of it (decision 0329), or null. Past such a stretch
     * the trace runs along the line, where every curve ends and other curves' tails run: what it followed there
     * need not be this curve, which may have come down to the line anywhere in the stretch.
     */
    static double[] endedUnseen(TracedCurve t, Calibration calibration, List<double[]> unseen) {
        double bands = 2 * Math.max(2, lineThickness(t.path()) + 1);
        double alongLine = Math.abs(calibration.volume(calibration.row(0) - bands) - calibration.volume(calibration.row(0)));
        double[] d = t.doseGy();
        double[] v = t.volumePercent();
        for (double[] u : unseen) {
            if (CurveMetrics.volumeAt(d, v, u[1]) <= alongLine) {
                return u;
            }
        }
        return null;
    }

    /** The lower edge taken straight down to 0 at {@code dose} and ended there. */
    private static List<double[]> toZeroAt(List<double[]> edge, double dose) {
        List<double[]> out = new ArrayList<>();
        double at = Double.NaN;
        for (double[] p : edge) {
            if (p[0] > dose) {
                break;
            }
            out.add(p);
            at = p[1];
        }
        if (out.isEmpty()) {
            out.add(new double[] {dose, edge.isEmpty() ? 0 : edge.get(0)[1]});
        } else if (out.get(out.size() - 1)[0] < dose) {
            out.add(new double[] {dose, at});
        }
        out.add(new double[] {dose, 0});
        return out;
    }

    /**
     * How far along the dose axis a point of the traced line may lie from the curve drawn (decision 0328):
     * half the line's thickness (on a steep part the trace may follow either side of a thick line) plus a
     * pixel (anti-aliasing, JPEG, the frame and tick positions the calibration rests on), in Gy.
     */
    static double doseReadGy(TracedCurve t, Calibration calibration) {
        double pixels = lineThickness(t.path()) / 2.0 + 1;
        return pixels * Math.abs(calibration.doseSpan()) / Math.max(1, calibration.frame().width());
    }

    /**
     * The drawn line's thickness in pixels: the median run length over the columns where the trace is nearly
     * level (its centre moves under a pixel between the neighbouring columns), where a column's run is the
     * line's own thickness; the median over all columns when there are too few such.
     */
    static int lineThickness(List<PathColumn> path) {
        List<Integer> level = new ArrayList<>();
        for (int k = 1; k + 1 < path.size(); k++) {
            PathColumn a = path.get(k - 1);
            PathColumn b = path.get(k + 1);
            if (b.x() - a.x() == 2 && Math.abs(b.center() - a.center()) <= 1) {
                level.add(path.get(k).length());
            }
        }
        if (level.size() < 10) {
            return TwinCurves.lineWidth(path);
        }
        level.sort(null);
        return Math.min(8, level.get(level.size() / 2));
    }

    /**
     * The edge moved by {@code gy} along the dose axis, its start kept: to the right every point moves over
     * and the start stays where it was (the edge lies at or above the points); to the left points pushed
     * before the start are gathered there at the lowest of their volumes (at or below).
     */
    static List<double[]> shifted(List<double[]> edge, double gy) {
        if (edge.isEmpty()) {
            return edge;
        }
        double start = edge.get(0)[0];
        List<double[]> out = new ArrayList<>();
        if (gy >= 0) {
            out.add(edge.get(0));
            for (double[] p : edge) {
                out.add(new double[] {p[0] + gy, p[1]});
            }
            return out;
        }
        int k = 0;
        while (k + 1 < edge.size() && edge.get(k + 1)[0] + gy <= start) {
            k++;
        }
        out.add(new double[] {start, edge.get(k)[1]});
        for (int i = k + 1; i < edge.size(); i++) {
            out.add(new double[] {edge.get(i)[0] + gy, edge.get(i)[1]});
        }
        return out;
    }

    /**
     * The traced points with each unseen stretch replaced by a step: level to its end then down ({@code high}),
     * or down at its start then level (the lowest the curve may run there).
     */
    private static List<double[]> stepped(double[] d, double[] v, List<double[]> unseen, boolean high) {
        List<double[]> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < d.length; i++) {
            while (s < unseen.size() && unseen.get(s)[1] < d[i]) {
                double[] u = unseen.get(s++);
                double top = CurveMetrics.volumeAt(d, v, u[0]);
                double bottom = CurveMetrics.volumeAt(d, v, u[1]);
                out.add(new double[] {u[0], top});
                out.add(new double[] {high ? u[1] : u[0], high ? top : bottom});
                out.add(new double[] {u[1], bottom});
            }
            boolean inside = s < unseen.size() && d[i] > unseen.get(s)[0] && d[i] < unseen.get(s)[1];
            if (!inside) {
                out.add(new double[] {d[i], v[i]});
            }
        }
        while (s < unseen.size()) {
            double[] u = unseen.get(s++);
            double top = CurveMetrics.volumeAt(d, v, u[0]);
            double bottom = CurveMetrics.volumeAt(d, v, u[1]);
            out.add(new double[] {u[0], top});
            out.add(new double[] {high ? u[1] : u[0], high ? top : bottom});
            out.add(new double[] {u[1], bottom});
        }
        // Sorted by dose, volumes never rising (a stretch's ends repeat traced points).
        out.sort(java.util.Comparator.comparingDouble((double[] p) -> p[0]).thenComparingDouble(p -> -p[1]));
        return out;
    }

    /** The upper edge run on where the tail is hidden along 0 % (decision 0182) or vanished under others (0308). */
    private static List<double[]> hiddenTail(TracedCurve t, Calibration calibration, List<double[]> edge, List<String> why) {
        double hideable = Math.max(0.5, Math.abs(calibration.volume(calibration.row(0) - 4) - calibration.volume(
                calibration.row(0))));
        double end = t.dmaxInterval(calibration)[1];
        // A curve that vanished above the line under other curves (decision 0308) may run on at the volume
        // where it was last seen, not only at what a line can hide.
        double vanished = vanishedAt(t, calibration);
        boolean midAir = vanished > hideable;
        double level = midAir ? vanished : hideable;
        int n = edge.size();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < n && (edge.get(i)[1] > level || midAir && i < n - 1) && edge.get(i)[0] < end; i++) {
            points.add(edge.get(i));
        }
        double from = points.isEmpty() ? edge.get(0)[0] : points.get(points.size() - 1)[0];
        points.add(new double[] {from, Math.min(level, points.isEmpty() ? level : points.get(points.size() - 1)[1])});
        points.add(new double[] {end, points.get(points.size() - 1)[1]});
        points.add(new double[] {end, 0});
        why.add(String.format(java.util.Locale.ROOT, midAir
                ? "end hidden under other curves (it vanished at %.2g %%): Dmax between %.3g and %.3g Gy"
                : "tail along the 0 %% line, thinner than a line: Dmax between %.3g and %.3g Gy",
                midAir ? new Object[] {vanished, t.dmaxInterval(calibration)[0], end}
                        : new Object[] {t.dmaxInterval(calibration)[0], end}));
        return points;
    }

    private static double[] column(List<double[]> points, int k) {
        double[] out = new double[points.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = points.get(i)[k];
        }
        return out;
    }

    /**
     * The volume (%) at which a curve vanished above the 0 % line, its points then taken straight down to 0
     * within a pixel or two ({@link CurvePoints}); 0 when its points came down to the line.
     */
    static double vanishedAt(TracedCurve t, Calibration calibration) {
        double[] d = t.doseGy();
        double[] v = t.volumePercent();
        int n = d.length;
        double onePixel = calibration.doseSpan() / calibration.frame().width();
        double onePixelOfVolume = Math.abs(calibration.volume(calibration.row(0) - 1) - calibration.volume(calibration.row(0)));
        return n >= 2 && v[n - 1] == 0 && v[n - 2] > 2 * onePixelOfVolume && d[n - 1] - d[n - 2] <= 2 * onePixel
                ? v[n - 2] : 0;
    }

    public static List<DvhCurve> toModel(DigitizeResult result, List<CurveAssignment> assignments, String sourceFile) {
        if (!result.calibration().trustworthy()) {
            return List.of();
        }
        List<DvhCurve> out = new ArrayList<>();
        for (int i = 0; i < result.curves().size(); i++) {
            TracedCurve t = result.curves().get(i);
            if (!t.tracedWhole(result.calibration())) {
                continue; // lost its track part-way: its Dmax would be evidence of nothing
            }
            CurveAssignment a = i < assignments.size() ? assignments.get(i) : CurveAssignment.unassigned(CurveAssigner.key(t));
            String structure = a.assigned() ? a.structure() : UNASSIGNED_PREFIX + CurveAssigner.key(t);
            out.add(new DvhCurve(structure, sourceFile + " (digitised " + t.describe() + ")", a.plan(), Double.NaN,
                    t.doseGy(), t.volumePercent(), true, sourceFile, bound(t, result.calibration())));
        }
        return out;
    }
}
