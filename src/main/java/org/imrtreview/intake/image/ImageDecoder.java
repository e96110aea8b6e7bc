package org.imrtreview.intake.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Decodes an image safely: the size is read from the header before any pixel is decoded, absurd
 * sizes are refused, and large pictures are decoded subsampled (every n-th pixel) so analysis never
 * holds more than about {@value #ANALYSIS_PIXELS} pixels. Embedded text (PNG tEXt/iTXt/zTXt, JPEG
 * comments) is collected from the standard metadata tree.
 */
public final class ImageDecoder {

    /** Larger pictures are refused: a DVH screenshot or scan is a few megapixels. */
    public static final long MAX_PIXELS = 100_000_000L;
    static final long ANALYSIS_PIXELS = 2_000_000L;

    static {
        ImageIO.setUseCache(false);
    }

    /** The image is unusable; the message is a sentence for the nurse. */
    public static final class ImageException extends Exception {
        public ImageException(String message) {
            super(message);
        }
    }

    private ImageDecoder() {
    }

    public static DecodedImage decode(Path file) throws ImageException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new ImageException("could not be opened");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageException("is not an image format this workstation can read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new ImageException("has no picture in it");
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new ImageException("is too large to check (" + width + " x " + height
                            + " pixels); ask for a smaller export");
                }
                String text = text(reader);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                java.util.List<String> warnings = new java.util.ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0, param);
                int w = image.getWidth();
                int h = image.getHeight();
                int[] argb = argb(image);
                String damage = damage(file, reader.getFormatName(), warnings);
                return new DecodedImage(width, height, argb, w, h, text, damage);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageException("is damaged or not a readable image");
        } catch (OutOfMemoryError e) {
            throw new ImageException("is too large to decode");
        }
    }

    /**
     * Why the decoded pixels cannot be trusted, or null: the decoder warned (JPEG "Corrupt JPEG data",
     * "premature end of data segment"), or a JPEG lacks its end marker (cut off; the decoder fills the
     * rest with grey or repeats). A damaged picture is not evidence of colour (decision 0132).
     */
    static String damage(Path file, String format, java.util.List<String> warnings) {
        if (!warnings.isEmpty()) {
            return "the picture data is damaged (the decoder reported " + warnings.size()
                    + (warnings.size() == 1 ? " error" : " errors") + ")";
        }
        if (format != null && format.toLowerCase(java.util.Locale.ROOT).matches("jpe?g")) {
            try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "r")) {
                long len = raf.length();
                int n = (int) Math.min(64, len);
                byte[] tail = new byte[n];
                raf.seek(len - n);
                raf.readFully(tail);
                for (int i = n - 2; i >= 0; i--) {
                    if ((tail[i] & 0xFF) == 0xFF && (tail[i + 1] & 0xFF) == 0xD9) {
                        return null;
                    }
                }
                return "the picture is cut off (the file ends before the image does)";
            } catch (IOException e) {
                return "the picture could not be checked for damage";
            }
        }
        return null;
    }

    /**
     * The pixels as ARGB ints. Drawing into an INT_ARGB image uses the JDK's native blit loops,
     * several times faster than {@code getRGB} over the whole picture for byte-packed images.
     */
    static int[] argb(BufferedImage image) {
        BufferedImage target = image;
        if (image.getType() != BufferedImage.TYPE_INT_ARGB && image.getType() != BufferedImage.TYPE_INT_RGB) {
            target = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = target.createGraphics();
            g.setComposite(java.awt.AlphaComposite.Src);
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        int[] data = ((java.awt.image.DataBufferInt) target.getRaster().getDataBuffer()).getData();
        if (target.getType() == BufferedImage.TYPE_INT_RGB) {
            int[] opaque = new int[data.length];
            for (int i = 0; i < data.length; i++) {
                opaque[i] = data[i] | 0xFF000000;
            }
            return opaque;
        }
        return data;
    }

    static int subsampling(int width, int height) {
        long pixels = (long) width * height;
        int step = 1;
        while (pixels / ((long) step * step) > ANALYSIS_PIXELS) {
            step++;
        }
        return step;
    }

    private static String text(ImageReader reader) {
        try {
            IIOMetadata meta = reader.getImageMetadata(0);
            if (meta == null || !meta.isStandardMetadataFormatSupported()) {
                return "";
            }
            Node root = meta.getAsTree("javax_imageio_1.0");
            StringBuilder sb = new StringBuilder();
            collectText(root, sb);
            return sb.toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void collectText(Node node, StringBuilder sb) {
        if ("TextEntry".equals(node.getNodeName())) {
            NamedNodeMap attrs = node.getAttributes();
            Node keyword = attrs.getNamedItem("keyword");
            Node value = attrs.getNamedItem("value");
            if (keyword != null) {
                sb.append(keyword.getNodeValue()).append(": ");
            }
            if (value != null && sb.length() < 10_000) {
                sb.append(value.getNodeValue()).append('\n');
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collectText(child, sb);
        }
    }
}
