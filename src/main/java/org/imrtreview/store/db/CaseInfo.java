package org.imrtreview.store.db;

import java.time.Instant;

/**
 * What the worklist needs to know of a case folder when it enters the shared store: its key (see
 * {@link CaseKeys}), where it lies on this workstation, the request ID, urgency, when received and due.
 */
public record CaseInfo(String key, String folder, String requestId, String urgency, Instant receivedAt, Instant dueAt) {
}
