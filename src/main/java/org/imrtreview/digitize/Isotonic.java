package org.imrtreview.digitize;

/**
 * Pool-adjacent-violators fit of a non-increasing sequence: the least-squares closest cumulative
 * DVH to the traced values. Unlike a running minimum it does not drag a whole plateau down to one
 * noisy low pixel.
 */
final class Isotonic {
    private Isotonic() {
    }

    static double[] nonIncreasing(double[] values) {
        int n = values.length;
        double[] level = new double[n];
        int[] count = new int[n];
        int blocks = 0;
        for (double v : values) {
            level[blocks] = v;
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && level[blocks - 2] < level[blocks - 1]) {
                double merged = (level[blocks - 2] * count[blocks - 2] + level[blocks - 1] * count[blocks - 1])
                        / (count[blocks - 2] + count[blocks - 1]);
                count[blocks - 2] += count[blocks - 1];
                level[blocks - 2] = merged;
                blocks--;
            }
        }
        double[] out = new double[n];
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < count[b]; k++) {
                out[i++] = level[b];
            }
        }
        return out;
    }
}
