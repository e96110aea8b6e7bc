package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A traced series before calibration: colour, style and pixel path (image coordinates). */
record SeriesPath(int rgb, LineStyle style, List<PathColumn> path) {

    /** Whether two paths follow the same line (most shared columns within a few pixels). */
    static boolean sameCurve(List<PathColumn> a, List<PathColumn> b) {
        Map<Integer, PathColumn> byColumn = new HashMap<>();
        for (PathColumn c : a) {
            byColumn.put(c.x(), c);
        }
        int shared = 0;
        int close = 0;
        for (PathColumn c : b) {
            PathColumn other = byColumn.get(c.x());
            if (other != null) {
                shared++;
                if (Math.abs(other.center() - c.center()) <= 3) {
                    close++;
                }
            }
        }
        return shared >= 0.5 * Math.min(a.size(), b.size()) && close >= 0.7 * shared;
    }

    static List<TracedCurve> toCurves(List<SeriesPath> series, Calibration calibration) {
        List<TracedCurve> curves = new ArrayList<>();
        for (SeriesPath s : series) {
            double[][] points = CurvePoints.of(s.path(), calibration);
            if (s.style() == LineStyle.DASHED) {
                for (SeriesPath other : series) {
                    if (other.rgb() == s.rgb() && other.style() == LineStyle.SOLID) {
                        points = restoreHiddenStart(points, CurvePoints.of(other.path(), calibration));
                    }
                }
            }
            curves.add(new TracedCurve(s.rgb(), s.style(), column(points, 0), column(points, 1), s.path(), -1));
        }
        return curves;
    }

    /**
     * Where a dashed curve lies under its solid twin (the shared plateau), only the solid one is
     * visible: until the dashed curve's first visible point, it follows the solid curve.
     */
    private static double[][] restoreHiddenStart(double[][] dashed, double[][] solid) {
        if (dashed.length == 0 || solid.length == 0) {
            return dashed;
        }
        double firstDose = dashed[0][0];
        double firstVolume = dashed[0][1];
        List<double[]> out = new ArrayList<>();
        for (double[] p : solid) {
            if (p[0] < firstDose) {
                out.add(new double[] {p[0], Math.max(p[1], firstVolume)});
            }
        }
        if (out.isEmpty()) {
            return dashed;
        }
        for (double[] p : dashed) {
            out.add(p);
        }
        return out.toArray(new double[0][]);
    }

    private static double[] column(double[][] points, int index) {
        double[] out = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            out[i] = points[i][index];
        }
        return out;
    }
}
