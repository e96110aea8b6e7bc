package org.imrtreview.intake.image;

/** An image's pixels (possibly subsampled for analysis), its full size and any embedded text. */
public record DecodedImage(int width, int height, int[] argb, int sampleWidth, int sampleHeight, String text) {
}
