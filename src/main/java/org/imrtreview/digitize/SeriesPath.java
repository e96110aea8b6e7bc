package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A traced series before calibration: colour, style and pixel path (image coordinates). */
record SeriesPath(int rgb, LineStyle style, List<PathColumn> path) {

    /** Whether two paths follow the same line (most shared columns within a few pixels). */
    static boolean sameCurve(List<PathColumn> a, List<PathColumn> b) {
        return sameCurve(a, b, 0.5);
    }

    static boolean sameCurve(List<PathColumn> a, List<PathColumn> b, double sharedFraction) {
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
                // Both ends of the runs must agree: steep parallel curves a few pixels apart
                // overlap in every column but their runs start and end at different rows.
                if (Math.abs(other.top() - c.top()) <= 3 && Math.abs(other.bottom() - c.bottom()) <= 3) {
                    close++;
                }
            }
        }
        return shared >= sharedFraction * Math.min(a.size(), b.size()) && close >= Math.max(0.7, sharedFraction) * shared;
    }

    /**
     * Drops series that retrace another series of the same hue (a thin line whose JPEG-damaged core
     * split into two shades, or into "dashes"): the longer trace, in the stronger colour, stays.
     */
    static List<SeriesPath> withoutDuplicates(List<SeriesPath> series) {
        List<SeriesPath> sorted = new ArrayList<>(series);
        sorted.sort((a, b) -> Integer.compare(b.path().size(), a.path().size()));
        List<SeriesPath> kept = new ArrayList<>();
        for (SeriesPath s : sorted) {
            int twin = -1;
            for (int k = 0; k < kept.size() && twin < 0; k++) {
                SeriesPath other = kept.get(k);
                // A dashed 3D curve may run close to its solid IMRT twin: only an (almost) exact retrace is a duplicate.
                double strictness = other.style() == s.style() ? 0.5 : 0.85;
                if (sameHue(other.rgb(), s.rgb()) && sameCurve(other.path(), s.path(), strictness)) {
                    twin = k;
                }
            }
            if (twin < 0) {
                kept.add(s);
            } else {
                SeriesPath longer = kept.get(twin);
                boolean stronger = RgbImage.chroma(s.rgb()) > RgbImage.chroma(longer.rgb());
                List<PathColumn> merged = stronger ? union(s.path(), longer.path()) : union(longer.path(), s.path());
                kept.set(twin, new SeriesPath(stronger ? s.rgb() : longer.rgb(), longer.style(), merged));
            }
        }
        kept = chained(kept);
        kept = withoutShadows(kept);
        kept.sort(java.util.Comparator.comparingInt(s -> s.path().get(0).x()));
        return kept;
    }

    /** Share of a shorter path's columns that must lie on longer paths for it to be a shadow of them. */
    private static final double SHADOW_SHARE = 0.85;

    /**
     * Drops series that lie on other, longer series along nearly their whole length: a line that
     * JPEG, a scan or a dark theme split into several shades (dark red beside red, brown beside
     * orange, beyond the hue tolerance of the merge above), or the blend where several plateaus
     * overlap at 100 %. A real curve always shows somewhere on its own.
     */
    private static List<SeriesPath> withoutShadows(List<SeriesPath> series) {
        List<SeriesPath> sorted = new ArrayList<>(series);
        sorted.sort((a, b) -> Integer.compare(b.path().size(), a.path().size()));
        List<SeriesPath> kept = new ArrayList<>();
        Map<Integer, List<int[]>> covered = new HashMap<>();
        for (SeriesPath s : sorted) {
            int close = 0;
            int[] votes = new int[kept.size()];
            for (PathColumn c : s.path()) {
                // Neighbouring columns count too: a JPEG-split shade is traced in every other column.
                int owner = -1;
                for (int x = c.x() - 2; x <= c.x() + 2 && owner < 0; x++) {
                    for (int[] o : covered.getOrDefault(x, List.of())) {
                        if (c.top() <= o[1] + 2 && c.bottom() >= o[0] - 2) {
                            owner = o[2];
                            break;
                        }
                    }
                }
                if (owner >= 0) {
                    close++;
                    votes[owner]++;
                }
            }
            if (!kept.isEmpty() && close >= SHADOW_SHARE * s.path().size()) {
                int partner = 0;
                for (int k = 1; k < votes.length; k++) {
                    partner = votes[k] > votes[partner] ? k : partner;
                }
                SeriesPath p = kept.get(partner);
                // The paler series took the stronger one's line (its anti-aliased fringe was nearer the
                // paler colour): the line is the stronger colour's.
                if (RgbImage.chroma(s.rgb()) > RgbImage.chroma(p.rgb()) + 40 && hueDistance(s.rgb(), p.rgb()) < 30) {
                    kept.set(partner, new SeriesPath(s.rgb(), p.style(), p.path()));
                }
                continue;
            }
            int index = kept.size();
            kept.add(s);
            for (PathColumn c : s.path()) {
                covered.computeIfAbsent(c.x(), k -> new ArrayList<>()).add(new int[] {c.top(), c.bottom(), index});
            }
        }
        return kept;
    }

    private static double hueDistance(int a, int b) {
        float[] ha = java.awt.Color.RGBtoHSB((a >> 16) & 255, (a >> 8) & 255, a & 255, null);
        float[] hb = java.awt.Color.RGBtoHSB((b >> 16) & 255, (b >> 8) & 255, b & 255, null);
        double d = Math.abs(ha[0] - hb[0]);
        return Math.min(d, 1 - d) * 360;
    }

    /** Columns of both paths; where both have one, {@code preferred}'s run. */
    private static List<PathColumn> union(List<PathColumn> preferred, List<PathColumn> other) {
        java.util.TreeMap<Integer, PathColumn> byColumn = new java.util.TreeMap<>();
        for (PathColumn c : other) {
            byColumn.put(c.x(), c);
        }
        for (PathColumn c : preferred) {
            byColumn.put(c.x(), c);
        }
        return new ArrayList<>(byColumn.values());
    }

    /**
     * Joins pieces of one curve that were traced as two series because part of a thin line fell
     * apart like dashes: same hue, one ends where the other starts, and together they still only go down.
     * The joined series takes the style of the longer piece, unless that piece is a flat "dashed" run and the
     * other falls (decision 0380).
     */
    private static List<SeriesPath> chained(List<SeriesPath> series) {
        List<SeriesPath> out = new ArrayList<>(series);
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i < out.size() && !joined; i++) {
                for (int j = 0; j < out.size() && !joined; j++) {
                    SeriesPath a = out.get(i);
                    SeriesPath b = out.get(j);
                    if (i == j || !sameHue(a.rgb(), b.rgb()) || !continues(a.path(), b.path())) {
                        continue;
                    }
                    List<PathColumn> path = new ArrayList<>(a.path());
                    int lastX = path.get(path.size() - 1).x();
                    b.path().stream().filter(c -> c.x() > lastX).forEach(path::add);
                    SeriesPath longer = a.path().size() >= b.path().size() ? a : b;
                    SeriesPath shorter = longer == a ? b : a;
                    if (longer.style() == LineStyle.DASHED && shorter.style() == LineStyle.SOLID && flat(longer.path())
                            && !flat(shorter.path())) {
                        // A "dashed" run along one row is a plateau lying on the frame's edge or a grid line, broken
                        // up by it (decision 0380): it says nothing of the line's style, the piece that falls does.
                        longer = shorter;
                    }
                    int colour = RgbImage.chroma(a.rgb()) >= RgbImage.chroma(b.rgb()) ? a.rgb() : b.rgb();
                    out.set(i, new SeriesPath(colour, longer.style(), path));
                    out.remove(j);
                    joined = true;
                }
            }
        }
        return out;
    }

    /**
     * Whether a path keeps to one row: it falls (from its first column's bottom to its last one's) by no more than
     * its own line width, and at least 3 px (decision 0380).
     */
    static boolean flat(List<PathColumn> path) {
        int fall = path.get(path.size() - 1).bottom() - path.get(0).bottom();
        return fall <= Math.max(3, TwinCurves.lineWidth(path));
    }

    private static boolean continues(List<PathColumn> a, List<PathColumn> b) {
        PathColumn endA = a.get(a.size() - 1);
        PathColumn startB = b.get(0);
        long overlap = b.stream().filter(c -> c.x() <= endA.x()).count();
        return overlap <= 0.05 * Math.min(a.size(), b.size())
                && startB.x() - endA.x() < 0.1 * (a.size() + b.size())
                && startB.top() >= endA.top() - 2 && Math.abs(startB.top() - endA.bottom()) <= 0.05 * (a.size() + b.size()) + 6;
    }

    static boolean sameHue(int a, int b) {
        float[] ha = java.awt.Color.RGBtoHSB((a >> 16) & 255, (a >> 8) & 255, a & 255, null);
        float[] hb = java.awt.Color.RGBtoHSB((b >> 16) & 255, (b >> 8) & 255, b & 255, null);
        double d = Math.abs(ha[0] - hb[0]);
        return Math.min(d, 1 - d) * 360 < 20;
    }

    static List<TracedCurve> toCurves(List<SeriesPath> series, Calibration calibration) {
        List<TracedCurve> curves = new ArrayList<>();
        for (SeriesPath s : series) {
            double[][] points = CurvePoints.of(s.path(), calibration);
            // On a cc axis the twins have different volumes: the solid curve says nothing of the dashed one's start.
            if (s.style() == LineStyle.DASHED && !calibration.volumeAbsolute()) {
                for (SeriesPath other : series) {
                    if (sameHue(other.rgb(), s.rgb()) && other.style() == LineStyle.SOLID) {
                        points = restoreHiddenStart(points, CurvePoints.of(other.path(), calibration));
                    }
                }
            }
            double[] volume = column(points, 1);
            if (calibration.volumeAbsolute() && volume.length > 0 && volume[0] > 0) {
                // A cc axis: the curve's volume at zero dose is the whole structure.
                double whole = volume[0];
                for (int i = 0; i < volume.length; i++) {
                    volume[i] = 100 * volume[i] / whole;
                }
            }
            curves.add(new TracedCurve(s.rgb(), s.style(), column(points, 0), volume, s.path(), -1));
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
