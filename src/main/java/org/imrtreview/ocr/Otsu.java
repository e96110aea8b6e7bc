package org.imrtreview.ocr;

/**
 * Otsu's threshold of a 256-level grey histogram: the level that best separates ink from paper (the
 * largest between-class variance). Callers clamp it to what suits their pictures. Used for whole pages
 * ({@link GreyImage}) and for legend text in DVH pictures.
 */
public final class Otsu {

    private Otsu() {
    }

    /** The threshold of {@code hist} (256 counts); 128 when the histogram holds a single level. */
    public static int threshold(long[] hist) {
        long total = 0;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            total += hist[i];
            sum += i * (double) hist[i];
        }
        double sumB = 0;
        long wB = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += t * (double) hist[t];
            double mB = sumB / wB;
            double mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }
}
