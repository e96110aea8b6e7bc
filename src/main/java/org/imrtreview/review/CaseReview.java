package org.imrtreview.review;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.imrtreview.digitize.DigitizedCurves;
import org.imrtreview.letter.content.LetterSigning;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.store.CaseEdits;
import org.imrtreview.store.CurveChoice;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.DigitisedImageKey;
import org.imrtreview.store.DigitisedImageReview;
import org.imrtreview.store.DigitisingAudit;
import org.imrtreview.store.DvhChoices;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.PhysicianStep;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.RequestChanges;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.SavedAxes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One case under review, headless: the submission as loaded, the nurse's saved work on it (cell
 * corrections, checklist overrides, typed request details, DVH structure and plan choices, digitised
 * curve assignments, decision, notes), the effective case built from the two, and its evaluation.
 * The window, the snapshot command and {@code evaluate}/{@code letter} all use this one class, so
 * they cannot disagree (decision 0140).
 *
 * <p>An instance belongs to exactly one case and is dropped when the case closes: it saves only
 * through the sink it was made with (bound to its own folder), and what the nurse types for a
 * decision (the reason draft) lives here, so nothing typed for one case can be recorded in another
 * (decision 0141). Not thread-safe: the window uses it on the FX thread only.
 */
public final class CaseReview {
    private static final Logger LOG = LoggerFactory.getLogger(CaseReview.class);

    private final ReviewCase submitted;
    private final CaseEvaluator evaluator;
    private final Consumer<ReviewState> sink;
    private final Clock clock;
    private final String user;
    private final boolean applySaved;
    private final List<String> notices;
    private ReviewState state;
    /** Digitised curves of an image (by source file) as the nurse assigned them; replace the loaded ones. */
    private final Map<String, List<DvhCurve>> digitisedByImage = new LinkedHashMap<>();
    /** Digitised pictures with the nurse's work applied (restored on opening, or changed since). */
    private final Map<DigitisedImageKey, DigitisedImage> digitisedImages = new LinkedHashMap<>();
    private ReviewCase effective;
    private Evaluation evaluation;
    private String evaluationError;

    CaseReview(ReviewCase submitted, ReviewState state, SavedDigitising.Restoration restoration, boolean applySaved,
               CaseEvaluator evaluator, Consumer<ReviewState> sink, Clock clock, String user, List<String> notices) {
        this.submitted = Objects.requireNonNull(submitted);
        this.state = Objects.requireNonNull(state);
        this.applySaved = applySaved;
        this.evaluator = evaluator;
        this.sink = sink;
        this.clock = clock;
        this.user = user;
        if (applySaved) {
            digitisedByImage.putAll(restoration.curvesBySource());
            digitisedImages.putAll(restoration.images());
        }
        this.notices = List.copyOf(notices);
        reevaluate();
    }

    /** The files alone, no saved work, never saved: {@code evaluate --as-submitted}, tests. */
    public static CaseReview asSubmitted(ReviewCase submitted, CaseEvaluator evaluator) {
        return new CaseReview(submitted, ReviewState.fresh(), SavedDigitising.Restoration.none(), false, evaluator,
                s -> { }, Clock.systemUTC(), "", List.of());
    }

    // ---- what the case is now

    /** The case folder (null for a single submitted file). */
    public Path folder() {
        return submitted.folder();
    }

    public ReviewCase submitted() {
        return submitted;
    }

    /** The submission with the nurse's saved work applied (the submission alone for {@link #asSubmitted}). */
    public ReviewCase effective() {
        return effective;
    }

    public ReviewState state() {
        return state;
    }

    /** The evaluation of the effective case; null when it failed ({@link #evaluationError()}). */
    public Evaluation evaluation() {
        return evaluation;
    }

    public String evaluationError() {
        return evaluationError;
    }

    /** Sentences for the nurse from opening (saved work set aside or not applied, unreadable state). */
    public List<String> notices() {
        return notices;
    }

    /** Whether the nurse's saved work is applied (false: the files alone). */
    public boolean appliesSavedWork() {
        return applySaved;
    }

    /** What of the saved work this evaluation applies, in words and numbers (the CLI's {@code review}). */
    public AppliedReview applied() {
        return AppliedReview.of(this);
    }

    Map<String, List<DvhCurve>> digitisedCurves() {
        return Map.copyOf(digitisedByImage);
    }

    // ---- the request details

    /** The request details in force: the nurse's, else the submitted request.json. */
    public Request effectiveRequest() {
        return state.request() != null ? state.request() : submitted.request();
    }

