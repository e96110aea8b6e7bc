package org.imrtreview.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Column;
import org.imrtreview.model.Request;

/**
 * The nurse's work on one case, kept beside it in {@code .imrt-review/review-state.json}: cell
 * corrections, checklist overrides, the decision, free notes, the request details she typed or
 * corrected ({@code request}, null when she did not; it replaces the submitted request.json for
 * evaluation and letters) and the audit trail. Immutable; every change returns a new state with an
 * audit entry appended, so the trail cannot fall out of step.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewState(int version, boolean opened, List<CellEdit> edits, List<ChecklistOverride> checklist,
                          DecisionRecord decision, String notes, List<AuditEntry> audit, Request request) {

    public ReviewState(int version, boolean opened, List<CellEdit> edits, List<ChecklistOverride> checklist,
                       DecisionRecord decision, String notes, List<AuditEntry> audit) {
        this(version, opened, edits, checklist, decision, notes, audit, null);
    }

    public static final int CURRENT_VERSION = 1;

    public ReviewState {
        edits = edits == null ? List.of() : List.copyOf(edits);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        audit = audit == null ? List.of() : List.copyOf(audit);
        notes = notes == null ? "" : notes;
    }

    public static ReviewState fresh() {
        return new ReviewState(CURRENT_VERSION, false, List.of(), List.of(), null, "", List.of());
    }

    @JsonIgnore
    public ReviewStatus status() {
        if (decision != null) {
            return decision.decision().status();
        }
        return opened || !edits.isEmpty() || !audit.isEmpty() ? ReviewStatus.IN_REVIEW : ReviewStatus.NEW;
    }

    public ReviewState markOpened(Instant at, String user) {
        if (opened) {
            return this;
        }
        return new ReviewState(version, true, edits, checklist, decision, notes,
                append(new AuditEntry(at, user, "Opened", "Review started")), request);
    }

    /** The edit for this cell, when the nurse corrected it. */
    public CellEdit editOf(int row, Column column) {
        return edits.stream().filter(e -> e.row() == row && e.column() == column).findFirst().orElse(null);
    }

    /**
     * Records a correction. Typing the submitted text back removes the edit (the cell is no longer
     * marked as edited) but the audit trail keeps both steps.
     */
    public ReviewState withEdit(int row, Column column, String submitted, String value, Instant at, String user) {
        CellEdit previous = editOf(row, column);
        String original = previous == null ? submitted : previous.original();
        String before = previous == null ? submitted : previous.value();
        if (Objects.equals(blankToNull(before), blankToNull(value))) {
            return this;
        }
        List<CellEdit> next = new ArrayList<>(edits);
        next.remove(previous);
        boolean reverted = Objects.equals(blankToNull(original), blankToNull(value));
        if (!reverted) {
            next.add(new CellEdit(row, column, original, value, at));
        }
        String detail = "Row " + row + " " + column.title() + ": \"" + text(before) + "\" → \"" + text(value) + "\""
                + (reverted ? " (back to the submitted value)" : "");
        return new ReviewState(version, true, next, checklist, decision, notes,
                append(new AuditEntry(at, user, "Edited cell", detail)), request);
    }

    public ReviewState withChecklistOverride(ChecklistOverride override, String label, Instant at, String user) {
        List<ChecklistOverride> next = new ArrayList<>(checklist);
        next.removeIf(o -> o.key().equals(override.key()));
        next.add(override);
        String detail = label + " marked " + (override.satisfied() ? "present" : "missing") + ": " + override.note();
        return new ReviewState(version, true, edits, next, decision, notes,
                append(new AuditEntry(at, user, "Checklist override", detail)), request);
    }

    public ReviewState withoutChecklistOverride(String key, String label, Instant at, String user) {
        if (checklist.stream().noneMatch(o -> o.key().equals(key))) {
            return this;
        }
        List<ChecklistOverride> next = new ArrayList<>(checklist);
        next.removeIf(o -> o.key().equals(key));
        return new ReviewState(version, true, edits, next, decision, notes,
                append(new AuditEntry(at, user, "Checklist override removed", label)), request);
    }

    public ReviewState withDecision(DecisionRecord record) {
        String detail = record.decision().title()
                + (record.recommendation() == null ? "" : " (recommendation: " + record.recommendation().title() + ")")
                + (record.reason() == null || record.reason().isBlank() ? "" : " — reason: " + record.reason());
        String action = record.overridesRecommendation() ? "Decision (overrides recommendation)" : "Decision";
        return new ReviewState(version, true, edits, checklist, record, notes,
                append(new AuditEntry(record.at(), record.user(), action, detail)), request);
    }

    public ReviewState withoutDecision(Instant at, String user) {
        if (decision == null) {
            return this;
        }
        return new ReviewState(version, true, edits, checklist, null, notes,
                append(new AuditEntry(at, user, "Decision withdrawn", decision.decision().title())), request);
    }

    /** Notes change keystroke by keystroke, so they are not audited line by line. */
    public ReviewState withNotes(String newNotes) {
        return new ReviewState(version, true, edits, checklist, decision, newNotes, audit, request);
    }

    public ReviewState withAudit(AuditEntry entry) {
        return new ReviewState(version, opened, edits, checklist, decision, notes, append(entry), request);
    }

    /**
     * Records the request details as the nurse typed them ({@code edited} is the whole request, the
     * submitted values she left alone included). {@code changes} are the changed fields in words, for
     * the audit trail; no change, no new state.
     */
    public ReviewState withRequest(Request edited, List<String> changes, Instant at, String user) {
        if (changes.isEmpty() || Objects.equals(edited, request)) {
            return this;
        }
        return new ReviewState(version, true, edits, checklist, decision, notes,
                append(new AuditEntry(at, user, "Request details", String.join("; ", changes))), edited);
    }

    private List<AuditEntry> append(AuditEntry entry) {
        List<AuditEntry> next = new ArrayList<>(audit);
        next.add(entry);
        return next;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
