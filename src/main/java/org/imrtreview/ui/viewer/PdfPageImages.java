package org.imrtreview.ui.viewer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.imrtreview.intake.pdf.SubmittedPages;

/**
 * Renders one page of a submitted PDF to an image for the page viewer (called off the FX thread). A page
 * already rendered from the same bytes at the same resolution is shown again as it was (decision 0311).
 */
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
        byte[] bytes = Files.readAllBytes(file);
        String key = ShownImages.key(bytes, "pdf page " + index + " at " + dpi + " dpi");
        Page kept = ShownImages.get(key);
        if (kept != null) {
            return kept;
        }
        SubmittedPages.Page p = SubmittedPages.render(bytes, file, index, dpi);
        Page page = new Page(SwingFXUtils.toFXImage(p.image(), null), p.index(), p.count());
        ShownImages.put(key, page, page.image());
        return page;
    }
}
