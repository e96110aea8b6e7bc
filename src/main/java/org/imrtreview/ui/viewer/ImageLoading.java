package org.imrtreview.ui.viewer;

import java.awt.image.BufferedImage;
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
    private static boolean isHuge(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
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
    private static BufferedImage readAwt(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
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

    public static Image read(Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!n.endsWith(".tif") && !n.endsWith(".tiff")) {
            boolean huge = isHuge(file);
            try (InputStream in = Files.newInputStream(file)) {
                Image probe = huge ? new Image(in, MAX_SIDE, MAX_SIDE, true, true) : new Image(in);
                if (!probe.isError() && probe.getWidth() > 0) {
                    return probe;
                }
            }
        }
        BufferedImage buffered = readAwt(file);
        if (buffered == null) {
            throw new IOException(file.getFileName() + " is not an image this workstation can show");
        }
        return SwingFXUtils.toFXImage(buffered, null);
    }
}
