package org.imrtreview.intake.pdf;

import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * An image drawn on a page with its box in display coordinates. The {@link PDImage} is only valid
 * while its document is open; it is decoded lazily (and subsampled) by whoever needs pixels.
 */
record PlacedImage(PDImage image, double x0, double top, double x1, double bottom) {

    double width() {
        return x1 - x0;
    }

    double height() {
        return bottom - top;
    }

    double area() {
        return width() * height();
    }
}
