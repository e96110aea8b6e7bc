package org.imrtreview.store.db;

import java.time.Instant;
import org.imrtreview.model.Request;

/**
 * One row of the shared worklist: the case, its status, who it is assigned to, its version and lock, and
 * the request as the store knows it (null when never given): request.json's as last scanned, or — when
 * {@code requestTyped} — as a reviewer typed or corrected it, which a scan does not replace (decision 0213).
 * {@code decision} is the nurse's standing decision ({@code NurseDecision} name, null without one) and who
 * made it; {@code physicianAction} the physician reviewer's latest step on it ({@code PhysicianAction} name:
 * uphold, overturn, peer-to-peer; null before she acted), who took it and when (decision 0473).
 */
public record CaseRecord(String key, String folder, String requestId, String urgency, Instant receivedAt, Instant dueAt,
                         String status, String assignee, long version, Instant updatedAt, String updatedBy, CaseLock lock,
                         Request request, boolean requestTyped, String decision, String decidedBy,
                         String physicianAction, String physicianBy, Instant physicianAt) {

    /** The team's decision in words: the nurse's, and the physician's step on her referral once taken. */
    public String decisionText() {
        if (decision == null) {
            return null;
        }
        String nurse;
        try {
            nurse = org.imrtreview.store.NurseDecision.valueOf(decision).title();
        } catch (IllegalArgumentException e) {
            nurse = decision;
        }
        if (physicianAction == null) {
            return nurse;
        }
        try {
            return org.imrtreview.store.PhysicianAction.valueOf(physicianAction).done();
        } catch (IllegalArgumentException e) {
            return physicianAction;
        }
    }
}
