package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * The edge probes of the planning-system windows (decision 0421) still used and wrong after decisions 0420-0425, each
 * read right or held back by decisions 0490-0494 and 0530-0534 (measured with {@code bench/digitize-same-colour.sh tps-edge 4}).
 */
class EdgeProbesLeftTest {

    private static SyntheticDvh picture(PlanningSystemCorpus.Look look, int variant, PlanningSystemCorpus.Tweak tweak) {
        return PlanningSystemCorpus.make(look, variant, tweak).dvh();
    }

    private static DigitizeResult digitize(SyntheticDvh s) throws NotADvhPlotException {
        return new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(s.image(), DigitizeOptions.automatic());
    }

    private static void noWrongCurve(SyntheticDvh s, int leastUsed) {
        SameColourReport.Count count = SameColourReport.measure(s.name(), List.of(s), true);
        assertEquals(0, count.wrong(), s.name() + ":\n" + String.join("\n", count.wrongOnes()));
        assertTrue(count.used() >= leastUsed, s.name() + ": " + count.used() + " used");
    }

    @Test
    void aDashedTraceRunningOnWhereItsSolidTwinWasLostIsNotUsed() throws Exception {
        // eclipse-0 with dashes x0.75: the solid cord is traced in two pieces lost at 8-11 %, the dashed cord's trace ran
        // on along the solid's end (Dmax 31.2 Gy read, the solid's; drawn 28.1). eclipse-3 at q60: the solid parotid is
        // lost at 88 %, the dashed one read 41.0 (the solid's 41.1; drawn 38.1). Decision 0490.
        SyntheticDvh cord = picture(PlanningSystemCorpus.Look.ECLIPSE, 0, new PlanningSystemCorpus.Tweak(0, 0.75, 0));
        DigitizeResult r = digitize(cord);
        assertFalse(r.curves().stream().anyMatch(c -> c.style() == LineStyle.DASHED
                && AccuracyReport.hueDistance(c.rgb(), 0x00a000) <= 25 && c.tracedWhole(r.calibration())),
                "a green dashed curve is used");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("passes where the solid curve of its colour was lost")),
                String.join("\n", r.warnings()));
        noWrongCurve(cord, 4);
        noWrongCurve(picture(PlanningSystemCorpus.Look.ECLIPSE, 3, new PlanningSystemCorpus.Tweak(0, 1, 0.6f)), 4);
    }

    @Test
    void aTraceClimbingBackAQuarterOfThePlotIsNotUsed() throws Exception {
        // monaco-0 at q70: the dashed brainstem's trace came down stray pixels to 42 %, then climbed 188 rows back onto
        // its own line; its first tenth read level at 81 % (17.6 pp off). Decision 0491.
        SyntheticDvh s = picture(PlanningSystemCorpus.Look.MONACO, 0, new PlanningSystemCorpus.Tweak(0, 1, 0.7f));
        DigitizeResult r = digitize(s);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("climbs back up")), String.join("\n", r.warnings()));
        noWrongCurve(s, 6);
    }

    @Test
    void aDashedTailLyingOnTheLineReachesItsLastDash() throws Exception {
        // raystation-3 with a toolbar 24 px taller: the dashed Parotid_R's tail lies on the 0 % line as dashes to 50.5 Gy;
        // its points end where the flat run begins (48.8), and its Dmax was that point. Now a range to its last dash.
        // Decision 0492.
        SyntheticDvh s = picture(PlanningSystemCorpus.Look.RAYSTATION, 3, new PlanningSystemCorpus.Tweak(24, 1, 0));
        DigitizeResult r = digitize(s);
        TracedCurve pinkDashed = r.curves().stream().filter(c -> c.style() == LineStyle.DASHED
                && AccuracyReport.hueDistance(c.rgb(), 0xff6ee6) <= 25 && c.tracedWhole(r.calibration())).findFirst()
                .orElseThrow();
        double[] dmax = pinkDashed.dmaxInterval(r.calibration());
        assertTrue(dmax[0] < 49.5 && dmax[1] > 50.3, dmax[0] + "-" + dmax[1] + " Gy (drawn 50.55)");
        noWrongCurve(s, 6);
    }

    @Test
    void aTailBlendedIntoTheDarkAxisKeepsItsDmaxOpenToTheFaintInk() throws Exception {
        // raystation-2 at q60: the green solid Parotid_L vanished 12 px above the grey axis at 3.9 %; its tail lies on
        // the line blended by the JPEG into a grey of no curve colour, so nothing covered the spot and its Dmax was the
        // point 24.5 Gy (drawn 26.2). At dashes x0.75 the pink dashed Parotid_R the same (24.6, drawn 26.6). Decision 0530.
        SyntheticDvh s = picture(PlanningSystemCorpus.Look.RAYSTATION, 2, new PlanningSystemCorpus.Tweak(0, 1, 0.6f));
        DigitizeResult r = digitize(s);
        TracedCurve green = r.curves().stream().filter(c -> c.style() == LineStyle.SOLID
                && AccuracyReport.hueDistance(c.rgb(), 0x50e650) <= 25 && c.tracedWhole(r.calibration())).findFirst()
                .orElseThrow();
        double[] dmax = green.dmaxInterval(r.calibration());
        assertTrue(dmax[0] < 25 && dmax[1] > 26.2, dmax[0] + "-" + dmax[1] + " Gy (drawn 26.17)");
        noWrongCurve(s, 2);
        noWrongCurve(picture(PlanningSystemCorpus.Look.RAYSTATION, 2, new PlanningSystemCorpus.Tweak(0, 0.75, 0)), 4);
    }

    @Test
    void aSolidTraceLandingOffItsSlopeOnItsDashedTwinIsNotUsed() throws Exception {
        // eclipse-2 with a toolbar 12 px taller: the solid brainstem's trace fell 38 rows across a 21-column gap (its own
        // slope 0.7 rows per column before, 0.8 after) onto the dashed brainstem's line and came back up across a
        // 38-column gap: used, 6.5 pp off. Decision 0532.
        SyntheticDvh s = picture(PlanningSystemCorpus.Look.ECLIPSE, 2, new PlanningSystemCorpus.Tweak(12, 1, 0));
        DigitizeResult r = digitize(s);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("landing off its own slope")),
                String.join("\n", r.warnings()));
        noWrongCurve(s, 8);
    }
}
