package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits value = intercept + slope * position through tick labels, robustly: every pair of labels
 * proposes a scale, the one most other labels agree with (within a couple of pixels) wins, and it
 * is refitted on those. A misread label (a "6" read as "8") disagrees and is dropped; with fewer
 * than three agreeing labels the axis is not considered read.
 */
record AxisScale(double intercept, double slope, int labelsUsed) {
    private static final int MIN_LABELS = 3;

    double valueAt(double position) {
        return intercept + slope * position;
    }

    static Optional<AxisScale> fit(List<double[]> positionValue, double pixelTolerance) {
        int n = positionValue.size();
        List<double[]> bestInliers = List.of();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double[] a = positionValue.get(i);
                double[] b = positionValue.get(j);
                if (a[0] == b[0] || a[1] == b[1]) {
                    continue;
                }
                double slope = (b[1] - a[1]) / (b[0] - a[0]);
                List<double[]> inliers = new ArrayList<>();
                for (double[] p : positionValue) {
                    double expectedPosition = a[0] + (p[1] - a[1]) / slope;
                    if (Math.abs(expectedPosition - p[0]) <= pixelTolerance) {
                        inliers.add(p);
                    }
                }
                if (inliers.size() > bestInliers.size()) {
                    bestInliers = inliers;
                }
            }
        }
        if (bestInliers.size() < MIN_LABELS) {
            return Optional.empty();
        }
        double mp = 0;
        double mv = 0;
        for (double[] p : bestInliers) {
            mp += p[0];
            mv += p[1];
        }
        mp /= bestInliers.size();
        mv /= bestInliers.size();
        double spp = 0;
        double spv = 0;
        for (double[] p : bestInliers) {
            spp += (p[0] - mp) * (p[0] - mp);
            spv += (p[0] - mp) * (p[1] - mv);
        }
        double slope = spv / spp;
        return Optional.of(new AxisScale(mv - slope * mp, slope, bestInliers.size()));
    }
}
