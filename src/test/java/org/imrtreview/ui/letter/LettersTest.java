package org.imrtreview.ui.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.print.PrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imrtreview.letter.LetterFixtures;
import org.imrtreview.letter.content.LetterAssets;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.pdf.LetterPrinter;
import org.imrtreview.model.Request;
import org.imrtreview.store.NurseDecision;
import org.junit.jupiter.api.Test;

class LettersTest {

    private final Letters service = new Letters(new LetterComposer(LetterAssets.bundled()),
            new LetterPrinter(() -> new PrintService[0], () -> null),
            Clock.fixed(Instant.parse("2026-11-26T17:00:00Z"), ZoneOffset.UTC));

    @Test
    void aReferralProducesTheDenialDraftSignedByTheRecordedReviewer() throws Exception {
        byte[] pdf = service.render(LetterFixtures.lungCase(Request.LineOfBusiness.COMMERCIAL),
                LetterFixtures.criteriaNotMet(), NurseDecision.REFER, "Dana Whitfield, RN");
        String text = text(pdf);
        assertTrue(text.contains("DRAFT — for physician review and signature"), text);
        assertTrue(text.contains("Prepared by: Dana Whitfield, RN"), text);
        assertTrue(text.contains("November 26, 2026"), "letter dated by the workstation clock");
    }

    @Test
    void aLetterWithoutAReviewerIsBlockedWithASentenceForTheNurse() {
        Exception e = assertThrows(LetterBlockedException.class, () -> service.render(
                LetterFixtures.brainCase("PA-1", "Ana Ruiz", "ECH-1"), LetterFixtures.criteriaMet(), NurseDecision.APPROVE,
                null));
        assertTrue(e.getMessage().startsWith("The approval letter cannot be produced until this is filled in: reviewer name"),
                e.getMessage());
    }

    @Test
    void printingWithoutAPrinterSaysSaveAsPdf() {
        LetterService.PrintOutcome o = service.print(new byte[] {1}, "PA-1");
        assertFalse(o.printed());
        assertEquals(LetterPrinter.NO_PRINTER_MESSAGE, o.message());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
