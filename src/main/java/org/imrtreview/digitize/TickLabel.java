package org.imrtreview.digitize;

/** A number read next to an axis, with the centre and width of its ink (image coordinates). */
record TickLabel(double value, double centerX, double centerY, double height, double confidence, double width) {

    double left() {
        return centerX - width / 2;
    }

    double right() {
        return centerX + width / 2;
    }

    double top() {
        return centerY - height / 2;
    }
}
