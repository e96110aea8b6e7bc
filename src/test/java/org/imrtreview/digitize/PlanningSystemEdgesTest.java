package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * The planning-system windows a little off the corpus's own (decision 0421, {@link PlanningSystemCorpus.Tweak}): a
 * taller toolbar, longer dashes, another JPEG quality. Each picture here had one or two used and wrong curves before
 * decisions 0420-0423 (measured on main's classes with {@code bench/digitize-same-colour.sh tps-edge}): a dashed plan
 * read as a second solid curve of its colour, two solid traces of one colour both used, a dashed trace begun on stray
 * pixels and bridged across a tenth of the plot. Now none is wrong and each still uses curves.
 */
class PlanningSystemEdgesTest {

    private static SyntheticDvh picture(PlanningSystemCorpus.Look look, int variant, PlanningSystemCorpus.Tweak tweak) {
        return PlanningSystemCorpus.make(look, variant, tweak).dvh();
    }

    @Test
    void theProbesThatMisledBeforeUseNoWrongCurve() {
        PlanningSystemCorpus.Tweak q90 = new PlanningSystemCorpus.Tweak(0, 1, 0.9f);
        PlanningSystemCorpus.Tweak longDashes = new PlanningSystemCorpus.Tweak(0, 1.3, 0);
        PlanningSystemCorpus.Tweak toolbar = new PlanningSystemCorpus.Tweak(12, 1, 0);
        List<SyntheticDvh> pictures = List.of(
                picture(PlanningSystemCorpus.Look.RAYSTATION, 2, q90),
                picture(PlanningSystemCorpus.Look.RAYSTATION, 3, q90),
                picture(PlanningSystemCorpus.Look.ECLIPSE, 2, q90),
                picture(PlanningSystemCorpus.Look.RAYSTATION, 3, longDashes),
                picture(PlanningSystemCorpus.Look.ECLIPSE, 2, longDashes),
                picture(PlanningSystemCorpus.Look.RAYSTATION, 0, toolbar));
        for (SyntheticDvh s : pictures) {
            SameColourReport.Count count = SameColourReport.measure(s.name(), List.of(s), true);
            assertEquals(0, count.wrong(), String.join("\n", count.wrongOnes()));
            assertTrue(count.used() >= 4, s.name() + ": " + count.used() + " used");
        }
    }

    @Test
    void twoSolidTracesOfOneColourInATwoPlanPictureAreNotUsed() throws Exception {
        // raystation-0 with a toolbar 12 px taller: the cyan cord is traced twice solid, both whole; one of them is the
        // dashed plan's line (17 pp off), so neither is used (decision 0422).
        SyntheticDvh s = picture(PlanningSystemCorpus.Look.RAYSTATION, 0, new PlanningSystemCorpus.Tweak(12, 1, 0));
        DigitizeResult r = new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(s.image(),
                DigitizeOptions.automatic());
        long usedCyanSolid = r.curves().stream().filter(c -> c.style() == LineStyle.SOLID
                && AccuracyReport.hueDistance(c.rgb(), 0x00dcff) <= 25 && c.tracedWhole(r.calibration())).count();
        assertTrue(usedCyanSolid <= 1, usedCyanSolid + " cyan solid curves used");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("is one of two solid curves of its colour")),
                String.join("\n", r.warnings()));
    }
}
