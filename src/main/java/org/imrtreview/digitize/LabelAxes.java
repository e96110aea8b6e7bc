package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the tick-label text puts the plot (issue 16, decision 0180). A row of at least three numbers
 * that grow evenly to the right is a dose axis; a column of at least three numbers that grow evenly
 * upwards is a volume axis; the row under and right of the column, both reaching towards the same
 * corner, frame the plot. Lines only refine the edges (a drawn axis or a panel border between the
 * labels and the data, a box line beyond the last label); where no line is drawn (ggplot2's grey
 * panel, a spreadsheet chart without a vertical axis line) the edges lie just inside the labels.
 * This is what a reader does, and it does not depend on black axis lines: grid lines, a card in a
 * browser screenshot or a window panel carry no tick labels beside them, so they never become the
 * frame.
 */
final class LabelAxes {
    private static final int MIN_LABELS = 3;

    /** A row (dose) or column (volume) of labels with the scale they fit. */
    record Axis(List<TickLabel> labels, AxisScale scale) {
        double minAlong(boolean row) {
            return labels.stream().mapToDouble(l -> row ? l.centerX() : l.centerY()).min().orElse(0);
        }

        double maxAlong(boolean row) {
            return labels.stream().mapToDouble(l -> row ? l.centerX() : l.centerY()).max().orElse(0);
        }

        /** Mean distance between neighbouring labels along the axis. */
        double spacing(boolean row) {
            return (maxAlong(row) - minAlong(row)) / Math.max(1, labels.size() - 1);
        }
    }

    /** The frame the labels show, with the two axes that show it. */
    record Found(PlotFrame frame, Axis dose, Axis volume) {
    }

    private final RgbImage image;
    private List<AxisLine> horizontalLines;
    private List<AxisLine> verticalLines;

    LabelAxes(RgbImage image) {
        this.image = image;
    }

    /** The plot frame the tick labels show, if a dose row and a volume column meeting at a corner are read. */
    Optional<Found> find() {
        Optional<Found> found = find(150);
        return found.isPresent() ? found : find(TickLabelReader.PALE_INK_LUMA);
    }

