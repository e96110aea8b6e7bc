package org.imrtreview.store;

/**
 * What a physician reviewer does with a referred case. Upholding and overturning decide it; a
 * peer-to-peer request holds it until the physician has talked with the requesting provider.
 */
public enum PhysicianAction {
    UPHOLD("Uphold the denial", "Denial upheld", ReviewStatus.DENIED),
    OVERTURN("Overturn: approve", "Overturned: approved", ReviewStatus.APPROVED),
    PEER_TO_PEER("Request a peer-to-peer talk", "Peer-to-peer requested", ReviewStatus.PEER_TO_PEER);

    private final String title;
    private final String done;
    private final ReviewStatus status;

    PhysicianAction(String title, String done, ReviewStatus status) {
        this.title = title;
        this.done = done;
        this.status = status;
    }

    /** The button's words. */
    public String title() {
        return title;
    }

    /** The words for the trail and the reports, once done. */
    public String done() {
        return done;
    }

    public ReviewStatus status() {
        return status;
    }

    /** Whether this decides the case (a letter follows); a peer-to-peer request does not. */
    public boolean decides() {
        return this != PEER_TO_PEER;
    }
}
