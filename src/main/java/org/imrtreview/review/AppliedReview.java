package org.imrtreview.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.PlanKind;
import org.imrtreview.store.CellEdit;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.DigitisedImageReview;

/**
 * What of the nurse's saved work an evaluation applied — what {@code evaluate} and {@code letter}
 * report so a reader knows the result is the window's, not the files' alone. Carries no member
 * identifiers and no free text the nurse typed (reasons, notes): it is for scripts.
 *
 * @param applied         false for {@code --as-submitted} (then every list is empty)
 * @param cellEdits       "Row 2 IMRT dose: "52 Gy" → "50 Gy"" per corrected cell
 * @param checklistOverrides "imaging: present" per overridden checklist item
 * @param requestDetailsTyped the nurse typed or corrected the request details
 * @param structureChoices table organ → DVH structure chosen by the reviewer
 * @param planRoles       DVH plan name → role chosen by the reviewer
 * @param digitisedPictures pictures whose curve assignments or axes the nurse set
 * @param decision        the recorded decision (null: none), e.g. "APPROVE"
 * @param decisionOverridesRecommendation whether it goes against the recommendation as it stands
 * @param decisionOutdated whether it was recorded on another recommendation than the case gives now (the case
 *                        changed since; no letter follows it unasked, decision 0450)
 * @param requestDetailsMissing what an approval needs and the request lacks (member, codes, prescription)
 * @param recommendedAction APPROVE, REQUEST_INFO, REFER, or ENTER_REQUEST_DETAILS while an approval
 *                          cannot name the member, codes and prescription
 * @param notices         saved work that could not be applied, in words
 */
public record AppliedReview(boolean applied, List<String> cellEdits, List<String> checklistOverrides,
                            boolean requestDetailsTyped, Map<String, String> structureChoices,
                            Map<String, PlanKind> planRoles, List<String> digitisedPictures, String decision,
                            boolean decisionOverridesRecommendation, boolean decisionOutdated,
                            List<String> requestDetailsMissing,
                            String recommendedAction, List<String> notices) {

    static AppliedReview of(CaseReview review) {
        var s = review.state();
        boolean on = review.appliesSavedWork();
        List<String> edits = new ArrayList<>();
        List<String> overrides = new ArrayList<>();
        List<String> pictures = new ArrayList<>();
        if (on) {
            for (CellEdit e : s.edits()) {
                edits.add("Row " + e.row() + " " + e.column().title() + ": \"" + (e.original() == null ? "" : e.original())
                        + "\" → \"" + (e.value() == null ? "" : e.value()) + "\"");
            }
            for (ChecklistOverride o : s.checklist()) {
                overrides.add(o.key() + ": " + (o.satisfied() ? "present" : "missing"));
            }
            for (DigitisedImageReview d : s.digitised()) {
                pictures.add(d.image().describe());
            }
        }
        DecisionRecord d = on ? s.decision() : null;
        String action = review.recommendedDecision() != null ? review.recommendedDecision().name()
                : review.evaluation() == null ? null : "ENTER_REQUEST_DETAILS";
        return new AppliedReview(on, edits, overrides, on && s.request() != null,
                on ? new TreeMap<>(s.dvh().structureForOrgan()) : Map.of(),
                on ? new TreeMap<>(s.dvh().planRoles()) : Map.of(), pictures,
                d == null ? null : d.decision().name(), on && review.decisionOverridesRecommendation(),
                on && review.decisionOutdated().isPresent(),
                review.requestDetailsMissing(), action, review.notices());
    }

    /** Whether any saved work changed what was evaluated. */
    public boolean changesAnything() {
        return !cellEdits.isEmpty() || !checklistOverrides.isEmpty() || requestDetailsTyped
                || !structureChoices.isEmpty() || !planRoles.isEmpty() || !digitisedPictures.isEmpty();
    }

    /** One line for the text output. */
    public String summary() {
        if (!applied) {
            return "Saved review work not applied (--as-submitted): the files alone were evaluated.";
        }
        List<String> parts = new ArrayList<>();
        count(parts, cellEdits.size(), "corrected cell", "corrected cells");
        count(parts, checklistOverrides.size(), "checklist override", "checklist overrides");
        if (requestDetailsTyped) {
            parts.add("request details typed by the nurse");
        }
        count(parts, structureChoices.size() + planRoles.size(), "DVH structure/plan choice", "DVH structure/plan choices");
        count(parts, digitisedPictures.size(), "digitised picture's curve assignments", "digitised pictures' curve assignments");
        // the recorded decision is saved work too, though it changes no evaluation: never "no saved work" beside it
        String decided = decision == null ? "" : " Recorded decision: " + decision
                + (decisionOutdated ? " (recorded on another recommendation: the case has changed since)" : "") + ".";
        return (parts.isEmpty() ? (decision == null ? "No saved review work for this case"
                        : "No saved review work changes the evaluation") + ": the files alone were evaluated."
                : "Applied the saved review work (as the workstation shows it): " + String.join(", ", parts)
                + ". Use --as-submitted to evaluate the files alone.") + decided;
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }
}
