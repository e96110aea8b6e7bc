package org.imrtreview.store;

/** Where a case stands in the department's worklist. */
public enum ReviewStatus {
    NEW("New"),
    IN_REVIEW("In review"),
    /** Waiting for the provider's additional information. */
    PENDED("Pended"),
    APPROVED("Approved"),
    /** The nurse referred it; a physician reviewer has not acted yet. */
    AWAITING_PHYSICIAN("Awaiting physician"),
    /** The physician reviewer asked to talk with the requesting provider before deciding. */
    PEER_TO_PEER("Peer-to-peer"),
    /** A physician reviewer upheld the denial. */
    DENIED("Denied");

    private final String title;

    ReviewStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /**
     * Whether the nurse's part of the work is done (the case drops to the end of her worklist): decided,
     * or with the physician reviewer.
     */
    public boolean closed() {
        return this == APPROVED || this == DENIED || withPhysician();
    }

    /** Whether the case is in the physician reviewer's queue. */
    public boolean withPhysician() {
        return this == AWAITING_PHYSICIAN || this == PEER_TO_PEER;
    }

    /** Whether the request is decided for good (approved or denied); the turnaround clock stops. */
    public boolean decided() {
        return this == APPROVED || this == DENIED;
    }
}
