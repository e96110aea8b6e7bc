package org.imrtreview.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes the pictures this program makes (the overlaid DVH chart, the case-screen snapshot, the
 * digitiser's debug overlay) as PNGs that say so: a {@code tEXt} entry {@value #MARKER_KEY} = the
 * kind of picture, and {@code Software} = {@value #PROGRAM}. Intake
 * ({@code org.imrtreview.intake.ImageHandler}, which uses the same key as a literal) lists such a
 * picture as produced here and never reads it as evidence, wherever it was put (decision 0400): the
 * overlay drawn from a case's DVH data is a colour picture of both plans and, dropped into the case
 * folder, used to satisfy the "DVH images in colour" checklist by itself.
 */
public final class OwnPictures {
    /** The PNG text keyword intake looks for. */
    public static final String MARKER_KEY = "IMRTReviewOutput";
    static final String PROGRAM = "IMRT Review Workstation";

    private OwnPictures() {
    }

    /** Writes {@code image} to {@code file} as a PNG marked as this program's {@code kind} of picture. */
    public static void writePng(BufferedImage image, Path file, String kind) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writePng(image, out, kind);
        }
    }

    /** Writes {@code image} to {@code out} as a PNG marked as this program's {@code kind} of picture. */
    public static void writePng(BufferedImage image, OutputStream out, String kind) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode text = new IIOMetadataNode("Text");
            text.appendChild(entry(MARKER_KEY, kind));
            text.appendChild(entry("Software", PROGRAM));
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
            root.appendChild(text);
            try {
                metadata.mergeTree("javax_imageio_1.0", root);
            } catch (IIOInvalidTreeException e) {
                throw new IOException("cannot mark the picture as produced here", e);
            }
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode entry(String keyword, String value) {
        IIOMetadataNode entry = new IIOMetadataNode("TextEntry");
        entry.setAttribute("keyword", keyword);
        entry.setAttribute("value", value);
        entry.setAttribute("encoding", "ISO-8859-1");
        entry.setAttribute("language", "en");
        entry.setAttribute("compression", "none");
        return entry;
    }
}
