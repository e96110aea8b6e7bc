package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.imrtreview.intake.image.DecodedImage;
import org.imrtreview.intake.image.ImageDecoder;
import org.imrtreview.intake.image.PixelStats;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, counted rather than timed (decision 0535): a picture whose name already says it is a DVH is
 * classified without the pass that looks for long axes (about 9 ms of a cold {@code evaluate} for sample 01's
 * two pictures); a picture with an ordinary name still has its axes looked for, and is still recognised as
 * a chart by its look.
 */
class AxesPassOnlyWhenAskedTest {

    @TempDir
    Path dir;

    private static BufferedImage plot() {
        BufferedImage img = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 400);
        g.setColor(Color.BLACK);
        g.drawLine(50, 20, 50, 360);
        g.drawLine(50, 360, 580, 360);
        g.setStroke(new BasicStroke(3f));
        g.setColor(Color.RED);
        g.drawArc(-250, 40, 600, 640, 0, 90);
        g.setColor(Color.BLUE);
        g.drawArc(-200, 60, 600, 640, 0, 90);
        g.dispose();
        return img;
    }

    private Document classified(String name) throws Exception {
        Path file = dir.resolve(name);
        ImageIO.write(plot(), "png", file.toFile());
        DecodedImage image = ImageDecoder.decode(file);
        PixelStats stats = PixelStats.of(image.argb(), image.sampleWidth(), image.sampleHeight());
        return ImageHandler.classify(name, image, stats);
    }

    @Test
    void aPictureNamedAsADvhIsNotSearchedForAxes() throws Exception {
        long before = PixelStats.axesPasses();
        Document d = classified("dvh_imrt.png");
        assertEquals(DocumentKind.DVH_IMAGE, d.kind());
        assertEquals(Boolean.TRUE, d.color());
        assertEquals(0, PixelStats.axesPasses() - before, "no axes pass for a picture its name calls a DVH");
    }

    @Test
    void aPictureWithAnOrdinaryNameIsStillRecognisedByItsAxes() throws Exception {
        long before = PixelStats.axesPasses();
        Document d = classified("picture1.png");
        assertEquals(DocumentKind.DVH_IMAGE, d.kind());
        assertTrue(d.note().contains("recognised as a chart by its look"), d.note());
        assertEquals(1, PixelStats.axesPasses() - before, "one axes pass, asked once");
    }
}
