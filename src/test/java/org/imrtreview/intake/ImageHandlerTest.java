package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageHandlerTest {

    @TempDir
    Path dir;

    private static BufferedImage plot(boolean colour) {
        BufferedImage img = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 400);
        g.setColor(Color.BLACK);
        g.drawLine(50, 20, 50, 360);
        g.drawLine(50, 360, 580, 360);
        g.setStroke(new BasicStroke(3f));
        g.setColor(colour ? Color.RED : Color.DARK_GRAY);
        g.drawArc(-250, 40, 600, 640, 0, 90);
        g.setColor(colour ? Color.BLUE : Color.GRAY);
        g.drawArc(-150, 40, 600, 640, 0, 90);
        g.dispose();
        return img;
    }

    private Document loadOne(String name, BufferedImage img, String format) throws Exception {
        ImageIO.write(img, format, dir.resolve(name).toFile());
        ReviewCase c = CaseLoader.standard().load(dir);
        return c.documents().stream().filter(d -> d.file().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            dvh_3d.png,      png,  3D
            IMRT_DVH.jpg,    jpeg, IMRT
            3D_vs_IMRT.tif,  tiff, BOTH
            dvh-vmat.bmp,    bmp,  IMRT
            plan_3dcrt.gif,  gif,  3D
            """)
    void everyImageFormatIsReadWithItsPlanAndColour(String name, String format, String plan) throws Exception {
        Document d = loadOne(name, plot(true), format);
        assertEquals(DocumentKind.DVH_IMAGE, d.kind());
        assertEquals(plan, d.plan().label());
        assertEquals(Boolean.TRUE, d.color(), d.note());
    }

    @Test
    void grayscaleDvhIsNotColour() throws Exception {
        Document d = loadOne("dvh_imrt.png", plot(false), "png");
        assertEquals(Boolean.FALSE, d.color());
        assertTrue(d.note().contains("grayscale"));
    }

    @Test
    void aChartWithANeutralNameIsTakenAsADvhWithUnknownPlan() throws Exception {
        Document d = loadOne("scan0001.png", plot(true), "png");
        assertEquals(DocumentKind.DVH_IMAGE, d.kind());
        assertNull(d.plan());
        assertTrue(d.note().contains("recognised as a chart by its look"), d.note());
    }

    @Test
    void aPhotoIsNotADvh() throws Exception {
        BufferedImage photo = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        java.util.Random r = new java.util.Random(1);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                photo.setRGB(x, y, r.nextInt(0xFFFFFF));
            }
        }
        Document d = loadOne("IMG_2231.png", photo, "png");
        assertEquals(DocumentKind.OTHER, d.kind());
    }

    @Test
    void aPictureNamedLikeChartNotesIsThatDocumentScanned() throws Exception {
        Document d = loadOne("chart_notes_page1.png", plot(false), "png");
        assertEquals(DocumentKind.CHART_NOTES, d.kind());
        assertEquals(LoadState.SCANNED, d.state());
    }

    @Test
    void planIsReadFromThePngTitleChunkWhenTheNameSaysNothing() throws Exception {
        Path file = dir.resolve("image002.png");
        writePngWithTitle(plot(true), file, "Dose Volume Histogram - IMRT plan");
        Document d = CaseLoader.standard().load(dir).documents().get(0);
        assertEquals(PlanKind.IMRT, d.plan());
    }

    @Test
    void aPngNamedJpgIsReadAndTheNameNoted() throws Exception {
        ImageIO.write(plot(true), "png", dir.resolve("dvh_3d.jpg").toFile());
        ReviewCase c = CaseLoader.standard().load(dir);
        assertEquals(Boolean.TRUE, c.documents().get(0).color());
        assertTrue(c.problems().get(0).message().contains("is named .jpg but is really a PNG image"));
    }

    private static void writePngWithTitle(BufferedImage img, Path file, String title) throws Exception {
        var writer = ImageIO.getImageWritersByFormatName("png").next();
        var param = writer.getDefaultWriteParam();
        var meta = writer.getDefaultImageMetadata(javax.imageio.ImageTypeSpecifier.createFromRenderedImage(img), param);
        var entry = new javax.imageio.metadata.IIOMetadataNode("TextEntry");
        entry.setAttribute("keyword", "Title");
        entry.setAttribute("value", title);
        entry.setAttribute("encoding", "ISO-8859-1");
        entry.setAttribute("language", "en");
        entry.setAttribute("compression", "none");
        var text = new javax.imageio.metadata.IIOMetadataNode("Text");
        text.appendChild(entry);
        var root = new javax.imageio.metadata.IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(text);
        meta.mergeTree("javax_imageio_1.0", root);
        try (var out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(img, null, meta), param);
        }
        writer.dispose();
    }
}
