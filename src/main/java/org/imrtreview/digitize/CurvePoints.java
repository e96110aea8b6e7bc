package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a traced pixel path into cumulative DVH points. A tall run in one column is a steep fall
 * inside that column, so it gives two points (top at the column's left side, bottom at its right)
 * instead of one averaged point; this keeps PTV shoulders sharp. The curve then gets its hidden
 * ends: a plateau starting at the frame's left edge and the drop to 0 % where the line disappears
 * into the dose axis.
 */
final class CurvePoints {
    private CurvePoints() {
    }

    static double[][] of(List<PathColumn> path, Calibration calibration) {
        List<double[]> pixels = new ArrayList<>();
        int[] lengths = path.stream().mapToInt(PathColumn::length).sorted().toArray();
        double thickness = lengths.length == 0 ? 1 : lengths[lengths.length / 3];
        for (PathColumn c : path) {
            if (c.length() > 3 * thickness) {
                pixels.add(new double[] {c.x() - 0.5, c.top() + (thickness - 1) / 2});
                pixels.add(new double[] {c.x() + 0.5, c.bottom() - (thickness - 1) / 2});
            } else {
                pixels.add(new double[] {c.x(), c.center()});
            }
        }
        int n = pixels.size();
        double[] dose = new double[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            dose[i] = calibration.dose(pixels.get(i)[0]);
            volume[i] = calibration.volume(pixels.get(i)[1]);
        }
        volume = Isotonic.nonIncreasing(volume);
        double top = Math.max(calibration.volumeAtTop(), calibration.volumeAtBottom());
        double bottom = Math.min(calibration.volumeAtTop(), calibration.volumeAtBottom());
        for (int i = 0; i < n; i++) {
            volume[i] = Math.max(Math.max(0, bottom), Math.min(top, volume[i]));
        }
        List<double[]> out = new ArrayList<>();
        double doseAtLeft = calibration.dose(calibration.frame().left());
        double onePixel = calibration.doseSpan() / calibration.frame().width();
        if (n > 0 && dose[0] > doseAtLeft + 2 * onePixel && volume[0] >= 0.95 * top) {
            out.add(new double[] {Math.max(0, doseAtLeft), volume[0]});
        }
        for (int i = 0; i < n; i++) {
            if (!out.isEmpty() && dose[i] <= out.get(out.size() - 1)[0]) {
                continue;
            }
            out.add(new double[] {dose[i], volume[i]});
        }
        out = endAtBaseline(out, Math.max(0, bottom) + Math.abs(top - bottom) / calibration.frame().height(), 5 * onePixel);
        double[] last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last[1] > 0 && last[1] <= 0.05 * top) {
            out.add(new double[] {last[0] + onePixel, 0});
        }
        return withoutFlatInteriors(out).toArray(new double[0][]);
    }

    /**
     * A curve that has come down to the dose axis (within one pixel row) and then runs flat along it:
     * plotting programs draw a DVH on at 0 % to the end of their dose grid, and the line sits on the
     * axis a fraction of a pixel up. Left in, that run is a false tail (Dmax several Gy too high, seen
     * on sample 01), so the curve ends where the flat run begins. A tail still descending within the
     * last pixel row is kept (it is the curve, not the axis).
     */
    static List<double[]> endAtBaseline(List<double[]> points, double floor, double minRun) {
        if (points.size() < 2) {
            return points;
        }
        double[] last = points.get(points.size() - 1);
        for (int i = 0; i < points.size() - 1; i++) {
            double[] p = points.get(i);
            if (p[1] <= floor) {
                boolean flat = p[1] - last[1] <= 0.25 * floor + 1e-9;
                return flat && last[0] - p[0] >= minRun ? new ArrayList<>(points.subList(0, i + 1)) : points;
            }
        }
        return points;
    }

    /** Keeps only the ends of runs of equal volume: the same line, far fewer points. */
    private static List<double[]> withoutFlatInteriors(List<double[]> points) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            boolean flatBefore = i > 0 && points.get(i - 1)[1] == points.get(i)[1];
            boolean flatAfter = i + 1 < points.size() && points.get(i + 1)[1] == points.get(i)[1];
            if (!(flatBefore && flatAfter)) {
                out.add(points.get(i));
            }
        }
        return out;
    }
}
