package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.cache.ResultCache;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.ocr.PageOcr;
import org.imrtreview.samples.SampleDvhTruth;
import org.imrtreview.intake.pdf.fixtures.PacketPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DVH figures on scanned pages (decision 0324): sample 03's own DVH pictures on a captioned figure
 * page, printed and scanned in colour (200 dpi JPEG, tilted) or faxed (1-bit, fine), read by the
 * packet reader. A colour scan is digitised from the scan and scored against the curves the picture
 * was drawn from; a fax is not colour and not digitised; the window cuts the same figure.
 */
class ScannedDvhFigureTest {
    static final Path SAMPLES = Path.of("samples");

    @TempDir
    static Path dir;

    @BeforeAll
    static void engine() {
        assumeTrue(PageOcr.shared().available(), "no OCR natives for this platform");
    }

    private static SampleDvhTruth.Figure lung(boolean threeD) {
        return SampleDvhTruth.figures().stream().filter(f -> f.sample().startsWith("03") && f.threeD() == threeD)
                .findFirst().orElseThrow();
    }

    private static Document dvhDocument(PacketResult r) {
        return r.documents().stream().filter(d -> d.kind() == DocumentKind.DVH_IMAGE).findFirst()
                .orElseThrow(() -> new AssertionError(r.documents().toString()));
    }

    @Test
    void aColourScanOfAColourFigureIsDigitisedFromTheScanAndFollowsItsCurves() throws Exception {
        SampleDvhTruth.Figure figure = lung(true);
        Path pdf = ScanFigureCorpus.scannedPage(figure, SAMPLES, ScanFigureCorpus.Look.COLOUR_200, 2,
                dir.resolve("colour.pdf"));
        PacketResult r = new PdfPacketReader(null).withScans(ScanReading.cached(ResultCache.off())).read(pdf, "scan.pdf");
        Document d = dvhDocument(r);
        assertEquals(Boolean.TRUE, d.color(), d.note());
        assertEquals(PlanKind.THREE_D, d.plan(), "from the caption read by OCR");
        assertTrue(d.note().contains("curves digitised"), d.note());
        assertFalse(r.curves().isEmpty(), d.note());
        for (DvhCurve c : r.curves()) {
            assertTrue(c.digitised(), "digitised curves only flag, never decide");
            assertEquals("scan.pdf p.1 fig.1", c.sourceFile(), "keyed like a text PDF's figure");
        }
        ScanFigureCorpus.Score s = ScanFigureCorpus.score(figure, r.curves());
        assertEquals(0, s.confidentWrong(), s.wrong()::toString);
        assertTrue(s.found() >= 3, () -> s.found() + " of " + s.present() + " known curves followed: " + d.note());
        assertTrue(ScanFigureCorpus.median(s.volumeErrors()) < 1.0, s.volumeErrors()::toString);
    }

    /**
     * Decision 0527: sample 03's 3D-CRT and IMRT pictures side by side on one page, each captioned, scanned in colour.
     * The page was cut as one block and digitised as one picture; now the two plot frames are seen and the page says
     * its figure was not digitised: no curve of two plots mixed.
     */
    @Test
    void twoPlotsSideBySideOnAScannedPageAreNotDigitisedAsOnePicture() throws Exception {
        Path pdf = ScanFigureCorpus.scannedPage(source -> PacketPages.twoFigurePage(source,
                        javax.imageio.ImageIO.read(lung(true).path(SAMPLES).toFile()), "Figure 1. Cumulative DVH, 3D-CRT plan",
                        javax.imageio.ImageIO.read(lung(false).path(SAMPLES).toFile()), "Figure 2. Cumulative DVH, IMRT plan"),
                ScanFigureCorpus.Look.COLOUR_200, 6, dir.resolve("two.pdf"));
        PacketResult r = new PdfPacketReader(null).withScans(ScanReading.cached(ResultCache.off())).read(pdf, "scan.pdf");
        Document d = dvhDocument(r);
        assertEquals(Boolean.TRUE, d.color(), d.note());
        assertTrue(d.note().contains("two DVH plots stand side by side"), d.note());
        assertTrue(r.curves().isEmpty(), r.curves()::toString);
    }

    /** Each of the samples' eight DVH pictures alone on its scanned page is one plot frame; two side by side are two. */
    @Test
    void oneFigureCountsOneFrameAndTwoSideBySideCountTwo() throws Exception {
        for (SampleDvhTruth.Figure f : SampleDvhTruth.figures()) {
            try (PDDocument source = new PDDocument()) {
                PacketPages.dvhPage(source, javax.imageio.ImageIO.read(f.path(SAMPLES).toFile()), ScanFigureCorpus.caption(f));
                assertEquals(1, frames(source), f.sample() + (f.threeD() ? " 3D" : " IMRT"));
            }
        }
        try (PDDocument source = new PDDocument()) {
            PacketPages.twoFigurePage(source, javax.imageio.ImageIO.read(lung(true).path(SAMPLES).toFile()), "Figure 1. 3D-CRT",
                    javax.imageio.ImageIO.read(lung(false).path(SAMPLES).toFile()), "Figure 2. IMRT");
            assertEquals(2, frames(source));
        }
    }

