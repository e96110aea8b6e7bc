package org.imrtreview.ui.casereview;

import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.ReviewerIdentity;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.review.CaseEvaluator;
import org.imrtreview.review.CaseReview;
import org.imrtreview.review.CaseReviews;
import org.imrtreview.review.SavedDigitising;
import org.imrtreview.store.persist.AutoSaver;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.review.DigitisedImage;
import org.imrtreview.store.CurveChoice;
import org.imrtreview.store.DigitisedImageKey;
import org.imrtreview.store.DigitisedImageReview;
import org.imrtreview.store.DvhChoices;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.SavedAxes;
import org.imrtreview.ui.common.Notifier;

/**
 * The case on screen, as JavaFX properties over the headless {@link CaseReview} of that case (the
 * session). Each opened case gets a new session, made for it and dropped when it closes; every
 * action goes to the session of the case on screen, which saves only into its own folder, and what
 * the nurse types for a decision lives in that session — so nothing typed for one patient can be
 * shown or recorded for another (decision 0141). Warnings about a case are banners of that case's
 * scope and leave with it. Holds properties only; it never touches a control.
 */
public final class CaseReviewViewModel {

    private final Notifier notifier;
    private final CaseReviews reviews;
    private final AutoSaver saver;

    private final ReadOnlyObjectWrapper<CaseReview> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<ReviewCase> submitted = new ReadOnlyObjectWrapper<>(this, "submitted");
    private final ReadOnlyObjectWrapper<ReviewCase> effective = new ReadOnlyObjectWrapper<>(this, "effective");
    private final ReadOnlyObjectWrapper<ReviewState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ReadOnlyStringWrapper evaluationError = new ReadOnlyStringWrapper(this, "evaluationError");
    /** The decision reason being typed, for the case on screen only (it lives in that case's session). */
    private final StringProperty reasonDraft = new SimpleStringProperty(this, "reasonDraft", "");
    /** The physician's rationale being typed, for the case on screen only (saved with that case, decision 0580). */
    private final StringProperty rationaleDraft = new SimpleStringProperty(this, "rationaleDraft", "");
    private final ObservableList<RowResult> rows = FXCollections.observableArrayList();
    private final ObservableList<ChecklistItem> checklist = FXCollections.observableArrayList();
    private final ObjectBinding<Determination> recommendation;
    private final ObjectProperty<ReviewerIdentity> identity = new SimpleObjectProperty<>(this, "identity");
    private Notifier caseScope;
    private boolean switching;
    /** False while the case on screen is open read-only (another reviewer edits it in the team store). */
    private final javafx.beans.property.BooleanProperty editable = new javafx.beans.property.SimpleBooleanProperty(this, "editable", true);
    /** Why the case on screen is read-only ("Being edited by … since …"); null while editable. */
    private final StringProperty readOnlyReason = new SimpleStringProperty(this, "readOnlyReason");
    /** What "Take over" does for a lead on a read-only case (null: she may not, or nothing to take). */
    private final ObjectProperty<Runnable> takeOver = new SimpleObjectProperty<>(this, "takeOver");

    /**
     * {@code reviews} opens sessions for cases shown by {@link #show(ReviewCase, ReviewState)};
     * {@code saver} writes each session's state into its own case folder.
     */
    public CaseReviewViewModel(CaseReviews reviews, AutoSaver saver, Notifier notifier) {
        this.reviews = reviews;
        this.saver = saver;
        this.notifier = notifier;
        this.caseScope = notifier;
        recommendation = Bindings.createObjectBinding(
                () -> evaluation.get() == null ? null : evaluation.get().determination(), evaluation);
        // the reason typed is kept with the case's saved work as it is typed (decision 0469); a case shown
        // read-only saves nothing, so there it stays on screen only
        reasonDraft.addListener((o, a, text) -> {
            if (!switching && session.get() != null && editable.get()) {
                session.get().setReasonDraft(text);
                state.set(session.get().state()); // the state shown is the session's (not a re-evaluation)
            }
        });
        // the physician's rationale likewise (decision 0580)
        rationaleDraft.addListener((o, a, text) -> {
            if (!switching && session.get() != null && editable.get()) {
                session.get().setRationaleDraft(text);
                state.set(session.get().state());
            }
        });
    }

