package org.imrtreview.intake.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;

/**
 * Pixels of a DVH figure for the digitiser (decision 0095). An embedded picture is decoded at its own
 * resolution (never a page render: that would resample thin curves) and turned upright the way the
 * page shows it: a CTM that flips or turns the picture by quarter turns moves pixels exactly, a
 * slight tilt is snapped to the nearest quarter turn; the part hidden by a clipping rectangle is
 * cut off. Masks, CMYK, ICC, Indexed and DCT images are decoded by PDFBox. A vector drawing is
 * rendered for just its region at {@value #VECTOR_DPI} dpi, lower when that would exceed
 * {@value #MAX_VECTOR_PIXELS} pixels.
 */
final class FigureImages {
    static final float VECTOR_DPI = 200f;
    static final long MAX_VECTOR_PIXELS = 6_000_000L;
    /** The same limit as picture files digitised while a case loads. */
    static final long MAX_RASTER_PIXELS = 12_000_000L;
    /** The digitiser's own limit for a picture opened on purpose (a 600 dpi A4 scan is 35 Mpx). */
    static final long MAX_OPENED_PIXELS = 40_000_000L;

    private FigureImages() {
    }

    /** Thrown (as a sentence for the nurse) when a figure's pixels cannot be had. */
    static final class FigureImageException extends IOException {
        FigureImageException(String message) {
            super(message);
        }
    }

    static FigureRaster raster(PlacedImage placed, long maxPixels) throws IOException {
        PDImage image = placed.image();
        long pixels = (long) image.getWidth() * image.getHeight();
        if (pixels > maxPixels) {
            throw new FigureImageException(String.format(java.util.Locale.ROOT,
                    maxPixels < MAX_OPENED_PIXELS
                            ? "the picture is too large to digitise while loading (%d x %d pixels); open it to digitise"
                            : "the picture is too large to digitise (%d x %d pixels)",
                    image.getWidth(), image.getHeight()));
        }
        BufferedImage decoded;
        try {
            decoded = image.getImage();
        } catch (IOException | RuntimeException e) {
            throw new FigureImageException("the picture could not be decoded (" + format(image) + ")");
        }
        if (decoded == null) {
            throw new FigureImageException("the picture could not be decoded (" + format(image) + ")");
        }
        return upright(decoded, placed);
    }

    private static String format(PDImage image) {
        String suffix = image.getSuffix();
        return switch (suffix == null ? "" : suffix) {
            case "jpx" -> "JPEG 2000";
            case "jb2" -> "JBIG2";
            case "tiff" -> "CCITT fax";
            case "jpg" -> "JPEG";
            default -> "format " + (suffix == null ? "unknown" : suffix);
        };
    }

    /**
     * Pixel (px, py) of the stored picture (row 0 at the top) is shown at unit-square point
     * (px / w, 1 - py / h). The orientation is snapped to the nearest quarter turn (with or without a
     * mirror flip) and pixels are copied, never resampled: a picture pasted with a slight tilt is read
     * in its own pixel grid, upright, which is how its chart was drawn.
     */
    static FigureRaster upright(BufferedImage src, PlacedImage placed) {
        int w = src.getWidth();
        int h = src.getHeight();
        AffineTransform unit = placed.unitToDisplay();
        // display displacement of one pixel step right (a) and one pixel step down (b) in the picture
        double ax = unit.getScaleX() / w;
        double ay = unit.getShearY() / w;
        double bx = -unit.getShearX() / h;
        double by = -unit.getScaleY() / h;
        boolean straight = Math.abs(ax) >= Math.abs(ay);
        double eps = 1e-3;
        boolean exact = straight ? Math.abs(ay) < eps * Math.abs(ax) && Math.abs(bx) < eps * Math.abs(by)
                : Math.abs(ax) < eps * Math.abs(ay) && Math.abs(by) < eps * Math.abs(bx);
        BufferedImage out = quarterTurn(src, straight, straight ? ax < 0 : bx < 0, straight ? by < 0 : ay < 0);
        double stepA = Math.hypot(ax, ay);
        double stepB = Math.hypot(bx, by);
        FigureRaster raster = new FigureRaster(out, placed.x0(), placed.top(), 1 / (straight ? stepA : stepB),
                1 / (straight ? stepB : stepA));
        // a tilted picture's box is not its pixel grid: only an exact placement is cut to the clip
        return exact ? crop(raster, placed.visible()) : raster;
    }

    /** Copies pixels so the picture reads as shown: swapped axes for a quarter turn, mirrored where flipped. */
    private static BufferedImage quarterTurn(BufferedImage src, boolean straight, boolean mirrorX, boolean mirrorY) {
        int w = src.getWidth();
        int h = src.getHeight();
        int[] in = src.getRGB(0, 0, w, h, null, 0, w);
        int ow = straight ? w : h;
        int oh = straight ? h : w;
        int[] out = new int[ow * oh];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // where source pixel (x, y) lands: along display x it advances with x (straight) or y (turned)
                int dx = straight ? x : y;
                int dy = straight ? y : x;
                if (mirrorX) {
                    dx = ow - 1 - dx;
                }
                if (mirrorY) {
                    dy = oh - 1 - dy;
                }
                out[dy * ow + dx] = in[y * w + x];
            }
        }
        BufferedImage img = new BufferedImage(ow, oh, src.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, ow, oh, out, 0, ow);
        return img;
    }

    private static FigureRaster crop(FigureRaster r, double[] visible) {
        int x0 = clamp((int) Math.floor(r.pixelX(visible[0]) + 1e-6), r.image().getWidth());
        int y0 = clamp((int) Math.floor(r.pixelY(visible[1]) + 1e-6), r.image().getHeight());
        int x1 = clamp((int) Math.ceil(r.pixelX(visible[2]) - 1e-6), r.image().getWidth());
        int y1 = clamp((int) Math.ceil(r.pixelY(visible[3]) - 1e-6), r.image().getHeight());
        if (x0 == 0 && y0 == 0 && x1 == r.image().getWidth() && y1 == r.image().getHeight() || x1 - x0 < 8 || y1 - y0 < 8) {
            return r;
        }
        return new FigureRaster(r.image().getSubimage(x0, y0, x1 - x0, y1 - y0), r.displayX(x0), r.displayY(y0),
                r.scaleX(), r.scaleY());
    }

    /** Renders one region of a page (display coordinates: x0, top, x1, bottom) for a vector figure. */
    static FigureRaster render(PDDocument doc, int pageIndex, double[] region) throws IOException {
        double w = region[2] - region[0];
        double h = region[3] - region[1];
        double scale = VECTOR_DPI / 72.0;
        if (w * h * scale * scale > MAX_VECTOR_PIXELS) {
            scale = Math.sqrt(MAX_VECTOR_PIXELS / (w * h));
        }
        int pw = Math.max(1, (int) Math.ceil(w * scale));
        int ph = Math.max(1, (int) Math.ceil(h * scale));
        BufferedImage out = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pw, ph);
            g.setBackground(Color.WHITE); // the renderer clears the page with the background colour: black by default
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.translate(-region[0] * scale, -region[1] * scale);
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setSubsamplingAllowed(true);
            renderer.renderPageToGraphics(pageIndex, g, (float) scale, (float) scale, RenderDestination.EXPORT);
        } catch (RuntimeException e) {
            throw new FigureImageException("the drawing could not be rendered");
        } finally {
            g.dispose();
        }
        return new FigureRaster(out, region[0], region[1], scale, scale);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
