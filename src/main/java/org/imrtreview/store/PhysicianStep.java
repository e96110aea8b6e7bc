package org.imrtreview.store;

import java.time.Instant;
import java.util.Objects;
import org.imrtreview.model.Determination;

/**
 * One thing a physician reviewer did on a referred case: the action, who (name, credentials, role),
 * the clinical rationale in her words, when, and the OS account it was done from; {@code recommendation}
 * is what the case recommended when she acted (null in steps saved before decision 0467, and when the case
 * could not be evaluated): her uphold or overturn stands on that case only.
 */
public record PhysicianStep(PhysicianAction action, ReviewerIdentity physician, String rationale, Instant at,
                            String user, Determination recommendation) {

    public PhysicianStep(PhysicianAction action, ReviewerIdentity physician, String rationale, Instant at, String user) {
        this(action, physician, rationale, at, user, null);
    }

    public PhysicianStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(physician, "physician");
        Objects.requireNonNull(at, "at");
        rationale = rationale == null || rationale.isBlank() ? null : rationale.strip();
    }
}
