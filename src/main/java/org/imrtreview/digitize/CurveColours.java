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

    /** Seed colours, most frequent first. */
    List<Integer> find() {
        int[] chromaHistogram = new int[256];
        for (int y = region.top(); y <= region.bottom(); y++) {
            for (int x = region.left(); x <= region.right(); x++) {
                chromaHistogram[image.chroma(x, y)]++;
            }
        }
        int coloured = 0;
        for (int c = MIN_CHROMA; c < 256; c++) {
            coloured += chromaHistogram[c];
        }
        if (coloured == 0) {
            return List.of();
        }
        // The strongest 40 % of coloured pixels seed the palette, but never below half the 95th percentile.
        int strong = percentile(chromaHistogram, coloured, 0.60);
        int p95 = percentile(chromaHistogram, coloured, 0.95);
        int seedChroma = Math.max(MIN_CHROMA, Math.max(strong, p95 / 2));
        List<Integer> seedPixels = new ArrayList<>();
        for (int y = region.top(); y <= region.bottom(); y++) {
            for (int x = region.left(); x <= region.right(); x++) {
                int p = image.rgb(x, y);
                if (RgbImage.chroma(p) >= seedChroma && RgbImage.distance(p, background) > 60) {
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
        return seeds;
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

    /** Distance from p to the RGB segment between a and b, ignoring the last 30 % towards b. */
    private static double segmentDistance(int p, int a, int b) {
        double[] pa = {((p >> 16) & 255) - ((a >> 16) & 255), ((p >> 8) & 255) - ((a >> 8) & 255), (p & 255) - (a & 255)};
        double[] ba = {((b >> 16) & 255) - ((a >> 16) & 255), ((b >> 8) & 255) - ((a >> 8) & 255), (b & 255) - (a & 255)};
        double len2 = ba[0] * ba[0] + ba[1] * ba[1] + ba[2] * ba[2];
        double t = len2 == 0 ? 0 : (pa[0] * ba[0] + pa[1] * ba[1] + pa[2] * ba[2]) / len2;
        t = Math.max(0, Math.min(0.7, t));
        double dx = pa[0] - t * ba[0];
        double dy = pa[1] - t * ba[1];
        double dz = pa[2] - t * ba[2];
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

    private static int percentile(int[] histogram, int total, double q) {
        int target = (int) (q * total);
        int seen = 0;
        for (int c = MIN_CHROMA; c < 256; c++) {
            seen += histogram[c];
            if (seen > target) {
                return c;
            }
        }
        return 255;
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
