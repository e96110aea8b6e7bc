package org.imrtreview.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.intake.IdentityLines;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.IdentityClaim;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions 0502 and 0503. Sample 03 (a right upper lobe request, C34.11) with its consult replaced by one of the same
 * member whose labelled diagnosis line is another site's (C61 prostate) or the other side's (C34.12) was CRITERIA_MET
 * with no word; and a text PDF's birth date that is no calendar date ("1955-06-41") was lost on the way from the page
 * to the case (the packet reader copied its claims without the flag), so decision 0407 never held a text PDF.
 */
class DiagnosisMismatchTest {

    private static final Path LUNG = Path.of("samples/03-lung-v20-csv-criteria-met");
    private static final String HEADER = "Patient: Alvin D. Moreno    DOB: 1955-06-14    Member ID: ZRH330218856";

    @TempDir
    Path tmp;

    /** Sample 03 with its consult replaced by a one-page text PDF of these lines. */
    private Evaluation lungWithConsult(String name, String... lines) throws Exception {
        Path folder = SampleCopies.copyTo(LUNG, tmp.resolve(name), rel -> false);
        Path consult = folder.resolve("consult_2026-10-28.pdf");
        Files.delete(consult);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                float y = 740;
                List<String> all = new ArrayList<>(List.of("Riverbend Oncology Associates", "Radiation Oncology Consultation"));
                all.addAll(List.of(lines));
                for (String line : all) {
                    cs.beginText();
                    cs.newLineAtOffset(50, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 14;
                }
            }
            doc.save(consult.toFile());
        }
        ReviewCase rc = CaseLoader.standard().readOnly().load(folder);
        return Evaluator.standard().evaluate(rc);
    }

    @Test
    void aConsultOfAnotherSiteHoldsTheCase() throws Exception {
        Evaluation e = lungWithConsult("prostate", HEADER, "Referring diagnosis: C61 Malignant neoplasm of prostate",
                "History of Present Illness", "Mr. Moreno is a 71-year-old man with Gleason 4+3 prostate adenocarcinoma.");
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("site"), e.missing());
        List<Problem> p = e.problems().stream().filter(x -> x.code() == ProblemCode.SITE_MISMATCH).toList();
        assertEquals(1, p.size(), e.problems().toString());
        assertEquals("consult_2026-10-28.pdf", p.get(0).file());
        assertTrue(p.get(0).message().startsWith("states the diagnosis C61 (a labelled diagnosis line), of the abdomen or "
                + "pelvis, but the request (treatment site \"Lung\", diagnosis C34.11) is for the chest"), p.get(0).message());
    }

    @Test
    void aConsultOfTheOtherSideHoldsTheCase() throws Exception {
        Evaluation e = lungWithConsult("left", HEADER,
                "Referring diagnosis: C34.12 Malignant neoplasm of upper lobe, left bronchus or lung");
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertTrue(e.problems().stream().anyMatch(x -> x.code() == ProblemCode.SITE_MISMATCH
                && x.message().contains("of the left side, but the request") && x.message().contains("for the right side")),
                e.problems().toString());
    }

    @Test
    void theConsultAsSentAndItsPriorHistoryRaiseNothing() throws Exception {
        // the request's own code; prose about an earlier cancer is not a labelled diagnosis line
        Evaluation e = lungWithConsult("own", HEADER,
                "Referring diagnosis: C34.11 Malignant neoplasm of upper lobe, right bronchus or lung",
                "Past Medical History", "Prostate cancer (C61) treated with radiotherapy in 2015; diagnosed with COPD.");
        assertEquals(Determination.CRITERIA_MET, e.determination(), e.problems().toString());
    }

    @Test
    void aTextPdfsBirthDateThatIsNoDateHoldsTheCase() throws Exception {
        Evaluation e = lungWithConsult("no-date", "Patient: Alvin D. Moreno    DOB: 1955-06-41    Member ID: ZRH330218856",
                "Referring diagnosis: C34.11 Malignant neoplasm of upper lobe, right bronchus or lung");
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("identity"), e.missing());
        assertTrue(e.problems().stream().anyMatch(x -> "consult_2026-10-28.pdf".equals(x.file())
                && x.message().startsWith("states a date of birth that is no calendar date")), e.problems().toString());
    }

    @Test
    void diagnosisLinesAreReadAndProseIsNot() {
        assertEquals(List.of("C34.11"), codes("Referring diagnosis: C34.11 Malignant neoplasm of upper lobe"));
        assertEquals(List.of("C61"), codes("Dx: C61."));
        assertEquals(List.of("C34.90", "C79.31"), codes("Diagnosis: C34.90, C79.31 (brain metastases)"));
        assertEquals(List.of("C15.5"), codes("Primary diagnosis (ICD-10): C15.5"));
        assertEquals(List.of("C71.1"), codes("ICD-10 code: C71.1"));
        assertEquals(List.of(), codes("Diagnosis: lung cancer, V20 38%"));
        assertEquals(List.of(), codes("He was diagnosed with C61 in 2015."));
    }

    @Test
    void realisticVarietyRaisesNothing() {
        // metastases: the consult names the primary, the request the metastasis (and the other way round)
        assertNone(request("Brain", "C79.31"), "C34.11");
        assertNone(request("Lung", "C34.11"), "C34.11", "C79.31");
        // codes that place nothing or can be anywhere; a code of the same region; a second diagnosis of the request
        assertNone(request("Lung", "C34.11"), "Z51.0");
        assertNone(request("Lung", "C34.11"), "C49.3");
        assertNone(request("Lung", "C34.11"), "C38.3");
        assertNone(request("Prostate", "C61"), "C67.9");
        assertNone(request("Lung", "C34.11"), "C61", "C34.11");
        // another organ's side says nothing about this one's (right lung, left breast history); no side requested
        assertNone(request("Lung", "C34.11"), "C50.912");
        assertNone(request("Lung", "C34.90"), "C34.12");
        // a code read by OCR alone (a misread digit is another site) does not hold the case: a note (decision 0526)
        ReviewCase rc = caseWith(request("Lung", "C34.11"),
                new IdentityClaim("fax.pdf", "page 2 (read by OCR)", null, null, null, false, List.of("C54.1")));
        List<Problem> ocr = DiagnosisCheck.check(rc);
        assertEquals(1, ocr.size(), ocr.toString());
        assertEquals(null, ocr.get(0).code(), ocr.toString());
        assertTrue(ocr.get(0).message().contains("read by OCR on page 2"), ocr.get(0).message());
        // and the mismatches are found
        assertEquals(1, DiagnosisCheck.check(caseWith(request("Lung", "C34.11"), claim("C61"))).size());
        assertEquals(1, DiagnosisCheck.check(caseWith(request("Brain", "C71.1"), claim("C10.9"))).size());
        assertEquals(1, DiagnosisCheck.check(caseWith(request("Breast", "C50.911"), claim("C50.912"))).size());
    }

    /**
     * Decision 0526: the scanned consult's labelled diagnosis line read by OCR. Where its own words name the code's
     * site or side, it holds the case as a text page's line does; where they name the request's site, the code (read
     * C54.11, as a scan can misread C34.11) is a note to check on the page and the case is not held.
     */
    @Test
    void onAScannedConsultALineWhoseWordsConfirmItsCodeHoldsTheCase() throws Exception {
        Evaluation e = lungWithScannedConsult("scan-prostate", HEADER, "Referring diagnosis: C61 Malignant neoplasm of prostate",
                "History of Present Illness", "Mr. Moreno is a 71-year-old man with Gleason 4+3 prostate adenocarcinoma.");
        assertEquals(Determination.INCOMPLETE, e.determination(), e.problems().toString());
        assertEquals(List.of("site"), e.missing());
        List<Problem> p = e.problems().stream().filter(x -> x.code() == ProblemCode.SITE_MISMATCH).toList();
        assertEquals(1, p.size(), e.problems().toString());
        assertEquals("consult_2026-10-28.pdf", p.get(0).file());
        assertTrue(p.get(0).message().startsWith("states the diagnosis C61 (a labelled diagnosis line read by OCR on page 1)"
                + ", of the abdomen or pelvis, but the request"), p.get(0).message());

        Evaluation left = lungWithScannedConsult("scan-left", HEADER,
                "Referring diagnosis: C34.12 Malignant neoplasm of upper lobe, left bronchus or lung");
        assertEquals(Determination.INCOMPLETE, left.determination(), left.problems().toString());
        assertTrue(left.problems().stream().anyMatch(x -> x.code() == ProblemCode.SITE_MISMATCH
                && x.message().contains("of the left side, but the request")), left.problems().toString());
    }

    @Test
    void onAScannedConsultACodeTheWordsDoNotConfirmIsANoteNotAHold() throws Exception {
        Evaluation e = lungWithScannedConsult("scan-slip", HEADER,
                "Referring diagnosis: C54.11 Malignant neoplasm of upper lobe, right bronchus or lung");
        assertEquals(Determination.CRITERIA_MET, e.determination(), e.problems().toString());
        List<Problem> notes = e.problems().stream().filter(x -> x.message().contains("C54.11")).toList();
        assertEquals(1, notes.size(), e.problems().toString());
        assertEquals(null, notes.get(0).code());
        assertTrue(notes.get(0).message().contains("A scan can misread a digit of a code"), notes.get(0).message());
    }

    /** As {@link #lungWithConsult}, the consult printed and scanned (200 dpi grey, tilt, speckle: sample 13's look). */
    private Evaluation lungWithScannedConsult(String name, String... lines) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.imrtreview.ocr.PageOcr.shared().available(), "no OCR natives");
        lungWithConsult(name, lines);
        Path folder = tmp.resolve(name);
        Path consult = folder.resolve("consult_2026-10-28.pdf");
        Path typed = tmp.resolve(name + "-typed.pdf");
        Files.move(consult, typed);
        try (PDDocument src = org.apache.pdfbox.Loader.loadPDF(typed.toFile())) {
            org.imrtreview.intake.pdf.ScanDegrader.writeScannedPdf(src, org.imrtreview.intake.pdf.ScanDegrader.Look.GREY_200,
                    name.hashCode(), consult);
        }
        ReviewCase rc = CaseLoader.standard().readOnly().load(folder);
        assertTrue(rc.identities().stream().anyMatch(c -> "consult_2026-10-28.pdf".equals(c.file())
                && c.where() != null && c.where().contains("read by OCR") && !c.diagnoses().isEmpty()), rc.identities().toString());
        return Evaluator.standard().evaluate(rc);
    }

    private static List<String> codes(String text) {
        List<IdentityClaim> c = IdentityLines.find("f.pdf", "page 1", text);
        return c.isEmpty() ? List.of() : c.get(0).diagnoses();
    }

    private static IdentityClaim claim(String... codes) {
        return new IdentityClaim("consult.pdf", "page 1", null, null, null, false, List.of(codes));
    }

    private static void assertNone(Request request, String... codes) {
        assertEquals(List.of(), DiagnosisCheck.check(caseWith(request, claim(codes))), request.diagnosis() + " " + List.of(codes));
    }

    private static ReviewCase caseWith(Request request, IdentityClaim claim) {
        SummaryRow row = TestCases.row(1, "Heart", "Mean < 26 Gy", "QUANTEC", "27 Gy", "19 Gy", "Yes");
        ReviewCase base = TestCases.caseWith(TestCases.table(row), TestCases.completeDocuments()).withRequest(request);
        return new ReviewCase(base.folder(), base.request(), base.documents(), base.table(), base.dvhCurves(),
                base.problems(), List.of(claim));
    }

    private static Request request(String site, String... codes) {
        List<Request.Diagnosis> dx = new ArrayList<>();
        for (String c : codes) {
            dx.add(new Request.Diagnosis(c, null));
        }
        return new Request(null, null, null, null, null, null, null, dx.isEmpty() ? null : dx, site, null, null, null,
                null);
    }
}
