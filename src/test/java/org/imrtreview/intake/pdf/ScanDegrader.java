package org.imrtreview.intake.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns text-PDF pages into what a scanner or a fax machine makes of them, for the scan corpus:
 * rendered with PDFBox (the fonts embedded in the project's own fixtures, never system fonts), then
 * tilted, speckled, blurred, JPEG-compressed, made 1-bit, or sampled at fax resolutions, and written
 * as image-only PDF pages (non-square fax pixels stay non-square in the file, as a fax server writes
 * them). Deterministic: every random choice comes from a seed.
 */
public final class ScanDegrader {

    /** The looks of the corpus. */
    public enum Look {
        GREY_300("300 dpi grey, clean", 300, 300, 0, 0, false, false, false, 0),
        GREY_200("200 dpi grey, 1° tilt, speckle, blur", 200, 200, 1.0, 0.0004, true, false, false, 0),
        GREY_150("150 dpi grey, -0.7° tilt", 150, 150, -0.7, 0, false, false, false, 0),
        JPEG_COLOUR("200 dpi colour JPEG (quality 0.5), 0.5° tilt", 200, 200, 0.5, 0, false, true, false, 0),
        FAX_FINE("fax fine 204 x 196, 1-bit, 0.8° tilt, speckle", 204, 196, 0.8, 0.0006, false, false, true, 0),
        FAX_STANDARD("fax standard 204 x 98, 1-bit, speckle", 204, 98, 0.3, 0.0006, false, false, true, 0),
        ROTATED_90("200 dpi grey, fed sideways (90°)", 200, 200, 0, 0, false, false, false, 1),
        ROTATED_180("200 dpi grey, upside down", 200, 200, 0, 0, false, false, false, 2),
        /**
         * Not one of the eight looks of docs/scans.md (decision 0370): a page a computer faxes (a fax server
         * or "print to fax") is rasterised straight at 204 x 98 dpi, each 98-dpi row covering its whole
         * strip of the page, where FAX_STANDARD is paper on a fax machine, which reads one thin line per
         * 1/98 inch and can miss a horizontal stroke thinner than that step between two lines.
         */
        FAX_STANDARD_SENT("fax standard 204 x 98 sent from a computer, 1-bit, speckle", 204, 98, 0, 0.0006, false, false,
                true, 0);

        final String description;
        final double xDpi;
        final double yDpi;
        final double tilt;
        final double speckle;
        final boolean blur;
        final boolean jpeg;
        final boolean bilevel;
        final int quarterTurns;

        Look(String description, double xDpi, double yDpi, double tilt, double speckle, boolean blur, boolean jpeg,
             boolean bilevel, int quarterTurns) {
            this.description = description;
            this.xDpi = xDpi;
            this.yDpi = yDpi;
            this.tilt = tilt;
            this.speckle = speckle;
            this.blur = blur;
            this.jpeg = jpeg;
            this.bilevel = bilevel;
            this.quarterTurns = quarterTurns;
        }

        public String description() {
            return description;
        }
    }

    private ScanDegrader() {
    }

    /** The page as the scanner delivers it (pixels at xDpi x yDpi). */
    public static BufferedImage degrade(PDDocument source, int pageIndex, Look look, long seed) throws IOException {
        Random random = new Random(seed);
        PDFRenderer renderer = new PDFRenderer(source);
        double dpi = look.xDpi;
        BufferedImage img;
        if (look == Look.FAX_STANDARD_SENT) {
            img = renderRows(renderer, source, pageIndex, look.xDpi, look.yDpi);
        } else {
            img = renderer.renderImageWithDPI(pageIndex, (float) dpi, look.jpeg ? ImageType.RGB : ImageType.GRAY);
        }
        if (look.yDpi != look.xDpi && look != Look.FAX_STANDARD_SENT) {
            img = scale(img, 1, look.yDpi / look.xDpi);
        }
        if (look.tilt != 0) {
            img = rotate(img, look.tilt);
        }
        if (look.blur) {
            img = blur(img);
        }
        if (look.bilevel) {
            img = bilevel(img, 150);
        }
        if (look.speckle > 0) {
            speckle(img, look.speckle, random);
        }
        if (look.quarterTurns != 0) {
            img = turn(img, look.quarterTurns);
        }
        return img;
    }

    /** The page rasterised straight at xDpi x yDpi (grey, anti-aliased: each pixel the ink of its whole area). */
    static BufferedImage renderRows(PDFRenderer renderer, PDDocument source, int pageIndex, double xDpi, double yDpi)
            throws IOException {
        PDRectangle box = source.getPage(pageIndex).getCropBox();
        int w = (int) Math.round(box.getWidth() / 72 * xDpi);
        int h = (int) Math.round(box.getHeight() / 72 * yDpi);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setBackground(Color.WHITE); // PDFBox clears the page with the background colour first
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        renderer.renderPageToGraphics(pageIndex, g, (float) (xDpi / 72), (float) (yDpi / 72));
        g.dispose();
        return img;
    }

    /** An image-only PDF of the degraded pages of {@code source}. */
    public static void writeScannedPdf(PDDocument source, Look look, long seed, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                BufferedImage img = degrade(source, i, look, seed + i);
                boolean sideways = look.quarterTurns % 2 == 1;
                double xDpi = sideways ? look.yDpi : look.xDpi;
                double yDpi = sideways ? look.xDpi : look.yDpi;
                float w = (float) (img.getWidth() / xDpi * 72);
                float h = (float) (img.getHeight() / yDpi * 72);
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                PDImageXObject x = look.jpeg ? JPEGFactory.createFromImage(doc, img, 0.5f)
                        : LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, w, h);
                }
            }
            doc.save(out.toFile());
        }
    }

    static BufferedImage scale(BufferedImage src, double sx, double sy) {
        int w = (int) Math.round(src.getWidth() * sx);
        int h = (int) Math.round(src.getHeight() * sy);
        BufferedImage out = new BufferedImage(w, h, src.getType() == BufferedImage.TYPE_BYTE_GRAY
                ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    static BufferedImage rotate(BufferedImage src, double degrees) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), src.getType() == BufferedImage.TYPE_BYTE_GRAY
                ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.transform(AffineTransform.getRotateInstance(Math.toRadians(degrees), src.getWidth() / 2.0, src.getHeight() / 2.0));
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    static BufferedImage turn(BufferedImage src, int quarters) {
        int w = src.getWidth();
        int h = src.getHeight();
        boolean sideways = quarters % 2 == 1;
        BufferedImage out = new BufferedImage(sideways ? h : w, sideways ? w : h, src.getType());
        Graphics2D g = out.createGraphics();
        AffineTransform t = new AffineTransform();
        if (quarters == 1) {
            t.translate(h, 0);
        } else if (quarters == 2) {
            t.translate(w, h);
        } else if (quarters == 3) {
            t.translate(0, w);
        }
        t.rotate(Math.toRadians(90.0 * quarters));
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }

    static BufferedImage blur(BufferedImage src) {
        int w = src.getWidth();
        int h = src.getHeight();
        BufferedImage out = new BufferedImage(w, h, src.getType());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0;
                int gr = 0;
                int b = 0;
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        int yy = y + dy;
                        if (xx >= 0 && yy >= 0 && xx < w && yy < h) {
                            int p = src.getRGB(xx, yy);
                            int wgt = dx == 0 && dy == 0 ? 4 : 1;
                            r += wgt * ((p >> 16) & 0xFF);
                            gr += wgt * ((p >> 8) & 0xFF);
                            b += wgt * (p & 0xFF);
                            n += wgt;
                        }
                    }
                }
                out.setRGB(x, y, (r / n) << 16 | (gr / n) << 8 | (b / n));
            }
        }
        return out;
    }

    static BufferedImage bilevel(BufferedImage src, int threshold) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < src.getHeight(); y++) {
            for (int x = 0; x < src.getWidth(); x++) {
                int p = src.getRGB(x, y);
                int luma = (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000;
                out.setRGB(x, y, luma < threshold ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return out;
    }

    /** Dark specks of 1-2 pixels (dust, fax line noise). */
    static void speckle(BufferedImage img, double density, Random random) {
        long n = Math.round(img.getWidth() * (double) img.getHeight() * density);
        for (long i = 0; i < n; i++) {
            int x = random.nextInt(img.getWidth() - 2);
            int y = random.nextInt(img.getHeight() - 2);
            int size = random.nextInt(2) + 1;
            for (int dy = 0; dy < size; dy++) {
                for (int dx = 0; dx < size; dx++) {
                    img.setRGB(x + dx, y + dy, 0xFF000000);
                }
            }
        }
    }
}
