package org.imrtreview.intake.image;

/**
 * Whether two DVH pictures are one picture saved twice (re-saved, re-compressed, resized) rather than two
 * plans' DVHs (decision 0441). Two plans' DVHs of one patient look alike: same axes, same legend, same
 * colours, every curve starting at 100 %. What differs is where each coloured curve runs. So a picture is
 * reduced to the colour of its most chromatic pixel in each cell of a grid {@value #GRID} cells wide (the
 * curves; axes, grid lines and text are grey), and two pictures are compared by the share of coloured cells
 * of each that the other has in the same hue within one cell. A copy, also one resized or saved as JPEG,
 * shares nearly all its cells; two plans differ wherever their curves part.
 */
public final class PictureLikeness {
    /** Grid cells across the picture's width. */
    static final int GRID = 200;
    private static final int CHROMA = 60;
    /** Hue bins as {@link PixelStats} counts them (one definition of a picture's hues). */
    private static final int HUE_BINS = PixelStats.HUE_BINS;
    /** Fewer coloured cells than this: nothing to compare (a grey fax, an empty plot). */
    static final int MIN_COLOURED_CELLS = 150;
    /** The poorer picture must keep at least this share of the richer one's coloured cells. */
    static final double MIN_COLOUR_RATIO = 0.4;

    private PictureLikeness() {
    }

    /** A picture's coloured cells: 0 for none, else 1 + hue bin; {@code width} x {@code height} cells. */
    public record Signature(int width, int height, byte[] cells, int coloured, double aspect) { }

    /** The signature of decoded pixels ({@code argb} of {@code w} x {@code h}). */
    public static Signature of(int[] argb, int w, int h) {
        int gw = Math.min(GRID, w);
        int gh = Math.max(1, (int) Math.round((double) gw * h / w));
        byte[] cells = new byte[gw * gh];
        int[] best = new int[gw * gh];
        for (int y = 0; y < h; y++) {
            int cy = Math.min(gh - 1, (int) ((long) y * gh / h));
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int p = argb[row + x];
                if ((p >>> 24) < 128) {
                    continue;
                }
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                int max = Math.max(r, Math.max(g, b));
                int min = Math.min(r, Math.min(g, b));
                int chroma = max - min;
                if (chroma < CHROMA) {
                    continue;
                }
                int cell = cy * gw + Math.min(gw - 1, (int) ((long) x * gw / w));
                if (chroma > best[cell]) {
                    best[cell] = chroma;
                    cells[cell] = (byte) (1 + PixelStats.hueBin(r, g, b, max, min));
                }
            }
        }
        int coloured = 0;
        for (byte c : cells) {
            if (c != 0) {
                coloured++;
            }
        }
        return new Signature(gw, gh, cells, coloured, (double) w / h);
    }

    /**
     * The share (0..1) of the coloured cells of the picture with fewer of them that the other picture has in
     * a neighbouring hue within one cell; NaN when the pictures cannot be compared (other proportions, too
     * little colour, or one holding less than {@value #MIN_COLOUR_RATIO} of the other's coloured cells). The
     * poorer picture is asked because JPEG compression and shrinking wash the colour out of thin lines: a
     * copy loses coloured cells, it does not gain them elsewhere.
     */
    public static double likeness(Signature a, Signature b) {
        if (a.width() != b.width() || Math.abs(a.height() - b.height()) > 1
                || Math.abs(a.aspect() - b.aspect()) > 0.02 * a.aspect()
                || a.coloured() < MIN_COLOURED_CELLS || b.coloured() < MIN_COLOURED_CELLS) {
            return Double.NaN;
        }
        Signature poorer = a.coloured() <= b.coloured() ? a : b;
        Signature richer = poorer == a ? b : a;
        if (poorer.coloured() < MIN_COLOUR_RATIO * richer.coloured()) {
            return Double.NaN;
        }
        return share(poorer, richer);
    }

    private static double share(Signature a, Signature b) {
        int found = 0;
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                byte c = a.cells()[y * a.width() + x];
                if (c != 0 && near(b, x, y, c)) {
                    found++;
                }
            }
        }
        return (double) found / a.coloured();
    }

    private static boolean near(Signature b, int x, int y, byte hue) {
        for (int dy = -1; dy <= 1; dy++) {
            int yy = y + dy;
            if (yy < 0 || yy >= b.height()) {
                continue;
            }
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx;
                if (xx < 0 || xx >= b.width()) {
                    continue;
                }
                byte o = b.cells()[yy * b.width() + xx];
                if (o != 0) {
                    int d = Math.abs(o - hue);
                    if (Math.min(d, HUE_BINS - d) <= 1) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
