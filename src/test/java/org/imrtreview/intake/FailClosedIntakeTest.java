package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.imrtreview.digitize.LegendOcrOff;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.LetterOutcome;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.letter.content.ReviewerDecision;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §4 "Fail closed" on copies of the bundled samples, each damaged or confused the way issue 20 found. */
@ExtendWith(LegendOcrOff.class)
class FailClosedIntakeTest {

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

    private static Evaluation evaluate(Path folder) throws Exception {
        return Evaluator.standard().evaluate(CaseLoader.standard().load(folder));
    }

    private static List<Problem> coded(Evaluation e, ProblemCode code) {
        return e.problems().stream().filter(p -> p.code() == code).toList();
    }

    @Test
    void aSecondRequestNeverReplacesRequestJsonAndHoldsEveryLetter() throws Exception {
        Path c = sample("01-brain-glioblastoma-criteria-met");
        String other = Files.readString(c.resolve("request.json")).replace("Margaret T. Ellison", "Oswald Q. Pemberton")
                .replace("ZRH448120917", "ZRH000111222");
        Files.writeString(c.resolve("resubmission.json"), other);
        Files.createDirectories(c.resolve("sub"));
        Files.writeString(c.resolve("sub/request.json"), other);
        ReviewCase rc = CaseLoader.standard().load(c);
        assertEquals("Margaret T. Ellison", rc.request().member().name(), "request.json stays the request");
        Evaluation e = Evaluator.standard().evaluate(rc);
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("resubmission.json", "sub/request.json"),
                coded(e, ProblemCode.SECOND_REQUEST).stream().map(Problem::file).toList());
        assertTrue(e.missing().contains("identity"));
        LetterOutcome letter = LetterComposer.standard().compose(rc, e,
                new ReviewerDecision(LetterKind.APPROVAL, Reviewer.parse("Ann Lee, RN", null), null), LocalDate.of(2026, 12, 4));
        assertInstanceOf(LetterOutcome.Blocked.class, letter);
    }

    @Test
    void theNurseResolvesAnIdentityFindingWithAChecklistDecision() throws Exception {
        Path c = sample("01-brain-glioblastoma-criteria-met");
        Files.copy(c.resolve("request.json"), c.resolve("request-copy.json"));
        ReviewCase rc = CaseLoader.standard().load(c);
        assertEquals(Determination.INCOMPLETE, Evaluator.standard().evaluate(rc).determination());
        Evaluation resolved = Evaluator.standard().evaluate(rc,
                List.of(new ChecklistOverride("identity", true, "duplicate copy of the same request, checked")));
        assertEquals(Determination.CRITERIA_MET, resolved.determination());
    }

    @Test
    void aDvhExportNamingAnotherPatientBlocksTheCase() throws Exception {
        Path c = sample("09-prostate-dvh-data-mismatch");
        Path export = c.resolve("Eclipse_DVH_IMRT.txt");
        Files.writeString(export, Files.readString(export, StandardCharsets.UTF_8).replace("Vennerby, Harold T.", "Doe, John"),
                StandardCharsets.UTF_8);
        Evaluation e = evaluate(c);
        assertEquals(Determination.INCOMPLETE, e.determination());
        List<Problem> found = coded(e, ProblemCode.MEMBER_MISMATCH);
        assertEquals(List.of("Eclipse_DVH_IMRT.txt"), found.stream().map(Problem::file).toList());
        assertFalse(found.get(0).message().contains("Doe"), "the sentence never quotes identifiers");
    }

    @Test
    void clinicalPdfsAboutAnotherMemberBlockAnOtherwiseApprovableCase() throws Exception {
        Path c = sample("03-lung-v20-csv-criteria-met");
        Path request = c.resolve("request.json");
        String json = Files.readString(request);
        String name = json.replaceAll("(?s).*\"member\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        Files.writeString(request, json.replace(name, "Beatrice Van Houten"));
        Evaluation e = evaluate(c);
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(3, coded(e, ProblemCode.MEMBER_MISMATCH).size(), "consult, visit note and PET-CT name another patient");
    }

    @Test
    void theSamplesRaiseNoIdentityFinding() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path sample : s.filter(Files::isDirectory).sorted().toList()) {
                Evaluation e = Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(sample));
                assertEquals(List.of(), e.problems().stream().filter(Problem::blocking).toList(), sample.toString());
            }
        }
    }

    @Test
    void aLinkOutOfTheCaseFolderIsNotFollowed() throws Exception {
        Path c = sample("03-lung-v20-csv-criteria-met");
        Path outside = tmp.resolve("another-member-table.csv");
        Files.move(c.resolve("summary_table.csv"), outside);
        Files.createSymbolicLink(c.resolve("summary_table.csv"), outside);
        Evaluation e = evaluate(c);
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertTrue(e.missing().contains("table"));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("summary_table.csv")
                && p.message().contains("outside the case folder")), e.problems().toString());
    }

    @Test
    void aBlankPdfNamedClinicalHistoryDoesNotCount() throws Exception {
        Path c = sample("01-brain-glioblastoma-criteria-met");
        try (PDDocument blank = new PDDocument()) {
            blank.addPage(new PDPage());
            blank.save(c.resolve("clinical_history.pdf").toFile());
        }
        Evaluation e = evaluate(c);
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("history"), e.missing());
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("clinical_history.pdf")
                && p.message().contains("no readable text")));
    }

    /**
     * A faxed blank page (white with specks) saved as clinical_history.pdf, and a speckled picture named
     * MRI_brain_report.png: OCR reads no text from either, so they are those documents only by name. They
     * used to satisfy the checklist (criteria met); now they count only once the nurse has read them.
     */
    @Test
    void scansWhoseTextCouldNotBeReadCountOnlyOnceTheNurseHasReadThem() throws Exception {
        Path c = sample("01-brain-glioblastoma-criteria-met");
        Files.delete(c.resolve("clinical_history.pdf"));
        Files.delete(c.resolve("MRI_brain_report.pdf"));
        java.awt.image.BufferedImage page = new java.awt.image.BufferedImage(1700, 2200,
                java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
        java.awt.Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 1700, 2200);
        g.setColor(java.awt.Color.BLACK);
        for (int i = 0; i < 40; i++) {
            g.fillRect((i * 397) % 1650, (i * 731) % 2150, 2, 2); // fax specks
        }
        g.dispose();
        javax.imageio.ImageIO.write(page, "png", c.resolve("MRI_brain_report.png").toFile());
        try (PDDocument scan = new PDDocument()) {
            PDPage p = new PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.LETTER);
            scan.addPage(p);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(scan, page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(scan, p)) {
                cs.drawImage(image, 0, 0, 612, 792);
            }
            scan.save(c.resolve("clinical_history.pdf").toFile());
        }
        ReviewCase rc = CaseLoader.standard().load(c);
        Evaluation e = Evaluator.standard().evaluate(rc);
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("history", "imaging"), e.missing());
        var history = e.checklist().stream().filter(i -> i.key().equals("history")).findFirst().orElseThrow();
        assertTrue(history.evidence().contains("only a scan whose text could not be read: clinical_history.pdf"),
                history.evidence());
        var imaging = e.checklist().stream().filter(i -> i.key().equals("imaging")).findFirst().orElseThrow();
        assertTrue(imaging.evidence().contains("MRI_brain_report.png"), imaging.evidence());

        // the nurse reads both and marks them: the case is decided on its table again
        Evaluation read = Evaluator.standard().evaluate(rc, List.of(
                new ChecklistOverride("history", true, "read the scan: the oncologist's history of 11/02"),
                new ChecklistOverride("imaging", true, "read the scan: MRI brain report of 10/28")));
        assertEquals(Determination.CRITERIA_MET, read.determination());
    }

    /** The other side: a picture of chart notes whose text OCR reads counts like the text PDF it was made from. */
    @Test
    void aPictureOfChartNotesReadByOcrCounts() throws Exception {
        Path c = sample("01-brain-glioblastoma-criteria-met");
        Path pdf = c.resolve("progress_notes.pdf");
        try (PDDocument notes = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(notes)
                    .renderImageWithDPI(0, 200, org.apache.pdfbox.rendering.ImageType.GRAY);
            javax.imageio.ImageIO.write(page, "png", c.resolve("progress_notes.png").toFile());
        }
        Files.delete(pdf);
        Evaluation e = evaluate(c);
        var notes = e.checklist().stream().filter(i -> i.key().equals("notes")).findFirst().orElseThrow();
        assertTrue(notes.satisfied(), notes.evidence());
        assertEquals("progress_notes.png", notes.evidence());
        assertEquals(Determination.CRITERIA_MET, e.determination());
    }

    /**
     * Found by a 600-mutant campaign (seed 20261205, mutant 536): bits flipped in sample 09's IMRT Eclipse
     * export, one of them a NUL byte, made the file "not text"; it was listed as unreadable and dropped, and
     * the table's verdict stood against the curves it held (CRITERIA_NOT_MET became CRITERIA_MET).
     */
    @Test
    void aDvhExportThatIsNoLongerTextHoldsTheCase() throws Exception {
        Path c = sample("09-prostate-dvh-data-mismatch");
        Path export = c.resolve("Eclipse_DVH_IMRT.txt");
        byte[] b = Files.readAllBytes(export);
        b[3797] = 0; // where the campaign's flip put it: inside the part read to tell text from binary
        Files.write(export, b);
        Evaluation e = evaluate(c);
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertTrue(e.missing().contains("evidence"), e.missing().toString());
        assertEquals(List.of("Eclipse_DVH_IMRT.txt"),
                coded(e, ProblemCode.EVIDENCE_DAMAGED).stream().map(Problem::file).toList());
        assertTrue(coded(e, ProblemCode.EVIDENCE_DAMAGED).get(0).message().contains("NUL byte at position 3798"),
                coded(e, ProblemCode.EVIDENCE_DAMAGED).get(0).message());
    }

    /**
     * Found by a 3000-mutant campaign (seed 20261206, mutant 2215): 58 random bytes at 5077 of sample 09's IMRT
     * Eclipse export, one a NUL, past the 4096 bytes read to tell text from binary. No DVH reader claimed the
     * file ("not text"), the table reader took it as "a text file without a summary table", and the table's
     * verdict stood against the export's curves: CRITERIA_NOT_MET became CRITERIA_MET.
     */
    @Test
    void randomBytesWithANulDeepInADvhExportHoldTheCase() throws Exception {
        Path c = sample("09-prostate-dvh-data-mismatch");
        Path export = c.resolve("Eclipse_DVH_IMRT.txt");
        byte[] b = Files.readAllBytes(export);
        java.util.Random random = new java.util.Random(2215);
        for (int i = 5077; i < 5077 + 58; i++) {
            b[i] = (byte) (1 + random.nextInt(255));
        }
        b[5100] = 0;
        Files.write(export, b);
        Evaluation e = evaluate(c);
        assertEquals(Determination.INCOMPLETE, e.determination());
        List<Problem> damaged = coded(e, ProblemCode.EVIDENCE_DAMAGED);
        assertEquals(List.of("Eclipse_DVH_IMRT.txt"), damaged.stream().map(Problem::file).toList());
        assertTrue(damaged.get(0).message().contains("NUL byte at position 5101"), damaged.get(0).message());
        assertTrue(e.documents().stream().anyMatch(d -> d.file().equals("Eclipse_DVH_IMRT.txt")
                && d.kind() == org.imrtreview.model.DocumentKind.DVH_DATA), "listed as the DVH export it is");
    }

    /** The same damage far past the first bytes (a NUL at 150,000 of a 195 kB export): still damaged, never used. */
    @Test
    void aNulFarIntoADvhExportHoldsTheCase() throws Exception {
        Path c = sample("09-prostate-dvh-data-mismatch");
        Path export = c.resolve("Eclipse_DVH_IMRT.txt");
        byte[] b = Files.readAllBytes(export);
        b[150_000] = 0;
        Files.write(export, b);
        Evaluation e = evaluate(c);
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("Eclipse_DVH_IMRT.txt"),
                coded(e, ProblemCode.EVIDENCE_DAMAGED).stream().map(Problem::file).toList());
    }

    /** A summary-table CSV with a NUL in its last row (past the bytes sniffed) is damaged, not read round it. */
    @Test
    void aNulInsideASummaryCsvHoldsTheCase() throws Exception {
        Path c = sample("03-lung-v20-csv-criteria-met");
        Path csv = c.resolve("summary_table.csv");
        byte[] b = Files.readAllBytes(csv);
        b[b.length - 5] = 0;
        Files.write(csv, b);
        Evaluation e = evaluate(c);
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertEquals(List.of("summary_table.csv"), coded(e, ProblemCode.EVIDENCE_DAMAGED).stream().map(Problem::file).toList());
        assertTrue(coded(e, ProblemCode.EVIDENCE_DAMAGED).get(0).message().contains("NUL byte at position " + (b.length - 4)));
    }

    @Test
    void aCutOffColourJpegIsNotColourEvidence() throws Exception {
        Path c = sample("08-pelvis-formulas-criteria-met");
        Path jpeg = c.resolve("IMRT_DVH.jpg");
        byte[] b = Files.readAllBytes(jpeg);
        Files.write(jpeg, Arrays.copyOf(b, b.length * 2 / 3));
        Evaluation e = evaluate(c);
        assertNotEquals(Determination.CRITERIA_MET, e.determination());
        assertTrue(e.missing().contains("color"), e.missing().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("IMRT_DVH.jpg") && p.message().contains("colour")));
    }

    @Test
    void aTruncatedDvhExportMakesTheCaseIncomplete() throws Exception {
        Path c = sample("09-prostate-dvh-data-mismatch");
        Path export = c.resolve("Eclipse_DVH_IMRT.txt");
        byte[] b = Files.readAllBytes(export);
        Files.write(export, Arrays.copyOf(b, b.length / 2));
        Evaluation e = evaluate(c);
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertTrue(e.missing().contains("evidence"));
        assertFalse(coded(e, ProblemCode.EVIDENCE_DAMAGED).isEmpty());
    }

    @Test
    void aDvhExportThatWillNotParseIsNeverDroppedSilently() throws Exception {
        Path c = sample("09-prostate-dvh-data-mismatch");
        Path export = c.resolve("Eclipse_DVH_IMRT.txt");
        String text = Files.readString(export, StandardCharsets.UTF_8);
        Files.writeString(export, text.substring(0, text.indexOf("Structure:")), StandardCharsets.UTF_8);
        Evaluation e = evaluate(c);
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertTrue(coded(e, ProblemCode.EVIDENCE_DAMAGED).stream().anyMatch(p -> p.file().equals("Eclipse_DVH_IMRT.txt")));
    }

    @Test
    void aNulByteInTheCsvTableIsAProblemNamingTheFile() throws Exception {
        Path c = sample("03-lung-v20-csv-criteria-met");
        Path csv = c.resolve("summary_table.csv");
        byte[] b = Files.readAllBytes(csv);
        b[b.length / 2] = 0;
        Files.write(csv, b);
        Evaluation e = evaluate(c);
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("summary_table.csv") && p.message().contains("NUL")),
                e.problems().toString());
    }

    @Test
    void aDamagedTablePageInTheFaxPacketNeverLeavesCriteriaMetStanding() throws Exception {
        Path c = sample("11-lung-fax-packet");
        Path pdf = c.resolve("fax_packet_PA-2026-004203.pdf");
        byte[] original = Files.readAllBytes(pdf);
        // damage each compressed stream in turn (15 bytes, as the campaign did); whatever the table reads,
        // criteria met must survive only when the rows read are exactly the undamaged ones
        Evaluation intact = evaluate(c);
        assertEquals(Determination.CRITERIA_MET, intact.determination());
        String s = new String(original, StandardCharsets.ISO_8859_1);
        int damagedStreams = 0;
        for (int at = s.indexOf("stream\r\n"); at > 0 && damagedStreams < 12; at = s.indexOf("stream\r\n", at + 1)) {
            if (s.startsWith("end", at - 3)) {
                continue;
            }
            byte[] b = original.clone();
            for (int k = 0; k < 15 && at + 40 + k < b.length; k++) {
                b[at + 40 + k] ^= 0x5A;
            }
            Files.write(pdf, b);
            Evaluation e = evaluate(c);
            if (e.determination() == Determination.CRITERIA_MET) {
                assertEquals(intact.rows().stream().map(r -> r.row().organ() + r.dose3d() + r.doseImrt()).toList(),
                        e.rows().stream().map(r -> r.row().organ() + r.dose3d() + r.doseImrt()).toList(),
                        "stream at " + at);
            }
            damagedStreams++;
        }
        assertTrue(damagedStreams > 5);
    }
}
