package org.imrtreview.store;

import java.time.Instant;

/** One line of the case's audit trail: when, who (the OS account), what, and the detail. */
public record AuditEntry(Instant at, String user, String action, String detail) {
}
