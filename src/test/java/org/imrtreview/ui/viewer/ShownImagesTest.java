package org.imrtreview.ui.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import javafx.scene.image.Image;
import org.imrtreview.ui.snapshot.HeadlessFx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0311, without timing: a PDF page or a picture shown again from the same bytes is not rendered
 * or decoded again (counted) and is the picture made before; a file's time or name changes nothing, one
 * changed byte or another resolution makes it again; past the budget the least recently shown go first.
 */
class ShownImagesTest {
    private static final Path SAMPLE = Path.of("samples", "01-brain-glioblastoma-criteria-met");

    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() throws InterruptedException {
        HeadlessFx.start(1280, 800);
    }

    @BeforeEach
    void empty() {
        ShownImages.forget();
    }

    @Test
    void aPageShownAgainFromTheSameBytesIsNotRenderedAgain() throws Exception {
        Path pdf = Files.copy(SAMPLE.resolve("MRI_brain_report.pdf"), tmp.resolve("report.pdf"));
        PdfPageImages.Page first = PdfPageImages.render(pdf, 0);
        long made = ShownImages.made();
        assertTrue(first.image().getWidth() > 500, "a page at 110 dpi");

        Files.setLastModifiedTime(pdf, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertSame(first, PdfPageImages.render(pdf, 0), "the same bytes: the page made before");
        Path elsewhere = Files.createDirectories(tmp.resolve("other-case"));
        Path same = Files.copy(pdf, elsewhere.resolve("renamed.pdf"));
        assertSame(first, PdfPageImages.render(same, 0), "content decides, not the name or the folder");
        assertEquals(made, ShownImages.made(), "nothing rendered again");

        PdfPageImages.Page sharper = PdfPageImages.render(pdf, 0, 150f);
        assertNotSame(first, sharper);
        assertTrue(sharper.image().getWidth() > first.image().getWidth());
        assertEquals(made + 1, ShownImages.made(), "another resolution is rendered");

        // one byte more (a line end after the end marker: still the same document to PDFBox)
        Files.write(pdf, new byte[] {'\n'}, StandardOpenOption.APPEND);
        PdfPageImages.Page changed = PdfPageImages.render(pdf, 0);
        assertNotSame(first, changed, "one changed byte renders the page again");
        assertEquals(made + 2, ShownImages.made());
        assertEquals(first.count(), changed.count());
    }

    @Test
    void aPictureShownAgainFromTheSameBytesIsNotDecodedAgain() throws Exception {
        Path png = Files.copy(SAMPLE.resolve("dvh_3d.png"), tmp.resolve("dvh.png"));
        Image first = ImageLoading.read(png);
        long made = ShownImages.made();
        assertSame(first, ImageLoading.read(png));
        assertEquals(made, ShownImages.made(), "nothing decoded again");

        // one byte more after the picture's end chunk (still the same picture to a decoder)
        Path changed = Files.copy(png, tmp.resolve("changed.png"));
        Files.write(changed, new byte[] {0}, StandardOpenOption.APPEND);
        Image again = ImageLoading.read(changed);
        assertNotSame(first, again, "one changed byte is decoded again");
        assertEquals(made + 1, ShownImages.made());
    }

    @Test
    void theLeastRecentlyShownGoFirstPastTheBudget() throws Exception {
        Path pdf = Files.copy(SAMPLE.resolve("clinical_history.pdf"), tmp.resolve("history.pdf"));
        PdfPageImages.Page first = PdfPageImages.render(pdf, 0);
        long kept = bytes(first.image());
        // the same page at other resolutions until the budget is passed: the first one shown is let go
        float dpi = 111;
        for (; kept <= ShownImages.BUDGET_BYTES; dpi++) {
            kept += bytes(PdfPageImages.render(pdf, 0, dpi).image());
        }
        float latest = dpi - 1;
        long made = ShownImages.made();
        assertSame(PdfPageImages.render(pdf, 0, latest), PdfPageImages.render(pdf, 0, latest), "the latest is kept");
        assertEquals(made, ShownImages.made());
        assertNotSame(first, PdfPageImages.render(pdf, 0), "the first was let go and is rendered again");
        assertEquals(made + 1, ShownImages.made());
    }

    private static long bytes(Image image) {
        return 4L * Math.round(image.getWidth()) * Math.round(image.getHeight());
    }
}
