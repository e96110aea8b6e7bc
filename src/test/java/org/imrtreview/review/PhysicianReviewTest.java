package org.imrtreview.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.LetterContent;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.LetterOutcome;
import org.imrtreview.letter.content.LetterSigning;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.letter.content.ReviewerDecision;
import org.imrtreview.model.Determination;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewStatus;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.persist.ReviewStateStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The physician reviewer's part, on sample 04 (prostate, criteria not met): the nurse refers, only a
 * physician upholds, overturns or asks for a peer-to-peer, and the denial names a physician only once
 * one has upheld it. Everything is saved with the case and survives reopening.
 */
class PhysicianReviewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T16:30:00Z"), ZoneOffset.UTC);
    private static final ReviewerIdentity DOCTOR = new ReviewerIdentity("Helen Vance", "MD, Radiation Oncology",
            ReviewerRole.PHYSICIAN);
    private static final ReviewerIdentity NURSE = new ReviewerIdentity("Dana Whitfield", "RN", ReviewerRole.NURSE);

    @TempDir
    Path workspace;
    private Path caseFolder;
    private final ReviewStateStore store = new ReviewStateStore(CLOCK);

    @BeforeEach
    void copySample() throws IOException {
        caseFolder = workspace.resolve("04");
        Path from = Path.of("samples", "04-prostate-xls-criteria-not-met");
        Files.createDirectories(caseFolder);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, caseFolder.resolve(f.getFileName().toString()));
            }
        }
    }

    private CaseReview open() throws Exception {
        CaseReviews reviews = CaseReviews.standard(CLOCK, "workstation-account");
        return reviews.open(reviews.read(caseFolder, false, true), s -> {
            try {
                store.save(caseFolder, s);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private CaseReview referred() throws Exception {
        CaseReview review = open();
        assertEquals(Determination.CRITERIA_NOT_MET, review.recommendation());
        assertEquals(Optional.empty(), review.decide(NurseDecision.REFER, ""));
        assertEquals(ReviewStatus.AWAITING_PHYSICIAN, review.state().status());
        return review;
    }

    @Test
    void aNurseCanNeverDenyEvenWithTheRightButtonsInReach() throws Exception {
        CaseReview review = referred();
        Optional<String> refused = review.physicianDecide(PhysicianAction.UPHOLD, "Both plans meet every limit", NURSE);
        assertTrue(refused.orElseThrow().contains("Only a physician reviewer"), refused.get());
        assertTrue(refused.get().contains("a UR nurse"), refused.get());
        assertEquals(ReviewStatus.AWAITING_PHYSICIAN, review.state().status());
        assertTrue(review.physicianSteps().isEmpty());
    }

    @Test
    void thePhysicianRoleAloneIsNotEnoughWithoutPhysicianCredentials() throws Exception {
        CaseReview review = referred();
        ReviewerIdentity nurseAsPhysician = new ReviewerIdentity("Dana Whitfield", "RN", ReviewerRole.PHYSICIAN);
        Optional<String> refused = review.physicianDecide(PhysicianAction.UPHOLD, "rationale", nurseAsPhysician);
        assertTrue(refused.orElseThrow().contains("MD or DO"), refused.get());
        assertTrue(review.physicianDecide(PhysicianAction.UPHOLD, "rationale",
                new ReviewerIdentity("Pat Lee", "MD", ReviewerRole.AUDITOR)).isPresent(), "an auditor does not decide");
        assertTrue(review.physicianDecide(PhysicianAction.UPHOLD, "rationale", null).isPresent());
    }

    @Test
    void onlyAReferredCaseReachesThePhysician() throws Exception {
        CaseReview review = open();
        Optional<String> refused = review.physicianDecide(PhysicianAction.UPHOLD, "Both plans meet every limit", DOCTOR);
        assertTrue(refused.orElseThrow().contains("has not been referred"), refused.get());
        review.decide(NurseDecision.REQUEST_INFO, "Need the imaging report");
        assertTrue(review.physicianDecide(PhysicianAction.OVERTURN, "x", DOCTOR).orElseThrow().contains("Pended"));
    }

    @Test
    void upholdingNeedsARationaleAndThenDeniesTheCaseForGood() throws Exception {
        CaseReview review = referred();
        assertTrue(review.physicianDecide(PhysicianAction.UPHOLD, "  ", DOCTOR).orElseThrow().contains("rationale"));

        assertEquals(Optional.empty(), review.physicianDecide(PhysicianAction.UPHOLD,
                "Rectum V70 and bladder V70 are met by the 3D plan; IMRT adds nothing the policy requires.", DOCTOR));

        assertEquals(ReviewStatus.DENIED, review.state().status());
        assertEquals(NurseDecision.REFER, review.letterDecision());
        assertTrue(review.physicianDecide(PhysicianAction.OVERTURN, "changed my mind", DOCTOR).orElseThrow()
                .contains("already decided"), "a decided case is not decided twice");
        assertTrue(review.decide(NurseDecision.APPROVE, "approve after all").isPresent(), "the nurse cannot undo it");
        assertFalse(review.withdrawDecision());
        assertEquals("Physician review", review.state().audit().get(review.state().audit().size() - 1).action());
        assertTrue(review.state().audit().get(review.state().audit().size() - 1).detail().contains("Helen Vance, MD"));
    }

    @Test
    void aPeerToPeerHoldsTheCaseUntilThePhysicianDecides() throws Exception {
        CaseReview review = referred();
        assertEquals(Optional.empty(), review.physicianDecide(PhysicianAction.PEER_TO_PEER, "", DOCTOR));
        assertEquals(ReviewStatus.PEER_TO_PEER, review.state().status());
        assertNull(review.physicianDecision());
        assertFalse(review.withdrawDecision(), "the referral stands once the physician acted on it");

        assertEquals(Optional.empty(), review.physicianDecide(PhysicianAction.OVERTURN,
                "Peer-to-peer: the 3D plan's rectum V70 was computed on the wrong structure; IMRT is needed.", DOCTOR));
        assertEquals(ReviewStatus.APPROVED, review.state().status());
        assertEquals(NurseDecision.APPROVE, review.letterDecision());
        assertNull(review.letterSigning(ZoneOffset.UTC), "an approval is not a signed denial");
        assertEquals(2, review.physicianSteps().size());
    }

    @Test
    void thePhysiciansWorkIsSavedWithTheCaseAndSurvivesReopening() throws Exception {
        CaseReview review = referred();
        review.physicianDecide(PhysicianAction.UPHOLD, "No organ where only IMRT meets a published limit.", DOCTOR);

        ReviewState saved = store.load(caseFolder).state();
        assertEquals(ReviewStatus.DENIED, saved.status());
        assertEquals(DOCTOR, saved.physicianDecision().physician());
        assertEquals(ReviewStatus.DENIED, store.peek(caseFolder).status(), "the worklist sees it denied");

        CaseReview reopened = open();
        assertEquals(ReviewStatus.DENIED, reopened.state().status());
        LetterSigning signing = reopened.letterSigning(ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 11, 27), signing.signedOn());
        assertEquals("Helen Vance, MD, Radiation Oncology", signing.physician().signature());
    }

    @Test
    void theDraftNamesNoPhysicianAndTheUpheldDenialIsSignedByTheOneWhoUpheldIt() throws Exception {
        CaseReview review = referred();
        LetterComposer composer = LetterComposer.standard();
        Reviewer nurse = Reviewer.parse("Dana Whitfield, RN", null);

        LetterContent draft = ready(composer.compose(review.effective(), review.evaluation(),
                new ReviewerDecision(LetterKind.DENIAL_DRAFT, nurse, review.letterSigning(ZoneOffset.UTC)), LocalDate.of(2026, 11, 27)));
        assertTrue(draft.isDraft());
        assertFalse(draft.plainText().contains("Helen Vance"), "the draft names no physician before one reviews it");
        assertTrue(draft.plainText().contains("Physician reviewer: not yet reviewed"), draft.plainText());

        review.physicianDecide(PhysicianAction.UPHOLD, "No organ where only IMRT meets a published limit.", DOCTOR);
        LetterContent signed = ready(composer.compose(review.effective(), review.evaluation(),
                new ReviewerDecision(LetterKind.DENIAL_DRAFT, nurse, review.letterSigning(ZoneOffset.UTC)), LocalDate.of(2026, 11, 28)));
        String text = signed.plainText();
        assertFalse(signed.isDraft());
        assertFalse(text.contains("DRAFT"), text);
        assertTrue(text.contains("Signed: electronically by Helen Vance, MD, Radiation Oncology on November 27, 2026"), text);
        assertTrue(text.contains("Prepared by: Dana Whitfield, RN"), text);
        assertTrue(text.contains("Physician reviewer's rationale (Helen Vance, MD, Radiation Oncology): No organ where only IMRT"),
                text);
        assertFalse(text.contains("draft for physician review"), text);
    }

    private static LetterContent ready(LetterOutcome outcome) {
        assertNotNull(outcome);
        return assertInstanceOf(LetterOutcome.Ready.class, outcome).content();
    }
}
