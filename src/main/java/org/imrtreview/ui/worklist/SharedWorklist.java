package org.imrtreview.ui.worklist;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imrtreview.store.db.CaseRecord;
import org.imrtreview.store.worklist.WorklistEntry;

/**
 * The team store as the worklist sees it (docs/team.md): each case folder's shared row (status,
 * assignee, who is editing it), the reviewers' names, and "assign to me". Every call blocks: the
 * worklist makes them off the FX thread.
 */
public interface SharedWorklist {
    /** The shared rows of the scanned case folders, by folder; cases new to the store are entered first. */
    Map<Path, CaseRecord> rows(List<WorklistEntry> scanned);

    /** Display names by login. */
    Map<String, String> names();

    /** Assigns the case to the reviewer at this workstation. */
    void assignToMe(String key);

    /** The login of the reviewer at this workstation. */
    String login();

    /**
     * The reviewers a lead may give cases to (active, with a role that works on cases), login → "Name
     * (role)", in name order; empty when the reviewer here is not a lead.
     */
    Map<String, String> assignable();

    /** A lead assigns the case to a colleague (the store checks the role and audits it). */
    void assign(String key, String login);

    /**
     * The review work the store keeps for a case (its recorded decision, the corrections that change an
     * evaluation), or null when it cannot be read: the worklist's Recommendation and Decision columns
     * (decision 0315).
     */
    org.imrtreview.store.ReviewState savedWork(String key);
}
