package org.imrtreview.store.db;

import java.time.Instant;

/**
 * One row of the team audit trail: its place in the chain, when, who, which case (null for events of
 * the store itself), what and the detail, the previous row's hash and its own.
 */
public record AuditEvent(long seq, Instant at, String actor, String caseKey, String action, String detail,
                         String prevHash, String hash) {
}
