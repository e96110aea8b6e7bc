package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages render off the calling thread at the requested DPI, are cached, and failures carry the nurse's sentence. */
class PdfPageRendererTest {
    @TempDir
    Path dir;

    @Test
    void letterPageAt72DpiIs612By792PixelsAndIsCached() throws Exception {
        Path pdf = TestPdfs.textPdf(dir.resolve("a.pdf"), List.of("CLINICAL HISTORY", "Text"));
        try (PdfPageRenderer r = new PdfPageRenderer()) {
            BufferedImage first = r.page(pdf, 0, 72f).get(30, TimeUnit.SECONDS);
            assertEquals(612, first.getWidth());
            assertEquals(792, first.getHeight());
            assertSame(first, r.page(pdf, 0, 72f).get(30, TimeUnit.SECONDS));
            assertEquals(1, r.pageCount(pdf).get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void cacheStaysWithinItsBudget() throws Exception {
        Path pdf = TestPdfs.textPdf(dir.resolve("a.pdf"), List.of("text"));
        try (PdfPageRenderer r = new PdfPageRenderer(4)) {
            for (int dpi = 60; dpi <= 150; dpi += 10) {
                r.page(pdf, 0, dpi).get(30, TimeUnit.SECONDS);
            }
            assertTrue(r.cachedBytes() <= 4L * 1024 * 1024, "cached " + r.cachedBytes());
        }
    }

    @Test
    void encryptedPdfFailsWithTheSameSentenceAsIntake() throws Exception {
        Path pdf = TestPdfs.encrypted(dir.resolve("e.pdf"), "secret");
        try (PdfPageRenderer r = new PdfPageRenderer()) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> r.page(pdf, 0, 96f).get(30, TimeUnit.SECONDS));
            assertInstanceOf(PdfReadException.class, e.getCause());
            assertEquals("is password-protected: ask the provider to send it without a password", e.getCause().getMessage());
        }
    }

    @Test
    void missingPageIsReportedNotThrownAsARawLibraryError() throws Exception {
        Path pdf = TestPdfs.textPdf(dir.resolve("a.pdf"), List.of("text"));
        try (PdfPageRenderer r = new PdfPageRenderer()) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> r.page(pdf, 3, 96f).get(30, TimeUnit.SECONDS));
            assertEquals("has no page 4 (it has 1)", e.getCause().getMessage());
        }
    }

    @Test
    void posterSizedPageIsRenderedAtALowerDpiThanAsked() {
        PDPage poster = new PDPage(new PDRectangle(14_400, 14_400)); // 200 x 200 inches
        float dpi = PdfPageRenderer.boundedDpi(poster, 96f);
        double pixels = Math.pow(14_400 / 72.0 * dpi, 2);
        assertTrue(pixels <= PdfPageRenderer.MAX_PIXELS * 1.001, "pixels " + pixels);
        assertEquals(96f, PdfPageRenderer.boundedDpi(new PDPage(PDRectangle.LETTER), 96f));
    }
}
