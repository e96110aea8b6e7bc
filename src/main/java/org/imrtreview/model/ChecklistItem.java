package org.imrtreview.model;

/**
 * One required-documentation item (SPEC §4): {@code key} is the SPEC §5 word ({@code table},
 * {@code dvh}, {@code color}, {@code history}, {@code notes}, {@code imaging}); {@code evidence}
 * names the file(s) that satisfy it; an override by the nurse carries her note.
 */
public record ChecklistItem(String key, String label, boolean satisfied, String evidence,
                            boolean overridden, String note) {
}
