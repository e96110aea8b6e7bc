package org.imrtreview.ui.viewer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads submitted images for display, off the FX thread. JavaFX reads PNG/JPEG/BMP/GIF; TIFF (common
 * from fax servers) goes through ImageIO. Very large scans are scaled down on reading so one image
 * cannot exhaust memory.
 */
public final class ImageLoading {
    private static final int MAX_SIDE = 4096;

    private ImageLoading() {
    }

    public static boolean isImage(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".bmp")
                || n.endsWith(".gif") || n.endsWith(".tif") || n.endsWith(".tiff");
    }

    /** Reads the image size from its header only; unknown sizes count as not huge. */
    private static boolean isHuge(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** ImageIO read, subsampled so the longer side stays within {@link #MAX_SIDE}. */
    private static BufferedImage readAwt(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int side = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (int) Math.ceil(side / (double) MAX_SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * The image for display; an image already decoded from the same bytes is shown again as it was
     * (decision 0311).
     */
    public static Image read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // the name's ending chooses the decoder, so it is part of the key
        String key = ShownImages.key(bytes, n.endsWith(".tif") || n.endsWith(".tiff") ? "image by ImageIO" : "image");
        Image kept = ShownImages.get(key);
        if (kept != null) {
            return kept;
        }
        Image image = decode(bytes, file);
        ShownImages.put(key, image, image);
        return image;
    }

    private static Image decode(byte[] bytes, Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!n.endsWith(".tif") && !n.endsWith(".tiff")) {
            boolean huge = isHuge(bytes);
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                Image probe = huge ? new Image(in, MAX_SIDE, MAX_SIDE, true, true) : new Image(in);
                if (!probe.isError() && probe.getWidth() > 0) {
                    return probe;
                }
            }
        }
        BufferedImage buffered = readAwt(bytes);
        if (buffered == null) {
            throw new IOException(file.getFileName() + " is not an image this workstation can show");
        }
        return SwingFXUtils.toFXImage(buffered, null);
    }
}