    /** Tests and tools: the view-model with the given evaluator, its own loader and store unused. */
    public CaseReviewViewModel(CaseEvaluator evaluator, AutoSaver saver, Notifier notifier, Clock clock, String user) {
        this(new CaseReviews(CaseLoader.standard(), new ReviewStateStore(clock), evaluator, clock, user), saver, notifier);
    }

    /** Shows a loaded case with its saved work; opening counts as starting the review. */
    public void show(ReviewCase reviewCase, ReviewState saved) {
        show(reviewCase, saved, SavedDigitising.Restoration.none());
    }

    /** Shows a loaded case with its saved work and its restored digitising work (decision 0090). */
    public void show(ReviewCase reviewCase, ReviewState saved, SavedDigitising.Restoration restoration) {
        show(new CaseReviews.Read(reviewCase, saved, null, restoration));
    }

    /** Opens a session for a case as read and shows it; the session saves into that case's folder only. */
    public void show(CaseReviews.Read read) {
        show(prepare(read));
    }

    /**
     * The session of a case as read, made and evaluated but not recorded; callable off the FX thread (the
     * window's opening task does it there, decision 0567). Its session saves into that case's folder only.
     */
    public CaseReviews.Opening prepare(CaseReviews.Read read) {
        Path folder = read.submitted().folder();
        return reviews.prepareOpen(read, folder == null ? s -> { } : s -> saver.save(folder, s));
    }

    /** Shows a session prepared by {@link #prepare}: its opening is recorded now. */
    public void show(CaseReviews.Opening opening) {
        show(opening.commit());
    }

    /**
     * Shows the session of a newly opened case (replacing whatever was shown). Its opening notices
     * are banners of its own scope.
     */
    public void show(CaseReview review) {
        clear();
        caseScope = notifier.forCase(review);
        switching = true;
        try {
            session.set(review);
            reasonDraft.set(review.reasonDraft());
            rationaleDraft.set(review.rationaleDraft());
        } finally {
            switching = false;
        }
        // the state first: panes that react to the new case read the nurse's saved work from it
        state.set(review.state());
        submitted.set(review.submitted());
        sync();
        review.notices().forEach(caseScope::warning);
    }

    /**
     * Shows a case read-only: its saved work applied, nothing recorded or saved, every edit, decision and
     * letter refused with {@code reason} ("Being edited by … since …"). {@code takeOverAction}: a lead's
     * "Take over" (null when she may not).
     */
    public void showReadOnly(CaseReviews.Read read, String reason, Runnable takeOverAction) {
        show(reviews.view(read, false));
        makeReadOnly(reason, takeOverAction);
    }

    /** The case on screen becomes read-only (its lock was lost, or a save was refused); what is typed stays. */
    public void makeReadOnly(String reason, Runnable takeOverAction) {
        editable.set(false);
        readOnlyReason.set(reason);
        takeOver.set(takeOverAction);
    }

    public javafx.beans.property.ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    public boolean editable() {
        return editable.get();
    }

    public javafx.beans.property.ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason;
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Runnable> takeOverProperty() {
        return takeOver;
    }

    private String readOnlyRefusal() {
        return "This case is open read-only here (" + (readOnlyReason.get() == null ? "no change is saved" : readOnlyReason.get())
                + "): nothing was changed.";
    }

    /** Closes the case on screen: its session, drafts and banners go; the panes show nothing of it. */
    public void clear() {
        editable.set(true);
        readOnlyReason.set(null);
        takeOver.set(null);
        CaseReview closing = session.get();
        switching = true;
        try {
            session.set(null);
            reasonDraft.set("");
            rationaleDraft.set("");
        } finally {
            switching = false;
        }
        if (closing != null) {
            notifier.closeCase(closing);
        }
        filesChanged.set(null);
        caseScope = notifier;
        submitted.set(null);
        effective.set(null);
        state.set(null);
        evaluation.set(null);
        evaluationError.set(null);
        rows.clear();
        checklist.clear();
    }

