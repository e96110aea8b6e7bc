package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * When two traces of one colour and style are provably two curves (decision 0276): never near each other
 * between the plateau (row 40 here) and the 0 % line (row 440), never changing sides, no trace dropping
 * across empty space further than its slope explains.
 */
class TwinCurvesTest {

    /** A 2-px line through (x, f(x)) for x in [from, to], skipping the columns in {@code hidden}. */
    private static List<PathColumn> line(int from, int to, IntToDoubleFunction f, int... hidden) {
        List<PathColumn> out = new ArrayList<>();
        double previous = f.applyAsDouble(from);
        for (int x = from; x <= to; x++) {
            double y = f.applyAsDouble(x);
            final int xx = x;
            if (java.util.Arrays.stream(hidden).noneMatch(h -> h == xx)) {
                int top = (int) Math.round(Math.min(previous, y));
                int bottom = (int) Math.round(Math.max(previous, y)) + 1;
                out.add(new PathColumn(x, top, bottom));
            }
            previous = y;
        }
        return out;
    }

    private static final double PLATEAU = 40;
    private static final double ZERO = 440;

    private static double fall(int x, int start, int end) {
        if (x <= start) {
            return PLATEAU;
        }
        if (x >= end) {
            return ZERO;
        }
        return PLATEAU + (ZERO - PLATEAU) * (x - start) / (double) (end - start);
    }

    @Test
    void twoCurvesFarApartAreTwo() {
        List<PathColumn> a = line(0, 600, x -> fall(x, 100, 300));
        List<PathColumn> b = line(0, 600, x -> fall(x, 200, 450), 250, 251, 252, 253); // hidden under another colour
        assertTrue(TwinCurves.apart(a, b, PLATEAU + 3, ZERO));
        assertFalse(TwinCurves.hasCliff(b, TwinCurves.clearance(a, b)), "a gap on a steady slope is no cliff");
    }

    @Test
    void curvesThatCrossAreNot() {
        // a steep target-like fall crossing a shallow organ curve
        List<PathColumn> a = line(0, 600, x -> fall(x, 200, 300));
        List<PathColumn> b = line(0, 600, x -> fall(x, 50, 500));
        assertFalse(TwinCurves.apart(a, b, PLATEAU + 3, ZERO));
    }

    @Test
    void curvesRunningSideBySideWithinTheClearanceAreNot() {
        List<PathColumn> a = line(0, 600, x -> fall(x, 100, 400));
        List<PathColumn> b = line(0, 600, x -> fall(x, 104, 404));
        assertFalse(TwinCurves.apart(a, b, PLATEAU + 3, ZERO), "4 px apart, clearance 6 px");
    }

    @Test
    void aSecondTraceWithAGapWhereItPassesTheFirstIsNotApart() {
        // The first trace's pixels (±2 px) were taken from the mask: the second has a gap where the two
        // met, which bridging closes.
        List<PathColumn> a = line(0, 600, x -> fall(x, 100, 400));
        List<PathColumn> b = line(0, 600, x -> fall(x, 60, 500), java.util.stream.IntStream.rangeClosed(60, 170).toArray());
        assertFalse(TwinCurves.apart(a, b, PLATEAU + 3, ZERO));
    }

    @Test
    void sharingTheHundredPercentPlateauAndTheZeroLineDoesNotCount() {
        List<PathColumn> a = line(0, 600, x -> fall(x, 100, 250));
        List<PathColumn> b = line(0, 600, x -> fall(x, 300, 500));
        assertTrue(TwinCurves.apart(a, b, PLATEAU + 3, ZERO));
    }

    @Test
    void aTraceDroppingFromOneCurveToAnotherAcrossEmptySpaceHasACliff() {
        // Flat at row 200 up to x = 300, then (after a 3-column gap) flat at row 330: a jump of 130 px.
        List<PathColumn> jumped = line(0, 600, x -> x <= 300 ? 200 : 330, 301, 302, 303);
        assertTrue(TwinCurves.hasCliff(jumped, 6));
        // A steep fall hidden for 3 columns under another curve is not a cliff.
        List<PathColumn> steep = line(0, 600, x -> fall(x, 280, 320), 300, 301, 302);
        assertFalse(TwinCurves.hasCliff(steep, 6));
    }

    @Test
    void tracesSwappedAtACrossingAreSwappedBackBySlopeContinuity() {
        // a: steep fall 200..300; b: shallow fall 50..500. The tracer's first trace took a's start and
        // b's end (it never rises: a is above b before the crossing, b above a after it).
        IntToDoubleFunction a = x -> fall(x, 200, 300);
        IntToDoubleFunction b = x -> fall(x, 50, 500);
        int cross = 0;
        for (int x = 210; x < 600; x++) { // both lie on the 100 % line before x = 50
            if (a.applyAsDouble(x) >= b.applyAsDouble(x)) {
                cross = x;
                break;
            }
        }
        final int at = cross;
        List<PathColumn> first = line(0, 600, x -> x < at ? a.applyAsDouble(x) : b.applyAsDouble(x));
        List<PathColumn> second = line(0, 600, x -> x < at ? b.applyAsDouble(x) : a.applyAsDouble(x));
        TwinCurves.Resolved r = TwinCurves.crossing(first, second, PLATEAU + 3, ZERO);
        assertTrue(r != null && r.certain(), "one meeting at a wide angle");
        // after the swap the first is a throughout: at x = 290 a is near the bottom, b still high
        double row = r.a().stream().filter(c -> c.x() == 290).findFirst().orElseThrow().center();
        assertTrue(Math.abs(row - a.applyAsDouble(290)) < 3, "first trace follows a after the crossing: " + row);
    }

    @Test
    void curvesMeetingAtAShallowAngleStayUncertain() {
        IntToDoubleFunction a = x -> fall(x, 100, 420);
        IntToDoubleFunction b = x -> fall(x, 60, 470);
        List<PathColumn> first = line(0, 600, a);
        List<PathColumn> second = line(0, 600, b);
        TwinCurves.Resolved r = TwinCurves.crossing(first, second, PLATEAU + 3, ZERO);
        assertTrue(r == null || !r.certain(), "nearly parallel: no slope decides");
    }
}
