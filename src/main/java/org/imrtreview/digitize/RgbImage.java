package org.imrtreview.digitize;

import java.awt.image.BufferedImage;

/**
 * A decoded image as packed RGB ints with the colour measures the digitiser works in. Alpha is
 * composed over white, since a transparent screenshot background is white on paper.
 */
public final class RgbImage {
    private final int width;
    private final int height;
    private final int[] rgb;
    /** {@link #luma(int)} of every pixel, made on first use (see {@link #lumaPlane()}). */
    private volatile byte[] lumaPlane;

    public RgbImage(int width, int height, int[] rgb) {
        if (rgb.length != width * height) {
            throw new IllegalArgumentException("pixel count does not match size");
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    public static RgbImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        if (image.getColorModel().hasAlpha()) {
            for (int i = 0; i < argb.length; i++) {
                argb[i] = overWhite(argb[i]);
            }
        }
        for (int i = 0; i < argb.length; i++) {
            argb[i] &= 0xFFFFFF;
        }
        return new RgbImage(w, h, argb);
    }

    /** From packed ARGB pixels (as {@link BufferedImage#getRGB} gives them), alpha composed over white. */
    public static RgbImage fromArgb(int width, int height, int[] argb) {
        int[] rgb = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            rgb[i] = overWhite(argb[i]) & 0xFFFFFF;
        }
        return new RgbImage(width, height, rgb);
    }

    private static int overWhite(int argb) {
        int a = argb >>> 24;
        if (a == 255) {
            return argb;
        }
        int r = (((argb >> 16) & 255) * a + 255 * (255 - a)) / 255;
        int g = (((argb >> 8) & 255) * a + 255 * (255 - a)) / 255;
        int b = ((argb & 255) * a + 255 * (255 - a)) / 255;
        return (r << 16) | (g << 8) | b;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int rgb(int x, int y) {
        return rgb[y * width + x];
    }

    public boolean contains(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    /** Luma 0..255 (Rec. 601 weights). */
    public int luma(int x, int y) {
        return luma(rgb[y * width + x]);
    }

    /**
     * The luma of every pixel, row-major, as unsigned bytes ({@code plane[y * width + x] & 255} equals
     * {@code luma(x, y)}), computed once for this picture: the line finders scan every pixel in both
     * directions and read each pixel's luma up to four times otherwise. The picture's pixels never
     * change after construction.
     */
    byte[] lumaPlane() {
        byte[] plane = lumaPlane;
        if (plane == null) {
            plane = new byte[rgb.length];
            for (int i = 0; i < rgb.length; i++) {
                plane[i] = (byte) luma(rgb[i]);
            }
            lumaPlane = plane;
        }
        return plane;
    }

    /** Edges and edge runs of this picture for {@link LineFinder}, made on first use (see {@link LineFinder#rowEdges}). */
    volatile boolean[] rowEdges;
    volatile int[] rowRuns;
    volatile int[] columnRuns;

    /** Tick-label glyphs read in this picture, by their box {left, top, width, height} (see {@link TickLabelReader}). */
    private final java.util.Map<java.util.List<Integer>, DigitGlyphs.Reading> glyphReadings =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.LongAdder GLYPHS_MATCHED = new java.util.concurrent.atomic.LongAdder();

    /**
     * The reading of the glyph in a box of this picture, matched once: a reading depends only on the box's pixels,
     * which never change.
     */
    DigitGlyphs.Reading glyphReading(int left, int top, int w, int h, java.util.function.Supplier<DigitGlyphs.Reading> read) {
        return glyphReadings.computeIfAbsent(java.util.List.of(left, top, w, h), k -> {
            GLYPHS_MATCHED.increment();
            return read.get();
        });
    }

    /** Glyphs matched against the digit templates in this process so far (counted, not timed). */
    static long glyphsMatched() {
        return GLYPHS_MATCHED.sum();
    }

    /** Max minus min channel: 0 for black, white and grays, up to 255 for pure colours. */
    public int chroma(int x, int y) {
        return chroma(rgb[y * width + x]);
    }

    public static int luma(int rgb) {
        return (((rgb >> 16) & 255) * 299 + ((rgb >> 8) & 255) * 587 + (rgb & 255) * 114) / 1000;
    }

    public static int chroma(int rgb) {
        int r = (rgb >> 16) & 255;
        int g = (rgb >> 8) & 255;
        int b = rgb & 255;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
    }

    public static double distance(int a, int b) {
        int dr = ((a >> 16) & 255) - ((b >> 16) & 255);
        int dg = ((a >> 8) & 255) - ((b >> 8) & 255);
        int db = (a & 255) - (b & 255);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    /** Dark, uncoloured ink: axes, ticks and text. */
    public boolean isInk(int x, int y) {
        int p = rgb[y * width + x];
        return luma(p) < 150 && chroma(p) < 70;
    }
}
