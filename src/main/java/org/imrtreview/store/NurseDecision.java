package org.imrtreview.store;

import org.imrtreview.model.Determination;

/**
 * What a UR nurse may decide. There is deliberately no "deny": a request that does not meet
 * criteria is referred to a physician reviewer, who alone may deny (URAC / NCQA UM standards).
 */
public enum NurseDecision {
    APPROVE("Approve", ReviewStatus.APPROVED),
    REQUEST_INFO("Request information", ReviewStatus.PENDED),
    REFER("Refer to physician reviewer", ReviewStatus.AWAITING_PHYSICIAN);

    private final String title;
    private final ReviewStatus status;

    NurseDecision(String title, ReviewStatus status) {
        this.title = title;
        this.status = status;
    }

    public String title() {
        return title;
    }

    public ReviewStatus status() {
        return status;
    }

    /** The decision that follows the recommendation without an override. */
    public static NurseDecision recommendedFor(Determination determination) {
        return switch (determination) {
            case CRITERIA_MET -> APPROVE;
            case INCOMPLETE -> REQUEST_INFO;
            case CRITERIA_NOT_MET -> REFER;
        };
    }
}
