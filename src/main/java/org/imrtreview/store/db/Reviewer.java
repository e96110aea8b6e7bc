package org.imrtreview.store.db;

import java.util.Set;

/** A member of the UR team as the store knows her: login (the OS account), name, credentials, roles. */
public record Reviewer(String login, String displayName, String credentials, boolean active, Set<Role> roles) {
    public Reviewer {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return active && roles.contains(role);
    }
}
