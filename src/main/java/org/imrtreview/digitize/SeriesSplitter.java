package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Separates the solid and the dashed series drawn in one colour (combined 3D-vs-IMRT images draw
 * each organ twice in its colour). A dashed line falls apart into many short pieces of similar
 * size; a solid line stays in long pieces (broken only where other curves cross it). Where the two
 * lie on top of each other (the 100 % plateau) the pixels join the solid pieces; the dashed
 * curve's hidden part is restored later from the solid one.
 */
final class SeriesSplitter {
    private static final int MIN_DASHES = 8;

    record Split(boolean[] solid, boolean[] dashed) {
    }

    Split split(boolean[] mask, int width, int height, int frameWidth) {
        // Pieces of a thin anti-aliased or JPEG-damaged line a pixel or two apart are one piece;
        // dash gaps are wider than that.
        boolean[] closed = dilate(mask, width, height);
        List<Blob> blobs = Blobs.of(closed, width, height);
        int[] shortExtents = blobs.stream().filter(b -> b.pixels().length >= 3)
                .mapToInt(Blob::extent).filter(e -> e < 0.06 * frameWidth).sorted().toArray();
        if (shortExtents.length < MIN_DASHES) {
            return new Split(mask, null);
        }
        int dashLength = shortExtents[shortExtents.length / 2];
        int longer = Math.max(20, 3 * dashLength);
        boolean[] solid = new boolean[mask.length];
        boolean[] dashed = new boolean[mask.length];
        int dashPixels = 0;
        int solidPixels = 0;
        List<Blob> dashes = new ArrayList<>();
        for (Blob b : blobs) {
            boolean isLong = b.extent() >= longer;
            int own = 0;
            for (int p : b.pixels()) {
                if (mask[p]) {
                    (isLong ? solid : dashed)[p] = true;
                    own++;
                }
            }
            if (isLong) {
                solidPixels += own;
            } else {
                dashPixels += own;
                dashes.add(b);
            }
        }
        if (dashes.size() < MIN_DASHES || dashPixels < 0.1 * (dashPixels + solidPixels)) {
            return new Split(mask, null);
        }
        if (solidPixels < 0.05 * (dashPixels + solidPixels)) {
            return new Split(null, mask);
        }
        // A dashed series without a separate solid one still has its plateau joined into long pieces.
        return new Split(solid, dashed);
    }

    private static boolean[] dilate(boolean[] mask, int width, int height) {
        boolean[] out = new boolean[mask.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (!mask[y * width + x]) {
                    continue;
                }
                for (int dy = Math.max(0, y - 1); dy <= Math.min(height - 1, y + 1); dy++) {
                    for (int dx = Math.max(0, x - 1); dx <= Math.min(width - 1, x + 1); dx++) {
                        out[dy * width + dx] = true;
                    }
                }
            }
        }
        return out;
    }

    static boolean any(boolean[] mask) {
        if (mask == null) {
            return false;
        }
        for (boolean b : mask) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    static boolean[] union(boolean[] a, boolean[] b) {
        boolean[] out = Arrays.copyOf(a, a.length);
        for (int i = 0; i < b.length; i++) {
            out[i] |= b[i];
        }
        return out;
    }
}
