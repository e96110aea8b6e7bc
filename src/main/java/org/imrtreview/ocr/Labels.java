package org.imrtreview.ocr;

/**
 * The piece number of every pixel of a page (0: paper), two bytes a pixel while the numbers fit (up to
 * 65,535 pieces, any page of text), four beyond. At 320 dpi a Letter page is 9.6 million pixels: 19 MB
 * of labels instead of 38 MB, made up to five times per page read (issue 17, decision 0332).
 */
final class Labels {
    private char[] small;
    private int[] large;

    Labels(int pixels) {
        small = new char[pixels];
    }

    int get(int p) {
        return large == null ? small[p] : large[p];
    }

    void set(int p, int id) {
        if (large == null) {
            if (id <= Character.MAX_VALUE) {
                small[p] = (char) id;
                return;
            }
            widen();
        }
        large[p] = id;
    }

    private void widen() {
        int[] wide = new int[small.length];
        for (int i = 0; i < small.length; i++) {
            wide[i] = small[i];
        }
        large = wide;
        small = null;
    }
}
