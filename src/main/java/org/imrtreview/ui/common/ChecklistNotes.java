package org.imrtreview.ui.common;

/**
 * The words around a checklist override's note. Marked missing, the note goes into the request for
 * information as the reviewer's words, so the dialog asks for what exactly is needed and why.
 */
public final class ChecklistNotes {
    public static final String MISSING_LABEL = "What exactly is needed, and why (required). This goes into the letter "
            + "to the provider, after the item:";
    public static final String MISSING_EXAMPLE = "e.g. \"The MRI report sent is dated 2026-07-02, more than 60 days "
            + "before the request: please send a brain MRI report from the last 60 days.\"";
    public static final String PRESENT_LABEL = "Where it is, or why it counts (required; kept in the case history):";
    public static final String PRESENT_EXAMPLE = "e.g. \"chart notes are on pages 7-9 of the fax packet\"";

    private ChecklistNotes() {
    }
}
