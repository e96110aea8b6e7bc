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
 * evaluation and letters), the curve assignments and axis corrections of digitised DVH pictures
 * ({@code digitised}), the reviewer's DVH structure and plan-role choices ({@code dvh}), what the physician
 * reviewer did with a referred case ({@code physician}, in order), the reason she has typed for a decision and
 * not yet recorded ({@code reasonDraft}: kept so that a crash does not lose it, decision 0469), the physician
 * reviewer's rationale typed and not yet recorded ({@code rationaleDraft}, decision 0580) and the audit
 * trail. Immutable; every
 * change returns a new state with an audit entry appended, so the trail cannot fall out of step.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewState(int version, boolean opened, List<CellEdit> edits, List<ChecklistOverride> checklist,
                          DecisionRecord decision, String notes, List<AuditEntry> audit, Request request,
                          List<DigitisedImageReview> digitised, DvhChoices dvh, List<PhysicianStep> physician,
                          String reasonDraft, String rationaleDraft) {

    public ReviewState(int version, boolean opened, List<CellEdit> edits, List<ChecklistOverride> checklist,
                       DecisionRecord decision, String notes, List<AuditEntry> audit, Request request,
                       List<DigitisedImageReview> digitised, DvhChoices dvh, List<PhysicianStep> physician,
                       String reasonDraft) {
        this(version, opened, edits, checklist, decision, notes, audit, request, digitised, dvh, physician, reasonDraft, "");
    }

    public ReviewState(int version, boolean opened, List<CellEdit> edits, List<ChecklistOverride> checklist,
                       DecisionRecord decision, String notes, List<AuditEntry> audit, Request request,
                       List<DigitisedImageReview> digitised, DvhChoices dvh, List<PhysicianStep> physician) {
        this(version, opened, edits, checklist, decision, notes, audit, request, digitised, dvh, physician, "");
    }

    public ReviewState(int version, boolean opened, List<CellEdit> edits, List<ChecklistOverride> checklist,
                       DecisionRecord decision, String notes, List<AuditEntry> audit, Request request,
                       List<DigitisedImageReview> digitised, DvhChoices dvh) {
        this(version, opened, edits, checklist, decision, notes, audit, request, digitised, dvh, List.of());
    }

    public ReviewState(int version, boolean opened, List<CellEdit> edits, List<ChecklistOverride> checklist,
                       DecisionRecord decision, String notes, List<AuditEntry> audit, Request request,
                       List<DigitisedImageReview> digitised) {
        this(version, opened, edits, checklist, decision, notes, audit, request, digitised, null);
    }

    public ReviewState(int version, boolean opened, List<CellEdit> edits, List<ChecklistOverride> checklist,
                       DecisionRecord decision, String notes, List<AuditEntry> audit) {
        this(version, opened, edits, checklist, decision, notes, audit, null, List.of(), null);
    }

    public ReviewState(int version, boolean opened, List<CellEdit> edits, List<ChecklistOverride> checklist,
                       DecisionRecord decision, String notes, List<AuditEntry> audit, Request request) {
        this(version, opened, edits, checklist, decision, notes, audit, request, List.of(), null);
    }

    /**
     * 2 added {@code digitised} (the nurse's curve assignments and axis corrections per digitised
     * picture) and {@code request}. A version-1 file has no such fields and loads with none; it is
     * written back as 2. 3 added {@code physician} (the physician reviewer's steps on a referred case);
     * a version-2 file has none.
     */
    public static final int CURRENT_VERSION = 3;

    public ReviewState {
        // older files are upgraded on reading: every version so far only added fields
        version = Math.max(version, CURRENT_VERSION);
        digitised = digitised == null ? List.of() : List.copyOf(digitised);
        edits = edits == null ? List.of() : List.copyOf(edits);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        audit = audit == null ? List.of() : List.copyOf(audit);
        notes = notes == null ? "" : notes;
        dvh = dvh == null ? DvhChoices.none() : dvh;
        physician = physician == null ? List.of() : List.copyOf(physician);
        reasonDraft = reasonDraft == null ? "" : reasonDraft;
        rationaleDraft = rationaleDraft == null ? "" : rationaleDraft;
    }

    public static ReviewState fresh() {
        return new ReviewState(CURRENT_VERSION, false, List.of(), List.of(), null, "", List.of(), null, List.of(), null, List.of());
    }

    @JsonIgnore
    public ReviewStatus status() {
        if (decision != null) {
            PhysicianStep last = lastPhysicianStep();
            return decision.decision() == NurseDecision.REFER && last != null ? last.action().status()
                    : decision.decision().status();
        }
        return opened || !edits.isEmpty() || !audit.isEmpty() ? ReviewStatus.IN_REVIEW : ReviewStatus.NEW;
    }

    public ReviewState markOpened(Instant at, String user) {
        if (opened) {
            return this;
        }
        return new ReviewState(version, true, edits, checklist, decision, notes,
                append(new AuditEntry(at, user, "Opened", "Review started")), request, digitised, dvh, physician, reasonDraft, rationaleDraft);
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
                append(new AuditEntry(at, user, "Edited cell", detail)), request, digitised, dvh, physician, reasonDraft, rationaleDraft);
    }

    /**
     * The nurse confirms a cell read by OCR as it stands (F2, then Enter on the unchanged value):
     * kept as an edit whose value equals the reading, so the OCR doubt no longer applies.
     */
    public ReviewState withConfirmation(int row, Column column, String value, Instant at, String user) {
        if (editOf(row, column) != null) {
            return this;
        }
        List<CellEdit> next = new ArrayList<>(edits);
        next.add(new CellEdit(row, column, value, value, at));
        String detail = "Row " + row + " " + column.title() + ": \"" + text(value) + "\" confirmed against the scanned page";
        return new ReviewState(version, true, next, checklist, decision, notes,
                append(new AuditEntry(at, user, "Confirmed cell read by OCR", detail)), request, digitised, dvh, physician, reasonDraft, rationaleDraft);
    }

    public ReviewState withChecklistOverride(ChecklistOverride override, String label, Instant at, String user) {
        List<ChecklistOverride> next = new ArrayList<>(checklist);
        next.removeIf(o -> o.key().equals(override.key()));
        next.add(override);
        String detail = label + " marked " + (override.satisfied() ? "present" : "missing") + ": " + override.note();
        return new ReviewState(version, true, edits, next, decision, notes,
                append(new AuditEntry(at, user, "Checklist override", detail)), request, digitised, dvh, physician, reasonDraft, rationaleDraft);
    }

    public ReviewState withoutChecklistOverride(String key, String label, Instant at, String user) {
        if (checklist.stream().noneMatch(o -> o.key().equals(key))) {
            return this;
        }
        List<ChecklistOverride> next = new ArrayList<>(checklist);
        next.removeIf(o -> o.key().equals(key));
        return new ReviewState(version, true, edits, next, decision, notes,
                append(new AuditEntry(at, user, "Checklist override removed", label)), request, digitised, dvh, physician, reasonDraft, rationaleDraft);
    }

    public ReviewState withDecision(DecisionRecord record) {
        String detail = record.decision().title()
                + (record.recommendation() == null ? "" : " (recommendation: " + record.recommendation().title() + ")")
                + (record.reason() == null || record.reason().isBlank() ? "" : " — reason: " + record.reason());
        String action = record.overridesRecommendation() ? "Decision (overrides recommendation)" : "Decision";
        // the draft is recorded with the decision (its reason): it is not offered again
        return new ReviewState(version, true, edits, checklist, record, notes,
                append(new AuditEntry(record.at(), record.user(), action, detail)), request, digitised, dvh, physician, "", rationaleDraft);
    }

    public ReviewState withoutDecision(Instant at, String user) {
        if (decision == null) {
            return this;
        }
        return new ReviewState(version, true, edits, checklist, null, notes,
                append(new AuditEntry(at, user, "Decision withdrawn", decision.decision().title())), request, digitised, dvh, physician, reasonDraft, rationaleDraft);
    }

    /**
     * The recommendation the decision that stands was recorded on: the physician reviewer's once she upheld
     * or overturned (the nurse's referral's for a step saved before decision 0467), else the nurse's; null
     * without a decision.
     */
    @JsonIgnore
    public org.imrtreview.model.Determination standingRecommendation() {
        if (decision == null) {
            return null;
        }
        PhysicianStep decided = physicianDecision();
        return decided != null && decided.recommendation() != null ? decided.recommendation() : decision.recommendation();
    }

    /** The physician reviewer's latest step on the case, or null when she has not acted. */
    public PhysicianStep lastPhysicianStep() {
        return physician.isEmpty() ? null : physician.get(physician.size() - 1);
    }

    /** The physician reviewer's deciding step (uphold or overturn), or null while undecided. */
    public PhysicianStep physicianDecision() {
        PhysicianStep last = lastPhysicianStep();
        return last != null && last.action().decides() ? last : null;
    }

    /**
     * Records what the physician reviewer did, with an audit entry naming her. Who may do it, and
     * when, is checked by the review session (CaseReview.physicianDecide), which calls this.
     */
    public ReviewState withPhysicianStep(PhysicianStep step) {
        List<PhysicianStep> next = new ArrayList<>(physician);
        next.add(step);
        String detail = step.action().done() + " by " + step.physician().signature()
                + (step.rationale() == null ? "" : " — rationale: " + step.rationale());
        return new ReviewState(version, true, edits, checklist, decision, notes,
                append(new AuditEntry(step.at(), step.user(), "Physician review", detail)), request, digitised, dvh, next, reasonDraft, "");
    }

    /**
     * The reason typed for a decision, not yet recorded: kept with the case's saved work (autosaved like the
     * notes, not audited) so that it is there again after a crash, and only on this case (decision 0469).
     */
    public ReviewState withReasonDraft(String text) {
        String draft = text == null ? "" : text;
        if (draft.equals(reasonDraft)) {
            return this;
        }
        return new ReviewState(version, opened, edits, checklist, decision, notes, audit, request, digitised, dvh, physician, draft, rationaleDraft);
    }

    /**
     * The physician reviewer's clinical rationale typed and not yet recorded with an uphold, overturn or
     * peer-to-peer request: saved work like the nurse's reason draft (not audited, autosaved as typed), so a
     * crash, another case opened in between or a reload does not lose it, and shown on this case only
     * (decision 0580). Recording her step takes it as the step's rationale and clears it.
     */
    public ReviewState withRationaleDraft(String text) {
        String draft = text == null ? "" : text;
        if (draft.equals(rationaleDraft)) {
            return this;
        }
        return new ReviewState(version, opened, edits, checklist, decision, notes, audit, request, digitised, dvh, physician, reasonDraft, draft);
    }

    /** Notes change keystroke by keystroke, so they are not audited line by line. */
    public ReviewState withNotes(String newNotes) {
        return new ReviewState(version, true, edits, checklist, decision, newNotes, audit, request, digitised, dvh, physician, reasonDraft, rationaleDraft);
    }

    /** The nurse's saved work on a digitised picture, or null. */
    public DigitisedImageReview digitisedReview(DigitisedImageKey image) {
        return digitised.stream().filter(r -> r.image().equals(image)).findFirst().orElse(null);
    }

    /**
     * Keeps the nurse's work on a digitised picture (replacing what was kept for it), with one audit
     * entry per sentence of {@code changes} (see {@link DigitisingAudit}). Unchanged work returns this.
     */
    public ReviewState withDigitisedReview(DigitisedImageReview review, List<String> changes, Instant at, String user) {
        DigitisedImageReview previous = digitisedReview(review.image());
        if (review.equals(previous) && changes.isEmpty()) {
            return this;
        }
        List<DigitisedImageReview> next = new ArrayList<>(digitised);
        next.remove(previous);
        if (!review.isEmpty()) {
            next.add(review);
        }
        List<AuditEntry> trail = new ArrayList<>(audit);
        for (String change : changes) {
            trail.add(new AuditEntry(at, user, "Digitised curves", change));
        }
        return new ReviewState(version, true, edits, checklist, decision, notes, trail, request, next, dvh, physician, reasonDraft, rationaleDraft);
    }

    /** Sets aside the saved work on a picture (it changed since), saying why in the audit trail. */
    public ReviewState withoutDigitisedReview(DigitisedImageKey image, String reason, Instant at, String user) {
        DigitisedImageReview previous = digitisedReview(image);
        if (previous == null) {
            return this;
        }
        List<DigitisedImageReview> next = new ArrayList<>(digitised);
        next.remove(previous);
        return new ReviewState(version, true, edits, checklist, decision, notes,
                append(new AuditEntry(at, user, "Digitised curves not applied", reason)), request, next, dvh, physician, reasonDraft, rationaleDraft);
    }

    public ReviewState withAudit(AuditEntry entry) {
        return new ReviewState(version, opened, edits, checklist, decision, notes, append(entry), request, digitised, dvh, physician, reasonDraft, rationaleDraft);
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
                append(new AuditEntry(at, user, "Request details", String.join("; ", changes))), edited, digitised, dvh, physician, reasonDraft, rationaleDraft);
    }

    /**
     * The reviewer says which DVH structure stands for a table organ ({@code structure} null: the
     * automatic choice again). {@code automatic} names what was chosen before, for the trail.
     */
    public ReviewState withStructureChoice(String organ, String structure, String automatic, Instant at, String user) {
        if (Objects.equals(dvh.structureForOrgan().get(organ), structure == null || structure.isBlank() ? null : structure.strip())) {
            return this;
        }
        String detail = organ + ": " + (structure == null || structure.isBlank()
                ? "back to the automatic choice" + (automatic == null ? "" : " (" + automatic + ")")
                : "structure \"" + structure.strip() + "\"" + (automatic == null ? "" : " instead of \"" + automatic + "\""));
        return new ReviewState(version, true, edits, checklist, decision, notes,
                append(new AuditEntry(at, user, "DVH structure", detail)), request, digitised, dvh.withStructure(organ, structure), physician, reasonDraft, rationaleDraft);
    }

    /** The reviewer says which plan is 3D and which IMRT ({@code role} null: the automatic role again). */
    public ReviewState withPlanRole(String planName, org.imrtreview.model.PlanKind role, Instant at, String user) {
        if (dvh.planRoles().get(planName) == role) {
            return this;
        }
        String detail = "Plan \"" + planName + "\": " + (role == null ? "back to the automatic role" : role.label());
        return new ReviewState(version, true, edits, checklist, decision, notes,
                append(new AuditEntry(at, user, "DVH plan role", detail)), request, digitised, dvh.withPlanRole(planName, role), physician, reasonDraft, rationaleDraft);
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
