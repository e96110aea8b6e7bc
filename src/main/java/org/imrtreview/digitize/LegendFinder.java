package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds each curve's legend swatch (a short horizontal line of its colour with text to its right,
 * inside or outside the plot) and numbers the curves in legend order: top to bottom, then left to
 * right. The order lets names the nurse types in legend order be matched to curves; it never
 * names a curve by itself. A solid swatch is one unbroken piece; a dashed one is a row of dashes.
 */
final class LegendFinder {
    private final RgbImage image;
    private final PlotFrame frame;

    LegendFinder(RgbImage image, PlotFrame frame, Region region) {
        this.image = image;
        this.frame = frame;
    }

    /** The curves numbered in legend order (see {@link #swatches}). */
    List<TracedCurve> order(List<TracedCurve> curves, CurveColours colours, List<Integer> seeds) {
        return numbered(curves, swatches(curves, colours, seeds));
    }

    /** Each swatch's curve gets its position in {@code swatches} as its legend order. */
    static List<TracedCurve> numbered(List<TracedCurve> curves, List<LegendSwatch> swatches) {
        List<TracedCurve> out = new ArrayList<>(curves);
        for (int k = 0; k < swatches.size(); k++) {
            int c = swatches.get(k).curve();
            out.set(c, curves.get(c).withLegendOrder(k));
        }
        return out;
    }

    /** The legend swatch of each curve that has one (index into {@code curves}), in legend order. */
    List<LegendSwatch> swatches(List<TracedCurve> curves, CurveColours colours, List<Integer> seeds) {
        int w = image.width();
        int h = image.height();
        int[] owner = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                owner[y * w + x] = colours.attribute(image.rgb(x, y), seeds);
            }
        }
        List<LegendSwatch> swatches = new ArrayList<>();
        int[][] pixelsOf = CurveColours.pixelsBySeed(owner, seeds.size());
        for (int c = 0; c < curves.size(); c++) {
            TracedCurve curve = curves.get(c);
            int seed = seeds.indexOf(curve.rgb());
            if (seed < 0) {
                continue;
            }
            // The seed's own pixels off its curves' paths, not a pass over the whole picture per curve (decision 0563).
            boolean[] mask = new boolean[w * h];
            boolean[] onPath = pathMask(curves, curve.rgb());
            for (int i : pixelsOf[seed]) {
                mask[i] = !onPath[i];
            }
            LegendSwatch best = null;
            List<LegendSwatch> withText = new ArrayList<>();
            for (LegendSwatch s : candidates(Blobs.of(mask, w, h, pixelsOf[seed]), curve.style(), c)) {
                if (hasTextRight(s)) {
                    withText.add(s);
                    if (best == null || s.right() - s.left() > best.right() - best.left()) {
                        best = s;
                    }
                }
            }
            if (best != null) {
                LegendSwatch chosen = best;
                boolean rival = withText.stream().anyMatch(s -> s != chosen && s.width() >= 0.7 * chosen.width()
                        && Math.abs(s.centerY() - chosen.centerY()) + Math.abs(s.left() - chosen.left()) > chosen.width());
                swatches.add(rival ? best.asAmbiguous() : best);
            }
        }
        swatches.sort(Comparator.<LegendSwatch>comparingInt(s -> s.top() / 6).thenComparingInt(LegendSwatch::left));
        return withSharedOnesAmbiguous(swatches);
    }

    /** Two curves claiming overlapping swatches (a dashed series drawn solid in the legend): neither text names its curve. */
    private static List<LegendSwatch> withSharedOnesAmbiguous(List<LegendSwatch> swatches) {
        List<LegendSwatch> out = new ArrayList<>();
        for (LegendSwatch s : swatches) {
            boolean shared = swatches.stream().anyMatch(o -> o != s && o.left() <= s.right() && s.left() <= o.right()
                    && Math.abs(o.centerY() - s.centerY()) <= 3);
            out.add(shared && !s.ambiguous() ? s.asAmbiguous() : s);
        }
        return out;
    }

    private boolean[] pathMask(List<TracedCurve> curves, int rgb) {
        int w = image.width();
        boolean[] mask = new boolean[w * image.height()];
        for (TracedCurve c : curves) {
            if (c.rgb() != rgb) {
                continue;
            }
            for (PathColumn p : c.path()) {
                for (int x = Math.max(0, p.x() - 2); x <= Math.min(w - 1, p.x() + 2); x++) {
                    for (int y = Math.max(0, p.top() - 4); y <= Math.min(image.height() - 1, p.bottom() + 4); y++) {
                        mask[y * w + x] = true;
                    }
                }
            }
        }
        return mask;
    }

    private List<LegendSwatch> candidates(List<Blob> blobs, LineStyle style, int curve) {
        int minWidth = 10;
        int maxWidth = (int) Math.max(40, 0.2 * frame.width());
        List<LegendSwatch> out = new ArrayList<>();
        if (style == LineStyle.SOLID) {
            for (Blob b : blobs) {
                if (b.width() >= minWidth && b.width() <= maxWidth && b.height() <= 12 && b.width() >= 2.5 * b.height()) {
                    out.add(new LegendSwatch(curve, b.left(), b.top(), b.right(), b.bottom()));
                }
            }
            return out;
        }
        List<Blob> small = blobs.stream().filter(b -> b.height() <= 12 && b.width() < minWidth * 2)
                .sorted(Comparator.comparingInt(Blob::left)).toList();
        boolean[] used = new boolean[small.size()];
        for (int i = 0; i < small.size(); i++) {
            if (used[i]) {
                continue;
            }
            Blob first = small.get(i);
            int right = first.right();
            int pieces = 1;
            for (int j = i + 1; j < small.size(); j++) {
                Blob b = small.get(j);
                if (!used[j] && Math.abs(b.centerY() - first.centerY()) <= 2 && b.left() - right <= 12 && b.left() > right) {
                    right = b.right();
                    used[j] = true;
                    pieces++;
                }
            }
            if (pieces >= 2 && right - first.left() >= minWidth && right - first.left() <= maxWidth) {
                out.add(new LegendSwatch(curve, first.left(), first.top(), right, first.bottom()));
            }
        }
        return out;
    }

    private boolean hasTextRight(LegendSwatch s) {
        int y0 = Math.max(0, s.top() - 6);
        int y1 = Math.min(image.height() - 1, s.bottom() + 6);
        int x1 = Math.min(image.width() - 1, s.right() + 30);
        int ink = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = s.right() + 2; x <= x1; x++) {
                if (image.isInk(x, y)) {
                    ink++;
                }
            }
        }
        return ink >= 6;
    }
}
