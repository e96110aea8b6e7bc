package org.imrtreview.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.imrtreview.store.persist.ReviewStateStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nurse's decision stands on the case she decided: on a copy of sample 01 (criteria met) she approves,
 * then the provider's corrected table arrives in the folder (the 3D plan now meets the brainstem and cochlea
 * limits). The approval was recorded on "criteria met"; the case now says "incomplete" (two tables that
 * disagree). It is not called an override she never made, and no letter states it until she records her
 * decision again (decision 0450). A letter also states a decision that is recorded, and the one recorded.
 */
class DecisionOnAChangedCaseTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T16:30:00Z"), ZoneOffset.UTC);
    /** The provider's "corrected" summary: every organ now met by the 3D plan too. */
    private static final String REVISED_TABLE = """
            OAR,Dose Constraint,Source of Constraint,3D-CRT,IMRT,Can constraint only be met with IMRT?
            Brainstem,Dmax < 54 Gy,QUANTEC,53.0 Gy,52.1 Gy,No
            Optic chiasm,Dmax < 55 Gy,QUANTEC,53.2 Gy,47.8 Gy,No
            Left cochlea,Dmean <= 45 Gy,QUANTEC,44.2 Gy,39.5 Gy,No
            Right optic nerve,Dmax < 55 Gy,QUANTEC,50.9 Gy,46.3 Gy,No
            """;

    @TempDir
    Path workspace;
    private Path caseFolder;
    private final ReviewStateStore store = new ReviewStateStore(CLOCK);

    @BeforeEach
    void copySample() throws IOException {
        caseFolder = workspace.resolve("01");
        Path from = Path.of("samples", "01-brain-glioblastoma-criteria-met");
        Files.createDirectories(caseFolder);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, caseFolder.resolve(f.getFileName().toString()));
            }
        }
    }

    private CaseReview open() throws Exception {
        CaseReviews reviews = CaseReviews.standard(CLOCK, "nurse");
        return reviews.open(reviews.read(caseFolder, false, true), s -> {
            try {
                store.save(caseFolder, s);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void anApprovalRecordedBeforeTheCaseChangedIsNotSentUntilRecordedAgain() throws Exception {
        CaseReview before = open();
        assertEquals(Determination.CRITERIA_MET, before.recommendation());
        assertEquals(Optional.empty(), before.decide(NurseDecision.APPROVE, ""));
        assertEquals(Optional.empty(), before.decisionOutdated());
        assertEquals(Optional.empty(), before.letterIssueProblem(NurseDecision.APPROVE));

        Files.writeString(caseFolder.resolve("summary_revised.csv"), REVISED_TABLE);
        CaseReview after = open();
        assertEquals(Determination.INCOMPLETE, after.recommendation(), "two tables that disagree hold the case");
        assertEquals(NurseDecision.APPROVE, after.state().decision().decision(), "her decision is kept");
        String outdated = after.decisionOutdated().orElseThrow();
        assertTrue(outdated.contains("Criteria met") && outdated.contains("now \u201cIncomplete"), outdated);
        assertEquals(Optional.of(outdated), after.letterIssueProblem(NurseDecision.APPROVE),
                "the approval letter is not printed or saved");
        assertTrue(after.applied().decisionOutdated());
        assertTrue(after.applied().summary().contains("Recorded decision: APPROVE (recorded on another recommendation"),
                after.applied().summary());

        // approving again is a decision against "incomplete" now: it needs her reason, then the letter may go
        assertTrue(after.decide(NurseDecision.APPROVE, "").isPresent());
        assertEquals(Optional.empty(), after.decide(NurseDecision.APPROVE,
                "The revised table was sent for another plan; the provider confirmed by phone."));
        assertEquals(Optional.empty(), after.decisionOutdated());
        assertEquals(Optional.empty(), after.letterIssueProblem(NurseDecision.APPROVE));
    }

    @Test
    void aLetterStatesARecordedDecisionAndTheOneRecorded() throws Exception {
        CaseReview review = open();
        String none = review.letterIssueProblem(NurseDecision.APPROVE).orElseThrow();
        assertTrue(none.startsWith("Record your decision first"), none);
        assertTrue(review.applied().summary().startsWith("No saved review work for this case"), review.applied().summary());

        assertEquals(Optional.empty(), review.decide(NurseDecision.REQUEST_INFO, "The MRI report is older than 60 days."));
        String other = review.letterIssueProblem(NurseDecision.APPROVE).orElseThrow();
        assertTrue(other.contains("the approval letter") && other.contains("Request information"), other);
        assertEquals(Optional.empty(), review.letterIssueProblem(NurseDecision.REQUEST_INFO));
        assertFalse(review.applied().decisionOutdated());
        assertTrue(review.applied().summary().startsWith("No saved review work changes the evaluation"),
                review.applied().summary());
        assertTrue(review.applied().summary().endsWith("Recorded decision: REQUEST_INFO."), review.applied().summary());
    }
}
