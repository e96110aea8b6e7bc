package org.imrtreview.store.db;

import java.time.Instant;

/**
 * What the worklist needs to know of a case folder when it enters the shared store: its key (see
 * {@link CaseKeys}), where it lies on this workstation, the request ID, urgency, when received and due.
 */
public record CaseInfo(String key, String folder, String requestId, String urgency, Instant receivedAt, Instant dueAt,
                       org.imrtreview.model.Request request) {

    /** Without the request itself (the store's member and line of business stay unknown until a scan gives them). */
    public CaseInfo(String key, String folder, String requestId, String urgency, Instant receivedAt, Instant dueAt) {
        this(key, folder, requestId, urgency, receivedAt, dueAt, null);
    }

    /** What a worklist line (request.json read cheaply) tells the store of its case. */
    public static CaseInfo of(org.imrtreview.store.worklist.WorklistEntry entry) {
        java.nio.file.Path folder = entry.folder().toAbsolutePath().normalize();
        return new CaseInfo(CaseKeys.of(folder), folder.toString(), entry.requestId(),
                entry.urgency() == null ? null : entry.urgency().name(),
                entry.receivedAt() == null ? null : entry.receivedAt().toInstant(),
                entry.dueAt() == null ? null : entry.dueAt().toInstant(), entry.problem() == null ? entry.request() : null);
    }
}
