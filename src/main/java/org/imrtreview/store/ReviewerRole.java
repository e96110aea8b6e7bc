package org.imrtreview.store;

/**
 * What a person at the workstation does in the UR department. The review session enforces it (not
 * only the window): a nurse approves, asks for information or refers; only a physician reviewer
 * upholds a denial, overturns it or asks for a peer-to-peer talk; a lead manages the queue; an
 * auditor reads.
 */
public enum ReviewerRole {
    NURSE("UR nurse"),
    PHYSICIAN("Physician reviewer"),
    LEAD("UR lead"),
    AUDITOR("Auditor");

    private final String title;

    ReviewerRole(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Approve, request information, refer: nurses and leads (a lead is a nurse with a queue), and physicians. */
    public boolean mayRecordNurseDecision() {
        return this != AUDITOR;
    }

    /** Uphold, overturn, peer-to-peer: a physician reviewer only. */
    public boolean mayDecideAsPhysician() {
        return this == PHYSICIAN;
    }
}
