package org.imrtreview.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.LetterOutcome;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.letter.content.ReviewerDecision;
import org.imrtreview.letter.pdf.LetterPdfRenderer;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.Evaluation;
import org.imrtreview.store.worklist.Workspace;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program's letters never become evidence: saved where the program suggests (the outbox) they
 * are outside every case, and copied into a case folder by hand they are recognised by their PDF
 * metadata and listed as "letter produced here" — either way every sample evaluates as before.
 * Issue 12: on a copy of sample 07 a request-for-information letter saved into the case folder
 * used to turn INCOMPLETE into CRITERIA_MET.
 */
class OwnOutputsNeverJoinTheSubmissionTest {

    @TempDir
    static Path workspace;
    private static final List<String> SAMPLES = new ArrayList<>();
    private static byte[] anyLetter;

    @BeforeAll
    static void copySamples() throws Exception {
        Path samples = Path.of("samples").toAbsolutePath();
        try (Stream<Path> dirs = Files.list(samples)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                SAMPLES.add(d.getFileName().toString());
                copy(d, workspace.resolve(d.getFileName().toString()));
            }
        }
        assertTrue(SAMPLES.size() >= 12, SAMPLES.toString());
    }

    /**
     * For every sample: a letter saved in the default place, then one copied into the case folder by
     * hand (named like evidence on purpose), each time reopened — the evaluation stays the same and
     * the copied letter is listed as ours.
     */
    @Test
    void lettersSavedByDefaultOrCopiedIntoTheCaseChangeNoSampleEvaluation() throws Exception {
        CaseReviews reviews = CaseReviews.standard(Clock.systemUTC(), "test");
        for (String name : SAMPLES) {
            Path folder = workspace.resolve(name);
            CaseReview before = reviews.view(folder, false);
            Path outbox = Outbox.defaultFor(folder, workspace);
            assertFalse(outbox.startsWith(folder), name + ": the outbox is outside the case");
            Files.createDirectories(outbox);
            Files.write(outbox.resolve(name + "-letter.pdf"), letterFor(before));

            CaseReview after = reviews.view(folder, false);
            assertSameEvaluation(before.evaluation(), after.evaluation(), name);

            Path copied = folder.resolve("MRI imaging report and summary table.pdf");
            Files.write(copied, letterFor(before));
            try {
                CaseReview withLetter = reviews.view(folder, false);
                assertSameEvaluation(before.evaluation(), withLetter.evaluation(), name + " with our letter in it");
                Document listed = withLetter.evaluation().documents().stream()
                        .filter(d -> d.file().equals(copied.getFileName().toString())).findFirst().orElseThrow();
                assertEquals(DocumentKind.OWN_LETTER, listed.kind(), name);
                assertTrue(listed.note().contains("letter produced here"), listed.note());
            } finally {
                Files.delete(copied);
            }
        }
        // the outbox is not a case of the workspace
        assertTrue(new Workspace(new ReviewStateStore()).scan(workspace).stream()
                .noneMatch(e -> Outbox.isOutbox(e.folder())), "the worklist does not list the outbox");
    }

    @Test
    void sampleSevenStaysIncompleteWithItsOwnRequestForInformationInTheFolder() throws Exception {
        Path folder = workspace.resolve("07-nasopharynx-missing-imaging-incomplete");
        CaseReviews reviews = CaseReviews.standard(Clock.systemUTC(), "test");
        CaseReview review = reviews.view(folder, false);
        assertEquals(Determination.INCOMPLETE, review.evaluation().determination());
        Path letter = folder.resolve("request-for-information.pdf");
        Files.write(letter, render(review, LetterKind.REQUEST_INFO));
        try {
            CaseReview again = reviews.view(folder, false);
            assertEquals(Determination.INCOMPLETE, again.evaluation().determination());
            assertTrue(again.evaluation().missing().contains("imaging"), again.evaluation().missing().toString());
        } finally {
            Files.delete(letter);
        }
    }

    /**
     * Decision 0410: the command line's own JSON (`evaluate --format json > evaluation.json`) saved into
     * the case folder was taken for a second request (its request summary has request keys) and held
     * every sample as SECOND_REQUEST; it is the program's output, never evidence.
     */
    @Test
    void theCommandLinesOwnJsonInTheFolderChangesNoSampleEvaluation() throws Exception {
        CaseReviews reviews = CaseReviews.standard(Clock.systemUTC(), "test");
        for (String name : SAMPLES) {
            Path folder = workspace.resolve(name);
            CaseReview before = reviews.view(folder, false);
            Path json = folder.resolve("evaluation.json");
            Files.writeString(json, new org.imrtreview.cli.EvaluationJson().write(before.effective(), before.evaluation()));
            try {
                CaseReview after = reviews.view(folder, false);
                assertSameEvaluation(before.evaluation(), after.evaluation(), name + " with our JSON in it");
                assertTrue(after.evaluation().documents().stream().anyMatch(d -> d.file().equals("evaluation.json")
                        && d.kind() == DocumentKind.OWN_OUTPUT), name);
                assertTrue(after.evaluation().problems().stream()
                        .noneMatch(p -> p.code() == org.imrtreview.model.ProblemCode.SECOND_REQUEST),
                        name + ": " + after.evaluation().problems());
            } finally {
                Files.delete(json);
            }
        }
    }

    private static void assertSameEvaluation(Evaluation before, Evaluation after, String name) {
        assertEquals(before.determination(), after.determination(), name);
        assertEquals(before.rows(), after.rows(), name);
        assertEquals(before.missing(), after.missing(), name);
        assertEquals(before.reasons(), after.reasons(), name);
        assertEquals(before.checklist(), after.checklist(), name);
        List<Document> evidence = after.documents().stream()
                .filter(d -> d.kind() != DocumentKind.OWN_LETTER && d.kind() != DocumentKind.OWN_OUTPUT).toList();
        assertEquals(before.documents(), evidence, name);
    }

    /** The case's recommended letter, or (when its request cannot make one) sample 01's. */
    private static byte[] letterFor(CaseReview review) throws Exception {
        byte[] own = render(review, LetterKind.recommendedFor(review.evaluation().determination()));
        if (own != null) {
            return own;
        }
        if (anyLetter == null) {
            CaseReview first = CaseReviews.standard(Clock.systemUTC(), "test")
                    .view(workspace.resolve("01-brain-glioblastoma-criteria-met"), false);
            anyLetter = render(first, LetterKind.APPROVAL);
        }
        return anyLetter;
    }

    private static byte[] render(CaseReview review, LetterKind kind) throws IOException {
        LetterOutcome outcome = LetterComposer.standard().compose(review.effective(), review.evaluation(),
                ReviewerDecision.of(kind, Reviewer.parse("Dana Whitfield, RN", null)), LocalDate.of(2026, 11, 26));
        return outcome instanceof LetterOutcome.Ready ready ? new LetterPdfRenderer().render(ready.content()) : null;
    }

    private static void copy(Path from, Path to) {
        SampleCopies.copyTo(from, to, rel -> false);
    }
}
