package org.imrtreview.intake.pdf;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import org.imrtreview.ocr.OcrPage;

/**
 * A DVH figure on a scanned page (decision 0324): the page picture in colour, turned and straightened
 * exactly as OCR read it ({@link org.imrtreview.ocr.PageOcr#upright}, which does it in grey), then cut
 * to the figure: the tallest block of ink rows, so the page margins and a caption set apart go. The
 * figure's pixels keep the page picture's resolution; the words OCR read on the page fall on them
 * through {@link #raster} (points of the OCR page to the figure's pixels), so its tick labels can
 * calibrate the axes as a text PDF's do.
 */
final class ScanFigures {
    /** A gap of this many inches without ink separates the figure from text above or below it. */
    private static final double GAP_INCHES = 0.12;
    /** A block shorter than this share of the page is no figure (the whole page is used instead). */
    private static final double MIN_FIGURE_SHARE = 0.15;
    /** Pixels a frame's line may wander aside over its length (decision 0527). */
    private static final int RUN_SLACK = 3;

    private ScanFigures() {
    }

    /** The figure's pixels and where they lie on the straightened page (in the picture's pixels). */
    record Cut(BufferedImage image, int x, int y, double dpi) {
        /** The map from the OCR page's points to the figure's pixels. */
        FigureRaster raster() {
            double scale = dpi / 72.0;
            return new FigureRaster(image, x / scale, y / scale, scale, scale);
        }
    }

    /** The figure cut from {@code picture} (the page as rendered or sent, {@code dpi} square) as OCR straightened it. */
    static Cut figure(BufferedImage picture, double dpi, OcrPage read) {
        BufferedImage upright = upright(picture, read);
        int[] box = inkBlock(upright, dpi);
        BufferedImage cut = upright.getSubimage(box[0], box[1], box[2] - box[0], box[3] - box[1]);
        BufferedImage copy = new BufferedImage(cut.getWidth(), cut.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(cut, 0, 0, null);
        g.dispose();
        return new Cut(copy, box[0], box[1], dpi);
    }

    /** The page in colour, turned and straightened the way {@code read} was (same steps as {@code PageOcr.upright}). */
    static BufferedImage upright(BufferedImage picture, OcrPage read) {
        BufferedImage rgb = rgb(picture);
        int quarters = read.rotation() / 90;
        int sideways = quarters % 2;
        return turned(rotated(turned(rgb, sideways), -read.skewDegrees()), quarters - sideways);
    }

    private static BufferedImage rgb(BufferedImage picture) {
        if (picture.getType() == BufferedImage.TYPE_INT_RGB) {
            return picture;
        }
        BufferedImage out = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(picture, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Turned clockwise by {@code quarter} quarter turns (the pixel mapping of {@code GreyImage.turned}). */
    static BufferedImage turned(BufferedImage src, int quarter) {
        int q = ((quarter % 4) + 4) % 4;
        if (q == 0) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        int nw = q == 2 ? w : h;
        int nh = q == 2 ? h : w;
        int[] in = src.getRGB(0, 0, w, h, null, 0, w);
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int nx = q == 1 ? h - 1 - y : q == 2 ? w - 1 - x : y;
                int ny = q == 1 ? x : q == 2 ? h - 1 - y : w - 1 - x;
                out[ny * nw + nx] = in[y * w + x];
            }
        }
        BufferedImage img = new BufferedImage(nw, nh, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, nw, nh, out, 0, nw);
        return img;
    }

    /** Rotated about its centre by {@code degrees} (the direction of {@code GreyImage.rotated}), white outside. */
    static BufferedImage rotated(BufferedImage src, double degrees) {
        if (Math.abs(degrees) < 0.05) {
            return src;
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.transform(AffineTransform.getRotateInstance(Math.toRadians(degrees), src.getWidth() / 2.0, src.getHeight() / 2.0));
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    /**
     * {x0, y0, x1, y1} of the tallest block of rows holding ink (blocks split by {@value #GAP_INCHES}
     * inch of blank paper; specks of a fax do not make a row inky), widened by a small margin; the
     * whole page when no block is tall enough to be a figure.
     */
    static int[] inkBlock(BufferedImage img, double dpi) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = img.getRGB(0, 0, w, h, null, 0, w);
        int[] rowInk = new int[h];
        for (int y = 0; y < h; y++) {
            int n = 0;
            for (int x = 0; x < w; x++) {
                if (ink(px[y * w + x])) {
                    n++;
                }
            }
            rowInk[y] = n;
        }
        int minRow = Math.max(3, w / 250);
        int gap = (int) Math.round(GAP_INCHES * dpi);
        int bestTop = 0;
        int bestBottom = -1;
        int top = -1;
        int lastInk = -1;
        for (int y = 0; y <= h; y++) {
            boolean inky = y < h && rowInk[y] >= minRow;
            if (inky) {
                if (top < 0 || y - lastInk > gap) {
                    if (top >= 0 && lastInk - top > bestBottom - bestTop) {
                        bestTop = top;
                        bestBottom = lastInk;
                    }
                    top = y;
                }
                lastInk = y;
            }
        }
        if (top >= 0 && lastInk - top > bestBottom - bestTop) {
            bestTop = top;
            bestBottom = lastInk;
        }
        if (bestBottom - bestTop < MIN_FIGURE_SHARE * h) {
            return new int[] {0, 0, w, h};
        }
        int[] colInk = new int[w];
        for (int y = bestTop; y <= bestBottom; y++) {
            for (int x = 0; x < w; x++) {
                if (ink(px[y * w + x])) {
                    colInk[x]++;
                }
            }
        }
        int minCol = Math.max(3, (bestBottom - bestTop) / 250);
        int left = 0;
        while (left < w - 1 && colInk[left] < minCol) {
            left++;
        }
        int right = w - 1;
        while (right > left && colInk[right] < minCol) {
            right--;
        }
        int margin = (int) Math.round(0.05 * dpi);
        return new int[] {Math.max(0, left - margin), Math.max(0, bestTop - margin), Math.min(w, right + margin + 1),
                Math.min(h, bestBottom + margin + 1)};
    }

    /**
     * How many plot frames stand side by side in a cut figure (decision 0527): its columns are split at
     * blank gutters ({@value #GAP_INCHES} inch without ink), and a part holds a frame when a line (pale grey
     * too) runs down at least half the cut's height (an axis or a frame side) and a line runs along at
     * least half the part's width (the dose axis). A legend or a caption set beside one plot holds no
     * line that long. Two or more: two DVH plots of one page, which one picture would mix.
     */
    static int plotFrames(BufferedImage cut, double dpi) {
        int w = cut.getWidth();
        int h = cut.getHeight();
        int[] px = cut.getRGB(0, 0, w, h, null, 0, w);
        int[] colInk = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (ink(px[y * w + x])) {
                    colInk[x]++;
                }
            }
        }
        int gap = Math.max(2, (int) Math.round(GAP_INCHES * dpi));
        int minCol = Math.max(2, h / 250);
        int frames = 0;
        int x = 0;
        while (x < w) {
            while (x < w && colInk[x] < minCol) {
                x++;
            }
            if (x >= w) {
                break;
            }
            int start = x;
            int lastInk = x;
            while (x < w && x - lastInk <= gap) {
                if (colInk[x] >= minCol) {
                    lastInk = x;
                }
                x++;
            }
            if (holdsFrame(px, w, h, start, lastInk + 1)) {
                frames++;
            }
        }
        return frames;
    }

