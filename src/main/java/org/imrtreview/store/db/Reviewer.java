package org.imrtreview.store.db;

import java.util.Set;
import org.imrtreview.model.Credentials;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.ReviewerRole;

/** A member of the UR team as the store knows her: login (the OS account), name, credentials, roles. */
public record Reviewer(String login, String displayName, String credentials, boolean active, Set<ReviewerRole> roles) {
    public Reviewer {
        roles = Set.copyOf(roles);
    }

    public boolean has(ReviewerRole role) {
        return active && roles.contains(role);
    }

    /**
     * Who she is on a letter or in a physician's step: her name and credentials as the team's account
     * says, never as typed at a workstation. Her role there is the one that signs most: physician, then
     * lead, nurse, auditor (decision 0212).
     */
    public ReviewerIdentity identity() {
        ReviewerRole role = has(ReviewerRole.PHYSICIAN) ? ReviewerRole.PHYSICIAN : has(ReviewerRole.LEAD) ? ReviewerRole.LEAD
                : has(ReviewerRole.NURSE) ? ReviewerRole.NURSE : ReviewerRole.AUDITOR;
        return new ReviewerIdentity(displayName == null || displayName.isBlank() ? login : displayName, credentials, role);
    }

    /** Whether the account may sign as a physician reviewer: the role and a physician's degree (MD, DO). */
    public boolean physician() {
        return has(ReviewerRole.PHYSICIAN) && Credentials.namePhysician(credentials);
    }
}