    private static int frames(PDDocument source) throws java.io.IOException {
        java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(source).renderImageWithDPI(0, 200,
                org.apache.pdfbox.rendering.ImageType.RGB);
        int[] box = ScanFigures.inkBlock(page, 200);
        return ScanFigures.plotFrames(page.getSubimage(box[0], box[1], box[2] - box[0], box[3] - box[1]), 200);
    }

    @Test
    void aFaxedFigureIsNotColourAndIsNotDigitised() throws Exception {
        Path pdf = ScanFigureCorpus.scannedPage(lung(false), SAMPLES, ScanFigureCorpus.Look.FAX_FINE, 3,
                dir.resolve("fax.pdf"));
        PacketResult r = new PdfPacketReader(null).withScans(ScanReading.cached(ResultCache.off())).read(pdf, "fax.pdf");
        Document d = dvhDocument(r);
        assertEquals(Boolean.FALSE, d.color(), d.note());
        assertEquals(PlanKind.IMRT, d.plan(), d.note());
        assertTrue(r.curves().isEmpty(), "a 1-bit fax's curves cannot be told apart by colour");
        assertTrue(d.note().contains("not digitised"), d.note());
    }

    @Test
    void theWindowCutsAndDigitisesTheSameFigureAsTheCaseLoad() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("window"));
        Path pdf = ScanFigureCorpus.scannedPage(lung(false), SAMPLES, ScanFigureCorpus.Look.COLOUR_300, 4,
                caseDir.resolve("scan.pdf"));
        PacketResult loaded = new PdfPacketReader(null).withScans(ScanReading.standard(caseDir)).read(pdf, "scan.pdf");
        List<PdfFigures.Figure> listed = PdfFigures.list(pdf, "scan.pdf");
        assertEquals(1, listed.size(), listed::toString);
        assertEquals(new PdfFigures.FigureKey("scan.pdf", 1, 1), listed.get(0).key());
        assertEquals(PlanKind.IMRT, listed.get(0).plan());
        assertTrue(loaded.documents().stream().anyMatch(d -> d.note().contains("curves digitised")), loaded::toString);
        // the window's budget is the nurse's patience, not the load's 4 s
        PdfFigures.DigitisedFigure opened = PdfFigures.digitize(pdf, "scan.pdf", 1, 1,
                DigitizeOptions.automatic(Duration.ofSeconds(60)));
        assertTrue(opened.image().getWidth() > 1000 && opened.image().getWidth() < 2000,
                "the figure cut from the 250 dpi page, not the whole page: " + opened.image().getWidth());
        long used = opened.result().curves().stream().filter(t -> t.tracedWhole(opened.result().calibration())).count();
        assertEquals(loaded.curves().size(), used, "the same curves as the case load");
        assertEquals(opened.image().getHeight(), PdfFigures.image(pdf, 1, 1).getHeight());
    }

    @Test
    void aColourScannedPacketRaisesNoFalseMismatchAgainstItsOwnTable() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("packet"));
        Path packet = SAMPLES.resolve("11-lung-fax-packet/fax_packet_PA-2026-004203.pdf");
        try (PDDocument src = Loader.loadPDF(packet.toFile()); PDDocument three = new PDDocument()) {
            for (int page : new int[] {3, 5, 6}) { // the summary table and both DVH figure pages
                three.importPage(src.getPage(page));
            }
            ScanDegrader.writeScannedPdf(three, ScanDegrader.Look.JPEG_COLOUR, 11, caseDir.resolve("packet.pdf"));
        }
        ReviewCase rc = CaseLoader.standard().load(caseDir);
        List<DvhCurve> fromScan = rc.dvhCurves().stream().filter(c -> c.sourceFile() != null
                && c.sourceFile().startsWith("packet.pdf p.")).toList();
        assertTrue(fromScan.stream().anyMatch(c -> c.sourceFile().equals("packet.pdf p.2 fig.1")), rc.dvhCurves()::toString);
        assertTrue(fromScan.stream().anyMatch(c -> c.sourceFile().equals("packet.pdf p.3 fig.1")), rc.dvhCurves()::toString);
        assertTrue(fromScan.stream().anyMatch(c -> c.plan() == PlanKind.THREE_D && "Heart".equals(c.structure())),
                "named from the legend, planned from the caption: " + fromScan.stream().map(DvhCurve::structure).toList());
        Evaluation e = Evaluator.standard().evaluate(rc);
        assertTrue(e.rows().stream().noneMatch(r -> r.has(FlagCode.DVH_TABLE_MISMATCH)), e.rows()::toString);
    }
}
