package org.imrtreview.store.worklist;

import java.util.Comparator;

/**
 * Worklist order: open cases first, the one closest to breaching its deadline on top; cases with no
 * received time after those (their deadline is unknown, so they need a look soon too); closed
 * cases (approved, referred) last.
 */
public final class WorklistOrder {

    public static final Comparator<WorklistEntry> BY_TIME_TO_BREACH = Comparator
            .comparing((WorklistEntry e) -> e.status().closed())
            .thenComparing(e -> e.dueAt() == null)
            .thenComparing(e -> e.dueAt() == null ? null : e.dueAt().toInstant(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorklistEntry::caseName);

    private WorklistOrder() {
    }
}
