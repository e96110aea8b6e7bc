package org.imrtreview.store.db;

/** What a reviewer may do in the team store; a reviewer may hold several roles. */
public enum Role {
    /** Reviews cases, decides approve / request information / refer. */
    NURSE,
    /** Reviews referred cases; alone may uphold a denial. */
    PHYSICIAN,
    /** Assigns cases, manages reviewers, takes over a colleague's lock. */
    LEAD,
    /** Reads and exports the audit trail; changes nothing. */
    AUDITOR
}
