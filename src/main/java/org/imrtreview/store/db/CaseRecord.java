package org.imrtreview.store.db;

import java.time.Instant;

/** One row of the shared worklist: the case, its status, who it is assigned to, its version and lock. */
public record CaseRecord(String key, String folder, String requestId, String urgency, Instant receivedAt, Instant dueAt,
                         String status, String assignee, long version, Instant updatedAt, String updatedBy, CaseLock lock) {
}
