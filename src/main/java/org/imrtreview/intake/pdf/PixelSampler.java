package org.imrtreview.intake.pdf;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.imrtreview.intake.image.PixelStats;

/**
 * Decodes an image XObject at reduced resolution (every n-th pixel) so a 10 000 x 10 000 scan
 * costs no more than a small picture, and measures it with the same {@link PixelStats} as image
 * files.
 */
final class PixelSampler {
    /** About a million pixels are plenty to see coloured DVH curves. */
    private static final long TARGET_PIXELS = 1_000_000;

    private PixelSampler() {
    }

    static PixelStats stats(PDImage image) throws IOException {
        long pixels = (long) image.getWidth() * image.getHeight();
        PageImages.check(image.getWidth(), image.getHeight()); // from the dictionary, before decoding
        int subsampling = (int) Math.max(1, Math.ceil(Math.sqrt(pixels / (double) TARGET_PIXELS)));
        BufferedImage img = image.getImage(new Rectangle(0, 0, image.getWidth(), image.getHeight()), subsampling);
        return stats(img);
    }

    static PixelStats stats(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        return PixelStats.of(img.getRGB(0, 0, w, h, null, 0, w), w, h);
    }
}
