package org.imrtreview.intake.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** One page of a submitted PDF as a picture, for the window's page viewer (PDFBox stays in the PDF packages). */
public final class SubmittedPages {

    private SubmittedPages() {
    }

    /** A rendered page (the index clamped to the document) and the document's page count. */
    public record Page(BufferedImage image, int index, int count) {
    }

    public static Page render(Path file, int index, float dpi) throws IOException {
        return render(java.nio.file.Files.readAllBytes(file), file, index, dpi);
    }

    /** The same from the file's bytes as read once (the window keeps pages by these bytes: decision 0311). */
    public static Page render(byte[] bytes, Path file, int index, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PageTree.recountQuietly(doc);
            int count = doc.getNumberOfPages();
            if (count == 0) {
                throw new IOException(file.getFileName() + " has no pages");
            }
            int page = Math.max(0, Math.min(index, count - 1));
            PageImages.checkSizes(doc.getPage(page));
            return new Page(new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB), page, count);
        } catch (InvalidPasswordException e) {
            throw new IOException(file.getFileName() + " is password-protected; ask the provider for an unprotected copy");
        }
    }
}
