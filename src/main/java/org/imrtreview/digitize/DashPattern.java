package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whether a trace left over once a colour's first curve was taken away is a dashed line (decision 0381). Where a
 * dashed curve crosses or runs close to its solid twin, many of its dashes join the solid line's pixels, too few are
 * left apart for {@link SeriesSplitter} to see a dashed series, and the colour is traced as one solid mask: the
 * first trace follows the solid line, the second (decision 0183) what remains, which is the dashed line, reported
 * as a second solid curve of the colour and never used (its twin meets it). A dashed line leaves a trace of many
 * pieces of about one length with gaps of about one length between them, as long as the pieces or longer (drawing
 * programs dash lines with on/off patterns of similar lengths), and seen on well under its whole fall; a solid line
 * broken by curves drawn over it leaves long pieces with short gaps (a line's width), and a JPEG shade of a line
 * leaves specks a pixel or two long.
 */
final class DashPattern {
    /** Fewest pieces the trace must fall into. */
    static final int MIN_PIECES = 8;
    /** Shortest median piece (px along the line): JPEG specks are 1-5 px. */
    static final double MIN_PIECE = 6;
    /** Shortest median gap (px along the line). */
    static final double MIN_GAP = 5;
    /** The median gap at least this share of the median piece: a solid line broken by others has gaps of ~0.3. */
    static final double MIN_GAP_TO_PIECE = 0.5;
    /** Gaps about one length: the upper quartile at most this times the lower one. */
    static final double MAX_GAP_SPREAD = 1.7;
    /** Most of its fall's rows a dashed trace covers (a solid line broken by others covers 0.8-1). */
    static final double MAX_SEEN = 0.75;

    /** The pieces and gaps of a trace, each measured along the line (px). */
    record Measure(int pieces, double medianPiece, double medianGap, double lowerGap, double upperGap, double seen) {
        boolean dashed() {
            return pieces >= MIN_PIECES && medianPiece >= MIN_PIECE && medianGap >= MIN_GAP
                    && medianGap >= MIN_GAP_TO_PIECE * medianPiece && upperGap <= MAX_GAP_SPREAD * lowerGap
                    && !(seen > MAX_SEEN);
        }
    }

    private DashPattern() {
    }

    static boolean dashed(List<PathColumn> path, PlotFrame frame) {
        return path.size() > 1 && measure(path, frame).dashed();
    }

    /**
     * Cuts the trace into pieces where neighbouring columns do not touch (more than a column apart, or the next run
     * starting more than a pixel below the last one's end); a gap is the straight step between two pieces.
     */
    static Measure measure(List<PathColumn> path, PlotFrame frame) {
        List<Double> pieces = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        double length = 0;
        for (int i = 1; i < path.size(); i++) {
            PathColumn a = path.get(i - 1);
            PathColumn b = path.get(i);
            if (b.x() - a.x() <= 1 && b.top() <= a.bottom() + 1) {
                length += Math.hypot(1, b.bottom() - a.bottom());
            } else {
                pieces.add(length + Math.max(1, a.length()));
                gaps.add(Math.hypot(b.x() - a.x(), Math.max(0, b.top() - a.bottom())));
                length = 0;
            }
        }
        pieces.add(length + Math.max(1, path.get(path.size() - 1).length()));
        Collections.sort(pieces);
        Collections.sort(gaps);
        if (gaps.isEmpty()) {
            return new Measure(1, pieces.get(0), 0, 0, 0, seen(path, frame));
        }
        return new Measure(pieces.size(), pieces.get(pieces.size() / 2), gaps.get(gaps.size() / 2),
                gaps.get(gaps.size() / 4), gaps.get(3 * gaps.size() / 4), seen(path, frame));
    }

    /**
     * The share of the rows the trace falls across (from its first column's bottom to its last column, at most to two
     * line bands above the frame's bottom) that its columns cover, as {@link ThinlySeenFalls#seenShare} measures it
     * before calibration; NaN for a fall of fewer than 20 rows.
     */
    static double seen(List<PathColumn> path, PlotFrame frame) {
        int band = 2 * Math.max(2, DigitizedCurves.lineThickness(path) + 1);
        int start = path.get(0).bottom();
        int end = Math.min(path.get(path.size() - 1).top(), (int) Math.round(frame.bottom()) - band);
        if (end - start < ThinlySeenFalls.MIN_ROWS) {
            return Double.NaN;
        }
        boolean[] rows = new boolean[end - start + 1];
        for (PathColumn c : path) {
            for (int y = Math.max(c.top(), start); y <= Math.min(c.bottom(), end); y++) {
                rows[y - start] = true;
            }
        }
        int seen = 0;
        for (boolean r : rows) {
            seen += r ? 1 : 0;
        }
        return seen / (double) rows.length;
    }
}
