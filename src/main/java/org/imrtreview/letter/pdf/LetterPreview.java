package org.imrtreview.letter.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Print preview: the letter's pages rendered from the very PDF that is printed or saved, so what
 * the nurse sees on screen is what goes on paper. The window converts the images for display.
 */
public final class LetterPreview {

    private LetterPreview() {
    }

    /** Every page at {@code dpi} (72 = actual size on a 72-dpi screen; 96–110 suits a monitor). */
    public static List<BufferedImage> renderPages(byte[] pdf, float dpi) throws IOException {
        if (dpi <= 0 || dpi > 600) {
            throw new IllegalArgumentException("dpi must be between 0 and 600, not " + dpi);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> pages = new ArrayList<>(doc.getNumberOfPages());
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return pages;
        }
    }

    /** One page (0-based), for previews that show a page at a time. */
    public static BufferedImage renderPage(byte[] pdf, int page, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (page < 0 || page >= doc.getNumberOfPages()) {
                throw new IllegalArgumentException("page " + (page + 1) + " of " + doc.getNumberOfPages());
            }
            return new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
        }
    }
}
