package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pixels the clean-up whitened, found again on the page as it was turned and straightened (decision 0411). */
class WhitenedInkTest {
    static final int W = 120;
    static final int H = 80;

    /** A 3 x 3 block at (30, 20) on a white picture, and its pixel indices. */
    private static GreyImage block() {
        byte[] px = new byte[W * H];
        java.util.Arrays.fill(px, (byte) 255);
        for (int y = 19; y <= 21; y++) {
            for (int x = 29; x <= 31; x++) {
                px[y * W + x] = 0;
            }
        }
        return new GreyImage(px, W, H);
    }

    private static int[] blockPixels() {
        int[] out = new int[9];
        int k = 0;
        for (int y = 19; y <= 21; y++) {
            for (int x = 29; x <= 31; x++) {
                out[k++] = y * W + x;
            }
        }
        return out;
    }

    /** The centre of the dark pixels of {@code g}. */
    private static int[] darkCentre(GreyImage g) {
        long sx = 0;
        long sy = 0;
        int n = 0;
        for (int y = 0; y < g.h; y++) {
            for (int x = 0; x < g.w; x++) {
                if (g.at(x, y) < 128) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        return new int[] {(int) Math.round((double) sx / n), (int) Math.round((double) sy / n)};
    }

    private static void found(int firstQuarter, double degrees, int lastQuarter) {
        GreyImage page = block().turned(firstQuarter).rotated(degrees).turned(lastQuarter);
        WhitenedInk ink = new WhitenedInk(blockPixels(), W, H, firstQuarter, degrees, lastQuarter);
        int[] c = darkCentre(page);
        String how = "turned " + firstQuarter + ", rotated " + degrees + ", turned " + lastQuarter;
        assertTrue(ink.at(c[0], c[1]), "the block where the page shows it: " + how);
        assertFalse(ink.at(c[0] + 6, c[1]), "nothing beside it: " + how);
        assertFalse(ink.at(c[0], c[1] - 6), "nothing above it: " + how);
    }

    @Test
    void aWhitenedSpeckIsFoundWhereverTheReadingTurnedAndStraightenedThePage() {
        found(0, 0, 0);
        found(0, 2.5, 0);
        found(0, -0.8, 2);
        found(1, 0, 0);
        found(1, 1.5, 0);
        found(1, -3, 2);
        found(3, 0.7, 0);
        found(2, 0, 0);
    }

    @Test
    void nothingWhitenedIsNothingFound() {
        assertFalse(WhitenedInk.NONE.at(0, 0));
        assertFalse(new WhitenedInk(new int[0], W, H, 0, 0, 0).at(30, 20));
        assertFalse(new WhitenedInk(blockPixels(), W, H, 0, 0, 0).at(-5, 500), "off the page");
    }
}
