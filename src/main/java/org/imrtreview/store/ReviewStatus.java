package org.imrtreview.store;

/** Where a case stands in the nurse's worklist. */
public enum ReviewStatus {
    NEW("New"),
    IN_REVIEW("In review"),
    /** Waiting for the provider's additional information. */
    PENDED("Pended"),
    APPROVED("Approved"),
    REFERRED("Referred to physician");

    private final String title;

    ReviewStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Whether the nurse's part of the work is done (the case drops to the end of the worklist). */
    public boolean closed() {
        return this == APPROVED || this == REFERRED;
    }
}