    /**
     * A vertical line half the height and a horizontal line half the part's width in columns [x0, x1);
     * a run may wander {@value #RUN_SLACK} pixels aside (a line the straightening left a little tilted, a scan's blur).
     */
    private static boolean holdsFrame(int[] px, int w, int h, int x0, int x1) {
        int width = x1 - x0;
        if (width < 0.15 * w) {
            return false;
        }
        boolean[] ink = new boolean[w * h];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = line(px[i]);
        }
        boolean vertical = false;
        for (int x = x0; x < x1 && !vertical; x++) {
            int run = 0;
            for (int y = 0; y < h; y++) {
                boolean any = false;
                for (int d = Math.max(x0, x - RUN_SLACK); d <= Math.min(x1 - 1, x + RUN_SLACK) && !any; d++) {
                    any = ink[y * w + d];
                }
                run = any ? run + 1 : 0;
                if (run >= h / 2) {
                    vertical = true;
                    break;
                }
            }
        }
        if (!vertical) {
            return false;
        }
        for (int y = 0; y < h; y++) {
            int run = 0;
            for (int x = x0; x < x1; x++) {
                boolean any = false;
                for (int d = Math.max(0, y - RUN_SLACK); d <= Math.min(h - 1, y + RUN_SLACK) && !any; d++) {
                    any = ink[d * w + x];
                }
                run = any ? run + 1 : 0;
                if (run >= width / 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A line's pixel, a pale grey axis too (a plotting program's frame is often light grey, and a scan pales it). */
    private static boolean line(int rgb) {
        return darkOrColoured(rgb, 225, 50);
    }

    /** Ink: dark, or clearly coloured (a pale curve on white paper). */
    private static boolean ink(int rgb) {
        return darkOrColoured(rgb, 170, 70);
    }

    /** Luma below {@code dark}, or channels spread more than {@code colour} apart. */
    private static boolean darkOrColoured(int rgb, int dark, int colour) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        return (r * 299 + g * 587 + b * 114) / 1000 < dark || max - min > colour;
    }

    /** The text lines OCR read on the page, in its points (for tick labels beside the figure). */
    static List<TextLine> lines(OcrPage read, int pageIndex) {
        return TextLayout.lines(ScannedPageContent.of(read, pageIndex).glyphs());
    }
}
