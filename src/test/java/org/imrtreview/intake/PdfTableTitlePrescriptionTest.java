package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.pdf.ScanDegrader;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.testing.PdfTextEdit;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0640: sample 11's packet (60 Gy in 30 fractions requested) whose table page says "Prepared by medical
 * physics from the approved 3D-CRT and VMAT plans, 55 Gy in 20 fractions" above the table was CRITERIA_MET with
 * no word, and so was the same page scanned (sample 13's way): 0544 compared only workbooks' and CSV titles.
 */
class PdfTableTitlePrescriptionTest {

    private static final Path PACKET_SAMPLE = Path.of("samples/11-lung-fax-packet");
    private static final Path SCANNED_SAMPLE = Path.of("samples/13-lung-scanned-table");
    private static final String PACKET = "fax_packet_PA-2026-004203.pdf";
    private static final String REQUESTED = "plans, 60 Gy in 30 fractions.";
    private static final String OTHER = "plans, 55 Gy in 20 fractions.";

    @TempDir
    Path tmp;

    private static Evaluation evaluate(Path folder) throws Exception {
        return Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(folder));
    }

    private Path packetTitled(String dir, String subtitle) throws Exception {
        Path folder = SampleCopies.copyTo(PACKET_SAMPLE, tmp.resolve(dir), rel -> false);
        PdfTextEdit.replace(folder.resolve(PACKET), REQUESTED, subtitle);
        return folder;
    }

    private static Problem differs(Evaluation e) {
        return e.problems().stream().filter(p -> p.code() == ProblemCode.PRESCRIPTION_DIFFERS).findFirst()
                .orElseThrow(() -> new AssertionError("no PRESCRIPTION_DIFFERS: " + e.problems()));
    }

    @Test
    void aTextPdfTableTitledWithAnotherPrescriptionHoldsThePacket() throws Exception {
        Evaluation e = evaluate(packetTitled("other", OTHER));
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("plan"), e.missing());
        Problem p = differs(e);
        assertEquals(PACKET, p.file());
        assertTrue(p.message().contains("\"55 Gy in 20 fractions\"") && p.message().contains("60 Gy in 30 fractions"),
                p.message());
    }

    @Test
    void theRequestedPrescriptionAboveTheTableRaisesNothing() throws Exception {
        for (String subtitle : List.of(REQUESTED, "plans, 6000 cGy in 30 fractions.", "plans, 2 Gy x 30 fx.")) {
            Path folder = subtitle.equals(REQUESTED)
                    ? SampleCopies.copyTo(PACKET_SAMPLE, tmp.resolve("same"), rel -> false)
                    : packetTitled("same" + Math.abs(subtitle.hashCode()), subtitle);
            Evaluation e = evaluate(folder);
            assertEquals(Determination.CRITERIA_MET, e.determination(), subtitle + ": " + e.problems());
            assertTrue(e.problems().stream().noneMatch(p -> p.code() == ProblemCode.PRESCRIPTION_DIFFERS), subtitle);
        }
    }

    @Test
    void aScannedTableTitledWithAnotherPrescriptionHoldsTheCase() throws Exception {
        Path packet = packetTitled("edited", OTHER).resolve(PACKET);
        Path folder = SampleCopies.copyTo(SCANNED_SAMPLE, tmp.resolve("scanned"), rel -> false);
        try (PDDocument doc = Loader.loadPDF(packet.toFile()); PDDocument tablePage = new PDDocument()) {
            tablePage.importPage(doc.getPage(3));
            // as ScannedSampleGenerator makes sample 13's table: 200 dpi grey, tilted, speckled, blurred
            ScanDegrader.writeScannedPdf(tablePage, ScanDegrader.Look.GREY_200, 13, folder.resolve("summary_table_scan.pdf"));
        }
        Evaluation e = evaluate(folder);
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertTrue(e.missing().contains("plan"), e.missing().toString());
        assertEquals("summary_table_scan.pdf", differs(e).file());
        assertTrue(differs(e).message().contains("\"55 Gy in 20 fractions\" (read by OCR above the table on page 1: check it"
                + " there), but the request is for 60 Gy in 30 fractions"), differs(e).message());
    }

    @Test
    void aScannedTablePictureTitledWithAnotherPrescriptionHoldsTheCase() throws Exception {
        Path packet = packetTitled("edited-picture", OTHER).resolve(PACKET);
        Path folder = SampleCopies.copyTo(SCANNED_SAMPLE, tmp.resolve("picture"), rel -> false);
        Files.delete(folder.resolve("summary_table_scan.pdf"));
        try (PDDocument doc = Loader.loadPDF(packet.toFile())) {
            javax.imageio.ImageIO.write(ScanDegrader.degrade(doc, 3, ScanDegrader.Look.GREY_200, 13), "png",
                    folder.resolve("summary_table_scan.png").toFile());
        }
        Evaluation e = evaluate(folder);
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals("summary_table_scan.png", differs(e).file());
    }
}
