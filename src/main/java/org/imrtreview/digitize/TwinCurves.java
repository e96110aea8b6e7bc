package org.imrtreview.digitize;

import java.util.List;

/**
 * Whether two curves of one colour and style, traced one after the other (decision 0183), can be
 * trusted apart (decision 0276). The tracer only ever goes down; so if the first trace had jumped
 * from the upper curve down to the lower one, what it left of the two (the lower curve's start and
 * the upper curve's end) cannot be followed as one whole curve: the second trace would start or stop
 * in mid-air. Hence a pair is told apart for certain when
 * <ul>
 * <li>both traces are whole (from the left edge or the plateau down to about 0 %), and</li>
 * <li>between the shared 100 % plateau and the 0 % line, with the gaps of each trace bridged by
 * straight lines, the two never come within {@link #clearance} of each other and never change sides.</li>
 * </ul>
 * Where they meet once at a clear angle, slope continuity decides which leaves the meeting as which
 * ({@link #crossing}); where they run side by side, meet more than once or at a shallow angle, the
 * picture cannot say which is which and the pair stays uncertain: shown, not used. Along the 0 % line
 * each is cut where it comes down to it and its Dmax becomes a range ({@link #endsAlongZero}).
 */
final class TwinCurves {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TwinCurves.class);

    private TwinCurves() {
    }

    /** How near two traces may come and still be two for certain: twice the line plus 2 px, at least 6 px. */
    static double clearance(List<PathColumn> a, List<PathColumn> b) {
        return Math.max(6, 2 * Math.max(lineWidth(a), lineWidth(b)) + 2);
    }

    /**
     * Every pair of curves of one colour and style either provably apart, or meeting once where slope
     * continuity decides which leaves as which (the tails swapped if the tracer had swapped them, and
     * then apart everywhere else), or marked {@link TracedCurve#crossesTwin}: shown, not used.
     */
    static List<TracedCurve> separate(List<TracedCurve> curves, Calibration calibration) {
        List<TracedCurve> out = new java.util.ArrayList<>(curves);
        boolean[] uncertain = new boolean[out.size()];
        for (int i = 0; i < out.size(); i++) {
            for (int j = i + 1; j < out.size(); j++) {
                TracedCurve a = out.get(i);
                TracedCurve b = out.get(j);
                if (a.rgb() != b.rgb() || a.style() != b.style()) {
                    continue;
                }
                boolean apart = provablyApart(a, b, calibration);
                TracedCurve[] resolved = apart ? new TracedCurve[] {a, b} : resolvedCrossing(a, b, calibration);
                LOG.debug("same-colour pair {} / {}: {}", i, j, apart ? "apart" : resolved != null ? "crossing decided"
                        : "uncertain");
                if (resolved != null) {
                    resolved = endsAlongZero(resolved[0], resolved[1], calibration);
                    out.set(i, resolved[0]);
                    out.set(j, resolved[1]);
                    uncertain[i] |= resolved[0].crossesTwin();
                    uncertain[j] |= resolved[1].crossesTwin();
                } else {
                    uncertain[i] = true;
                    uncertain[j] = true;
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            out.set(i, out.get(i).withCrossesTwin(uncertain[i]));
        }
        return out;
    }

    /**
     * Along the 0 % line a trace can go on along its twin's thin tail, or bridge a gap to stray pixels
     * of its colour there, so where a same-colour curve reached the line is not seen (measured: a trace
     * on along its twin to 25.1 Gy for a true 21.8; another bridging 58 columns to 45.5 Gy for 37.2).
     * Each is cut where it first comes down to the line (its Dmax is no lower than there), and its Dmax
     * becomes a range up to where its trace ended, or its twin's when both run out along the line in the
     * same columns (decision 0276; {@link HiddenTails} may widen it further). Its volumes lose at most the
     * last line width (under 2 % of the plot).
     */
    static TracedCurve[] endsAlongZero(TracedCurve a, TracedCurve b, Calibration calibration) {
        double zone = calibration.row(0) - 2 * Math.max(2, Math.max(lineWidth(a.path()), lineWidth(b.path())) + 1) + 1;
        int[] ea = alongZero(a.path(), zone);
        int[] eb = alongZero(b.path(), zone);
        double reach = clearance(a.path(), b.path());
        boolean together = ea != null && eb != null && ea[1] + reach >= eb[0] && eb[1] + reach >= ea[0];
        int end = together ? Math.max(ea[1], eb[1]) : Integer.MIN_VALUE;
        return new TracedCurve[] {ea == null ? a : cutAt(a, ea[0], Math.max(end, ea[1]), calibration),
            eb == null ? b : cutAt(b, eb[0], Math.max(end, eb[1]), calibration)};
    }

    /** First and last column of the path at or below {@code zoneRow} (near the 0 % line), or null. */
    private static int[] alongZero(List<PathColumn> path, double zoneRow) {
        for (int k = 0; k < path.size(); k++) {
            if (path.get(k).center() >= zoneRow) {
                return new int[] {path.get(k).x(), path.get(path.size() - 1).x()};
            }
        }
        return null;
    }

    private static TracedCurve cutAt(TracedCurve c, int x, int tailEnd, Calibration calibration) {
        List<PathColumn> kept = c.path().stream().filter(p -> p.x() <= x).toList();
        TracedCurve cut = rebuilt(c, kept.size() == c.path().size() ? c.path() : kept, calibration);
        if (cut == null) {
            return c.withCrossesTwin(true);
        }
        double end = Math.max(tailEnd, c.tailHidden() ? c.hiddenTailEndColumn() : tailEnd);
        return end > x ? cut.withHiddenTailEnd(end) : cut;
    }

    /** The pair after a certain {@link #crossing}, if both are then whole, without cliffs and apart elsewhere; else null. */
    private static TracedCurve[] resolvedCrossing(TracedCurve a, TracedCurve b, Calibration calibration) {
        Resolved r = crossing(a.path(), b.path(), calibration.row(97), calibration.row(0));
        if (r == null || !r.certain()) {
            return null;
        }
        TracedCurve na = rebuilt(a, r.a(), calibration);
        TracedCurve nb = rebuilt(b, r.b(), calibration);
        if (na == null || nb == null || !na.tracedWhole(calibration) || !nb.tracedWhole(calibration)) {
            return null;
        }
        int margin = (int) Math.ceil(clearance(r.a(), r.b())) + SLOPE_RUN;
        double clearance = clearance(r.a(), r.b());
        if (hasCliff(r.a(), clearance) || hasCliff(r.b(), clearance) || !apart(r.a(), r.b(), calibration.row(97),
                calibration.row(0), r.from() - margin, r.to() + margin)) {
            return null;
        }
        return new TracedCurve[] {na, nb};
    }

    private static TracedCurve rebuilt(TracedCurve c, List<PathColumn> path, Calibration calibration) {
        if (path == c.path()) {
            return c.withCrossesTwin(false);
        }
        List<TracedCurve> one = SeriesPath.toCurves(List.of(new SeriesPath(c.rgb(), c.style(), path)), calibration);
        return one.isEmpty() ? null : one.get(0);
    }

    /** Whether two same-colour traces are provably two curves (see the class comment). */
    static boolean provablyApart(TracedCurve a, TracedCurve b, Calibration calibration) {
        if (!a.withCrossesTwin(false).tracedWhole(calibration) || !b.withCrossesTwin(false).tracedWhole(calibration)) {
            return false;
        }
        double clearance = clearance(a.path(), b.path());
        return !hasCliff(a.path(), clearance) && !hasCliff(b.path(), clearance)
                && apart(a.path(), b.path(), calibration.row(97), calibration.row(0));
    }

    /**
     * Whether a trace drops across empty space further than its slope on both sides explains: the
     * mark of a jump from one curve down to another below it (a curve hidden under others for a few
     * columns falls there only as steeply as it falls either side).
     */
    static boolean hasCliff(List<PathColumn> path, double clearance) {
        return cliff(path, clearance) >= 0;
    }

    /**
     * A trace that drops sheer across empty space (a {@link #hasCliff cliff} of at least 10 % of the plot
     * within at most 10 columns) and lands on <em>another traced curve</em> (one drawn there before the drop
     * and that the trace then follows), or that afterwards climbs back above where it was (a cumulative
     * curve never rises: the trace is running on two curves in turn), has jumped from its own curve: only
     * its part before the drop is its own (decision 0278). It is cut there, so it ends in
     * mid-air and is shown but not used, with the warning of any curve whose track was lost. A steep fall
     * of a curve's own (a PTV in a vector figure, where nothing is drawn between plateau and shoulder) lands
     * on no curve that was there before, and is kept. Measured: a light magenta OralCavity trace dropping
     * 20 % at 21 Gy onto a purple curve, 18 pp off yet used; an orange Larynx trace alternating between
     * its curve and a steeper one below, 6.3 pp off yet used.
     */
    static List<TracedCurve> cutJumpsOntoOthers(List<TracedCurve> curves, Calibration calibration) {
        List<TracedCurve> out = new java.util.ArrayList<>(curves);
        for (int i = 0; i < curves.size(); i++) {
            TracedCurve c = curves.get(i);
            List<PathColumn> path = c.path();
            int at = cliff(path, clearance(path, path));
            if (at < 0 || path.get(at).x() - path.get(at - 1).x() > 10
                    || path.get(at).top() - path.get(at - 1).bottom() < 0.1 * calibration.frame().height()) {
                continue;
            }
            for (int j = -1; j < curves.size(); j++) {
                if (j < 0 ? risesAfter(path, at) : j != i && landsOn(path, at, curves.get(j).path(), calibration)) {
                    LOG.debug("curve {} drops at x={} from row {} onto curve {}", i, path.get(at - 1).x(),
                            path.get(at - 1).bottom(), j);
                    TracedCurve cut = rebuilt(c, List.copyOf(path.subList(0, at)), calibration);
                    out.set(i, cut == null ? c.withCrossesTwin(true) : cut);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether, after the cliff at entry {@code at}, the trace lands on {@code other}: the other curve
     * was already drawn in the column before the drop, passes within a clearance of the landing, and the
     * trace runs within a clearance of it for the next 12 columns it has (above the band along 0 %).
     */
    private static boolean landsOn(List<PathColumn> path, int at, List<PathColumn> other, Calibration calibration) {
        if (other.isEmpty()) {
            return false;
        }
        double clearance = clearance(path, other);
        double zeroBand = calibration.row(0) - 2 * Math.max(2, Math.max(lineWidth(path), lineWidth(other)) + 1);
        PathColumn landing = path.get(at);
        if (landing.center() >= zeroBand) {
            return false;
        }
        int[][] bo = bridged(other);
        int o0 = other.get(0).x();
        int before = path.get(at - 1).x();
        if (before < o0 || !near(bo, o0, landing.x(), landing.center(), clearance)) {
            return false;
        }
        int together = 0;
        for (int k = at; k < path.size() && path.get(k).x() <= landing.x() + 12; k++) {
            PathColumn p = path.get(k);
            if (!near(bo, o0, p.x(), p.center(), clearance)) {
                return false;
            }
            together++;
        }
        return together >= 4;
    }

    /**
     * Whether the trace climbs back, after entry {@code at}, more than a clearance above where it was: a
     * cumulative curve never rises, so a trace that does has been running on two curves in turn.
     */
    private static boolean risesAfter(List<PathColumn> path, int at) {
        double clearance = clearance(path, path);
        for (int k = Math.max(1, at); k < path.size(); k++) {
            if (path.get(k - 1).top() - path.get(k).bottom() > clearance) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(int[][] bridged, int first, int x, double row, double clearance) {
        if (x < first || x >= first + bridged.length) {
            return false;
        }
        int[] r = bridged[x - first];
        return row >= r[0] - clearance && row <= r[1] + clearance;
    }

    /** The index of the first path entry after a cliff, or -1. */
    private static int cliff(List<PathColumn> path, double clearance) {
        for (int k = 1; k < path.size(); k++) {
            PathColumn p = path.get(k - 1);
            PathColumn n = path.get(k);
            int dx = n.x() - p.x();
            double gap = n.top() - p.bottom() - 1;
            if (gap <= clearance) {
                continue;
            }
            double slope = Math.max(slope(path, k - 1, -1), slope(path, k, 1));
            if (gap > clearance + 1.5 * slope * dx) {
                return k;
            }
        }
        return -1;
    }

    /** Rows fallen per column over up to 8 columns before ({@code dir} -1) or after (+1) entry {@code k}. */
    private static double slope(List<PathColumn> path, int k, int dir) {
        PathColumn c = path.get(k);
        int j = k;
        while (j + dir >= 0 && j + dir < path.size() && Math.abs(path.get(j + dir).x() - c.x()) <= 8) {
            j += dir;
        }
        PathColumn o = path.get(j);
        double run = Math.max(0, c.length() - 1); // a steep column is itself a fall
        if (o == c) {
            return run;
        }
        double fall = Math.abs(c.center() - o.center());
        return Math.max(run, fall / Math.abs(c.x() - o.x()));
    }

    /**
     * Whether the bridged paths stay at least the clearance apart and on the same side of each other
     * between {@code plateauRow} (97 %) and a band above {@code zeroRow} (0 %).
     */
    static boolean apart(List<PathColumn> a, List<PathColumn> b, double plateauRow, double zeroRow) {
        return apart(a, b, plateauRow, zeroRow, Integer.MAX_VALUE, Integer.MIN_VALUE);
    }

    /** As {@link #apart(List, List, double, double)}, not looking at columns {@code skipFrom}..{@code skipTo}. */
    static boolean apart(List<PathColumn> a, List<PathColumn> b, double plateauRow, double zeroRow, int skipFrom,
                         int skipTo) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        double clearance = clearance(a, b);
        double top = Math.min(plateauRow, zeroRow);
        double bottom = Math.max(plateauRow, zeroRow) - 2 * Math.max(2, Math.max(lineWidth(a), lineWidth(b)) + 1);
        int[][] ba = bridged(a);
        int[][] bb = bridged(b);
        int a0 = a.get(0).x();
        int b0 = b.get(0).x();
        int side = 0;
        int reach = (int) Math.ceil(clearance);
        for (int i = 0; i < ba.length; i++) {
            int xa = a0 + i;
            if (!inBand(ba[i], top, bottom) || xa >= skipFrom && xa <= skipTo) {
                continue;
            }
            for (int xb = Math.max(b0, xa - reach); xb <= Math.min(b0 + bb.length - 1, xa + reach); xb++) {
                int[] rb = bb[xb - b0];
                if (!inBand(rb, top, bottom) || xb >= skipFrom && xb <= skipTo) {
                    continue;
                }
                double dy = Math.max(0, Math.max(ba[i][0], rb[0]) - Math.min(ba[i][1], rb[1]));
                if (Math.hypot(xb - xa, dy) < clearance) {
                    return false;
                }
                if (xb == xa) {
                    int s = Integer.signum((rb[0] + rb[1]) - (ba[i][0] + ba[i][1]));
                    if (s != 0 && side != 0 && s != side) {
                        return false;
                    }
                    side = s == 0 ? side : s;
                }
            }
        }
        return true;
    }

    /** Two same-colour paths after {@link #crossing}: the tails swapped or not, and whether that is certain. */
    record Resolved(List<PathColumn> a, List<PathColumn> b, boolean certain, int from, int to) {
    }

    /** Columns either side of the meeting over which the slopes going in and out are measured. */
    private static final int SLOPE_RUN = 12;
    /** Curves meeting at less than this angle (degrees) cannot be told apart by their slopes. */
    private static final double MIN_CROSSING_ANGLE = 15;

    /**
     * Two traces that meet once, where slope continuity decides which leaves as which (decision 0276).
     * The meeting is the columns where the bridged traces come within the clearance, merged when less
     * than a clearance apart; it must be one, at most 6 clearances long (a long touch is running side by
     * side, which no slope decides), and inside the band. The slopes going in and out are those of the
     * straight line over {@link #SLOPE_RUN} columns either side. The tails (from the middle of the
     * meeting on) are swapped when that keeps each curve's direction and keeping them would bend both;
     * certain only when the two meet at {@link #MIN_CROSSING_ANGLE} or more and one choice bends less
     * than half as much as the other, by at least that angle. Null when they do not meet once.
     */
    static Resolved crossing(List<PathColumn> a, List<PathColumn> b, double plateauRow, double zeroRow) {
        if (a.isEmpty() || b.isEmpty()) {
            return null;
        }
        double clearance = clearance(a, b);
        double top = Math.min(plateauRow, zeroRow);
        double bottom = Math.max(plateauRow, zeroRow) - 2 * Math.max(2, Math.max(lineWidth(a), lineWidth(b)) + 1);
        int[][] ba = bridged(a);
        int[][] bb = bridged(b);
        int a0 = a.get(0).x();
        int b0 = b.get(0).x();
        int from = Math.max(a0, b0);
        int to = Math.min(a0 + ba.length, b0 + bb.length) - 1;
        int meetFrom = Integer.MAX_VALUE;
        int meetTo = Integer.MIN_VALUE;
        int meetings = 0;
        for (int x = from; x <= to; x++) {
            int[] ra = ba[x - a0];
            int[] rb = bb[x - b0];
            if (!inBand(ra, top, bottom) || !inBand(rb, top, bottom)) {
                continue;
            }
            double gap = Math.max(0, Math.max(ra[0], rb[0]) - Math.min(ra[1], rb[1]));
            if (gap < clearance) {
                if (meetTo == Integer.MIN_VALUE || x - meetTo > clearance) {
                    meetings++;
                    meetFrom = x;
                }
                meetTo = x;
            }
        }
        if (meetings != 1 || meetTo - meetFrom > 6 * clearance) {
            return null;
        }
        int in = meetFrom - 1;
        int out = meetTo + 1;
        double aIn = angle(ba, a0, in - SLOPE_RUN, in);
        double bIn = angle(bb, b0, in - SLOPE_RUN, in);
        double aOut = angle(ba, a0, out, out + SLOPE_RUN);
        double bOut = angle(bb, b0, out, out + SLOPE_RUN);
        int middle = (meetFrom + meetTo) / 2;
        if (Double.isNaN(aIn) || Double.isNaN(bIn) || Double.isNaN(aOut) || Double.isNaN(bOut)) {
            return new Resolved(a, b, false, meetFrom, meetTo);
        }
        double keep = Math.abs(aIn - aOut) + Math.abs(bIn - bOut);
        double swap = Math.abs(aIn - bOut) + Math.abs(bIn - aOut);
        boolean certain = Math.abs(aIn - bIn) >= MIN_CROSSING_ANGLE
                && Math.min(keep, swap) <= 0.5 * Math.max(keep, swap)
                && Math.max(keep, swap) - Math.min(keep, swap) >= MIN_CROSSING_ANGLE;
        if (swap < keep) {
            return new Resolved(join(a, b, middle), join(b, a, middle), certain, meetFrom, meetTo);
        }
        return new Resolved(a, b, certain, meetFrom, meetTo);
    }

    /** {@code head}'s columns left of {@code x}, then {@code tail}'s from {@code x} on. */
    private static List<PathColumn> join(List<PathColumn> head, List<PathColumn> tail, int x) {
        List<PathColumn> out = new java.util.ArrayList<>();
        for (PathColumn c : head) {
            if (c.x() < x) {
                out.add(c);
            }
        }
        for (PathColumn c : tail) {
            if (c.x() >= x) {
                out.add(c);
            }
        }
        return out;
    }

    /** The direction (degrees below the horizontal) of the bridged path's centres from column {@code x0} to {@code x1}. */
    private static double angle(int[][] bridged, int first, int x0, int x1) {
        if (x0 < first || x1 >= first + bridged.length || x1 <= x0) {
            return Double.NaN;
        }
        double c0 = (bridged[x0 - first][0] + bridged[x0 - first][1]) / 2.0;
        double c1 = (bridged[x1 - first][0] + bridged[x1 - first][1]) / 2.0;
        return Math.toDegrees(Math.atan2(c1 - c0, x1 - x0));
    }

    private static boolean inBand(int[] run, double top, double bottom) {
        return run[1] >= top && run[0] <= bottom;
    }

    /**
     * The rows two traces are compared between: from the 97 % row down to a band above the 0 % line twice
     * the thicker line's width (plateaus and the line every curve ends on are shared by all): {top, bottom}.
     */
    static double[] band(List<PathColumn> a, List<PathColumn> b, Calibration calibration) {
        double plateau = calibration.row(97);
        double zero = calibration.row(0);
        return new double[] {Math.min(plateau, zero),
                Math.max(plateau, zero) - 2 * Math.max(2, Math.max(lineWidth(a), lineWidth(b)) + 1)};
    }

    /**
     * The path with every column from its first to its last filled: a missing column (a gap where
     * another curve lies on top, or pixels taken by the first trace) spans the straight line between
     * its neighbours, from the higher to the lower of its two interpolated rows.
     */
    static int[][] bridged(List<PathColumn> path) {
        int first = path.get(0).x();
        int[][] out = new int[path.get(path.size() - 1).x() - first + 1][];
        for (int k = 0; k < path.size(); k++) {
            PathColumn c = path.get(k);
            out[c.x() - first] = new int[] {c.top(), c.bottom()};
            if (k + 1 < path.size()) {
                PathColumn n = path.get(k + 1);
                int dx = n.x() - c.x();
                for (int x = c.x() + 1; x < n.x(); x++) {
                    double t0 = (x - c.x() - 0.5) / dx;
                    double t1 = (x - c.x() + 0.5) / dx;
                    double y0 = c.center() + t0 * (n.center() - c.center());
                    double y1 = c.center() + t1 * (n.center() - c.center());
                    double half = Math.min(c.length(), n.length()) / 2.0;
                    out[x - first] = new int[] {(int) Math.floor(Math.min(y0, y1) - half),
                        (int) Math.ceil(Math.max(y0, y1) + half)};
                }
            }
        }
        return out;
    }

    /** The line's thickness: the median run of the path's flatter columns (at most 8 px). */
    static int lineWidth(List<PathColumn> path) {
        int[] lengths = path.stream().mapToInt(PathColumn::length).sorted().toArray();
        return lengths.length == 0 ? 2 : Math.min(8, lengths[lengths.length / 2]);
    }
}
