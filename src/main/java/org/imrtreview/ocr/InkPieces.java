package org.imrtreview.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The 8-connected pieces of a page's ink: {@code label} gives each ink pixel its piece's number (from 1,
 * in reading order of the pieces' first pixels; 0 is paper) and {@code boxes.get(n)} that piece's box
 * {x0, y0, x1, y1, pixels} ({@code boxes.get(0)} is null).
 */
record InkPieces(Labels label, List<int[]> boxes) {

    static InkPieces of(boolean[] ink, int w, int h) {
        Labels label = new Labels(w * h);
        List<int[]> boxes = new ArrayList<>();
        boxes.add(null);
        int[] stack = new int[1024];
        for (int start = 0; start < ink.length; start++) {
            if (!ink[start] || label.get(start) != 0) {
                continue;
            }
            int id = boxes.size();
            int[] box = {w, h, -1, -1, 0};
            int sp = 0;
            stack[sp++] = start;
            label.set(start, id);
            while (sp > 0) {
                int p = stack[--sp];
                int px = p % w;
                int py = p / w;
                box[0] = Math.min(box[0], px);
                box[1] = Math.min(box[1], py);
                box[2] = Math.max(box[2], px);
                box[3] = Math.max(box[3], py);
                box[4]++;
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = py + dy;
                    if (ny < 0 || ny >= h) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        if (nx < 0 || nx >= w) {
                            continue;
                        }
                        int q = ny * w + nx;
                        if (ink[q] && label.get(q) == 0) {
                            label.set(q, id);
                            if (sp == stack.length) {
                                stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[sp++] = q;
                        }
                    }
                }
            }
            boxes.add(box);
        }
        return new InkPieces(label, boxes);
    }

    /** Whether any pixel of piece {@code id} is set in {@code mask}. */
    boolean anyIn(int id, boolean[] mask, int w) {
        int[] b = boxes.get(id);
        for (int y = b[1]; y <= b[3]; y++) {
            for (int x = b[0]; x <= b[2]; x++) {
                int p = y * w + x;
                if (label.get(p) == id && mask[p]) {
                    return true;
                }
            }
        }
        return false;
    }
}
