package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;

/** 8-connected components of a boolean mask (row-major, {@code width} wide). */
final class Blobs {
    private Blobs() {
    }

    static List<Blob> of(boolean[] mask, int width, int height) {
        List<Blob> blobs = new ArrayList<>();
        boolean[] seen = new boolean[mask.length];
        int[] stack = new int[Math.max(16, mask.length / 4)];
        for (int start = 0; start < mask.length; start++) {
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
