package org.imrtreview.intake.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps PDF user space (origin bottom-left, y up, before the page's /Rotate) to display space
 * (origin top-left of the page as shown, y down), so that tables on landscape pages stored with
 * {@code /Rotate 90} read the way the nurse sees them.
 */
final class PageGeometry {
    private final double llx;
    private final double lly;
    private final double urx;
    private final double ury;
    private final int rotation;

    PageGeometry(PDRectangle box, int rotation) {
        this.llx = box.getLowerLeftX();
        this.lly = box.getLowerLeftY();
        this.urx = box.getUpperRightX();
        this.ury = box.getUpperRightY();
        int r = ((rotation % 360) + 360) % 360;
        this.rotation = r - r % 90;
    }

    double displayWidth() {
        return rotation % 180 == 0 ? urx - llx : ury - lly;
    }

    double displayHeight() {
        return rotation % 180 == 0 ? ury - lly : urx - llx;
    }

    double[] toDisplay(double x, double y) {
        return switch (rotation) {
            case 90 -> new double[] {y - lly, x - llx};
            case 180 -> new double[] {urx - x, y - lly};
            case 270 -> new double[] {ury - y, urx - x};
            default -> new double[] {x - llx, ury - y};
        };
    }
}
