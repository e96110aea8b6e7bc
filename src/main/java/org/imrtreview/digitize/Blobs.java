package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/** 8-connected components of a boolean mask (row-major, {@code width} wide). */
final class Blobs {
    private Blobs() {
    }

    static List<Blob> of(boolean[] mask, int width, int height) {
        return of(mask, width, height, null);
    }

    /**
     * The same, with every set pixel of the mask among {@code starts} (ascending indices; {@code null}: look at every
     * pixel): a mask of one curve colour in a whole picture need not be scanned pixel by pixel for its few pixels
     * (issue 17, decision 0563). The blobs and their pixels come in the same order either way.
     */
    static List<Blob> of(boolean[] mask, int width, int height, int[] starts) {
        List<Blob> blobs = new ArrayList<>();
        boolean[] seen = new boolean[mask.length];
        // Grown when needed, not a quarter of the mask at once: most masks hold a few small blobs.
        int[] stack = new int[Math.max(16, Math.min(mask.length / 4, 4096))];
        int count = starts == null ? mask.length : starts.length;
        for (int k = 0; k < count; k++) {
            int start = starts == null ? k : starts[k];
            if (!mask[start] || seen[start]) {
                continue;
            }
            int size = 0;
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            int[] members = new int[64];
            int minX = Integer.MAX_VALUE;
            int minY = Integer.MAX_VALUE;
            int maxX = -1;
            int maxY = -1;
            while (top > 0) {
                int p = stack[--top];
                if (size == members.length) {
                    members = java.util.Arrays.copyOf(members, size * 2);
                }
                members[size++] = p;
                int x = p % width;
                int y = p / width;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= height) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= width) {
                            continue;
                        }
                        int q = ny * width + nx;
                        if (mask[q] && !seen[q]) {
                            seen[q] = true;
                            if (top == stack.length) {
                                stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[top++] = q;
                        }
                    }
                }
            }
            blobs.add(new Blob(minX, minY, maxX, maxY, java.util.Arrays.copyOf(members, size)));
        }
        return blobs;
    }
}
