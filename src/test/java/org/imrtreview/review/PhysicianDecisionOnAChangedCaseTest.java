package org.imrtreview.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.imrtreview.model.Determination;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.ReviewStatus;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.persist.ReviewStateStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A physician's uphold stands on the case she decided (decision 0467): on a copy of sample 04 (criteria not
 * met: the 3D plan already meets every limit) the nurse refers, the physician upholds the denial on "criteria
 * not met"; then the provider's new table arrives, in which the 3D plan misses the rectum limit that IMRT
 * meets. The case no longer evaluates to "criteria not met" (two tables that disagree: incomplete, decision
 * 0402): the upheld denial is kept but outdated, its
 * letter and PAS response are refused with a sentence, and the physician decides again.
 */
class PhysicianDecisionOnAChangedCaseTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T16:30:00Z"), ZoneOffset.UTC);
    private static final ReviewerIdentity DOCTOR = new ReviewerIdentity("Helen Vance", "MD, Radiation Oncology",
            ReviewerRole.PHYSICIAN);
    /** The provider's new table: the 3D plan now over the rectum V70 limit, IMRT under it. */
    private static final String NEW_TABLE = """
            OAR,Dose Constraint,Source of Constraint,3D-CRT,IMRT,Can constraint only be met with IMRT?
            Rectum,V70 < 20%,QUANTEC,27.4%,12.1%,Yes
            Bladder,V70 < 35%,QUANTEC,22.0%,14.9%,No
            """;

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

    @Test
    void aDenialUpheldBeforeTheCaseChangedIsNotSentUntilThePhysicianDecidesAgain() throws Exception {
        CaseReview before = open();
        assertEquals(Determination.CRITERIA_NOT_MET, before.recommendation());
        assertEquals(Optional.empty(), before.decide(NurseDecision.REFER, ""));
        assertEquals(Optional.empty(), before.physicianDecide(PhysicianAction.UPHOLD,
                "No organ where only IMRT meets a published limit.", DOCTOR));
        assertEquals(Determination.CRITERIA_NOT_MET, before.physicianDecision().recommendation(),
                "her decision keeps the recommendation she decided on");
        assertEquals(Optional.empty(), before.decisionOutdated());
        assertEquals(Optional.empty(), before.letterIssueProblem(NurseDecision.REFER));

        Files.writeString(caseFolder.resolve("summary_new.csv"), NEW_TABLE);
        CaseReview after = open();
        assertNotEquals(Determination.CRITERIA_NOT_MET, after.recommendation(), "the new table moves the case");
        assertEquals(ReviewStatus.DENIED, after.state().status(), "her decision is kept");
        assertEquals(PhysicianAction.UPHOLD, after.physicianDecision().action());
        String outdated = after.decisionOutdated().orElseThrow();
        assertTrue(outdated.startsWith("The physician reviewer's decision") && outdated.contains("Helen Vance")
                && outdated.contains("\u201cCriteria not met") && outdated.contains("decides again"), outdated);
        assertTrue(after.physicianDecisionOutdated());
        assertEquals(Optional.of(outdated), after.letterIssueProblem(NurseDecision.REFER),
                "the signed denial is not printed or saved");
        assertTrue(after.applied().decisionOutdated());

        // the nurse cannot take it back; the physician decides again on the case as it is now
        assertTrue(after.withdrawProblem().isPresent());
        assertEquals(Optional.empty(), after.physicianDecide(PhysicianAction.UPHOLD,
                "The new table is for another plan than the one requested; the denial stands.", DOCTOR));
        assertEquals(Optional.empty(), after.decisionOutdated());
        assertFalse(after.physicianDecisionOutdated());
        assertEquals(Optional.empty(), after.letterIssueProblem(NurseDecision.REFER));
        assertEquals(2, after.physicianSteps().size(), "both steps are kept, in order");
        assertTrue(after.physicianDecide(PhysicianAction.OVERTURN, "x", DOCTOR).orElseThrow().contains("already decided"),
                "a decision that stands is not decided twice");
    }
}
