package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.imrtreview.digitize.DigitizedCurves;
import org.imrtreview.digitize.SyntheticDvh;
import org.imrtreview.digitize.SyntheticDvhCorpus;
import org.imrtreview.model.Document;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A colour DVH image in a case folder brings its digitised curves into the case. */
class DvhImageDigitisingTest {
    @TempDir
    Path dir;

    @Test
    void colourDvhImageAddsItsCurvesAsDigitisedCurvesOfItsPlanNamedFromItsLegend() throws Exception {
        SyntheticDvh s = SyntheticDvhCorpus.make(12);
        ImageIO.write(s.image(), "png", dir.resolve("IMRT_DVH.png").toFile());
        ReviewCase c = CaseLoader.standard().load(dir);
        List<DvhCurve> curves = c.dvhCurves();
        assertEquals(s.curves().size(), curves.size(), curves.toString());
        int named = 0;
        for (DvhCurve curve : curves) {
            assertTrue(curve.digitised());
            assertEquals(PlanKind.IMRT, curve.plan());
            assertEquals("IMRT_DVH.png", curve.sourceFile());
            if (!DigitizedCurves.isUnassigned(curve)) {
                // OCR may lose a space ("CochleaR"); what matters is that it names the same organ.
                String read = sameOrganOrText(curve.structure());
                assertTrue(s.legendTexts().stream().anyMatch(t -> sameOrganOrText(t).equals(read)),
                        curve.structure() + " names none of " + s.legendTexts());
                named++;
            }
        }
        assertTrue(named >= 3, curves.toString());
        Document d = c.documents().get(0);
        assertTrue(d.note().contains("curves digitised"), d.note());
        assertTrue(d.note().contains("named from the legend text"), d.note());
    }

    @Test
    void grayscaleDvhImageIsNotDigitisedAndStillLoads() throws Exception {
        SyntheticDvh s = SyntheticDvhCorpus.make(12);
        BufferedImage gray = new BufferedImage(s.image().getWidth(), s.image().getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(s.image(), 0, 0, null);
        g.dispose();
        ImageIO.write(gray, "png", dir.resolve("dvh_3d.png").toFile());
        Files.writeString(dir.resolve("notes.txt"), "chart notes");
        ReviewCase c = CaseLoader.standard().load(dir);
        assertTrue(c.dvhCurves().isEmpty());
        assertTrue(c.documents().stream().anyMatch(d -> d.file().equals("dvh_3d.png")));
    }

    @Test
    void combinedImageCurvesKeepTheirPlanOpenForTheNurse() throws Exception {
        SyntheticDvh s = SyntheticDvhCorpus.make(16);
        ImageIO.write(s.image(), "png", dir.resolve("3D_vs_IMRT_dvh.png").toFile());
        ReviewCase c = CaseLoader.standard().load(dir);
        assertTrue(c.dvhCurves().size() >= 4, c.dvhCurves().toString());
        assertTrue(c.dvhCurves().stream().allMatch(curve -> curve.plan() == null));
    }

    private static String sameOrganOrText(String name) {
        return org.imrtreview.constraint.OrganNames.normalise(name).map(o -> o.tg263()).orElse(name.replace(" ", ""));
    }
}
