package org.imrtreview.ui.casereview;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.digitize.DigitizedCurves;
import org.imrtreview.store.AutoSaver;
import org.imrtreview.store.CurveChoice;
import org.imrtreview.store.DigitisedImageKey;
import org.imrtreview.store.DigitisedImageReview;
import org.imrtreview.store.DigitisingAudit;
import org.imrtreview.store.SavedAxes;
import org.imrtreview.ui.digitize.DigitisedImage;
import org.imrtreview.ui.digitize.SavedDigitising;
import org.imrtreview.store.CaseEdits;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewState;
import org.imrtreview.ui.common.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case under review: the submission as loaded, the nurse's work on it (edits, checklist
 * overrides, decision, notes) and the evaluation of the two together. Every change re-evaluates at
 * once (evaluation takes well under a millisecond, see docs/decisions/0071) and is auto-saved.
 * Holds properties only; it never touches a control.
 */
public final class CaseReviewViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CaseReviewViewModel.class);

    private final CaseEvaluator evaluator;
    private final AutoSaver saver;
    private final Notifier notifier;
    private final Clock clock;
    private final String user;

    private final ReadOnlyObjectWrapper<ReviewCase> submitted = new ReadOnlyObjectWrapper<>(this, "submitted");
    private final ReadOnlyObjectWrapper<ReviewCase> effective = new ReadOnlyObjectWrapper<>(this, "effective");
    private final ReadOnlyObjectWrapper<ReviewState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ReadOnlyStringWrapper evaluationError = new ReadOnlyStringWrapper(this, "evaluationError");
    private final ObservableList<RowResult> rows = FXCollections.observableArrayList();
    private final ObservableList<ChecklistItem> checklist = FXCollections.observableArrayList();
    private final ObjectBinding<Determination> recommendation;
    /** Digitised curves of an image (by source file) as the nurse assigned them in the window; replace the loaded ones. */
    private final Map<String, List<DvhCurve>> digitisedByImage = new LinkedHashMap<>();
    /** Digitised pictures with the nurse's work applied (restored on opening, or changed since), for the tab. */
    private final Map<DigitisedImageKey, DigitisedImage> digitisedImages = new LinkedHashMap<>();

    public CaseReviewViewModel(CaseEvaluator evaluator, AutoSaver saver, Notifier notifier, Clock clock, String user) {
        this.evaluator = evaluator;
        this.saver = saver;
        this.notifier = notifier;
        this.clock = clock;
        this.user = user;
        recommendation = Bindings.createObjectBinding(
                () -> evaluation.get() == null ? null : evaluation.get().determination(), evaluation);
    }

    /** Shows a loaded case with its saved work; opening counts as starting the review. */
    public void show(ReviewCase reviewCase, ReviewState saved) {
        show(reviewCase, saved, SavedDigitising.Restoration.none());
    }

    /**
     * Shows a loaded case with its saved work, including the nurse's digitising work as restored
     * off the FX thread ({@link SavedDigitising#restore}): its curves count from the first
     * evaluation. Saved work on a picture that changed since is set aside (with an audit entry) and
     * the nurse is told once.
     */
    public void show(ReviewCase reviewCase, ReviewState saved, SavedDigitising.Restoration restoration) {
        digitisedByImage.clear();
        digitisedImages.clear();
        digitisedByImage.putAll(restoration.curvesBySource());
        digitisedImages.putAll(restoration.images());
        ReviewState opened = saved.markOpened(clock.instant(), user);
        for (var changed : restoration.changed().entrySet()) {
            opened = opened.withoutDigitisedReview(changed.getKey(), changed.getValue(), clock.instant(), user);
        }
        // the state first: panes that react to the new case read the nurse's saved work from it
        state.set(opened);
        submitted.set(reviewCase);
        if (opened != saved) {
            save();
        }
        reevaluate();
        restoration.notices().forEach(notifier::warning);
    }

    public void clear() {
        digitisedByImage.clear();
        digitisedImages.clear();
        submitted.set(null);
        effective.set(null);
        state.set(null);
        evaluation.set(null);
        evaluationError.set(null);
        rows.clear();
        checklist.clear();
    }

    /**
     * The nurse assigned the curves digitised from one image (organ, plan) or corrected its axes: the
     * case's digitised curves from {@code sourceFile} are replaced by {@code curves} and the case is
     * re-evaluated, so table cross-checks against the digitised evidence appear (they only flag).
     */
    public void replaceDigitisedCurves(String sourceFile, List<DvhCurve> curves) {
        if (submitted.get() == null || sourceFile == null) {
            return;
        }
        digitisedByImage.put(sourceFile, List.copyOf(curves));
        reevaluate();
    }

    /** The picture as digitised when the case was opened with saved work on it, or null. */
    public DigitisedImage restoredImage(DigitisedImageKey key) {
        return digitisedImages.get(key);
    }

    /** The nurse's saved work on a picture (null when none). */
    public DigitisedImageReview savedDigitising(DigitisedImageKey key) {
        return state.get() == null ? null : state.get().digitisedReview(key);
    }

    /**
     * The nurse assigned a curve or corrected the axes of a digitised picture: its curves replace
     * the case's digitised curves from that file, her choices are saved with an audit entry per
     * change, and the case is re-evaluated.
     *
     * @param curveNames names of the curves for the audit trail by key ("Curve 2 (red dashed)")
     */
    public void recordDigitising(DigitisedImage image, SavedAxes axes, List<CurveChoice> choices,
                                 Function<String, String> curveNames) {
        ReviewCase c = submitted.get();
        if (c == null || state.get() == null) {
            return;
        }
        DigitisedImageKey key = image.key();
        digitisedImages.put(key, image);
        digitisedByImage.put(key.sourceKey(), DigitizedCurves.toModel(image.result(), image.assignments(), key.sourceKey()));
        DigitisedImageReview review = new DigitisedImageReview(key, image.fingerprint(), axes, choices);
        List<String> changes = DigitisingAudit.changes(state.get().digitisedReview(key), review, curveNames);
        ReviewState next = state.get().withDigitisedReview(review, changes, clock.instant(), user);
        if (next != state.get()) {
            state.set(next);
            save();
        }
        reevaluate();
    }

    private ReviewCase withDigitised(ReviewCase c) {
        if (digitisedByImage.isEmpty()) {
            return c;
        }
        List<DvhCurve> curves = new ArrayList<>();
        for (DvhCurve curve : c.dvhCurves()) {
            if (!(curve.digitised() && digitisedByImage.containsKey(curve.sourceFile()))) {
                curves.add(curve);
            }
        }
        digitisedByImage.values().forEach(curves::addAll);
        return c.withDvhCurves(curves);
    }

    /**
     * The nurse typed or corrected the request details (the whole form). Returns the changes in words
     * (empty when nothing changed); they go into the audit trail, and from now on the typed request
     * replaces the submitted one for evaluation, the deadline and letters.
     */
    public List<String> editRequest(org.imrtreview.model.Request edited) {
        ReviewCase c = submitted.get();
        if (c == null || state.get() == null || edited == null) {
            return List.of();
        }
        List<String> changes = org.imrtreview.store.RequestChanges.describe(effectiveRequest(), edited);
        if (changes.isEmpty()) {
            return List.of();
        }
        update(state.get().withRequest(edited, changes, clock.instant(), user));
        return changes;
    }

    /** The request details in force: the nurse's, else the submitted request.json. */
    public org.imrtreview.model.Request effectiveRequest() {
        ReviewState s = state.get();
        if (s != null && s.request() != null) {
            return s.request();
        }
        ReviewCase c = submitted.get();
        return c == null ? org.imrtreview.model.Request.empty() : c.request();
    }

    /**
     * The nurse says which submitted DVH structure stands for a table organ (null: automatic again);
     * the case is re-evaluated with it. {@code automatic} is what was chosen automatically, for the trail.
     */
    public void chooseStructure(String organ, String structure, String automatic) {
        if (state.get() == null || organ == null) {
            return;
        }
        ReviewState next = state.get().withStructureChoice(organ, structure, automatic, clock.instant(), user);
        if (next != state.get()) {
            update(next);
        }
    }

    /** The nurse says which plan of the DVH data is 3D and which IMRT (null: automatic again). */
    public void choosePlanRole(String planName, org.imrtreview.model.PlanKind role) {
        if (state.get() == null || planName == null) {
            return;
        }
        ReviewState next = state.get().withPlanRole(planName, role, clock.instant(), user);
        if (next != state.get()) {
            update(next);
        }
    }

    /** The nurse's DVH structure and plan choices (empty when none). */
    public org.imrtreview.store.DvhChoices dvhChoices() {
        return state.get() == null ? org.imrtreview.store.DvhChoices.none() : state.get().dvh();
    }

    /** The nurse corrects a misread cell. */
    public void editCell(int rowNumber, Column column, String text) {
        ReviewCase c = submitted.get();
        if (c == null || c.table() == null) {
            return;
        }
        String submittedText = submittedText(rowNumber, column);
        boolean unchanged = java.util.Objects.equals(text == null ? "" : text.strip(),
                submittedText == null ? "" : submittedText.strip());
        ReviewState next = unchanged && c.table().ocrCell(rowNumber, column).isPresent()
                ? state.get().withConfirmation(rowNumber, column, submittedText, clock.instant(), user)
                : state.get().withEdit(rowNumber, column, submittedText, text, clock.instant(), user);
        if (next != state.get()) {
            update(next);
        }
    }

    /** The OCR reading of a cell not yet confirmed by the nurse (scanned or faxed tables), if any. */
    public java.util.Optional<org.imrtreview.model.OcrCell> ocrReading(int rowNumber, Column column) {
        ReviewCase c = effective.get();
        return c == null || c.table() == null ? java.util.Optional.empty() : c.table().ocrCell(rowNumber, column);
    }

    public boolean isEdited(int rowNumber, Column column) {
        return state.get() != null && state.get().editOf(rowNumber, column) != null;
    }

    /** The cell as the provider submitted it (before any correction). */
    public String submittedText(int rowNumber, Column column) {
        ReviewCase c = submitted.get();
        if (c == null || c.table() == null) {
            return null;
        }
        return c.table().rows().stream().filter(r -> r.number() == rowNumber).findFirst()
                .map(r -> r.cell(column)).orElse(null);
    }

    public void overrideChecklist(ChecklistOverride override) {
        String label = checklist.stream().filter(i -> i.key().equals(override.key())).map(ChecklistItem::label)
                .findFirst().orElse(override.key());
        update(state.get().withChecklistOverride(override, label, clock.instant(), user));
    }

    public void clearChecklistOverride(String key) {
        String label = checklist.stream().filter(i -> i.key().equals(key)).map(ChecklistItem::label)
                .findFirst().orElse(key);
        ReviewState next = state.get().withoutChecklistOverride(key, label, clock.instant(), user);
        if (next != state.get()) {
            update(next);
        }
    }

    /** The decision that follows the recommendation, or null while there is none. */
    public NurseDecision recommendedDecision() {
        Determination d = recommendation.get();
        return d == null ? null : NurseDecision.recommendedFor(d);
    }

    /**
     * Records the nurse's decision. Returns the sentence to show when it cannot be recorded: a
     * decision that differs from the recommendation needs a written reason.
     */
    public Optional<String> decide(NurseDecision decision, String reason) {
        if (state.get() == null) {
            return Optional.of("Open a case first.");
        }
        String cleanReason = reason == null ? "" : reason.strip();
        Determination recommended = recommendation.get();
        boolean differs = recommended == null || decision != NurseDecision.recommendedFor(recommended);
        if (differs && cleanReason.isEmpty()) {
            return Optional.of(recommended == null
                    ? "There is no recommendation for this case: write the reason for your decision."
                    : "Your decision differs from the recommendation (" + recommended.title()
                    + "): write the reason for it.");
        }
        DecisionRecord record = new DecisionRecord(decision, recommended, cleanReason.isEmpty() ? null : cleanReason,
                clock.instant(), user);
        update(state.get().withDecision(record));
        return Optional.empty();
    }

    public void withdrawDecision() {
        if (state.get() != null && state.get().decision() != null) {
            update(state.get().withoutDecision(clock.instant(), user));
        }
    }

    public void setNotes(String notes) {
        if (state.get() != null && !state.get().notes().equals(notes == null ? "" : notes)) {
            state.set(state.get().withNotes(notes));
            save();
        }
    }

    private void update(ReviewState next) {
        state.set(next);
        save();
        reevaluate();
    }

    private void save() {
        ReviewCase c = submitted.get();
        if (c != null && c.folder() != null) {
            saver.save(c.folder(), state.get());
        }
    }

    private void reevaluate() {
        ReviewCase c = submitted.get();
        if (c == null) {
            return;
        }
        ReviewCase edited = CaseEdits.apply(withDigitised(c), state.get().edits());
        if (state.get().request() != null) {
            edited = edited.withRequest(state.get().request());
        }
        effective.set(edited);
        try {
            Evaluation e = evaluator.evaluate(edited, state.get().checklist(), state.get().dvh());
            evaluationError.set(null);
            evaluation.set(e);
            rows.setAll(e.rows());
            checklist.setAll(e.checklist());
        } catch (RuntimeException e) {
            LOG.warn("evaluation failed: {}", e.toString());
            evaluation.set(null);
            evaluationError.set("This case could not be evaluated (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Review the documents by eye.");
            rows.clear();
            checklist.clear();
            notifier.error(evaluationError.get());
        }
    }

    /** The submitted rows (before corrections) when no evaluation is available. */
    public List<SummaryRow> submittedRows() {
        ReviewCase c = effective.get();
        return c == null || c.table() == null ? List.of() : c.table().rows();
    }

    public ReadOnlyObjectProperty<ReviewCase> submittedProperty() {
        return submitted.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReviewCase> effectiveProperty() {
        return effective.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReviewState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty evaluationErrorProperty() {
        return evaluationError.getReadOnlyProperty();
    }

    public ObjectBinding<Determination> recommendationProperty() {
        return recommendation;
    }

    public ObservableList<RowResult> rows() {
        return rows;
    }

    public ObservableList<ChecklistItem> checklist() {
        return checklist;
    }

    public ReviewCase submittedCase() {
        return submitted.get();
    }

    public ReviewState state() {
        return state.get();
    }

    public Evaluation evaluation() {
        return evaluation.get();
    }
}