    /** Banners about the case on screen: they are dropped when it closes. */
    public Notifier caseNotices() {
        return (level, message) -> caseScope.notify(level, message);
    }

    /**
     * Banners about the case of {@code owner} (its session), for work that ends later (a letter printed or saved):
     * while that case is on screen, a banner of its own; once another case is open (or none), a window banner that
     * names the case it is about — never a banner of the case open now (decision 0553).
     */
    public Notifier noticesAbout(CaseReview owner) {
        return (level, message) -> {
            if (owner != null && owner == session.get()) {
                caseScope.notify(level, message);
            } else {
                notifier.notify(level, (owner == null || owner.folder() == null ? "" : "Case "
                        + owner.folder().getFileName() + ": ") + message);
            }
        };
    }

    private void sync() {
        CaseReview s = session.get();
        if (s == null) {
            return;
        }
        state.set(s.state());
        effective.set(s.effective());
        String error = s.evaluationError();
        Evaluation e = s.evaluation();
        evaluationError.set(error);
        evaluation.set(e);
        if (e != null) {
            rows.setAll(e.rows());
            checklist.setAll(e.checklist());
        } else {
            rows.clear();
            checklist.clear();
            if (error != null) {
                caseScope.error(error);
            }
        }
    }

    private <T> T act(Function<CaseReview, T> action, T none) {
        CaseReview s = session.get();
        if (s == null) {
            return none;
        }
        if (!editable.get()) {
            caseScope.warning(readOnlyRefusal());
            return none;
        }
        T result = action.apply(s);
        sync();
        return result;
    }

    /** The curves digitised from {@code sourceFile} are replaced (the nurse assigned them) and the case re-evaluated. */
    public void replaceDigitisedCurves(String sourceFile, List<DvhCurve> curves) {
        act(s -> {
            s.replaceDigitisedCurves(sourceFile, curves);
            return null;
        }, null);
    }

    public DigitisedImage restoredImage(DigitisedImageKey key) {
        return session.get() == null ? null : session.get().restoredImage(key);
    }

    public DigitisedImageReview savedDigitising(DigitisedImageKey key) {
        return session.get() == null ? null : session.get().savedDigitising(key);
    }

    /**
     * The nurse assigned a curve or corrected the axes of a digitised picture. {@code forCase} is
     * the session the work was done in: work finished after its case closed is not recorded.
     */
    public void recordDigitising(CaseReview forCase, DigitisedImage image, SavedAxes axes, List<CurveChoice> choices,
                                 Function<String, String> curveNames) {
        if (forCase == null || forCase != session.get()) {
            return;
        }
        act(s -> {
            s.recordDigitising(image, axes, choices, curveNames);
            return null;
        }, null);
    }

    public List<String> editRequest(Request edited) {
        return act(s -> s.editRequest(edited), List.of());
    }

    public Request effectiveRequest() {
        return session.get() == null ? Request.empty() : session.get().effectiveRequest();
    }

    /** What an approval needs and the request lacks (empty when none, or no case). */
    public List<String> requestDetailsMissing() {
        return session.get() == null ? List.of() : session.get().requestDetailsMissing();
    }

    public void chooseStructure(String organ, String structure, String automatic) {
        act(s -> s.chooseStructure(organ, structure, automatic), false);
    }

    public void choosePlanRole(String planName, PlanKind role) {
        act(s -> s.choosePlanRole(planName, role), false);
    }

    public DvhChoices dvhChoices() {
        return session.get() == null ? DvhChoices.none() : session.get().dvhChoices();
    }

    public void editCell(int rowNumber, Column column, String text) {
        act(s -> s.editCell(rowNumber, column, text), false);
    }

