package org.imrtreview.store.db;

import org.imrtreview.store.ReviewerRole;
import java.util.Set;

/** A member of the UR team as the store knows her: login (the OS account), name, credentials, roles. */
public record Reviewer(String login, String displayName, String credentials, boolean active, Set<ReviewerRole> roles) {
    public Reviewer {
        roles = Set.copyOf(roles);
    }

    public boolean has(ReviewerRole role) {
        return active && roles.contains(role);
    }
}
