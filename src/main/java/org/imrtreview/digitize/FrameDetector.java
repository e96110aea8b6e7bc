package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.Comparator;
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
        List<PlotFrame> all = candidates(image);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Every plausible frame, the preferred one first (the largest corner rectangle, as above), then
     * other distinct rectangles by size: in a TPS window screenshot the largest corner rectangle can
     * be a panel of the window, and the caller picks the first one with readable tick labels.
     */
    List<PlotFrame> candidates(RgbImage image) {
        LineFinder finder = new LineFinder(image);
        List<AxisLine> horizontal = finder.horizontal(MIN_HORIZONTAL);
        if (horizontal.isEmpty()) {
            return List.of();
        }
        List<AxisLine> vertical = finder.vertical(MIN_VERTICAL);
        double tolerance = 6 + 0.01 * Math.max(image.width(), image.height());
        AxisLine bestBottom = null;
        AxisLine bestLeft = null;
        double bestArea = 0;
        List<AxisLine[]> corners = new ArrayList<>();
        for (AxisLine bottom : horizontal) {
            for (AxisLine left : vertical) {
                // Axes may overshoot the corner (ticks, labels, offset axes) but not stop short of it.
                boolean corner = bottom.start() <= left.position() + tolerance
                        && bottom.start() >= left.position() - 4 * tolerance
                        && left.end() >= bottom.position() - tolerance
                        && left.end() <= bottom.position() + 4 * tolerance
                        && left.start() < bottom.position() && bottom.end() > left.position();
                if (!corner) {
                    continue;
                }
                corners.add(new AxisLine[] {bottom, left});
                double area = (Math.min(bottom.end(), image.width()) - left.position())
                        * (bottom.position() - left.start());
                // Prefer the inner rectangle when axes are drawn a few pixels off a plot outline.
                if (area > bestArea * 1.02) {
                    bestArea = area;
                    bestBottom = bottom;
                    bestLeft = left;
                }
            }
        }
        if (bestBottom == null) {
            return List.of();
        }
        List<PlotFrame> out = new ArrayList<>();
        frame(image, horizontal, vertical, bestBottom, bestLeft, tolerance).ifPresent(out::add);
        List<PlotFrame> others = new ArrayList<>();
        for (AxisLine[] c : corners) {
            frame(image, horizontal, vertical, c[0], c[1], tolerance).ifPresent(others::add);
        }
        others.sort(Comparator.comparingDouble((PlotFrame f) -> -f.width() * f.height()));
        for (PlotFrame f : others) {
            if (out.stream().noneMatch(o -> overlap(o, f) > 0.8) && out.size() < 6) {
                out.add(f);
            }
        }
        return out;
    }

    private static Optional<PlotFrame> frame(RgbImage image, List<AxisLine> horizontal, List<AxisLine> vertical,
                                             AxisLine bottomLine, AxisLine leftLine, double tolerance) {
        double left = leftLine.position();
        double bottom = bottomLine.position();
        double right = farSide(vertical, bottomLine.end(), leftLine, tolerance, bottomLine.end());
        double top = farSide(horizontal, leftLine.start(), bottomLine, tolerance, leftLine.start());
        if (right - left < MIN_HORIZONTAL * image.width() || bottom - top < MIN_VERTICAL * image.height()) {
            return Optional.empty();
        }
        return Optional.of(new PlotFrame(left, top, right, bottom));
    }

    /** Intersection over union of two frames. */
    static double overlap(PlotFrame a, PlotFrame b) {
        double w = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
        double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double inter = w * h;
        return inter / (a.width() * a.height() + b.width() * b.height() - inter);
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
