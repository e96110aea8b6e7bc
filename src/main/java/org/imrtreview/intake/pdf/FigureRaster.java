package org.imrtreview.intake.pdf;

import java.awt.image.BufferedImage;

/**
 * The pixels of one DVH figure as the digitiser sees them, upright as the page shows them, with the
 * map between its pixels and the page's display coordinates (points, origin top-left):
 * {@code pixelX = (displayX - x0) * scaleX}, {@code pixelY = (displayY - top) * scaleY}.
 */
record FigureRaster(BufferedImage image, double x0, double top, double scaleX, double scaleY) {

    double pixelX(double displayX) {
        return (displayX - x0) * scaleX;
    }

    double pixelY(double displayY) {
        return (displayY - top) * scaleY;
    }

    double displayX(double pixelX) {
        return x0 + pixelX / scaleX;
    }

    double displayY(double pixelY) {
        return top + pixelY / scaleY;
    }
}
