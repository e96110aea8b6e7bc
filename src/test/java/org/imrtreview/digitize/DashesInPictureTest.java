package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * A dashed line whose gaps JPEG ringing bridged in its colour's mask, traced as a second solid line of its colour
 * (decision 0420): the picture still shows its dashes along the trace, a solid line does not.
 */
class DashesInPictureTest {

    /** A falling line (a DVH shoulder and tail) drawn thin on white, solid or dashed, then saved as JPEG. */
    private static BufferedImage line(boolean dashed, float quality) {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(255, 0, 0));
        g.setStroke(dashed ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f},
                0f) : new BasicStroke(1.6f));
        g.draw(curve());
        g.dispose();
        return SyntheticDvhCorpus.jpeg(img, quality);
    }

    private static Path2D.Double curve() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(20, 30);
        for (int x = 21; x <= 380; x++) {
            double t = (x - 20) / 360.0;
            p.lineTo(x, 30 + 240 / (1 + Math.exp(-(t - 0.5) * 12)));
        }
        return p;
    }

    /** The trace of the drawn line as the tracer would give it (one run per column, a pixel either side of the line). */
    private static List<PathColumn> path() {
        List<PathColumn> out = new ArrayList<>();
        double last = 30;
        for (int x = 20; x <= 380; x++) {
            double t = (x - 20) / 360.0;
            double y = 30 + 240 / (1 + Math.exp(-(t - 0.5) * 12));
            out.add(new PathColumn(x, (int) Math.floor(Math.min(last, y)), (int) Math.ceil(Math.max(last, y))));
            last = y;
        }
        return out;
    }

    @Test
    void aDashedLineShowsItsDashesAndASolidOneDoesNot() {
        for (float q : new float[] {0.6f, 0.8f, 0.9f}) {
            DashesInPicture.Measure dashed = DashesInPicture.measure(RgbImage.of(line(true, q)), 0xFFFFFF, path());
            DashesInPicture.Measure solid = DashesInPicture.measure(RgbImage.of(line(false, q)), 0xFFFFFF, path());
            assertTrue(dashed.dashed(), "q" + q + " dashed: " + dashed);
            assertFalse(solid.dashed(), "q" + q + " solid: " + solid);
            assertEquals(0, solid.regular(), "q" + q + " solid: " + solid);
        }
    }

    @Test
    void aTraceOffTheLineByAPixelStillSeesTheDashes() {
        List<PathColumn> off = path().stream().map(c -> new PathColumn(c.x(), c.top() + 1, c.bottom() + 1)).toList();
        assertTrue(DashesInPicture.measure(RgbImage.of(line(true, 0.8f)), 0xFFFFFF, off).dashed());
        assertFalse(DashesInPicture.measure(RgbImage.of(line(false, 0.8f)), 0xFFFFFF, off).dashed());
    }

    @Test
    void eclipse2sDashedPtvIsReadDashedNotAsASecondSolidPtv() throws Exception {
        // eclipse-2 (JPEG q80): the dashed PTV's pale shade, its gaps bridged by ringing, was traced as a second solid
        // red curve and used: two solid PTVs, one of them plan 2's (decision 0420).
        SyntheticDvh s = PlanningSystemCorpus.make(PlanningSystemCorpus.Look.ECLIPSE, 2).dvh();
        DigitizeResult r = new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(s.image(),
                DigitizeOptions.automatic());
        List<TracedCurve> red = r.curves().stream().filter(c -> AccuracyReport.hueDistance(c.rgb(), 0xFF0000) <= 25
                && c.tracedWhole(r.calibration())).toList();
        assertEquals(1, red.stream().filter(c -> c.style() == LineStyle.SOLID).count(), describe(red));
        assertEquals(1, red.stream().filter(c -> c.style() == LineStyle.DASHED).count(), describe(red));
        TrueCurve dashedPtv = s.curves().stream().filter(t -> t.dashed() && t.name().equals("PTV_70")).findFirst()
                .orElseThrow();
        TracedCurve read = red.stream().filter(c -> c.style() == LineStyle.DASHED).findFirst().orElseThrow();
        double[] dmax = read.dmaxInterval(r.calibration());
        assertTrue(dmax[0] - 1 <= dashedPtv.dmax() && dashedPtv.dmax() <= dmax[1] + 1,
                "dashed PTV Dmax " + dmax[0] + "-" + dmax[1] + ", drawn " + dashedPtv.dmax());
    }

    @Test
    void aPieceOfTheDashedCordTracedAgainAsSolidNoLongerHoldsBackTheSolidCord() throws Exception {
        // raystation-1 (PNG): the dashed cyan cord is traced dashed, and a 71-column piece of it again as a second cyan
        // solid; the real solid cord then had a same-colour twin it meets and was held back (decision 0276). The piece
        // shows dashes in the picture and lies on the dashed trace: it is dropped and the solid cord used (decision 0425).
        SyntheticDvh s = PlanningSystemCorpus.make(PlanningSystemCorpus.Look.RAYSTATION, 1).dvh();
        DigitizeResult r = new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(s.image(),
                DigitizeOptions.automatic());
        List<TracedCurve> cyanSolid = r.curves().stream().filter(c -> c.style() == LineStyle.SOLID
                && AccuracyReport.hueDistance(c.rgb(), 0x00dcff) <= 25).toList();
        assertEquals(1, cyanSolid.size(), describe(cyanSolid));
        assertTrue(cyanSolid.get(0).tracedWhole(r.calibration()), "the solid cord is used");
        SameColourReport.Count count = SameColourReport.measure(s.name(), List.of(s), true);
        assertEquals(0, count.wrong(), String.join("\n", count.wrongOnes()));
    }

    private static String describe(List<TracedCurve> curves) {
        return curves.stream().map(c -> c.describe() + String.format(" #%06x", c.rgb())).toList().toString();
    }
}
