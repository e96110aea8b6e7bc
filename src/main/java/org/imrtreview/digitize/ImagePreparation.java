package org.imrtreview.digitize;

/**
 * Brings a DVH picture to the form the rest of the digitiser reads: dark ink on a light page,
 * level, and evenly lit.
 * <ul>
 *   <li><b>Dark themes</b> (RayStation, dark Eclipse/Monaco screenshots: black plot, light grid,
 *   white labels) are turned light by inverting lightness only: each pixel is shifted by
 *   {@code 255 - max - min} in all channels, so black and white swap, grays mirror, and every
 *   colour keeps its hue and chroma exactly (bright yellow stays yellow). The shift is its own
 *   inverse, so traced colours are shifted back for the nurse.</li>
 *   <li><b>Skew</b> (a scanned printout, a photo of a screen) is measured from the horizontal
 *   uncoloured edges (axes, frame, grid): the angle at which their projection is sharpest. Small
 *   skews are rotated out; the frame finder needs lines within a pixel or two of level.</li>
 *   <li><b>Uneven light</b> is divided out from a coarse estimate of the page brightness, only
 *   when the plot would otherwise be refused as "not a plain background".</li>
 * </ul>
 */
final class ImagePreparation {
    /** Below this luma the page is a dark theme. */
    private static final int DARK_PAGE = 110;
    /** Largest skew searched (degrees); beyond it the frame is not found and the image is refused. */
    static final double MAX_SKEW = 4.0;
    /** Skews below this (degrees) are left alone: a pixel over 600 columns. */
    private static final double MIN_SKEW = 0.1;

    private ImagePreparation() {
    }

    static boolean isDarkTheme(RgbImage image) {
        return RgbImage.luma(modeColour(image)) < DARK_PAGE;
    }