    /**
     * What an approval needs to name and the request does not yet say: the member, the codes and the
     * prescription (empty when all are known). Until then nothing may be approved (decision 0143).
     */
    public List<String> requestDetailsMissing() {
        return RequestReadiness.missing(effectiveRequest());
    }

    /**
     * The nurse typed or corrected the request details (the whole form). Returns the changes in words
     * (empty when nothing changed); from now on the typed request replaces the submitted one.
     */
    public List<String> editRequest(Request edited) {
        if (edited == null) {
            return List.of();
        }
        List<String> changes = RequestChanges.describe(effectiveRequest(), edited, clock.getZone());
        if (changes.isEmpty()) {
            return List.of();
        }
        update(state.withRequest(edited, changes, clock.instant(), user));
        return changes;
    }

    // ---- the summary table

    /** The nurse corrects a misread cell; false when nothing changed. */
    public boolean editCell(int rowNumber, Column column, String text) {
        if (submitted.table() == null) {
            return false;
        }
        String submittedText = submittedText(rowNumber, column);
        // the nurse typing back what OCR read, unchanged, confirms the reading (decision 0154)
        boolean unchanged = java.util.Objects.equals(text == null ? "" : text.strip(),
                submittedText == null ? "" : submittedText.strip());
        return update(unchanged && submitted.table().ocrCell(rowNumber, column).isPresent()
                ? state.withConfirmation(rowNumber, column, submittedText, clock.instant(), user)
                : state.withEdit(rowNumber, column, submittedText, text, clock.instant(), user));
    }

    public boolean isEdited(int rowNumber, Column column) {
        return state.editOf(rowNumber, column) != null;
    }

    /** The cell as the provider submitted it (before any correction). */
    public String submittedText(int rowNumber, Column column) {
        if (submitted.table() == null) {
            return null;
        }
        return submitted.table().rows().stream().filter(r -> r.number() == rowNumber).findFirst()
                .map(r -> r.cell(column)).orElse(null);
    }

    /** The rows of the effective case (shown when no evaluation is available). */
    public List<SummaryRow> effectiveRows() {
        return effective == null || effective.table() == null ? List.of() : effective.table().rows();
    }

    // ---- the checklist

    public boolean overrideChecklist(ChecklistOverride override) {
        return update(state.withChecklistOverride(override, checklistLabel(override.key()), clock.instant(), user));
    }

    public boolean clearChecklistOverride(String key) {
        return update(state.withoutChecklistOverride(key, checklistLabel(key), clock.instant(), user));
    }

    private String checklistLabel(String key) {
        List<ChecklistItem> items = evaluation == null ? List.of() : evaluation.checklist();
        return items.stream().filter(i -> i.key().equals(key)).map(ChecklistItem::label).findFirst().orElse(key);
    }

    // ---- DVH data: structures and plan roles

    /** The nurse says which DVH structure stands for a table organ (null: automatic again). */
    public boolean chooseStructure(String organ, String structure, String automatic) {
        return organ != null && update(state.withStructureChoice(organ, structure, automatic, clock.instant(), user));
    }

    /** The nurse says which plan of the DVH data is 3D and which IMRT (null: automatic again). */
    public boolean choosePlanRole(String planName, PlanKind role) {
        return planName != null && update(state.withPlanRole(planName, role, clock.instant(), user));
    }

    public DvhChoices dvhChoices() {
        return state.dvh();
    }

    // ---- digitised pictures

    /** The picture as digitised when the case was opened with saved work on it, or null. */
    public DigitisedImage restoredImage(DigitisedImageKey key) {
        return digitisedImages.get(key);
    }

    /** The nurse's saved work on a picture (null when none). */
    public DigitisedImageReview savedDigitising(DigitisedImageKey key) {
        return state.digitisedReview(key);
    }

    /** The curves digitised from {@code sourceFile} are replaced by {@code curves} (they only flag). */
    public void replaceDigitisedCurves(String sourceFile, List<DvhCurve> curves) {
        if (sourceFile == null) {
            return;
        }
        digitisedByImage.put(sourceFile, List.copyOf(curves));
        reevaluate();
    }

