package org.imrtreview.intake.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.imrtreview.model.ScanSpot;
import org.imrtreview.ocr.OcrPage;
import org.imrtreview.ocr.PageOcr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The picture of a cell read by OCR, cut from its scanned page exactly where its words were read
 * ({@link ScanSpot}), so the nurse can check the value against the paper at a glance. The page is
 * drawn again as the reader drew it (same resolution, turned and straightened the same way, from
 * the case's OCR cache) but without clean-up: specks and rulings show as they are on the scan.
 * Slow (a page render, ~0.3 s): never on the UI thread.
 */
public final class ScanCrops {
    private static final Logger LOG = LoggerFactory.getLogger(ScanCrops.class);

    private ScanCrops() {
    }

    /**
     * The cell's picture with a margin of half a line above and below and a line's height left and
     * right; empty when the file, the page or its reading is gone. Writes nothing beside the case.
     */
    public static Optional<BufferedImage> crop(Path caseFolder, String file, ScanSpot spot) {
        if (caseFolder == null || file == null || spot == null || spot.page() < 1) {
            return Optional.empty();
        }
        Path path = caseFolder.resolve(file);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            BufferedImage image;
            ScanReading.Dpi dpi;
            if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                try (PDDocument doc = PdfOpener.open(path)) {
                    if (spot.page() > doc.getNumberOfPages()) {
                        return Optional.empty();
                    }
                    image = new PDFRenderer(doc).renderImageWithDPI(spot.page() - 1, ScanReading.RENDER_DPI, ImageType.RGB);
                    dpi = new ScanReading.Dpi(ScanReading.RENDER_DPI, ScanReading.RENDER_DPI);
                }
            } else {
                image = javax.imageio.ImageIO.read(path.toFile());
                if (image == null) {
                    return Optional.empty();
                }
                dpi = ScanReading.pictureDpi(image);
            }
            BufferedImage shown = image;
            ScanReading.Dpi resolution = dpi;
            OcrPage page = ScanReading.standard(caseFolder, false).read(path, spot.page() - 1, new ScanReading.ImageSource() {
                @Override
                public BufferedImage image() {
                    return shown;
                }

                @Override
                public ScanReading.Dpi dpi() {
                    return resolution;
                }
            });
            return Optional.ofNullable(cut(PageOcr.upright(image, dpi.x(), dpi.y(), page), spot));
        } catch (IOException | PdfReadException | RuntimeException e) {
            LOG.warn("Could not cut a scanned cell out of its page: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The spot's box on the upright page, with margins, clipped to the page. */
    static BufferedImage cut(BufferedImage page, ScanSpot spot) {
        int w = page.getWidth();
        int h = page.getHeight();
        double bx0 = spot.x0() * w;
        double by0 = spot.y0() * h;
        double bx1 = spot.x1() * w;
        double by1 = spot.y1() * h;
        double line = Math.max(8, by1 - by0);
        int x0 = (int) Math.max(0, Math.floor(bx0 - line));
        int y0 = (int) Math.max(0, Math.floor(by0 - 0.5 * line));
        int x1 = (int) Math.min(w, Math.ceil(bx1 + line));
        int y1 = (int) Math.min(h, Math.ceil(by1 + 0.5 * line));
        if (x1 - x0 < 2 || y1 - y0 < 2) {
            return null;
        }
        return page.getSubimage(x0, y0, x1 - x0, y1 - y0);
    }
}
