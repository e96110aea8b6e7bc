package org.imrtreview.intake.pdf;

import java.awt.geom.AffineTransform;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * An image drawn on a page with its box in display coordinates. The {@link PDImage} is only valid
 * while its document is open; it is decoded lazily (and subsampled) by whoever needs pixels.
 * {@code unitToDisplay} maps the image's unit square (PDF image space: x right, y up) to display
 * coordinates, so flips and rotations by the CTM are known; {@code visible} is the part of the box
 * left inside the clipping path (x0, top, x1, bottom), the whole box when nothing clips it.
 */
record PlacedImage(PDImage image, double x0, double top, double x1, double bottom, AffineTransform unitToDisplay,
                   double[] visible) {

    PlacedImage(PDImage image, double x0, double top, double x1, double bottom) {
        this(image, x0, top, x1, bottom, new AffineTransform(x1 - x0, 0, 0, top - bottom, x0, bottom),
                new double[] {x0, top, x1, bottom});
    }

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
