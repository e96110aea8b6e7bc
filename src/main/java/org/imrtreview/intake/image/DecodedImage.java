package org.imrtreview.intake.image;

/** An image's pixels (possibly subsampled for analysis), its full size and any embedded text. */
public record DecodedImage(int width, int height, int[] argb, int sampleWidth, int sampleHeight, String text,
                           String damage) {

    public DecodedImage(int width, int height, int[] argb, int sampleWidth, int sampleHeight, String text) {
        this(width, height, argb, sampleWidth, sampleHeight, text, null);
    }

    /** True when the decoder warned that the data is corrupt or cut off: the pixels are not all the file's own. */
    public boolean damaged() {
        return damage != null;
    }
}
