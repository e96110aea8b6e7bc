package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.imrtreview.digitize.LegendOcrOff;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.LetterOutcome;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.letter.content.ReviewerDecision;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.IdentityClaim;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0260: identity is read from spreadsheet title rows and label cells, fax cover "RE:" lines and
 * PDF document properties, and any of them naming another patient holds the case (MEMBER_MISMATCH).
 */
@ExtendWith(LegendOcrOff.class)
class IdentityEvidenceTest {

    @TempDir
    Path tmp;

    private Path sample(String name) throws IOException {
        Path to = tmp.resolve(name);
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(Path.of("samples", name))) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }

    private static List<Problem> mismatches(Evaluation e) {
        return e.problems().stream().filter(p -> p.code() == ProblemCode.MEMBER_MISMATCH).toList();
    }

    private static void assertHeld(ReviewCase rc, Evaluation e, String file) {
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertTrue(e.missing().contains("identity"), e.missing().toString());
        assertTrue(mismatches(e).stream().anyMatch(p -> p.file().equals(file)), e.problems().toString());
        LetterOutcome letter = LetterComposer.standard().compose(rc, e,
                new ReviewerDecision(LetterKind.APPROVAL, Reviewer.parse("Ann Lee, RN", null), null), LocalDate.of(2026, 12, 4));
        assertInstanceOf(LetterOutcome.Blocked.class, letter);
    }

    @Test
    void aSpreadsheetTitleRowNamingAnotherPatientHoldsAnApprovableCase() throws Exception {
        Path c = sample("01-brain-glioblastoma-criteria-met");
        Path xlsx = c.resolve("Summary_Analysis_3D_vs_IMRT.xlsx");
        ReviewCase before = CaseLoader.standard().load(c);
        assertEquals(Determination.CRITERIA_MET, Evaluator.standard().evaluate(before).determination());
        assertTrue(before.identities().stream().anyMatch(i -> i.file().equals("Summary_Analysis_3D_vs_IMRT.xlsx")
                && "Ellison, Margaret T".equals(i.name())), "the sample's own title row is read: " + before.identities());

        replaceText(xlsx, "Ellison, Margaret T.", "Pemberton, Oswald Q.");
        ReviewCase rc = CaseLoader.standard().load(c);
        Evaluation e = Evaluator.standard().evaluate(rc);
        assertHeld(rc, e, "Summary_Analysis_3D_vs_IMRT.xlsx");
        Problem p = mismatches(e).get(0);
        assertTrue(p.message().contains("patient name"), p.message());
        assertFalse(p.message().contains("Pemberton") || p.message().contains("Ellison"), "no identifiers in the sentence");
    }

    @Test
    void labelCellsBesideTheirValuesAreRead() throws Exception {
        Path c = sample("03-lung-v20-csv-criteria-met");
        Path csv = c.resolve("summary_table.csv");
        String table = Files.readString(csv).replace("\uFEFF", "");
        // the sample's own member in label cells: no finding
        ReviewCase own = CaseLoader.standard().load(c);
        String ownName = own.request().member().name();
        String ownId = own.request().member().id();
        Files.writeString(csv, "Patient name,\"" + ownName + "\",,,,\nMember ID:," + ownId + ",,,,\n" + table);
        Evaluation ok = Evaluator.standard().evaluate(CaseLoader.standard().load(c));
        assertEquals(List.of(), mismatches(ok));
        assertEquals(Determination.CRITERIA_MET, ok.determination());

        Files.writeString(csv, "Patient name,\"" + ownName + "\",,,,\nMember ID:,ZRH000111222,,,,\n" + table);
        ReviewCase rc = CaseLoader.standard().load(c);
        Evaluation e = Evaluator.standard().evaluate(rc);
        assertHeld(rc, e, "summary_table.csv");
        assertTrue(mismatches(e).get(0).message().contains("member ID"), mismatches(e).toString());
        assertTrue(mismatches(e).get(0).message().contains("row 2"), "names where: " + mismatches(e));
    }

    @Test
    void pdfDocumentPropertiesNamingAnotherPatientHoldTheCase() throws Exception {
        Path c = sample("01-brain-glioblastoma-criteria-met");
        Path pdf = c.resolve("progress_notes.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setCustomMetadataValue("PatientName", "PEMBERTON^OSWALD");
            doc.save(pdf.toFile());
        }
        ReviewCase rc = CaseLoader.standard().load(c);
        Evaluation e = Evaluator.standard().evaluate(rc);
        assertHeld(rc, e, "progress_notes.pdf");
        assertTrue(mismatches(e).get(0).message().contains("document properties"), mismatches(e).toString());

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            doc.getDocumentInformation().setCustomMetadataValue("PatientName", "ELLISON^MARGARET");
            doc.getDocumentInformation().setTitle("Progress note - Patient: Ellison, Margaret");
            doc.save(pdf.toFile());
        }
        Evaluation same = Evaluator.standard().evaluate(CaseLoader.standard().load(c));
        assertEquals(List.of(), mismatches(same), "the member's own name in the properties is no finding");
    }

    /**
     * Decision 0407: a labelled birth date that is no calendar date ("1955-06-41": two digits swapped, or
     * another record) holds the case instead of being skipped; the same date written day first, with
     * dots, or with a two-digit year does not.
     */
    @Test
    void aBirthDateThatIsNoCalendarDateHoldsTheCase() throws Exception {
        Path c = sample("03-lung-v20-csv-criteria-met");
        Path csv = c.resolve("summary_table.csv");
        String table = Files.readString(csv);
        String title = "Summary Analysis of 3D vs IMRT Planning";
        assertTrue(table.contains(title));
        for (String dob : List.of("1955-06-14", "14/06/1955", "14.06.1955", "06/14/55", "June 14, 1955")) {
            Files.writeString(csv, table.replace(title, title + " - Patient: Alvin D. Moreno  DOB: " + dob));
            ReviewCase rc = CaseLoader.standard().load(c);
            Evaluation e = Evaluator.standard().evaluate(rc);
            assertEquals(Determination.CRITERIA_MET, e.determination(), dob + ": " + e.problems());
            assertEquals(List.of(), mismatches(e), dob);
        }
        for (String dob : List.of("1955-06-41", "06/41/1955", "41/14/1955", "1955-13-14")) {
            Files.writeString(csv, table.replace(title, title + " - Patient: Alvin D. Moreno  DOB: " + dob));
            ReviewCase rc = CaseLoader.standard().load(c);
            Evaluation e = Evaluator.standard().evaluate(rc);
            assertHeld(rc, e, "summary_table.csv");
            assertTrue(mismatches(e).get(0).message().contains("no calendar date"), dob + ": " + e.problems());
            assertFalse(mismatches(e).get(0).message().contains(dob), "no identifiers in the sentence");
        }
        // another member's real birth date, day first, is now compared (it used to be skipped)
        Files.writeString(csv, table.replace(title, title + " - Patient: Alvin D. Moreno  DOB: 15/06/1955"));
        ReviewCase rc = CaseLoader.standard().load(c);
        assertHeld(rc, Evaluator.standard().evaluate(rc), "summary_table.csv");
    }

    @Test
    void aFaxCoverSubjectLineIsReadWhenItHasANamesShape() {
        List<IdentityClaim> named = IdentityLines.find("fax.pdf", "page 1",
                "FAX TRANSMISSION\nRE: Pemberton, Oswald Q. - IMRT request\nPages: 8");
        assertEquals("Pemberton, Oswald Q", named.get(0).name());
        assertEquals("Alvin D. Moreno", IdentityLines.find("f", "p", "Regarding: Alvin D. Moreno (DOB 1955-06-14)")
                .get(0).name());
        assertEquals(LocalDate.of(1955, 6, 14), IdentityLines.find("f", "p", "Regarding: Alvin D. Moreno   DOB: 1955-06-14")
                .get(0).dateOfBirth());
        for (String subject : List.of("Re: preauthorization request PA-2026-004203, IMRT for a lung primary.",
                "RE: IMRT Prior Authorization", "RE: Moreno", "RE: CT Chest", "RE: Brain MRI Report",
                "RE: Additional Records Enclosed", "RE: Radiation Oncology Consultation")) {
            assertEquals(List.of(), IdentityLines.find("f", "p", subject), subject);
        }
        assertNull(IdentityLines.subjectName("Lung Cancer"));
    }

    /** Replaces {@code from} by {@code to} in every text cell of the workbook. */
    private static void replaceText(Path xlsx, String from, String to) throws IOException {
        Workbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = WorkbookFactory.create(in);
        }
        int changed = 0;
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().contains(from)) {
                        cell.setCellValue(cell.getStringCellValue().replace(from, to));
                        changed++;
                    }
                }
            }
        }
        assertTrue(changed > 0, "the sample holds " + from);
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            wb.write(out);
        }
        wb.close();
    }
}