    /**
     * The nurse assigned a curve or corrected the axes of a digitised picture: its curves replace the
     * case's digitised curves from that file, her choices are saved with an audit entry per change.
     */
    public void recordDigitising(DigitisedImage image, SavedAxes axes, List<CurveChoice> choices,
                                 Function<String, String> curveNames) {
        DigitisedImageKey key = image.key();
        digitisedImages.put(key, image);
        digitisedByImage.put(key.sourceKey(), DigitizedCurves.toModel(image.result(), image.assignments(), key.sourceKey()));
        DigitisedImageReview review = new DigitisedImageReview(key, image.fingerprint(), axes, choices);
        List<String> changes = DigitisingAudit.changes(state.digitisedReview(key), review, curveNames);
        ReviewState next = state.withDigitisedReview(review, changes, clock.instant(), user);
        if (next != state) {
            state = next;
            save();
        }
        reevaluate();
    }

    // ---- deciding

    /**
     * The decision that follows the recommendation, or null while there is none — and while the
     * request details an approval must name are missing, since then nothing may be approved.
     */
    public NurseDecision recommendedDecision() {
        if (evaluation == null) {
            return null;
        }
        NurseDecision d = NurseDecision.recommendedFor(evaluation.determination());
        return d == NurseDecision.APPROVE && !requestDetailsMissing().isEmpty() ? null : d;
    }

    /** The evaluation's determination, or null. */
    public Determination recommendation() {
        return evaluation == null ? null : evaluation.determination();
    }

    /** Whether recording {@code decision} goes against the recommendation (or there is none). */
    public boolean differsFromRecommendation(NurseDecision decision) {
        return decision != recommendedDecision();
    }

    /**
     * What the nurse has typed as the reason for a decision on this case, not yet recorded: kept with the
     * case's saved work, so it is there again when the case is reopened, after a crash too (decision 0469).
     */
    public String reasonDraft() {
        return state.reasonDraft();
    }

    /** Keeps the reason typed so far with this case's saved work (saved like the notes: not audited). */
    public void setReasonDraft(String text) {
        ReviewState next = state.withReasonDraft(text);
        if (next != state) {
            state = next;
            save();
        }
    }

    /**
     * The physician reviewer's rationale typed on this case and not yet recorded: saved work like the nurse's
     * reason draft, on this case only (decision 0580).
     */
    public String rationaleDraft() {
        return state.rationaleDraft();
    }

    /** Keeps the rationale typed so far with this case's saved work (not audited; recording a step clears it). */
    public void setRationaleDraft(String text) {
        ReviewState next = state.withRationaleDraft(text);
        if (next != state) {
            state = next;
            save();
        }
    }

    /** Records a decision with the reason typed for this case ({@link #reasonDraft()}). */
    public Optional<String> decide(NurseDecision decision) {
        return decide(decision, state.reasonDraft());
    }

    /**
     * Records the nurse's decision. Returns the sentence to show when it cannot be recorded: a
     * decision that differs from the recommendation needs a written reason, and an approval needs
     * the member, the codes and the prescription.
     */
    public Optional<String> decide(NurseDecision decision, String reason) {
        String cleanReason = reason == null ? "" : reason.strip();
        if (!state.physician().isEmpty()) {
            return Optional.of(physicianHasActed());
        }
        List<String> lacking = requestDetailsMissing();
        if (decision == NurseDecision.APPROVE && !lacking.isEmpty()) {
            return Optional.of("Enter the request details first (missing: " + String.join(", ", lacking)
                    + "): an approval must name them. Case ▸ Request details (Ctrl+E).");
        }
        Determination recommended = recommendation();
        if (differsFromRecommendation(decision) && cleanReason.isEmpty()) {
            return Optional.of(recommended == null
                    ? "There is no recommendation for this case: write the reason for your decision."
                    : "Your decision differs from the recommendation (" + recommended.title()
                    + "): write the reason for it.");
        }
        DecisionRecord record = new DecisionRecord(decision, recommended, cleanReason.isEmpty() ? null : cleanReason,
                clock.instant(), user);
        update(state.withDecision(record)); // the draft goes with it
        return Optional.empty();
    }

    /**
     * Whether the recorded decision goes against the recommendation as it stands now (it may have
     * changed since, e.g. after a correction): false when there is no decision.
     */
    public boolean decisionOverridesRecommendation() {
        DecisionRecord d = state.decision();
        return d != null && d.decision() != recommendedDecision();
    }

