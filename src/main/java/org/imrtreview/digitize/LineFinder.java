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
        int minLength = (int) (minLengthFraction * w);
        int gap = 3 + w / 400;
        return longOnly(joinCollinear(group(runsOf(rowRuns(image, gap), minLength / PIECES)), 4 * gap), minLength);
    }

    List<AxisLine> vertical(double minLengthFraction) {
        int h = image.height();
        int minLength = (int) (minLengthFraction * h);
        int gap = 3 + h / 400;
        return longOnly(joinCollinear(group(runsOf(columnRuns(image, gap), minLength / PIECES)), 4 * gap), minLength);
    }

    /** The runs at least {@code minLength} long (end minus start), in the order found. */
    private static List<AxisLine> runsOf(int[] runs, int minLength) {
        List<AxisLine> out = new ArrayList<>();
        for (int i = 0; i + 2 < runs.length; i += 3) {
            if (runs[i + 2] - runs[i + 1] >= minLength) {
                out.add(new AxisLine(runs[i], runs[i + 1], runs[i + 2]));
            }
        }
        return out;
    }

    /**
     * Every run of edges along the rows ({position, start, end} in threes, row by row, left to right), found once
     * per picture: the frame detector and the label axes ask for lines of different lengths from the same runs, and
     * the skew estimate reads the same edges (issue 17, decision 0562).
     */
    private static int[] rowRuns(RgbImage image, int gap) {
        int[] runs = image.rowRuns;
        if (runs == null) {
            int w = image.width();
            int h = image.height();
            boolean[] edges = rowEdges(image);
            Runs out = new Runs();
            for (int y = 1; y < h; y++) {
                int start = -1;
                int last = -1;
                int row = y * w;
                for (int x = 0; x < w; x++) {
                    if (!edges[row + x]) {
                        continue;
                    }
                    if (start < 0 || x - last > gap + 1) {
                        if (start >= 0) {
                            out.add(y, start, last);
                        }
                        start = x;
                    }
                    last = x;
                }
                if (start >= 0) {
                    out.add(y, start, last);
                }
            }
            runs = out.toArray();
            image.rowRuns = runs;
        }
        return runs;
    }

    /**
     * Every run of edges down the columns (column by column, top to bottom), found once per picture. The picture is
     * read row by row with each column's open run kept, then the runs are put in column order: the same runs in the
     * same order as a pass down each column, without reading the pixels across the rows.
     */
    private static int[] columnRuns(RgbImage image, int gap) {
        int[] runs = image.columnRuns;
        if (runs == null) {
            int w = image.width();
            int h = image.height();
            EDGE_PASSES.increment();
            int[] start = new int[w];
            int[] last = new int[w];
            java.util.Arrays.fill(start, -1);
            java.util.Arrays.fill(last, -1);
            byte[] luma = image.lumaPlane();
            Runs found = new Runs();
            for (int y = 0; y < h; y++) {
                int row = y * w;
                for (int x = 1; x < w; x++) {
                    int here = row + x;
                    if (!isEdge(image.rgb(x - 1, y), image.rgb(x, y), luma[here - 1] & 255, luma[here] & 255)) {
                        continue;
                    }
                    if (start[x] < 0 || y - last[x] > gap + 1) {
                        if (start[x] >= 0) {
                            found.add(x, start[x], last[x]);
                        }
                        start[x] = y;
                    }
                    last[x] = y;
                }
            }
            for (int x = 1; x < w; x++) {
                if (start[x] >= 0) {
                    found.add(x, start[x], last[x]);
                }
            }
            runs = found.byPosition(w);
            image.columnRuns = runs;
        }
        return runs;
    }

    private static final java.util.concurrent.atomic.LongAdder EDGE_PASSES = new java.util.concurrent.atomic.LongAdder();

    /** Passes over a whole picture looking for edges, in this process so far (counted, not timed; decision 0562). */
    static long edgePasses() {
        return EDGE_PASSES.sum();
    }

    /** Runs as {position, start, end} in threes. */
    private static final class Runs {
        private int[] data = new int[3 * 256];
        private int size;

        void add(int position, int start, int end) {
            if (size + 3 > data.length) {
                data = java.util.Arrays.copyOf(data, 2 * data.length);
            }
            data[size++] = position;
            data[size++] = start;
            data[size++] = end;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }

        /** Sorted by position (0 to {@code positions - 1}), keeping the order found within a position. */
        int[] byPosition(int positions) {
            int[] first = new int[positions + 1];
            for (int i = 0; i < size; i += 3) {
                first[data[i] + 1]++;
            }
            for (int p = 0; p < positions; p++) {
                first[p + 1] += first[p];
            }
            int[] out = new int[size];
            for (int i = 0; i < size; i += 3) {
                int at = 3 * first[data[i]]++;
                out[at] = data[i];
                out[at + 1] = data[i + 1];
                out[at + 2] = data[i + 2];
            }
            return out;
        }
    }

    /**
     * Whether each pixel is an edge against the pixel above it ({@code [y * width + x]}, row 0 none), made once per
     * picture for the row runs and the skew estimate.
     */
    static boolean[] rowEdges(RgbImage image) {
        boolean[] edges = image.rowEdges;
        if (edges == null) {
            int w = image.width();
            int h = image.height();
            EDGE_PASSES.increment();
            edges = new boolean[w * h];
            byte[] luma = image.lumaPlane();
            for (int y = 1; y < h; y++) {
                int above = (y - 1) * w;
                int here = y * w;
                for (int x = 0; x < w; x++) {
                    edges[here + x] = isEdge(image.rgb(x, y - 1), image.rgb(x, y), luma[above + x] & 255,
                            luma[here + x] & 255);
                }
            }
            image.rowEdges = edges;
        }
        return edges;
    }

    /** Whether two neighbouring pixels (with their lumas) make an edge of an uncoloured line. */
    private static boolean isEdge(int a, int b, int la, int lb) {
        if (Math.abs(la - lb) < EDGE_CONTRAST) {
            return false;
        }
        int darker = la < lb ? a : b;
        return RgbImage.chroma(darker) < MAX_LINE_CHROMA;
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
