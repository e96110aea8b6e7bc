package org.imrtreview.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a physician reviewer did on a referred case: the action, who (name, credentials, role),
 * the clinical rationale in her words, when, and the OS account it was done from.
 */
public record PhysicianStep(PhysicianAction action, ReviewerIdentity physician, String rationale, Instant at,
                            String user) {

    public PhysicianStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(physician, "physician");
        Objects.requireNonNull(at, "at");
        rationale = rationale == null || rationale.isBlank() ? null : rationale.strip();
    }
}
