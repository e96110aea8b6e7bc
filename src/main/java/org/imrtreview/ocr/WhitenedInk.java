package org.imrtreview.ocr;

import java.util.Arrays;

/**
 * The ink the first clean-up whitened as specks ({@link PageCleaner#despeckle}), looked up on the page as it was
 * read (turned, straightened, maybe turned over): a fax keeps a thin stroke as single pixels touching at their
 * corners, which the clean-up takes for dust, so a comparison sign's faint strokes are gone from the page the
 * engine reads. Only the whitened pixels' indices are kept (a few thousand on a speckled fax), not a second page.
 * Decision 0411.
 */
final class WhitenedInk {
    /** None: nothing was whitened, or nothing is known of it. */
    static final WhitenedInk NONE = new WhitenedInk(new int[0], 1, 1, 0, 0, 0);

    private final int[] sorted;
    private final int w;
    private final int h;
    private final int firstQuarter;
    private final double degrees;
    private final int lastQuarter;

    /**
     * {@code pixels}: indices into the cleaned picture ({@code w} x {@code h}); the page read is that picture
     * turned {@code firstQuarter} quarters, rotated by {@code degrees} ({@link GreyImage#rotated}), then turned
     * {@code lastQuarter} quarters.
     */
    WhitenedInk(int[] pixels, int w, int h, int firstQuarter, double degrees, int lastQuarter) {
        this.sorted = pixels.clone();
        Arrays.sort(this.sorted);
        this.w = w;
        this.h = h;
        this.firstQuarter = ((firstQuarter % 4) + 4) % 4;
        this.degrees = degrees;
        this.lastQuarter = ((lastQuarter % 4) + 4) % 4;
    }

    /** Whether the pixel (x, y) of the page as read was ink the clean-up whitened. */
    boolean at(int x, int y) {
        if (sorted.length == 0) {
            return false;
        }
        // the turned-and-rotated picture's size
        int w1 = firstQuarter % 2 == 1 ? h : w;
        int h1 = firstQuarter % 2 == 1 ? w : h;
        // undo the last turn (the page and the rotated picture have the same size)
        double[] p = unturn(x, y, lastQuarter, w1, h1);
        // undo the rotation: GreyImage.rotated samples source = R(-a) * dest about the centre
        double sx = p[0];
        double sy = p[1];
        if (Math.abs(degrees) >= 0.05) {
            double a = Math.toRadians(degrees);
            double cx = w1 / 2.0;
            double cy = h1 / 2.0;
            double dx = p[0] - cx;
            double dy = p[1] - cy;
            sx = Math.cos(a) * dx + Math.sin(a) * dy + cx;
            sy = -Math.sin(a) * dx + Math.cos(a) * dy + cy;
        }
        // undo the first turn
        double[] q = unturn(Math.round(sx), Math.round(sy), firstQuarter, w1, h1);
        int ox = (int) Math.round(q[0]);
        int oy = (int) Math.round(q[1]);
        if (ox < 0 || oy < 0 || ox >= w || oy >= h) {
            return false;
        }
        return Arrays.binarySearch(sorted, oy * w + ox) >= 0;
    }

    /** The point of a picture that {@code GreyImage.turned(quarter)} moved to (x, y); {@code tw} x {@code th}: the turned size. */
    private static double[] unturn(double x, double y, int quarter, int tw, int th) {
        return switch (quarter) {
            case 1 -> new double[] {y, tw - 1 - x}; // turned: nx = H - 1 - y, ny = x, and the turned width is H
            case 2 -> new double[] {tw - 1 - x, th - 1 - y};
            case 3 -> new double[] {th - 1 - y, x}; // turned: nx = y, ny = W - 1 - x, and the turned height is W
            default -> new double[] {x, y};
        };
    }
}
