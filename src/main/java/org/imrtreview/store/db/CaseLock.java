package org.imrtreview.store.db;

import java.time.Instant;

/** Who is editing a case: the reviewer, her workstation session, since when and her last heartbeat. */
public record CaseLock(String caseKey, String owner, String clientId, Instant takenAt, Instant heartbeatAt) {
}
