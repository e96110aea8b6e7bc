package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the distinct curve colours inside the plot frame. Black, gray, white, grid and text are
 * uncoloured and never considered. Colours are seeded from the most saturated pixels (the cores of
 * the lines; anti-aliased fringes and JPEG-smeared pixels are paler) and then every coloured pixel
 * is attributed to the seed it is a paler or darker version of: a fringe pixel lies on the segment
 * between its curve colour and the plot background.
 */
final class CurveColours {
    static final int MIN_CHROMA = 38;
    /** Navy and maroon still reach 128 in one channel; blends of a curve with black ink do not. */
    private static final int MIN_SEED_BRIGHTNESS = 96;
    private static final double SEED_RADIUS = 52;
    private static final double ATTRIBUTION_DISTANCE = 40;

    private final RgbImage image;
    private final Region region;
    private final int background;

    CurveColours(RgbImage image, Region region, int background) {
        this.image = image;
        this.region = region;
        this.background = background;
    }

    /** The plot background the colours were told from. */
    int background() {
        return background;
    }

    /** Seed colours, most frequent first. */
    List<Integer> find() {
        // Seeds are the cores of lines: pixels at least as coloured as their neighbours. Fringes
        // (anti-aliasing, JPEG smear) are paler than the core next to them, whatever the colour.
        List<Integer> seedPixels = new ArrayList<>();
        for (int y = Math.max(1, region.top()); y <= Math.min(image.height() - 2, region.bottom()); y++) {
            for (int x = Math.max(1, region.left()); x <= Math.min(image.width() - 2, region.right()); x++) {
                int p = image.rgb(x, y);
                int chroma = RgbImage.chroma(p);
                if (chroma >= MIN_CHROMA && maxChannel(p) >= MIN_SEED_BRIGHTNESS && RgbImage.distance(p, background) > 60
                        && isLocalCore(x, y, chroma)) {
                    seedPixels.add(p);
                }
            }
        }
        int minPixels = Math.max(12, region.width() / 40);
        List<Integer> seeds = new ArrayList<>();
        while (seedPixels.size() >= minPixels) {
            int mode = modeColour(seedPixels);
            long r = 0;
            long g = 0;
            long b = 0;
            List<Integer> rest = new ArrayList<>();
            int n = 0;
            for (int p : seedPixels) {
                if (RgbImage.distance(p, mode) <= SEED_RADIUS) {
                    r += (p >> 16) & 255;
                    g += (p >> 8) & 255;
                    b += p & 255;
                    n++;
                } else {
                    rest.add(p);
                }
            }
            if (n < minPixels) {
                break;
            }
            int mean = (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
            seeds.add(mean);
            seedPixels = rest;
        }
        return mergePaleVersions(seeds);
    }

    /**
     * At least as coloured as its neighbours, and not touching black ink: where a curve runs along
     * an axis or through text its pixels blend into dark versions of its colour, which must not
     * become colours of their own.
     */
    private boolean isLocalCore(int x, int y, int chroma) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int p = image.rgb(x + dx, y + dy);
                if (RgbImage.chroma(p) > chroma + 6 || (RgbImage.luma(p) < 90 && RgbImage.chroma(p) < 40)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int maxChannel(int p) {
        return Math.max((p >> 16) & 255, Math.max((p >> 8) & 255, p & 255));
    }

    /** A seed that is a paler version of another (a thin line's core washed out by JPEG) is the same curve colour. */
    private List<Integer> mergePaleVersions(List<Integer> seeds) {
        List<Integer> kept = new ArrayList<>();
        for (int seed : seeds) {
            int same = -1;
            for (int k = 0; k < kept.size() && same < 0; k++) {
                int other = kept.get(k);
                if (segmentDistance(seed, other, background) < 22 || segmentDistance(other, seed, background) < 22) {
                    same = k;
                }
            }
            if (same < 0) {
                kept.add(seed);
            } else if (RgbImage.chroma(seed) > RgbImage.chroma(kept.get(same))) {
                kept.set(same, seed);
            }
        }
        return kept;
    }

    /** Index of the seed this pixel is a version of, or -1 when it belongs to none. */
    int attribute(int pixel, List<Integer> seeds) {
        if (RgbImage.chroma(pixel) < MIN_CHROMA) {
            return -1;
        }
        int best = -1;
        double bestDistance = ATTRIBUTION_DISTANCE;
        for (int i = 0; i < seeds.size(); i++) {
            // The small direct-distance term lets red win over dark red for a red pixel, and vice versa.
            double d = Math.min(segmentDistance(pixel, seeds.get(i), background), segmentDistance(pixel, seeds.get(i), 0))
                    + 0.2 * RgbImage.distance(pixel, seeds.get(i));
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /**
     * The indices of the pixels each seed owns ({@code owner[i] == s}), ascending, made in one pass: a mask per seed
     * is then set from its own pixels instead of by a pass over the whole area per seed (decision 0563).
     */
    static int[][] pixelsBySeed(int[] owner, int seeds) {
        int[] counts = new int[seeds];
        for (int o : owner) {
            if (o >= 0) {
                counts[o]++;
            }
        }
        int[][] out = new int[seeds][];
        for (int s = 0; s < seeds; s++) {
            out[s] = new int[counts[s]];
        }
        int[] filled = new int[seeds];
        for (int i = 0; i < owner.length; i++) {
            int o = owner[i];
            if (o >= 0) {
                out[o][filled[o]++] = i;
            }
        }
        return out;
    }

    /** A mask of {@code size} pixels with these set. */
    static boolean[] mask(int[] pixels, int size) {
        boolean[] mask = new boolean[size];
        for (int p : pixels) {
            mask[p] = true;
        }
        return mask;
    }

    /** Distance from p to the RGB segment between a and b, ignoring the last 30 % towards b. */
    private static double segmentDistance(int p, int a, int b) {
        // Plain locals, not two small arrays per call: the commands run on the quick compiler, which
        // does not remove such allocations (about 18 MB per cold evaluate of a case with two pictures).
        double pa0 = ((p >> 16) & 255) - ((a >> 16) & 255);
        double pa1 = ((p >> 8) & 255) - ((a >> 8) & 255);
        double pa2 = (p & 255) - (a & 255);
        double ba0 = ((b >> 16) & 255) - ((a >> 16) & 255);
        double ba1 = ((b >> 8) & 255) - ((a >> 8) & 255);
        double ba2 = (b & 255) - (a & 255);
        double len2 = ba0 * ba0 + ba1 * ba1 + ba2 * ba2;
        double t = len2 == 0 ? 0 : (pa0 * ba0 + pa1 * ba1 + pa2 * ba2) / len2;
        t = Math.max(0, Math.min(0.7, t));
        double dx = pa0 - t * ba0;
        double dy = pa1 - t * ba1;
        double dz = pa2 - t * ba2;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private static int modeColour(List<Integer> pixels) {
        int[] bins = new int[1 << 15];
        for (int p : pixels) {
            bins[quantise(p)]++;
        }
        int best = 0;
        for (int i = 1; i < bins.length; i++) {
            if (bins[i] > bins[best]) {
                best = i;
            }
        }
        return ((best >> 10) & 31) << 19 | ((best >> 5) & 31) << 11 | (best & 31) << 3 | 0x040404;
    }

    private static int quantise(int p) {
        return ((p >> 19) & 31) << 10 | ((p >> 11) & 31) << 5 | ((p >> 3) & 31);
    }

    /** The most common colour of the region: the plot background. */
    static int background(RgbImage image, Region region) {
        int[] bins = new int[1 << 15];
        int step = Math.max(1, (region.width() * region.height()) / 200_000);
        int i = 0;
        for (int y = region.top(); y <= region.bottom(); y++) {
            for (int x = region.left(); x <= region.right(); x++) {
                if (i++ % step == 0) {
                    bins[quantise(image.rgb(x, y))]++;
                }
            }
        }
        int best = 0;
        for (int b = 1; b < bins.length; b++) {
            if (bins[b] > bins[best]) {
                best = b;
            }
        }
        return ((best >> 10) & 31) << 19 | ((best >> 5) & 31) << 11 | (best & 31) << 3 | 0x040404;
    }

    /** Fraction of the region's pixels close to the background: high for plots, low for photos. */
    static double backgroundShare(RgbImage image, Region region, int background) {
        long near = 0;
        long all = 0;
        for (int y = region.top(); y <= region.bottom(); y += 2) {
            for (int x = region.left(); x <= region.right(); x += 2) {
                all++;
                if (RgbImage.distance(image.rgb(x, y), background) < 24) {
                    near++;
                }
            }
        }
        return all == 0 ? 0 : (double) near / all;
    }
}
