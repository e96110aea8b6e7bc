package org.imrtreview.digitize;

import java.util.List;
import java.util.Optional;

/**
 * Finds the plot rectangle. The frame's bottom and left lines meet in a corner (grid lines reach
 * the left axis but do not end where it ends; a legend box's sides are too short to be
 * candidates), so every long horizontal line is paired with every long vertical line that shares
 * its corner, and the largest such rectangle wins. Top and right edges are taken from lines at
 * the far corner when drawn (boxed plots) and from the ends of the axes otherwise (open plots).
 */
final class FrameDetector {
    private static final double MIN_HORIZONTAL = 0.25;
    private static final double MIN_VERTICAL = 0.25;

    Optional<PlotFrame> detect(RgbImage image) {
        LineFinder finder = new LineFinder(image);
        List<AxisLine> horizontal = finder.horizontal(MIN_HORIZONTAL);
        if (horizontal.isEmpty()) {
            return Optional.empty();
        }
        List<AxisLine> vertical = finder.vertical(MIN_VERTICAL);
        double tolerance = 6 + 0.01 * Math.max(image.width(), image.height());
        AxisLine bestBottom = null;
        AxisLine bestLeft = null;
        double bestArea = 0;
        for (AxisLine bottom : horizontal) {
            for (AxisLine left : vertical) {
                // Axes may overshoot the corner (ticks, labels, offset axes) but not stop short of it.
                boolean corner = bottom.start() <= left.position() + tolerance
                        && bottom.start() >= left.position() - 4 * tolerance
                        && left.end() >= bottom.position() - tolerance
                        && left.end() <= bottom.position() + 4 * tolerance
                        && left.start() < bottom.position() && bottom.end() > left.position();
                double area = (Math.min(bottom.end(), image.width()) - left.position())
                        * (bottom.position() - left.start());
                // Prefer the inner rectangle when axes are drawn a few pixels off a plot outline.
                if (corner && area > bestArea * 1.02) {
                    bestArea = area;
                    bestBottom = bottom;
                    bestLeft = left;
                }
            }
        }
        if (bestBottom == null) {
            return Optional.empty();
        }
        double left = bestLeft.position();
        double bottom = bestBottom.position();
        double right = farSide(vertical, bestBottom.end(), bestLeft, tolerance, bestBottom.end());
        double top = farSide(horizontal, bestLeft.start(), bestBottom, tolerance, bestLeft.start());
        if (right - left < MIN_HORIZONTAL * image.width() || bottom - top < MIN_VERTICAL * image.height()) {
            return Optional.empty();
        }
        return Optional.of(new PlotFrame(left, top, right, bottom));
    }

    /** The drawn line at the far end of an axis, or the axis end itself when the plot is open. */
    private static double farSide(List<AxisLine> parallel, double expected, AxisLine across, double tolerance,
                                  double fallback) {
        double best = fallback;
        double bestDistance = tolerance;
        for (AxisLine line : parallel) {
            double d = Math.abs(line.position() - expected);
            if (d <= bestDistance && line.overlaps(across, 0.6)) {
                bestDistance = d;
                best = line.position();
            }
        }
        return best;
    }
}