    private Optional<Found> find(int inkLuma) {
        int maxGlyph = Math.max(12, Math.min(60, (int) (0.06 * Math.max(image.height(), image.width() * 0.6))));
        Region all = new Region(0, 0, image.width() - 1, image.height() - 1);
        List<TickLabel> labels = new TickLabelReader(image, inkLuma).read(all, maxGlyph, TickLabelReader.AxisSide.NONE);
        if (labels.size() < 2 * MIN_LABELS) {
            return Optional.empty();
        }
        List<Axis> rows = axes(labels, true);
        List<Axis> columns = axes(labels, false);
        Found best = null;
        double bestScore = 0;
        for (Axis row : rows) {
            for (Axis column : columns) {
                Optional<PlotFrame> f = frame(row, column);
                if (f.isEmpty()) {
                    continue;
                }
                double score = row.labels().size() + column.labels().size()
                        + 1e-6 * f.get().width() * f.get().height();
                if (score > bestScore) {
                    bestScore = score;
                    best = new Found(f.get(), row, column);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Rows (or columns) of labels that fit one increasing scale, largest first, without repeats. */
    private static List<Axis> axes(List<TickLabel> labels, boolean row) {
        List<Axis> out = new ArrayList<>();
        for (TickLabel anchor : labels) {
            List<TickLabel> line = labels.stream().filter(l -> row
                    ? Math.abs(l.centerY() - anchor.centerY()) <= 0.5 * anchor.height()
                    : Math.abs(l.right() - anchor.right()) <= 0.6 * anchor.height()
                            || Math.abs(l.centerX() - anchor.centerX()) <= 0.6 * anchor.height()).toList();
            if (line.size() < MIN_LABELS || out.stream().anyMatch(a -> a.labels().containsAll(line))) {
                continue;
            }
            List<double[]> points = new ArrayList<>();
            for (TickLabel l : line) {
                points.add(new double[] {row ? l.centerX() : l.centerY(), l.value()});
            }
            double tolerance = Math.max(2.5, 0.25 * anchor.height());
            Optional<AxisScale> scale = AxisScale.fit(points, tolerance).filter(s -> row ? s.slope() > 0 : s.slope() < 0);
            if (scale.isEmpty()) {
                continue;
            }
            List<TickLabel> inliers = line.stream().filter(l -> Math.abs(
                    ((l.value() - scale.get().intercept()) / scale.get().slope()) - (row ? l.centerX() : l.centerY()))
                    <= tolerance).toList();
            if (inliers.size() >= MIN_LABELS) {
                out.add(new Axis(inliers, scale.get()));
            }
        }
        out.sort(Comparator.comparingInt((Axis a) -> -a.labels().size()));
        return out;
    }

    /**
     * The frame of a dose row and a volume column, when they meet at a corner: the column lies left
     * of the row's first label and ends above the row, the row starts right of the column; the
     * edges are the lines between labels and data where drawn, else just inside the labels.
     */
    private Optional<PlotFrame> frame(Axis row, Axis column) {
        double h = row.labels().stream().mapToDouble(TickLabel::height).average().orElse(10);
        double columnRight = column.labels().stream().mapToDouble(TickLabel::right).max().orElse(0);
        double rowTop = row.labels().stream().mapToDouble(TickLabel::top).min().orElse(0);
        double firstLabel = row.minAlong(true);
        double lowestLabel = column.maxAlong(false);
        double rowSpan = row.maxAlong(true) - firstLabel;
        double columnSpan = lowestLabel - column.minAlong(false);
        // The corner: the column right of nothing in the row, the row under the column, close together.
        if (columnRight > firstLabel + 0.5 * h || lowestLabel > rowTop + 0.5 * h
                || firstLabel - columnRight > 0.5 * rowSpan || rowTop - lowestLabel > 0.5 * columnSpan
                || rowSpan < 0.2 * image.width() || columnSpan < 0.15 * image.height()) {
            return Optional.empty();
        }
        if (horizontalLines == null) { // the same for every pair of label rows and columns: found once
            LineFinder lines = new LineFinder(image);
            horizontalLines = lines.horizontal(0.08);
            verticalLines = lines.vertical(0.08);
        }
        List<AxisLine> horizontal = horizontalLines;
        List<AxisLine> vertical = verticalLines;
        double gap = Math.max(3, 0.3 * h);
        // Bottom: the lowest line between the lowest volume label and the dose labels, else just above them.
        double bottom = rowTop - gap;
        double left = columnRight + gap;
        double rowEnd = row.maxAlong(true);
        double columnEnd = column.minAlong(false);
        AxisLine bottomLine = nearest(horizontal, lowestLabel - 0.5 * h, rowTop - 1, left, rowEnd, true);
        if (bottomLine != null) {
            bottom = bottomLine.position();
        }
        AxisLine leftLine = nearest(vertical, columnRight + 1, firstLabel + 0.5 * h, columnEnd, bottom, false);
        if (leftLine != null) {
            left = leftLine.position();
        }
        // Top and right: the farthest line up to one label spacing beyond the last label, else half a spacing.
        double top = Math.max(0, columnEnd - 0.5 * column.spacing(false));
        double right = Math.min(image.width() - 1, rowEnd + 0.5 * row.spacing(true));
        AxisLine topLine = farthest(horizontal, columnEnd - 1.1 * column.spacing(false), columnEnd + 0.3 * h, left, right,
                true);
        if (topLine != null) {
            top = topLine.position();
        }
        AxisLine rightLine = farthest(vertical, rowEnd - 0.3 * h, rowEnd + 1.1 * row.spacing(true), top, bottom, false);
        if (rightLine != null) {
            right = rightLine.position();
        }
        if (right - left < 0.2 * image.width() || bottom - top < 0.15 * image.height()) {
            return Optional.empty();
        }
        return Optional.of(new PlotFrame(left, top, right, bottom));
    }

    /**
     * Of the lines positioned in [from, to] that run along most of [spanFrom, spanTo], the one
     * nearest the labels: the lowest for the bottom edge, the leftmost for the left edge.
     */
    private static AxisLine nearest(List<AxisLine> lines, double from, double to, double spanFrom, double spanTo,
                                    boolean highestPosition) {
        AxisLine best = null;
        for (AxisLine l : lines) {
            if (l.position() < from || l.position() > to || !runsAlong(l, spanFrom, spanTo)) {
                continue;
            }
            if (best == null || (highestPosition ? l.position() > best.position() : l.position() < best.position())) {
                best = l;
            }
        }
        return best;
    }

    /** Of the lines positioned in [from, to] running along the frame, the one farthest out (top: smallest). */
    private static AxisLine farthest(List<AxisLine> lines, double from, double to, double spanFrom, double spanTo,
                                     boolean top) {
        AxisLine best = null;
        for (AxisLine l : lines) {
            if (l.position() < from || l.position() > to || !runsAlong(l, spanFrom, spanTo)) {
                continue;
            }
            if (best == null || (top ? l.position() < best.position() : l.position() > best.position())) {
                best = l;
            }
        }
        return best;
    }

    /** A line covering at least a third of the span (axes are partly hidden by curves drawn along them). */
    private static boolean runsAlong(AxisLine l, double spanFrom, double spanTo) {
        double common = Math.min(l.end(), spanTo) - Math.max(l.start(), spanFrom);
        return common >= 0.33 * (spanTo - spanFrom);
    }

    /**
     * Whether a line-found frame agrees with the labels: its bottom and left edges lie between the
     * labels and the data (not on a grid line inside the plot, not on a card or panel around it),
     * and it does not stop short of the last labels. How far beyond them it reaches is the lines'
     * business (labels past a misread one are not in the scale).
     */
    static boolean agrees(PlotFrame lines, Found labels) {
        PlotFrame f = labels.frame();
        double h = labels.dose().labels().stream().mapToDouble(TickLabel::height).average().orElse(10);
        double slackX = Math.max(1.5 * h, 0.25 * labels.dose().spacing(true));
        double slackY = Math.max(1.5 * h, 0.25 * labels.volume().spacing(false));
        return Math.abs(lines.left() - f.left()) <= slackX && Math.abs(lines.bottom() - f.bottom()) <= slackY
                && lines.right() >= labels.dose().maxAlong(true) - slackX
                && lines.top() <= labels.volume().minAlong(false) + slackY;
    }
}