    /** The OCR reading of a cell not yet confirmed by the nurse (scanned or faxed tables), if any. */
    public java.util.Optional<org.imrtreview.model.OcrCell> ocrReading(int rowNumber, Column column) {
        ReviewCase c = effective.get();
        return c == null || c.table() == null ? java.util.Optional.empty() : c.table().ocrCell(rowNumber, column);
    }

    /** Why the program doubts a cell read by OCR (the reason its flag gives), if it does. */
    public java.util.Optional<String> ocrDoubt(int rowNumber, Column column) {
        ReviewCase c = effective.get();
        return ocrReading(rowNumber, column).map(o -> org.imrtreview.evaluate.OcrDoubts.whyDoubted(c.table(), o));
    }

    /**
     * The picture of an OCR-read cell cut from its scanned page, where its words were read (decision
     * 0253); empty when its place is not known or the file is gone. Slow: never on the FX thread.
     */
    public java.util.Optional<java.awt.image.BufferedImage> scanPicture(org.imrtreview.model.OcrCell cell) {
        ReviewCase c = effective.get();
        if (c == null || c.table() == null || cell == null || cell.spot() == null) {
            return java.util.Optional.empty();
        }
        return org.imrtreview.intake.pdf.ScanCrops.crop(c.folder(), c.table().file(), cell.spot());
    }

    public boolean isEdited(int rowNumber, Column column) {
        return session.get() != null && session.get().isEdited(rowNumber, column);
    }

    public String submittedText(int rowNumber, Column column) {
        return session.get() == null ? null : session.get().submittedText(rowNumber, column);
    }

    public void overrideChecklist(ChecklistOverride override) {
        act(s -> s.overrideChecklist(override), false);
    }

    public void clearChecklistOverride(String key) {
        act(s -> s.clearChecklistOverride(key), false);
    }

    /** The decision that follows the recommendation; null while there is none or request details are missing. */
    public NurseDecision recommendedDecision() {
        return session.get() == null ? null : session.get().recommendedDecision();
    }

    public boolean differsFromRecommendation(NurseDecision decision) {
        return session.get() == null || session.get().differsFromRecommendation(decision);
    }

    /** Whether the recorded decision goes against the recommendation as it stands now. */
    public boolean decisionOverridesRecommendation() {
        return session.get() != null && session.get().decisionOverridesRecommendation();
    }

    /**
     * Decision 0475: the case's files as read against the folder now — a sentence naming what changed, empty
     * while they are the same. The workstation sets it; without one nothing is checked (tests of the pane).
     */
    public void setFilesCheck(java.util.function.Supplier<Optional<String>> check) {
        this.filesCheck = check == null ? Optional::empty : check;
    }

    private java.util.function.Supplier<Optional<String>> filesCheck = Optional::empty;
    private final javafx.beans.property.ReadOnlyStringWrapper filesChanged = new javafx.beans.property.ReadOnlyStringWrapper(this,
            "filesChanged");

    /** The sentence of the banner while the files of the case on screen changed since it was read; null otherwise. */
    public javafx.beans.property.ReadOnlyStringProperty filesChangedProperty() {
        return filesChanged.getReadOnlyProperty();
    }

    /**
     * The case's files changed since it was read (decision 0475): an error banner says which and to reload; until
     * she reloads (F5) no decision is recorded on the evidence shown.
     */
    public void filesChanged(String changes) {
        if (session.get() == null || filesChanged.get() != null) {
            return;
        }
        filesChanged.set("The files of this case changed since it was read: " + changes + ". What is shown is the"
                + " evidence as it was read — reload the case (F5) before deciding; no decision is recorded and no letter"
                + " printed or saved until then.");
        caseScope.error(filesChanged.get());
    }

    /**
     * Why no decision may be recorded on the evidence shown (its files changed since it was read), checked now:
     * also by the letter and PAS actions (decision 0550), so a letter of a decision recorded before the change is
     * not issued on evidence that moved since.
     */
    public Optional<String> evidenceChanged() {
        if (filesChanged.get() == null && session.get() != null) {
            filesCheck.get().ifPresent(this::filesChanged);
        }
        return Optional.ofNullable(filesChanged.get());
    }

