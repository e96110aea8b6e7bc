package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Looks for a percent sign in upright text (a dose axis title such as "Relative dose [%]" or
 * "Dose (%)"). The digit matcher reads no letters, but a '%' is told apart by its shape in any
 * font: one glyph (ink pieces sharing columns) with exactly two enclosed holes, one in its upper
 * left and one in its lower right. '8', 'B' and a two-storey 'g' have their two holes one above
 * the other; '0', 'o', 'e', 'a' have one.
 */
final class PercentSign {
    private PercentSign() {
    }

    static boolean foundIn(RgbImage image, Region strip) {
        int w = strip.width();
        int h = strip.height();
        if (w < 4 || h < 4) {
            return false;
        }
        boolean[] ink = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                ink[y * w + x] = image.isInk(strip.left() + x, strip.top() + y);
            }
        }
        List<Blob> blobs = new ArrayList<>(Blobs.of(ink, w, h));
        blobs.removeIf(b -> b.height() < 5 || b.height() > 60 || b.width() > 60);
        blobs.sort(Comparator.comparingInt(Blob::left));
        boolean[] used = new boolean[blobs.size()];
        for (int i = 0; i < blobs.size(); i++) {
            if (used[i]) {
                continue;
            }
            List<Blob> glyph = new ArrayList<>();
            glyph.add(blobs.get(i));
            int left = blobs.get(i).left();
            int right = blobs.get(i).right();
            int top = blobs.get(i).top();
            int bottom = blobs.get(i).bottom();
            for (int j = i + 1; j < blobs.size(); j++) {
                Blob b = blobs.get(j);
                boolean sharesColumns = b.left() <= right && b.right() >= left;
                boolean sameLine = b.top() <= bottom && b.bottom() >= top;
                if (!used[j] && sharesColumns && sameLine) {
                    glyph.add(b);
                    used[j] = true;
                    left = Math.min(left, b.left());
                    right = Math.max(right, b.right());
                    top = Math.min(top, b.top());
                    bottom = Math.max(bottom, b.bottom());
                }
            }
            if (isPercent(glyph, w, left, top, right, bottom)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPercent(List<Blob> glyph, int stripWidth, int left, int top, int right, int bottom) {
        int gw = right - left + 1;
        int gh = bottom - top + 1;
        double aspect = (double) gw / gh;
        if (gh < 6 || aspect < 0.5 || aspect > 1.4) {
            return false;
        }
        // The glyph's own ink in a box with a one-pixel margin, so the outside is one connected area.
        int bw = gw + 2;
        int bh = gh + 2;
        boolean[] ink = new boolean[bw * bh];
        for (Blob b : glyph) {
            for (int p : b.pixels()) {
                int x = p % stripWidth - left + 1;
                int y = p / stripWidth - top + 1;
                ink[y * bw + x] = true;
            }
        }
        boolean[] outside = new boolean[bw * bh];
        int[] stack = new int[bw * bh];
        int sp = 0;
        stack[sp++] = 0;
        outside[0] = true;
        while (sp > 0) {
            int p = stack[--sp];
            int x = p % bw;
            int y = p / bw;
            int[][] next = {{x - 1, y}, {x + 1, y}, {x, y - 1}, {x, y + 1}};
            for (int[] n : next) {
                if (n[0] >= 0 && n[1] >= 0 && n[0] < bw && n[1] < bh) {
                    int q = n[1] * bw + n[0];
                    if (!ink[q] && !outside[q]) {
                        outside[q] = true;
                        stack[sp++] = q;
                    }
                }
            }
        }
        boolean[] hole = new boolean[bw * bh];
        for (int i = 0; i < hole.length; i++) {
            hole[i] = !ink[i] && !outside[i];
        }
        List<Blob> holes = Blobs.of(hole, bw, bh);
        if (holes.size() != 2) {
            return false;
        }
        Blob a = holes.get(0);
        Blob b = holes.get(1);
        Blob upper = a.top() + a.bottom() <= b.top() + b.bottom() ? a : b;
        Blob lower = upper == a ? b : a;
        double upperX = (upper.left() + upper.right()) / 2.0;
        double lowerX = (lower.left() + lower.right()) / 2.0;
        double upperY = (upper.top() + upper.bottom()) / 2.0;
        double lowerY = (lower.top() + lower.bottom()) / 2.0;
        return lowerX - upperX >= 0.3 * gw && lowerY - upperY >= 0.3 * gh
                && upperY < bh / 2.0 && lowerY > bh / 2.0;
    }
}