    /**
     * Why the recorded decision no longer stands on the case as it is now (empty when it does, or when none is
     * recorded): it was recorded against another recommendation than the case gives now — a file was added,
     * changed or removed since, or a correction or checklist override moved it. A letter or PAS response
     * stating that decision does not go out until it is recorded again (the nurse's: decision 0450) or
     * withdrawn. Once a physician reviewer has upheld or overturned the referral, hers is the decision that
     * stands, judged on the recommendation she decided on (the nurse's referral's for a step saved before
     * that was kept); she decides again (decision 0467).
     */
    public Optional<String> decisionOutdated() {
        DecisionRecord d = state.decision();
        Determination now = recommendation();
        if (d == null || now == null) {
            return Optional.empty();
        }
        PhysicianStep decided = state.physicianDecision();
        if (decided != null) {
            Determination on = decided.recommendation() != null ? decided.recommendation() : d.recommendation();
            if (on == now) {
                return Optional.empty();
            }
            return Optional.of("The physician reviewer's decision (" + decided.action().done() + " by "
                    + decided.physician().signature() + ") was made when the recommendation was \u201c"
                    + (on == null ? "none" : on.title()) + "\u201d; the case has changed since and the recommendation is"
                    + " now \u201c" + now.title() + "\u201d. The physician reviewer looks at what changed and decides"
                    + " again (uphold or overturn): until then no letter or PAS response goes out.");
        }
        if (d.recommendation() == now) {
            return Optional.empty();
        }
        return Optional.of("Your decision (" + d.decision().title() + ") was recorded when the recommendation was \u201c"
                + (d.recommendation() == null ? "none" : d.recommendation().title()) + "\u201d; the case has changed since"
                + " and the recommendation is now \u201c" + now.title() + "\u201d. Look at what changed, then record your"
                + " decision again or withdraw it: until then no letter or PAS response goes out.");
    }

    /** Whether the physician reviewer's uphold or overturn no longer stands: the case changed since (decision 0467). */
    public boolean physicianDecisionOutdated() {
        return state.physicianDecision() != null && decisionOutdated().isPresent();
    }

    /**
     * Why a letter of {@code kind} may not be issued (printed or saved) from the window now, empty when it
     * may: a letter states a decision, so one must be recorded (the nurse's or the physician reviewer's),
     * still stand on the case as it is ({@link #decisionOutdated()}), and be the one the letter states
     * (decision 0450). Previewing any letter stays free.
     */
    public Optional<String> letterIssueProblem(NurseDecision kind) {
        if (state.physicianDecision() == null && state.decision() == null) {
            return Optional.of("Record your decision first (Approve, Request information or Refer to physician"
                    + " reviewer): a letter states a decision, and the case keeps who made it and when.");
        }
        Optional<String> outdated = decisionOutdated();
        if (outdated.isPresent()) {
            return outdated;
        }
        NurseDecision standing = letterDecision();
        if (kind != standing) {
            return Optional.of("This is " + letterName(kind) + ", but the decision recorded is \u201c" + standing.title()
                    + "\u201d: choose " + letterName(standing) + ", or record another decision first.");
        }
        return Optional.empty();
    }

    private static String letterName(NurseDecision kind) {
        return kind == null ? "no letter" : switch (kind) {
            case APPROVE -> "the approval letter";
            case REQUEST_INFO -> "the request for information";
            case REFER -> "the draft denial";
        };
    }

    /** Withdraws the nurse's decision; not once a physician reviewer has acted on the referral. */
    public boolean withdrawDecision() {
        return withdrawProblem().isEmpty() && update(state.withoutDecision(clock.instant(), user));
    }

    /**
     * Why the nurse's decision cannot be withdrawn now (empty when it can): there is none, or a physician
     * reviewer has acted on the referral.
     */
    public Optional<String> withdrawProblem() {
        if (state.decision() == null) {
            return Optional.of("There is no decision to withdraw.");
        }
        if (!state.physician().isEmpty()) {
            return Optional.of(physicianHasActed());
        }
        return Optional.empty();
    }

    /**
     * The letter follows the physician reviewer's decision (uphold: the denial, overturn: the approval),
     * else the nurse's recorded decision, else the recommendation (null while there is none).
     */
    public NurseDecision letterDecision() {
        PhysicianStep decided = state.physicianDecision();
        if (decided != null) {
            return decided.action() == PhysicianAction.UPHOLD ? NurseDecision.REFER : NurseDecision.APPROVE;
        }
        return state.decision() != null ? state.decision().decision() : recommendedDecision();
    }

    // ---- the physician reviewer

