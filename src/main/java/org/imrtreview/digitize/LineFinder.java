package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds long horizontal and vertical uncoloured lines (axes, frame, grid) as runs of luminance
 * edges. Working on edges rather than dark pixels finds both drawn lines and the border of a filled
 * plot background (gray JFreeChart or seaborn styles). An edge whose darker side is coloured
 * belongs to a curve (a 100 % plateau is long and straight too) and is ignored. Small gaps are
 * bridged so dashed grid lines, anti-aliasing and curves crossing an axis do not break a line.
 */
final class LineFinder {
    private static final int EDGE_CONTRAST = 20;
    private static final int MAX_LINE_CHROMA = 60;
    /** Edges this close (px) across the line belong to one drawn line (its two sides). */
    private static final int SAME_LINE = 3;

    /**
     * A line may come in this many pieces, a pixel apart across: a straightened scan's axis wanders
     * by a pixel over its length, and a blurred line's edge fades in places.
     */
    private static final int PIECES = 4;

    private final RgbImage image;

    LineFinder(RgbImage image) {
        this.image = image;
    }

    List<AxisLine> horizontal(double minLengthFraction) {
        int w = image.width();
        int h = image.height();
        int minLength = (int) (minLengthFraction * w);
        int gap = 3 + w / 400;
        List<AxisLine> runs = new ArrayList<>();
        boolean[] edge = new boolean[w];
        byte[] luma = image.lumaPlane();
        for (int y = 1; y < h; y++) {
            int above = (y - 1) * w;
            int here = y * w;
            for (int x = 0; x < w; x++) {
                edge[x] = isEdge(image.rgb(x, y - 1), image.rgb(x, y), luma[above + x] & 255, luma[here + x] & 255);
            }
            collectRuns(edge, y, gap, minLength / PIECES, runs);
        }
        return longOnly(joinCollinear(group(runs), 4 * gap), minLength);
    }

    List<AxisLine> vertical(double minLengthFraction) {
        int w = image.width();
        int h = image.height();
        int minLength = (int) (minLengthFraction * h);
        int gap = 3 + h / 400;
        List<AxisLine> runs = new ArrayList<>();
        boolean[] edge = new boolean[h];
        byte[] luma = image.lumaPlane();
        for (int x = 1; x < w; x++) {
            for (int y = 0; y < h; y++) {
                int here = y * w + x;
                edge[y] = isEdge(image.rgb(x - 1, y), image.rgb(x, y), luma[here - 1] & 255, luma[here] & 255);
            }
            collectRuns(edge, x, gap, minLength / PIECES, runs);
        }
        return longOnly(joinCollinear(group(runs), 4 * gap), minLength);
    }

    static boolean isEdge(int a, int b) {
        return isEdge(a, b, RgbImage.luma(a), RgbImage.luma(b));
    }

    /** The same with the two pixels' lumas already known. */
    private static boolean isEdge(int a, int b, int la, int lb) {
        if (Math.abs(la - lb) < EDGE_CONTRAST) {
            return false;
        }
        int darker = la < lb ? a : b;
        return RgbImage.chroma(darker) < MAX_LINE_CHROMA;
    }

    private static void collectRuns(boolean[] edge, int position, int gap, int minLength, List<AxisLine> out) {
        int start = -1;
        int last = -1;
        for (int i = 0; i < edge.length; i++) {
            if (!edge[i]) {
                continue;
            }
            if (start < 0 || i - last > gap + 1) {
                if (start >= 0 && last - start >= minLength) {
                    out.add(new AxisLine(position, start, last));
                }
                start = i;
            }
            last = i;
        }
        if (start >= 0 && last - start >= minLength) {
            out.add(new AxisLine(position, start, last));
        }
    }

    /** Joins pieces of one line: end to end (small gap), at most 2 px apart across. */
    private static List<AxisLine> joinCollinear(List<AxisLine> lines, int gap) {
        List<AxisLine> out = new ArrayList<>(lines);
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i < out.size() && !joined; i++) {
                for (int j = i + 1; j < out.size() && !joined; j++) {
                    AxisLine a = out.get(i);
                    AxisLine b = out.get(j);
                    boolean near = Math.abs(a.position() - b.position()) <= 2;
                    boolean touching = b.start() <= a.end() + gap && a.start() <= b.end() + gap;
                    if (near && touching) {
                        double position = (a.position() * a.length() + b.position() * b.length())
                                / Math.max(1, a.length() + b.length());
                        out.set(i, new AxisLine(position, Math.min(a.start(), b.start()), Math.max(a.end(), b.end())));
                        out.remove(j);
                        joined = true;
                    }
                }
            }
        }
        return out;
    }

    private static List<AxisLine> longOnly(List<AxisLine> lines, int minLength) {
        List<AxisLine> out = new ArrayList<>();
        for (AxisLine l : lines) {
            if (l.length() >= minLength) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * Merges edge runs a few pixels apart across the line into one line at their mean position,
     * minus half a pixel: the two edges of a one-pixel line at row y sit at boundaries y and y+1.
     */
    private static List<AxisLine> group(List<AxisLine> runs) {
        runs.sort(Comparator.comparingDouble(AxisLine::position));
        List<List<AxisLine>> groups = new ArrayList<>();
        for (AxisLine run : runs) {
            List<AxisLine> home = null;
            for (int g = groups.size() - 1; g >= 0 && home == null; g--) {
                List<AxisLine> group = groups.get(g);
                AxisLine lastInGroup = group.get(group.size() - 1);
                if (run.position() - lastInGroup.position() > SAME_LINE) {
                    if (run.position() - lastInGroup.position() > 4 * SAME_LINE) {
                        break;
                    }
                    continue;
                }
                if (run.overlaps(lastInGroup, 0.7)) {
                    home = group;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(run);
        }
        List<AxisLine> lines = new ArrayList<>();
        for (List<AxisLine> group : groups) {
            double sum = 0;
            int start = Integer.MAX_VALUE;
            int end = Integer.MIN_VALUE;
            for (AxisLine run : group) {
                sum += run.position();
                start = Math.min(start, run.start());
                end = Math.max(end, run.end());
            }
            double position = sum / group.size() - (group.size() > 1 ? 0.5 : 0.0);
            lines.add(new AxisLine(position, start, end));
        }
        return lines;
    }
}
