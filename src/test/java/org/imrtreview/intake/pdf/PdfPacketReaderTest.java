package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.intake.pdf.fixtures.PacketPages;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.PlanKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A packet PDF is split into logical documents with page ranges, as a nurse would leaf through it. */
class PdfPacketReaderTest {
    @TempDir
    Path dir;

    private static PacketResult read(Path file) {
        return new PdfPacketReader(PdfProgressListener.NONE).read(file, file.getFileName().toString());
    }

    private static String summary(Document d) {
        return d.kind() + " " + d.pages() + (d.plan() == null ? "" : " " + d.plan().label())
                + (d.color() == null ? "" : d.color() ? " colour" : " grey") + " " + d.state();
    }

    @Test
    void faxPacketIsSplitIntoHistoryNotesTableImagingAndTwoDvhImages() {
        PacketResult r = read(PdfTableCorpusTest.CORPUS.resolve("24-packet-word-lung.pdf"));
        assertEquals(List.of(
                "CLINICAL_HISTORY 1 LOADED",
                "CHART_NOTES 2 LOADED",
                "SUMMARY_TABLE 3 LOADED",
                "IMAGING_REPORT 4 LOADED",
                "DVH_IMAGE 5 3D colour LOADED",
                "DVH_IMAGE 6 IMRT colour LOADED"), r.documents().stream().map(PdfPacketReaderTest::summary).toList());
        assertNotNull(r.table());
        assertEquals(7, r.table().rows().size());
        assertEquals("page 3, header row 1, rows 2-8", r.table().location());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void scannedPageInAPacketIsReportedWithItsPageNumber() {
        PacketResult r = read(PdfTableCorpusTest.CORPUS.resolve("25-packet-report-prostate.pdf"));
        assertTrue(r.problems().contains(
                "scanned page — text not readable (page 2): read it by eye, and type the table in if it is there"),
                r.problems()::toString);
        assertTrue(r.documents().stream().anyMatch(d -> d.state() == LoadState.SCANNED && "2".equals(d.pages())),
                r.documents()::toString);
        assertEquals(8, r.table().rows().size());
    }

    @Test
    void wholeScannedPdfIsOneScannedDocumentWithoutPageRange() throws IOException {
        Path f = dir.resolve("fax.pdf");
        try (PDDocument doc = new PDDocument()) {
            PacketPages.scannedPage(doc, PacketPages.NOTES);
            PacketPages.scannedPage(doc, PacketPages.IMAGING);
            doc.save(f.toFile());
        }
        PacketResult r = read(f);
        assertEquals(List.of("OTHER null SCANNED"), r.documents().stream().map(PdfPacketReaderTest::summary).toList());
        assertEquals(List.of("scanned page — text not readable (pages 1-2): read it by eye, and type the table in if it is there"),
                r.problems());
    }

    @Test
    void continuationPageWithoutHeadingsStaysWithTheNoteBeforeIt() throws IOException {
        Path f = dir.resolve("notes.pdf");
        try (PDDocument doc = new PDDocument()) {
            PacketPages.prosePage(doc, PacketPages.NOTES);
            TestPdfs.text(doc, List.of("continued: patient counselled about skin care and fatigue.",
                    "Signed by the treating physician on 11/12/2026."));
            PacketPages.prosePage(doc, PacketPages.IMAGING);
            doc.save(f.toFile());
        }
        assertEquals(List.of("CHART_NOTES 1-2 LOADED", "IMAGING_REPORT 3 LOADED"),
                read(f).documents().stream().map(PdfPacketReaderTest::summary).toList());
    }

    @Test
    void vectorDrawnDvhIsRenderedAndCheckedForColour() throws IOException {
        Path f = dir.resolve("plans.pdf");
        try (PDDocument doc = new PDDocument()) {
            TestPdfs.vectorDvhPage(doc, true, "Dose volume histogram - IMRT plan");
            TestPdfs.vectorDvhPage(doc, false, "Dose volume histogram - 3D conformal plan");
            doc.save(f.toFile());
        }
        PacketResult r = read(f);
        assertEquals(List.of("DVH_IMAGE 1 IMRT colour LOADED", "DVH_IMAGE 2 3D grey LOADED"),
                r.documents().stream().map(PdfPacketReaderTest::summary).toList());
        assertTrue(r.documents().get(0).note().contains("vector graphics, rendered at 200 dpi"), r.documents().get(0).note());
    }

    @Test
    void twoDvhImagesOnOnePageTakeTheirPlansFromTheirOwnCaptions() throws IOException {
        Path f = dir.resolve("dvh.pdf");
        try (PDDocument doc = new PDDocument()) {
            PacketPages.twoDvhPage(doc);
            doc.save(f.toFile());
        }
        PacketResult r = read(f);
        assertEquals(List.of("DVH_IMAGE 1 3D colour LOADED", "DVH_IMAGE 1 IMRT colour LOADED"),
                r.documents().stream().map(PdfPacketReaderTest::summary).toList());
    }

    @Test
    void singleDocumentPdfHasNoPageRange() throws IOException {
        Path f = TestPdfs.textPdf(dir.resolve("h.pdf"), PacketPages.HISTORY);
        Document d = read(f).documents().get(0);
        assertEquals(DocumentKind.CLINICAL_HISTORY, d.kind());
        assertNull(d.pages());
    }

    @Test
    void pageListIsWrittenAsRanges() {
        assertEquals("page 4", PdfPacketReader.pagesPhrase(List.of(4)));
        assertEquals("pages 2, 5-7, 9", PdfPacketReader.pagesPhrase(List.of(2, 5, 6, 7, 9)));
    }

    @Test
    void planOfAnImageOnlyDvhPageIsLeftForTheNurse() throws IOException {
        Path f = dir.resolve("img.pdf");
        try (PDDocument doc = new PDDocument()) {
            PacketPages.imageOnlyPage(doc, PacketPages.dvhImage(true, ""));
            doc.save(f.toFile());
        }
        Document d = read(f).documents().get(0);
        assertEquals(DocumentKind.DVH_IMAGE, d.kind());
        assertNull(d.plan());
        assertEquals(Boolean.TRUE, d.color());
        assertPlanNote(d);
    }

    private static void assertPlanNote(Document d) {
        assertTrue(d.note().contains("plan not named — check which plan it shows"), d.note());
        assertEquals(null, d.plan() == PlanKind.BOTH ? "BOTH" : null);
    }
}