    /**
     * What a held decision button or letter action says while the case's files changed since it was read (decision
     * 0550): {@code what} is held ("Decisions are", "Letters are").
     */
    public static String heldUntilReload(String what) {
        return what + " held until you reload the case (F5): its files changed since it was read.";
    }

    /** Records a decision with the reason typed for the case on screen. */
    public Optional<String> decide(NurseDecision decision) {
        if (session.get() == null) {
            return Optional.of("Open a case first.");
        }
        if (!editable.get()) {
            return Optional.of(readOnlyRefusal());
        }
        Optional<String> changed = evidenceChanged();
        if (changed.isPresent()) {
            return changed;
        }
        Optional<String> problem = act(s -> s.decide(decision), Optional.empty());
        if (problem.isEmpty()) {
            switching = true;
            try {
                reasonDraft.set(session.get().reasonDraft());
            } finally {
                switching = false;
            }
        }
        return problem;
    }

    /**
     * Records a decision with {@code reason} (tests and callers that do not type): the reason is
     * this case's draft from now on.
     */
    public Optional<String> decide(NurseDecision decision, String reason) {
        if (session.get() == null) {
            return Optional.of("Open a case first.");
        }
        reasonDraft.set(reason == null ? "" : reason);
        return decide(decision);
    }

    /** Withdraws the decision; when it may not be withdrawn (a physician has acted), says why in a banner. */
    public void withdrawDecision() {
        CaseReview s = session.get();
        if (s != null && editable.get()) {
            s.withdrawProblem().ifPresent(caseScope::warning);
        }
        act(CaseReview::withdrawDecision, false);
    }

    /**
     * Who is at the workstation (Tools ▸ Who is using this workstation; null while she has not said).
     * The physician's actions are recorded under this identity; the review session checks it.
     */
    public ObjectProperty<ReviewerIdentity> identityProperty() {
        return identity;
    }

    /** The physician reviewer acts on the referred case on screen; returns why not, when refused. */
    public Optional<String> physicianDecide(PhysicianAction action, String rationale) {
        if (session.get() == null) {
            return Optional.of("Open a case first.");
        }
        if (!editable.get()) {
            return Optional.of(readOnlyRefusal());
        }
        Optional<String> changed = evidenceChanged();
        if (changed.isPresent()) {
            return changed;
        }
        Optional<String> problem = act(s -> s.physicianDecide(action, rationale, identity.get()), Optional.empty());
        if (problem.isEmpty()) {
            switching = true;
            try {
                rationaleDraft.set(session.get().rationaleDraft()); // recorded with her step: cleared
            } finally {
                switching = false;
            }
        }
        return problem;
    }

    /** Records the physician's step with the rationale typed for the case on screen. */
    public Optional<String> physicianDecide(PhysicianAction action) {
        return physicianDecide(action, rationaleDraft.get());
    }

    /** An audit entry for something sent out about the case on screen (CaseReview.recordSent). */
    public void recordSent(String action, String detail) {
        act(s -> {
            s.recordSent(action, detail);
            return null;
        }, null);
    }

    public void setNotes(String notes) {
        if (session.get() != null && session.get().state().notes().equals(notes == null ? "" : notes)) {
            return; // the notes shown again (a case opening), not a change
        }
        act(s -> s.setNotes(notes), false);
    }

    public List<SummaryRow> submittedRows() {
        return session.get() == null ? List.of() : session.get().effectiveRows();
    }

    public ReadOnlyObjectProperty<CaseReview> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public CaseReview session() {
        return session.get();
    }

    public StringProperty reasonDraftProperty() {
        return reasonDraft;
    }

    /** The physician reviewer's rationale typed for the case on screen (saved with it as typed, decision 0580). */
    public StringProperty rationaleDraftProperty() {
        return rationaleDraft;
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
