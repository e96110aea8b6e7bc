package org.imrtreview.store.db;

import java.time.Instant;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.PhysicianAction;

/**
 * A case's decisions as the audit trail recorded them (decision 0318): the nurse's standing decision and
 * when its event was written (none after "Decision withdrawn"), the physician reviewer's latest step and
 * when, and whether a peer-to-peer was ever asked for. Read from the chain's own events — "Decision",
 * "Decision (overrides recommendation)", "Decision withdrawn", "Physician review" — which
 * {@code audit verify} proves unchanged, unlike the saved work (review_case.state_json), which a database
 * owner can rewrite without breaking anything.
 *
 * @param nurse        the standing nurse's decision, or null
 * @param nurseAt      when its event says it was made
 * @param physician    the physician reviewer's latest step, or null
 * @param physicianAt  when its event says it was taken
 * @param peerToPeer   whether any step asked for a peer-to-peer
 * @param lastSeq      the last deciding event read for the case (what an auditor looks up)
 */
public record RecordedDecision(NurseDecision nurse, Instant nurseAt, PhysicianAction physician, Instant physicianAt,
                               boolean peerToPeer, long lastSeq) {

    /** The audit actions that carry a decision. */
    static final java.util.List<String> ACTIONS = java.util.List.of("Decision", "Decision (overrides recommendation)",
            "Decision withdrawn", "Physician review");

    static final RecordedDecision NONE = new RecordedDecision(null, null, null, null, false, 0);

    /** A case with no decision event in the trail. */
    public static RecordedDecision none() {
        return NONE;
    }

    /** When the request was decided for good by the trail: the physician's uphold or overturn, else the nurse's approval. */
    public Instant decidedAt() {
        if (physician != null && physician.decides()) {
            return physicianAt;
        }
        return nurse == NurseDecision.APPROVE ? nurseAt : null;
    }

    /** The physician's deciding step (uphold or overturn), or null. */
    public PhysicianAction physicianDecision() {
        return physician != null && physician.decides() ? physician : null;
    }

    /** This record after one more event of the case, in chain order (an event it cannot read leaves it as it is). */
    RecordedDecision then(AuditEvent e) {
        String detail = e.detail() == null ? "" : e.detail();
        switch (e.action()) {
            case "Decision withdrawn" -> {
                return new RecordedDecision(null, null, physician, physicianAt, peerToPeer, e.seq());
            }
            case "Physician review" -> {
                for (PhysicianAction a : PhysicianAction.values()) {
                    if (detail.startsWith(a.done() + " by ")) {
                        return new RecordedDecision(nurse, nurseAt, a, e.at(), peerToPeer || a == PhysicianAction.PEER_TO_PEER, e.seq());
                    }
                }
                return this;
            }
            default -> {
                for (NurseDecision d : NurseDecision.values()) {
                    if (detail.equals(d.title()) || detail.startsWith(d.title() + " (") || detail.startsWith(d.title() + " — ")) {
                        return new RecordedDecision(d, e.at(), physician, physicianAt, peerToPeer, e.seq());
                    }
                }
                return this;
            }
        }
    }
}
