package org.imrtreview.model;

/**
 * Where on a scanned page a cell was read: the page (1-based) of the file the table came from and
 * the box of the cell's words as shares (0..1) of the page after OCR made it upright and straight
 * (x from the left, y from the top). The window cuts this box out of the page so the nurse checks
 * the value against the very pixels it was read from.
 */
public record ScanSpot(int page, double x0, double y0, double x1, double y1) {

    public ScanSpot {
        x0 = clamp(x0);
        y0 = clamp(y0);
        x1 = Math.max(x0, clamp(x1));
        y1 = Math.max(y0, clamp(y1));
    }

    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
    }

    /** The box that holds both. */
    public ScanSpot union(ScanSpot o) {
        return o == null || o.page != page ? this
                : new ScanSpot(page, Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1));
    }
}
