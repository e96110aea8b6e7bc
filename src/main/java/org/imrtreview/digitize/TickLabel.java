package org.imrtreview.digitize;

/** A number read next to an axis, with the centre of its ink (image coordinates). */
record TickLabel(double value, double centerX, double centerY, double height, double confidence) {
}
