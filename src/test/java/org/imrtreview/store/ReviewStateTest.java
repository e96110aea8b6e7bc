package org.imrtreview.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.junit.jupiter.api.Test;

class ReviewStateTest {
    private static final Instant T = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void typingTheSubmittedValueBackRemovesTheEditButKeepsTheTrail() {
        ReviewState s = ReviewState.fresh()
                .withEdit(1, Column.DOSE_3D, "62 Gy", "52 Gy", T, "n")
                .withEdit(1, Column.DOSE_3D, "62 Gy", "62 Gy", T, "n");

        assertNull(s.editOf(1, Column.DOSE_3D));
        assertEquals(2, s.audit().size());
        assertTrue(s.audit().get(1).detail().contains("back to the submitted value"));
    }

    @Test
    void aSecondCorrectionKeepsTheOriginalSubmittedText() {
        ReviewState s = ReviewState.fresh()
                .withEdit(3, Column.CONSTRAINT, "Max < 54", "Max < 54 Gy", T, "n")
                .withEdit(3, Column.CONSTRAINT, "Max < 54 Gy", "Dmax < 54 Gy", T, "n");

        assertEquals("Max < 54", s.editOf(3, Column.CONSTRAINT).original());
        assertEquals("Dmax < 54 Gy", s.editOf(3, Column.CONSTRAINT).value());
    }

    @Test
    void anUnchangedValueIsNotAnEdit() {
        ReviewState fresh = ReviewState.fresh();
        assertSame(fresh, fresh.withEdit(1, Column.ORGAN, "Brainstem", " Brainstem ", T, "n"));
    }

    @Test
    void decisionAgainstTheRecommendationIsMarkedInTheTrail() {
        ReviewState s = ReviewState.fresh().withDecision(new DecisionRecord(NurseDecision.REQUEST_INFO,
                Determination.CRITERIA_MET, "DVH images unreadable at fax resolution", T, "n"));

        assertTrue(s.decision().overridesRecommendation());
        assertEquals(ReviewStatus.PENDED, s.status());
        assertTrue(s.audit().get(0).action().contains("overrides"));
    }

    @Test
    void statusFollowsTheWork() {
        assertEquals(ReviewStatus.NEW, ReviewState.fresh().status());
        assertEquals(ReviewStatus.IN_REVIEW, ReviewState.fresh().markOpened(T, "n").status());
        ReviewState referred = ReviewState.fresh().withDecision(new DecisionRecord(NurseDecision.REFER,
                Determination.CRITERIA_NOT_MET, null, T, "n"));
        assertEquals(ReviewStatus.AWAITING_PHYSICIAN, referred.status());
        assertFalse(referred.decision().overridesRecommendation());
        assertEquals(ReviewStatus.IN_REVIEW, referred.withoutDecision(T, "n").status());
    }
}