    /** Lightness inverted, hue and chroma kept (an involution). */
    static RgbImage lightnessInverted(RgbImage image) {
        int w = image.width();
        int h = image.height();
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = invert(image.rgb(x, y));
            }
        }
        return new RgbImage(w, h, out);
    }

    static int invert(int p) {
        int r = (p >> 16) & 255;
        int g = (p >> 8) & 255;
        int b = p & 255;
        int shift = 255 - Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
        return (r + shift) << 16 | (g + shift) << 8 | (b + shift);
    }

    /**
     * The skew of the picture's horizontal lines in degrees (positive: lines fall to the right in
     * image coordinates), or 0 when the picture is level or no lines are seen. The score of an
     * angle is the sum of squared counts of edge pixels per sheared row: long level lines pile up
     * in few rows.
     */
    static double skewDegrees(RgbImage image) {
        int w = image.width();
        int h = image.height();
        // Level lines are long: every other column is plenty to see them.
        int step = Math.max(1, (int) Math.sqrt((double) w * h / 1_500_000.0));
        int xStep = 2 * step;
        int[] xs = new int[1 << 16];
        int[] ys = new int[1 << 16];
        int n = 0;
        // The picture's edges are made whole once: the frame detector reads the same plane next (decision 0562).
        boolean[] edges = LineFinder.rowEdges(image);
        for (int y = 1; y < h; y += step) {
            for (int x = 0; x < w; x += xStep) {
                if (edges[y * w + x]) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, n * 2);
                        ys = java.util.Arrays.copyOf(ys, n * 2);
                    }
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 200) {
            return 0;
        }
        int[] bins = new int[h + 2 * (int) (w * Math.tan(Math.toRadians(MAX_SKEW + 1))) + 4];
        double level = score(xs, ys, n, 0, bins, w);
        double best = 0;
        double bestScore = level;
        for (double a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += 0.2) {
            double s = score(xs, ys, n, a, bins, w);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.2; a <= coarse + 0.2 + 1e-9; a += 0.02) {
            double s = score(xs, ys, n, a, bins, w);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        // A level picture's score barely changes with tiny angles; only a clear gain is a skew.
        if (Math.abs(best) < MIN_SKEW || bestScore < 1.3 * level) {
            return 0;
        }
        return best;
    }

    private static double score(int[] xs, int[] ys, int n, double degrees, int[] bins, int w) {
        java.util.Arrays.fill(bins, 0);
        // Fixed point (1/1024 px): this loop runs some sixty times over every edge pixel.
        long t = Math.round(Math.tan(Math.toRadians(degrees)) * 1024);
        int offset = (int) (w * Math.tan(Math.toRadians(MAX_SKEW + 1))) + 2;
        for (int i = 0; i < n; i++) {
            int row = (int) (((long) ys[i] * 1024 - xs[i] * t + 512) >> 10) + offset;
            if (row >= 0 && row < bins.length) {
                bins[row]++;
            }
        }
        double s = 0;
        for (int b : bins) {
            s += (double) b * b;
        }
        return s;
    }

    /** The picture rotated so lines skewed by {@code degrees} become level; uncovered corners get the page colour. */
    static RgbImage deskewed(RgbImage image, double degrees) {
        int w = image.width();
        int h = image.height();
        int fill = modeColour(image);
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = w / 2.0;
        double cy = h / 2.0;
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                double dy = y - cy;
                double sx = cx + cos * dx - sin * dy;
                double sy = cy + sin * dx + cos * dy;
                out[y * w + x] = bilinear(image, sx, sy, fill);
            }
        }
        return new RgbImage(w, h, out);
    }

    private static int bilinear(RgbImage image, double x, double y, int fill) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        if (x0 < 0 || y0 < 0 || x0 + 1 >= image.width() || y0 + 1 >= image.height()) {
            return fill;
        }
        double fx = x - x0;
        double fy = y - y0;
        int p00 = image.rgb(x0, y0);
        int p10 = image.rgb(x0 + 1, y0);
        int p01 = image.rgb(x0, y0 + 1);
        int p11 = image.rgb(x0 + 1, y0 + 1);
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double top = ((p00 >> shift) & 255) * (1 - fx) + ((p10 >> shift) & 255) * fx;
            double bottom = ((p01 >> shift) & 255) * (1 - fx) + ((p11 >> shift) & 255) * fx;
            int v = (int) Math.round(top * (1 - fy) + bottom * fy);
            out |= Math.max(0, Math.min(255, v)) << shift;
        }
        return out;
    }

    /**
     * Evenly lit: every pixel is scaled by the page brightness expected at its place (the bright
     * end of each block's luma, smoothed across blocks and interpolated), so a light fall-off across
     * a photographed screen or a scan no longer makes the plot background look like a photo.
     */
    static RgbImage evenlyLit(RgbImage image) {
        int w = image.width();
        int h = image.height();
        int block = Math.max(16, Math.min(w, h) / 20);
        int bw = (w + block - 1) / block;
        int bh = (h + block - 1) / block;
        double[][] page = new double[bh][bw];
        int[] hist = new int[256];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                java.util.Arrays.fill(hist, 0);
                int count = 0;
                for (int y = by * block; y < Math.min(h, (by + 1) * block); y++) {
                    for (int x = bx * block; x < Math.min(w, (bx + 1) * block); x++) {
                        hist[RgbImage.luma(image.rgb(x, y))]++;
                        count++;
                    }
                }
                int target = (int) (0.8 * count);
                int sum = 0;
                int v = 0;
                while (v < 255 && sum + hist[v] <= target) {
                    sum += hist[v++];
                }
                page[by][bx] = Math.max(40, v);
            }
        }
        double[][] smooth = new double[bh][bw];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                // The brightest of the neighbourhood: a block filled by a dark legend or toolbar is not the page.
                double m = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int yy = Math.max(0, Math.min(bh - 1, by + dy));
                        int xx = Math.max(0, Math.min(bw - 1, bx + dx));
                        m = Math.max(m, page[yy][xx]);
                    }
                }
                smooth[by][bx] = m;
            }
        }
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            double gy = Math.max(0, Math.min(bh - 1, (y + 0.5) / block - 0.5));
            int y0 = (int) gy;
            int y1 = Math.min(bh - 1, y0 + 1);
            double fy = gy - y0;
            for (int x = 0; x < w; x++) {
                double gx = Math.max(0, Math.min(bw - 1, (x + 0.5) / block - 0.5));
                int x0 = (int) gx;
                int x1 = Math.min(bw - 1, x0 + 1);
                double fx = gx - x0;
                double pageLuma = (smooth[y0][x0] * (1 - fx) + smooth[y0][x1] * fx) * (1 - fy)
                        + (smooth[y1][x0] * (1 - fx) + smooth[y1][x1] * fx) * fy;
                double gain = 250.0 / pageLuma;
                int p = image.rgb(x, y);
                int r = (int) Math.min(255, Math.round(((p >> 16) & 255) * gain));
                int g = (int) Math.min(255, Math.round(((p >> 8) & 255) * gain));
                int b = (int) Math.min(255, Math.round((p & 255) * gain));
                out[y * w + x] = r << 16 | g << 8 | b;
            }
        }
        return new RgbImage(w, h, out);
    }

    /** The picture as the digitiser read it (straightened by {@code degrees}), for drawing overlays on. */
    static java.awt.image.BufferedImage straightened(java.awt.image.BufferedImage picture, double degrees) {
        if (degrees == 0) {
            return picture;
        }
        RgbImage level = deskewed(RgbImage.of(picture), degrees);
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(level.width(), level.height(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < level.height(); y++) {
            for (int x = 0; x < level.width(); x++) {
                out.setRGB(x, y, level.rgb(x, y));
            }
        }
        return out;
    }

    /** The most common colour (5 bits a channel), sampled. */
    static int modeColour(RgbImage image) {
        return CurveColours.background(image, new Region(0, 0, image.width() - 1, image.height() - 1));
    }
}
