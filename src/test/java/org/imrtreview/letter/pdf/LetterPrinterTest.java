package org.imrtreview.letter.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import javax.print.PrintService;
import org.imrtreview.letter.LetterFixtures;
import org.imrtreview.letter.content.LetterKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LetterPrinterTest {

    private static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        pdf = new LetterPdfRenderer().render(LetterPdfRendererTest.letter(
                LetterFixtures.brainCase("PA-7", "Ana Ruiz", "ECH-7"), LetterFixtures.criteriaMet(), LetterKind.APPROVAL));
    }

    @Test
    void withNoPrinterInstalledTheNurseIsToldToSaveAsPdf() {
        LetterPrinter printer = new LetterPrinter(() -> new PrintService[0], () -> {
            throw new AssertionError("no job may be started without a printer");
        });
        assertFalse(printer.printerAvailable());
        LetterPrinter.PrintResult r = printer.print(pdf, "PA-7", true);
        assertEquals(LetterPrinter.Status.NO_PRINTER, r.status());
        assertEquals("No printer is installed — save as PDF instead.", r.message());
        assertFalse(r.printed());
    }

    @Test
    void aNullServiceListCountsAsNoPrinter() {
        assertEquals(LetterPrinter.Status.NO_PRINTER, new LetterPrinter(() -> null, () -> null).print(pdf, "PA-7", false).status());
    }

    @Test
    void thePreviewShowsEveryPageAtLetterProportions() throws IOException {
        List<BufferedImage> pages = LetterPreview.renderPages(pdf, 50);
        assertTrue(pages.size() >= 3, "pages: " + pages.size());
        for (BufferedImage page : pages) {
            assertEquals(Math.round(8.5 * 50), page.getWidth(), 1);
            assertEquals(11 * 50, page.getHeight(), 1);
        }
        BufferedImage first = LetterPreview.renderPage(pdf, 0, 50);
        assertEquals(pages.get(0).getWidth(), first.getWidth());
        assertTrue(hasInk(first), "page 1 is not blank");
    }

    @Test
    void thePreviewRejectsAnImpossibleScaleOrPage() {
        assertThrows(IllegalArgumentException.class, () -> LetterPreview.renderPages(pdf, 0));
        assertThrows(IllegalArgumentException.class, () -> LetterPreview.renderPage(pdf, 99, 50));
    }

    private static boolean hasInk(BufferedImage img) {
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                if ((img.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark > 500;
    }
}
