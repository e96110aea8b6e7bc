package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/**
 * Two traces lying on one drawn line (decision 0279). A heavy JPEG, a photo of a screen or a scan shifts
 * a line's colour along its length, so one line can be followed twice: under two seeds of one hue, each
 * taking every other stretch (a solid PTV reported as two "dashed" curves), or under a second, shifted
 * colour (a red PTV followed as a magenta curve). Both traces carry the line's values, but at least one
 * carries a colour or style the line does not have, so the legend could give it another structure's name
 * or the other plan. The picture cannot say which is the line's own: both are shown, neither is used.
 * A line drawn both solid and dashed in one hue is left alone: that is an organ both plans treat alike.
 */
final class OneLineTracedTwice {
    /** Share of the shorter trace's columns (between the 97 % and 0 % rows) the other must lie on. */
    private static final double SHARED = 0.8;
    /** Most pixels between the two runs of traces of different hues. */
    static final int APART = 1;
    /**
     * Most pixels between the two runs of traces of one hue (decision 0352; 1 before): a pale 1-px line in a JPEG
     * is split into two shades of its colour along its anti-aliased edges, 2-3 px apart. Same-hue curves of a
     * crowded plot run that close along at most 0.56 of their columns; tab10's red and pink, distinct hues, along
     * 80 % (so the wider margin is for one hue only).
     */
    static final int APART_SAME_HUE = 3;

    private OneLineTracedTwice() {
    }

    /** The curves with both traces of every such pair marked as not to be used. */
    static List<TracedCurve> mark(List<TracedCurve> curves, Calibration calibration) {
        boolean[] twice = new boolean[curves.size()];
        for (int i = 0; i < curves.size(); i++) {
            for (int j = i + 1; j < curves.size(); j++) {
                if (onOneLine(curves.get(i), curves.get(j), calibration)) {
                    twice[i] = true;
                    twice[j] = true;
                }
            }
        }
        return TracedCurve.notUsedWhere(curves, twice);
    }

    /**
     * Joins every pair of solid traces of one hue lying on one line (within {@link #APART_SAME_HUE} px along
     * 80 % of the shorter one, {@link #onOneLine}) into one trace (decision 0383): a pale line in a JPEG split into two
     * shades of its colour along its anti-aliased edges, one trace seeing its plateau and the other its fall. Where
     * both have a run within 3 px the joined run spans both; elsewhere the longer trace's run is kept, and a column
     * only one has is taken from it. The joined trace has the longer one's colour and is judged by every later rule
     * like any other; a note saying so is added to {@code notes} for each join. Pairs of different hues (a red line
     * followed as magenta: the legend could name it another structure) and dashed pairs (a solid line broken into two
     * "dashed" traces: joined, it would still claim the other plan's style) are still held back by {@link #mark}.
     */
    static List<TracedCurve> joinShades(List<TracedCurve> curves, Calibration calibration, List<String> notes) {
        List<TracedCurve> out = new ArrayList<>(curves);
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i < out.size() && !joined; i++) {
                for (int j = i + 1; j < out.size() && !joined; j++) {
                    TracedCurve a = out.get(i);
                    TracedCurve b = out.get(j);
                    if (a.style() != LineStyle.SOLID || b.style() != LineStyle.SOLID || !SeriesPath.sameHue(a.rgb(), b.rgb())
                            || a.crossesTwin() || b.crossesTwin()
                            || !onOneLine(a, b, calibration)) {
                        continue;
                    }
                    TracedCurve longer = a.path().size() >= b.path().size() ? a : b;
                    TracedCurve shorter = longer == a ? b : a;
                    java.util.TreeMap<Integer, PathColumn> byX = new java.util.TreeMap<>();
                    for (PathColumn c : longer.path()) {
                        byX.put(c.x(), c);
                    }
                    for (PathColumn c : shorter.path()) {
                        PathColumn o = byX.get(c.x());
                        if (o == null) {
                            byX.put(c.x(), c);
                        } else if (Math.max(o.top(), c.top()) - Math.min(o.bottom(), c.bottom()) <= APART_SAME_HUE) {
                            byX.put(c.x(), new PathColumn(c.x(), Math.min(o.top(), c.top()), Math.max(o.bottom(), c.bottom())));
                        }
                    }
                    List<PathColumn> path = new ArrayList<>(byX.values());
                    TracedCurve merged = SeriesPath.toCurves(List.of(new SeriesPath(longer.rgb(), longer.style(), path)),
                            calibration).get(0);
                    out.set(i, merged);
                    out.remove(j);
                    notes.add(String.format(java.util.Locale.ROOT, "two shades of one %s line (%s and %s) were each seen"
                            + " along part of it (a JPEG or a scan): they are read as one curve", longer.describe(),
                            longer.hexColour(), shorter.hexColour()));
                    joined = true;
                }
            }
        }
        return out;
    }

    /** The warnings naming each such pair by its number in {@code curves}. */
    static List<String> warnings(List<TracedCurve> curves, Calibration calibration) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            for (int j = i + 1; j < curves.size(); j++) {
                if (onOneLine(curves.get(i), curves.get(j), calibration)) {
                    out.add(String.format(java.util.Locale.ROOT, "curves #%d (%s) and #%d (%s) lie on one line: it was"
                            + " followed twice (its colour shifts along it), so neither colour or style can be trusted and"
                            + " both are shown but not used: assign the line from the picture", i + 1,
                            curves.get(i).describe(), j + 1, curves.get(j).describe()));
                }
            }
        }
        return out;
    }

    /**
     * Whether the other trace touches or overlaps the shorter one (runs at most {@link #APART} px apart,
     * {@link #APART_SAME_HUE} when both are of one hue) in at least
     * 80 % of the shorter one's columns between the 97 % row and the band along 0 % (plateaus and the
     * line every curve ends on are shared by all), and those columns are at least 3 % of the plot wide.
     */
    static boolean onOneLine(TracedCurve a, TracedCurve b, Calibration calibration) {
        if (a.path().isEmpty() || b.path().isEmpty()
                || SeriesPath.sameHue(a.rgb(), b.rgb()) && a.style() != b.style()) {
            return false;
        }
        List<PathColumn> pa = a.path();
        List<PathColumn> pb = b.path();
        double[] band = TwinCurves.band(pa, pb, calibration);
        double top = band[0];
        double bottom = band[1];
        int[][] ba = TwinCurves.bridged(pa);
        int[][] bb = TwinCurves.bridged(pb);
        int a0 = pa.get(0).x();
        int b0 = pb.get(0).x();
        int inA = inBand(ba, top, bottom);
        int inB = inBand(bb, top, bottom);
        int shorter = Math.min(inA, inB);
        if (shorter < Math.max(20, 0.03 * calibration.frame().width())) {
            return false;
        }
        int apart = SeriesPath.sameHue(a.rgb(), b.rgb()) ? APART_SAME_HUE : APART;
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
            double gap = Math.max(0, Math.max(ra[0], rb[0]) - Math.min(ra[1], rb[1]));
            if (gap <= apart) {
                near++;
            }
        }
        return near >= SHARED * shorter;
    }

    private static int inBand(int[][] runs, double top, double bottom) {
        int n = 0;
        for (int[] r : runs) {
            n += inBand(r, top, bottom) ? 1 : 0;
        }
        return n;
    }

    private static boolean inBand(int[] run, double top, double bottom) {
        return run[1] >= top && run[0] <= bottom;
    }
}