    /**
     * The physician reviewer acts on a referred case: upholds the denial, overturns it (approves), or
     * asks for a peer-to-peer talk first. Returns the sentence to show when she may not: only a
     * physician reviewer (role and MD/DO credentials) acts here, only on a case a nurse referred and
     * no physician has decided yet; upholding or overturning needs her clinical rationale, and
     * overturning (an approval) needs the request details an approval must name.
     */
    public Optional<String> physicianDecide(PhysicianAction action, String rationale, ReviewerIdentity who) {
        Objects.requireNonNull(action, "action");
        if (who == null) {
            return Optional.of("Say who you are first (Tools ▸ Who is using this workstation): your name, credentials "
                    + "and role.");
        }
        String problem = who.physicianProblem();
        if (problem != null) {
            return Optional.of(problem);
        }
        DecisionRecord nurse = state.decision();
        if (nurse == null || nurse.decision() != NurseDecision.REFER) {
            return Optional.of("This case has not been referred to a physician reviewer (status: "
                    + state.status().title() + "). A nurse refers it first, with the draft denial.");
        }
        PhysicianStep decided = state.physicianDecision();
        // a decision the case has changed under is decided again on the case as it is now (decision 0467)
        if (decided != null && !physicianDecisionOutdated()) {
            return Optional.of("This case is already decided: " + decided.action().done().toLowerCase(java.util.Locale.ROOT)
                    + " by " + decided.physician().signature() + " on " + decided.at() + ".");
        }
        String clean = rationale == null ? "" : rationale.strip();
        if (action.decides() && clean.isEmpty()) {
            return Optional.of("Write your clinical rationale: it is kept with the decision"
                    + (action == PhysicianAction.UPHOLD ? " and given to the provider in the denial." : "."));
        }
        List<String> lacking = requestDetailsMissing();
        if (action == PhysicianAction.OVERTURN && !lacking.isEmpty()) {
            return Optional.of("Enter the request details first (missing: " + String.join(", ", lacking)
                    + "): an approval must name them. Case ▸ Request details (Ctrl+E).");
        }
        update(state.withPhysicianStep(new PhysicianStep(action, who, clean, clock.instant(), user, recommendation())));
        return Optional.empty();
    }

    /** The physician reviewer's steps on this case, in order (empty while none). */
    public List<PhysicianStep> physicianSteps() {
        return state.physician();
    }

    /** The physician reviewer's deciding step (uphold or overturn), or null while undecided. */
    public PhysicianStep physicianDecision() {
        return state.physicianDecision();
    }

    /**
     * The signature of the letter that follows the physician's decision: for an upheld denial, the
     * physician who upheld it, on the day she did (null otherwise: a denial without it is a draft).
     */
    public LetterSigning letterSigning(java.time.ZoneId zone) {
        PhysicianStep decided = state.physicianDecision();
        if (decided == null || decided.action() != PhysicianAction.UPHOLD) {
            return null;
        }
        ReviewerIdentity p = decided.physician();
        return new LetterSigning(new Reviewer(p.name(), p.credentials(), null), decided.at().atZone(zone).toLocalDate(),
                decided.rationale());
    }

    private String physicianHasActed() {
        PhysicianStep last = state.lastPhysicianStep();
        return "The physician reviewer has acted on this referral (" + last.action().done().toLowerCase(java.util.Locale.ROOT)
                + " by " + last.physician().signature() + "); the nurse's decision can no longer be changed.";
    }

    /**
     * Notes in the audit trail that something about the case left the workstation (e.g. a PAS
     * response written), with what and to where in {@code detail}.
     */
    public void recordSent(String action, String detail) {
        state = state.withAudit(new org.imrtreview.store.AuditEntry(clock.instant(), user, action, detail));
        save();
    }

    public boolean setNotes(String notes) {
        String text = notes == null ? "" : notes;
        if (state.notes().equals(text)) {
            return false;
        }
        state = state.withNotes(text);
        save();
        return true;
    }

    // ---- saving and evaluating

    private boolean update(ReviewState next) {
        if (next == state) {
            return false;
        }
        state = next;
        save();
        reevaluate();
        return true;
    }

    private void save() {
        if (applySaved) {
            sink.accept(state);
        }
    }

    private void reevaluate() {
        ReviewCase c = submitted;
        if (applySaved) {
            c = CaseEdits.apply(withDigitised(c), state.edits());
            if (state.request() != null) {
                c = c.withRequest(state.request());
            }
        }
        effective = c;
        try {
            evaluation = applySaved ? evaluator.evaluate(c, state.checklist(), state.dvh())
                    : evaluator.evaluate(c, List.of(), DvhChoices.none());
            evaluationError = null;
        } catch (RuntimeException e) {
            LOG.warn("evaluation failed: {}", e.toString());
            evaluation = null;
            evaluationError = "This case could not be evaluated (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Review the documents by eye.";
        }
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
}
