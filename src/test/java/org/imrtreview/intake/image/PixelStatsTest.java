package org.imrtreview.intake.image;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PixelStatsTest {

    private static final int W = 400;
    private static final int H = 260;

    /** A small DVH-like chart: white background, black axes, anti-aliased curves in the given colours. */
    private static BufferedImage chart(Color... curves) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.drawLine(40, 10, 40, 230);
        g.drawLine(40, 230, 390, 230);
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < curves.length; i++) {
            g.setColor(curves[i]);
            g.drawArc(40 - 200 + i * 30, 20, 400, 400, 0, 90);
            g.drawLine(300, 30 + i * 14, 330, 30 + i * 14); // legend swatch
        }
        g.drawString("Dose (Gy)", 180, 250);
        g.dispose();
        return img;
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    private static BufferedImage grayAsRgb(BufferedImage colour) {
        BufferedImage out = new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < colour.getHeight(); y++) {
            for (int x = 0; x < colour.getWidth(); x++) {
                int p = colour.getRGB(x, y);
                int gray = (((p >> 16) & 0xFF) * 30 + ((p >> 8) & 0xFF) * 59 + (p & 0xFF) * 11) / 100;
                out.setRGB(x, y, gray << 16 | gray << 8 | gray);
            }
        }
        return out;
    }

    private static BufferedImage jpegRoundTrip(BufferedImage img, float quality) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var param = writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (var out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(img, null, null), param);
        }
        writer.dispose();
        return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void colouredCurvesOnWhiteAreColour() {
        PixelStats s = PixelStats.of(pixels(chart(Color.RED, Color.BLUE, new Color(0x2CA02C))), W, H);
        assertTrue(s.isColour());
        assertTrue(s.distinctHues() >= 3, "hues: " + s.distinctHues());
    }

    @Test
    void grayscaleSavedAsRgbIsNotColour() {
        BufferedImage gray = grayAsRgb(chart(Color.RED, Color.BLUE, Color.ORANGE));
        assertFalse(PixelStats.of(pixels(gray), W, H).isColour());
    }

    @Test
    void jpegNoiseOnAGrayFaxIsNotColour() throws IOException {
        BufferedImage gray = grayAsRgb(chart(Color.RED, Color.BLUE, Color.ORANGE));
        Random r = new Random(7);
        for (int i = 0; i < 4000; i++) { // scanner speckle
            int v = 120 + r.nextInt(100);
            gray.setRGB(r.nextInt(W), r.nextInt(H), v << 16 | v << 8 | v);
        }
        BufferedImage jpeg = jpegRoundTrip(gray, 0.5f);
        assertFalse(PixelStats.of(pixels(jpeg), W, H).isColour());
    }

    @Test
    void colourChartStaysColourThroughLowQualityJpeg() throws IOException {
        BufferedImage jpeg = jpegRoundTrip(chart(Color.RED, Color.BLUE), 0.4f);
        assertTrue(PixelStats.of(pixels(jpeg), W, H).isColour());
    }

    @Test
    void yellowedPaperTintIsNotColour() {
        int[] px = new int[W * H];
        Arrays.fill(px, 0xFFFAF3DC); // cream paper: chroma 30
        for (int i = 0; i < W * H; i += 7) {
            px[i] = 0xFF3C3A32; // dark warm-gray text
        }
        assertFalse(PixelStats.of(px, W, H).isColour());
    }

    @Test
    void aSingleRedStampOnALargeGrayPageIsNotEnough() {
        int[] px = new int[W * H];
        Arrays.fill(px, 0xFFFFFFFF);
        for (int i = 0; i < 20; i++) {
            px[i] = 0xFFFF0000;
        }
        assertFalse(PixelStats.of(px, W, H).isColour());
    }

    @Test
    void transparentPixelsAreIgnored() {
        int[] px = new int[W * H];
        Arrays.fill(px, 0x00FF0000); // fully transparent red
        assertFalse(PixelStats.of(px, W, H).isColour());
    }

    @Test
    void chartHasAxesAndLooksLikeAPlot() {
        assertTrue(PixelStats.of(pixels(chart(Color.RED)), W, H).looksLikePlot());
    }

    @Test
    void pageOfTextDoesNotLookLikeAPlot() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        for (int y = 20; y < H; y += 14) {
            g.drawString("Patient tolerated treatment well, no new complaints.", 10, y);
        }
        g.dispose();
        assertFalse(PixelStats.of(pixels(img), W, H).looksLikePlot());
    }
}
