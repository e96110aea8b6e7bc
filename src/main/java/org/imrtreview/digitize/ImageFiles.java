package org.imrtreview.digitize;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image file defensively: the size is checked from the header before decoding, so a
 * hostile "decompression bomb" is refused instead of exhausting memory.
 */
public final class ImageFiles {
    /** 40 megapixels: a 600 dpi A4 scan is 35. */
    static final long MAX_PIXELS = 40_000_000L;

    private ImageFiles() {
    }

    public static BufferedImage read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open the image");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image format that can be read (PNG, JPEG, BMP, GIF, TIFF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new IOException("the image is too large to digitise (" + reader.getWidth(0) + " x "
                            + reader.getHeight(0) + " pixels)");
                }
                return reader.read(0);
            } catch (RuntimeException e) {
                throw new IOException("the image is damaged or incomplete", e);
            } finally {
                reader.dispose();
            }
        }
    }
}
