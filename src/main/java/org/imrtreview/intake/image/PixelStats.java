package org.imrtreview.intake.image;

/**
 * Colour and layout statistics of an image given as ARGB pixels (row-major), used to decide whether
 * a DVH image is "in colour" as the policy requires and whether it looks like a plot. Pure: no
 * imaging library, so it is tested on hand-made pixel arrays.
 *
 * <p>A pixel is <em>clearly chromatic</em> when its chroma (max − min of R, G, B) reaches
 * {@value #CHROMA_THRESHOLD} of 255. JPEG noise on a gray picture stays far below that (a few
 * units), as do the tints of yellowed paper and the colour fringes of anti-aliased gray text, so a
 * grayscale fax render saved as RGB is not colour. A picture counts as colour when at least
 * {@value #MIN_CHROMATIC_FRACTION} of its visible pixels (and {@value #MIN_CHROMATIC_PIXELS} pixels)
 * are clearly chromatic: DVH curves are thin, so the fraction needed is small.
 */
public final class PixelStats {

    static final int CHROMA_THRESHOLD = 60;
    static final double MIN_CHROMATIC_FRACTION = 0.001;
    static final int MIN_CHROMATIC_PIXELS = 30;
    private static final int LIGHT = 225;
    private static final int DARK = 110;
    static final int HUE_BINS = 12;

    private final int visiblePixels;
    private final int chromaticPixels;
    private final int lightPixels;
    private final int distinctHues;
    /**
     * The pixels until the axes pass has run (then null): it runs only when {@link #hasAxes()} or
     * {@link #looksLikePlot()} is asked, which a picture named as a DVH never is (decision 0535).
     */
    private int[] pixels;
    private final int width;
    private final int height;
    private boolean hasAxes;
    private static final java.util.concurrent.atomic.AtomicLong AXES_PASSES = new java.util.concurrent.atomic.AtomicLong();

    private PixelStats(int visible, int chromatic, int light, int hues, int[] argb, int width, int height) {
        this.visiblePixels = visible;
        this.chromaticPixels = chromatic;
        this.lightPixels = light;
        this.distinctHues = hues;
        this.pixels = argb;
        this.width = width;
        this.height = height;
    }

    public static PixelStats of(int[] argb, int width, int height) {
        if (argb.length < (long) width * height) {
            throw new IllegalArgumentException("pixel array smaller than width x height");
        }
        int visible = 0;
        int chromatic = 0;
        int light = 0;
        int[] hueCounts = new int[HUE_BINS];
        for (int i = 0; i < width * height; i++) {
            int p = argb[i];
            if ((p >>> 24) < 128) {
                continue; // transparent: not part of the picture
            }
            visible++;
            int r = (p >> 16) & 0xFF;
            int g = (p >> 8) & 0xFF;
            int b = p & 0xFF;
            int max = Math.max(r, Math.max(g, b));
            int min = Math.min(r, Math.min(g, b));
            if (max - min >= CHROMA_THRESHOLD) {
                chromatic++;
                hueCounts[hueBin(r, g, b, max, min)]++;
            } else if (min >= LIGHT) {
                light++;
            }
        }
        int hues = 0;
        for (int c : hueCounts) {
            if (c >= Math.max(MIN_CHROMATIC_PIXELS / 2, chromatic / 50)) {
                hues++;
            }
        }
        return new PixelStats(visible, chromatic, light, hues, argb, width, height);
    }

    /** How many axes passes ran in this program (issue 17: counted, not timed, by tests and benches). */
    public static long axesPasses() {
        return AXES_PASSES.get();
    }

    /** The hue bin (of {@link #HUE_BINS}) of a chromatic pixel whose largest channel is {@code max}, smallest {@code min}. */
    static int hueBin(int r, int g, int b, int max, int min) {
        double d = max - min;
        double h;
        if (max == r) {
            h = ((g - b) / d) % 6;
        } else if (max == g) {
            h = (b - r) / d + 2;
        } else {
            h = (r - g) / d + 4;
        }
        double deg = (h * 60 + 360) % 360;
        return (int) (deg / (360.0 / HUE_BINS)) % HUE_BINS;
    }

    /**
     * A plot has a long dark vertical line (y axis) and a long dark horizontal line (x axis), each
     * spanning at least 40 % of the picture; a page of text has neither. One row-major pass keeps
     * a run counter per column, so the pixels are read in memory order.
     */
    private static boolean detectAxes(int[] argb, int width, int height) {
        if (width < 50 || height < 50) {
            return false;
        }
        int[] columnRun = new int[width];
        int[] columnGap = new int[width];
        int[] columnBest = new int[width];
        int longestRow = 0;
        for (int y = 0; y < height; y++) {
            int run = 0;
            int gap = 0;
            int base = y * width;
            for (int x = 0; x < width; x++) {
                boolean dark = isDark(argb[base + x]);
                // a gap of up to two pixels (tick marks, JPEG blur) does not break a line
                if (dark) {
                    run++;
                    gap = 0;
                } else if (run > 0 && ++gap <= 2) {
                    run++;
                } else {
                    longestRow = Math.max(longestRow, run);
                    run = 0;
                    gap = 0;
                }
                if (dark) {
                    columnRun[x]++;
                    columnGap[x] = 0;
                } else if (columnRun[x] > 0 && ++columnGap[x] <= 2) {
                    columnRun[x]++;
                } else {
                    columnBest[x] = Math.max(columnBest[x], columnRun[x]);
                    columnRun[x] = 0;
                    columnGap[x] = 0;
                }
            }
            longestRow = Math.max(longestRow, run);
        }
        int longestColumn = 0;
        for (int x = 0; x < width; x++) {
            longestColumn = Math.max(longestColumn, Math.max(columnBest[x], columnRun[x]));
        }
        return longestRow >= width * 0.4 && longestColumn >= height * 0.4;
    }

    private static boolean isDark(int p) {
        int r = (p >> 16) & 0xFF;
        int g = (p >> 8) & 0xFF;
        int b = p & 0xFF;
        return (p >>> 24) >= 128 && r + g + b <= 3 * (DARK + 40);
    }

    public boolean isColour() {
        return visiblePixels > 0 && chromaticPixels >= MIN_CHROMATIC_PIXELS
                && chromaticPixels >= visiblePixels * MIN_CHROMATIC_FRACTION;
    }

    /** Mostly light background with axes: how a DVH (or any chart) looks. */
    public boolean looksLikePlot() {
        return hasAxes() && lightPixels >= visiblePixels * 0.5;
    }

    public double chromaticFraction() {
        return visiblePixels == 0 ? 0 : (double) chromaticPixels / visiblePixels;
    }

    public int distinctHues() {
        return distinctHues;
    }

    /**
     * The axes pass over the pixels given to {@link #of}, run the first time it is asked; the caller asks
     * before it changes those pixels (both callers ask at once, or never).
     */
    public synchronized boolean hasAxes() {
        if (pixels != null) {
            hasAxes = detectAxes(pixels, width, height);
            AXES_PASSES.incrementAndGet();
            pixels = null;
        }
        return hasAxes;
    }

    public int visiblePixels() {
        return visiblePixels;
    }

    public int chromaticPixels() {
        return chromaticPixels;
    }
}
