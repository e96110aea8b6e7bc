package org.imrtreview.ui.viewer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders one page of a submitted PDF to an image for the page viewer (called off the FX thread). */
public final class PdfPageImages {
    private static final float DPI = 110f;

    private PdfPageImages() {
    }

    /** A rendered page and the document's page count. */
    public record Page(Image image, int index, int count) {
    }

    public static Page render(Path file, int index) throws IOException {
        return render(file, index, DPI);
    }

    /** The same at a chosen resolution: the evidence window renders sharper pages (150 dpi) to read at full size. */
    public static Page render(Path file, int index, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int count = doc.getNumberOfPages();
            if (count == 0) {
                throw new IOException(file.getFileName() + " has no pages");
            }
            int page = Math.max(0, Math.min(index, count - 1));
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
            return new Page(SwingFXUtils.toFXImage(img, null), page, count);
        } catch (InvalidPasswordException e) {
            throw new IOException(file.getFileName() + " is password-protected; ask the provider for an unprotected copy");
        }
    }
}
