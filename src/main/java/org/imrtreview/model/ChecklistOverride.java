package org.imrtreview.model;

/** The nurse's decision on a checklist item, with her note (kept in the review state). */
public record ChecklistOverride(String key, boolean satisfied, String note) {
}
