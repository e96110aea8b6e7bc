package org.imrtreview.store.db;

import java.time.Instant;
import org.imrtreview.model.Request;

/**
 * One row of the shared worklist: the case, its status, who it is assigned to, its version and lock, and
 * the request as the store knows it (null when never given): request.json's as last scanned, or — when
 * {@code requestTyped} — as a reviewer typed or corrected it, which a scan does not replace (decision 0213).
 */
public record CaseRecord(String key, String folder, String requestId, String urgency, Instant receivedAt, Instant dueAt,
                         String status, String assignee, long version, Instant updatedAt, String updatedBy, CaseLock lock,
                         Request request, boolean requestTyped) {
}
