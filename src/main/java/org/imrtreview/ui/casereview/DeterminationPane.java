package org.imrtreview.ui.casereview;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewState;
import org.imrtreview.ui.common.DialogService;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/**
 * The recommendation with its plain-language reasons and what is missing, and the nurse's
 * decision: approve, request information or refer to a physician reviewer — with a required
 * reason when it differs from the recommendation.
 */
public final class DeterminationPane extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final CaseReviewViewModel vm;
    private final DialogService dialogs;
    private final Label badge = new Label();
    private final VBox reasons = new VBox(4);
    /** Reasons shown before "Show all N reasons": the determination and the first rows (issue 13 item 6). */
    static final int SHOWN_REASONS = 3;
    /** The gap between the right panel's sections (CaseReviewView), kept above "YOUR DECISION" too (decision 0662). */
    public static final double SECTION_GAP = 14;
    private final Label missing = new Label();
    private final TextArea reason = new TextArea();
    private final Label error = new Label();
    private final Label recorded = new Label();
    private final Label recommendedLine = new Label();
    private final Label requestInfoHint = new Label();
    /** Why the decision buttons are off: the case's files changed since it was read (decision 0550). */
    private final Label held = new Label();
    private final Button withdraw = new Button("Withdraw decision");
    private final Button approve = new Button("Approve", new FontIcon(MaterialDesignC.CHECK_BOLD));
    private final Button requestInfo = new Button("Request info", new FontIcon(MaterialDesignE.EMAIL_OUTLINE));
    private final Button refer = new Button("Refer to physician", new FontIcon(MaterialDesignD.DOCTOR));

    public DeterminationPane(CaseReviewViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        getStyleClass().add("determination-pane");
        setSpacing(8);
        badge.setId("determinationBadge");
        badge.getStyleClass().add("determination-badge");
        badge.setMaxWidth(Double.MAX_VALUE);
        badge.setWrapText(true);
        missing.setId("missingLine");
        missing.setWrapText(true);
        missing.getStyleClass().add("missing-line");
        missing.managedProperty().bind(missing.textProperty().isNotEmpty());
        missing.visibleProperty().bind(missing.textProperty().isNotEmpty());
        Label recommendationTitle = new Label("RECOMMENDATION");
        recommendationTitle.getStyleClass().add("section-title");

        Label decisionTitle = new Label("YOUR DECISION");
        decisionTitle.setId("decisionTitle");
        decisionTitle.getStyleClass().add("section-title");
        // her decision is a section of its own: set off from the recommendation's last line ("Missing: …" sat 8 px above
        // it) as the right panel's sections are from each other, 14 px (decision 0662)
        VBox.setMargin(decisionTitle, new javafx.geometry.Insets(SECTION_GAP - 8, 0, 0, 0));
        approve.setId("approveButton");
        requestInfo.setId("requestInfoButton");
        refer.setId("referButton");
        approve.setTooltip(new Tooltip("Approve the request (Ctrl+Shift+A)"));
        requestInfo.setTooltip(new Tooltip("Pend the request and ask the provider for what is missing (Ctrl+Shift+I)"));
        refer.setTooltip(new Tooltip("Refer to a physician reviewer; only a physician may deny (Ctrl+Shift+R)"));
        approve.setOnAction(e -> decide(NurseDecision.APPROVE));
        requestInfo.setOnAction(e -> decide(NurseDecision.REQUEST_INFO));
        refer.setOnAction(e -> decide(NurseDecision.REFER));
        FlowPane buttons = new FlowPane(6, 6, approve, requestInfo, refer);
        holdWhileFilesChanged(buttons);
        recommendedLine.setId("recommendedDecision");
        recommendedLine.getStyleClass().addAll("text-muted", "recommended-line");
        recommendedLine.setWrapText(true);
        recommendedLine.managedProperty().bind(recommendedLine.textProperty().isNotEmpty());
        reason.setId("decisionReason");
        reason.setPromptText("Reason for this case (required when your decision differs from the recommendation)");
        // the box shows the draft of the case on screen only: a new case starts with an empty box
        reason.textProperty().bindBidirectional(vm.reasonDraftProperty());
        reason.disableProperty().bind(vm.sessionProperty().isNull());
        org.imrtreview.ui.common.WholePrompt.keep(reason, 2);
        reason.setWrapText(true);
        org.imrtreview.ui.common.TabLeavesTextBox.install(reason);
        reason.setTooltip(new Tooltip("Why you decide this for this case, saved as you type (Ctrl+Shift+W)"));
        error.setId("decisionError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        recorded.setId("decisionRecorded");
        recorded.setWrapText(true);
        recorded.getStyleClass().add("decision-recorded");
        recorded.managedProperty().bind(recorded.textProperty().isNotEmpty());
        withdraw.getStyleClass().addAll("flat", "small");
        withdraw.setOnAction(e -> vm.withdrawDecision());
        // the button under the recorded decision, never beside it: beside a wrapped two-line sentence at
        // 1366 px it was left a few pixels and drawn as "..." (issue 18)
        withdraw.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.VBox recordedLine = new javafx.scene.layout.VBox(2, recorded, withdraw);
        recordedLine.setAlignment(Pos.CENTER_LEFT);
        recordedLine.managedProperty().bind(recorded.textProperty().isNotEmpty());
        recordedLine.visibleProperty().bind(recorded.textProperty().isNotEmpty());

        requestInfoHint.setId("requestInfoHint");
        requestInfoHint.setWrapText(true);
        requestInfoHint.getStyleClass().add("missing-line");
        requestInfoHint.managedProperty().bind(requestInfoHint.textProperty().isNotEmpty());
        requestInfoHint.visibleProperty().bind(requestInfoHint.textProperty().isNotEmpty());
        getChildren().addAll(recommendationTitle, badge, reasons, missing, decisionTitle, buttons, held, recommendedLine, reason, error,
                recordedLine, requestInfoHint);
        vm.evaluationProperty().addListener((o, a, e) -> {
            showEvaluation(e);
            showDecision(vm.state());
        });
        vm.evaluationErrorProperty().addListener((o, a, e) -> showEvaluation(vm.evaluation()));
        vm.stateProperty().addListener((o, a, s) -> {
            if (a == null || s == null || !java.util.Objects.equals(a.request(), s.request())) {
                // saved request details (a prescription typed in) change what the recommendation says
                // even when the evaluation comes out equal, which fires no change of the evaluation
                showEvaluation(vm.evaluation());
            }
            showDecision(s);
        });
        vm.sessionProperty().addListener((o, a, s) -> error.setText(""));
        showEvaluation(null);
    }

    /**
     * Decision 0550: while the case's files changed since it was read (the red banner, 0475) the three decision
     * buttons are off until she reloads (F5), and the line under them and their tooltip say why; the Case menu's
     * items and their shortcuts follow the same property (MainWindow).
     */
    private void holdWhileFilesChanged(FlowPane buttons) {
        javafx.beans.binding.BooleanBinding changed = vm.filesChangedProperty().isNotNull();
        String why = CaseReviewViewModel.heldUntilReload("Decisions are");
        held.setId("decisionsHeld");
        held.setWrapText(true);
        held.getStyleClass().add("error-text");
        held.textProperty().bind(javafx.beans.binding.Bindings.when(changed).then(why).otherwise(""));
        held.managedProperty().bind(changed);
        held.visibleProperty().bind(changed);
        // a disabled button shows no tooltip of its own: the row's tooltip says why while they are off
        Tooltip heldTip = new Tooltip(why);
        changed.addListener((o, was, is) -> {
            if (is) {
                Tooltip.install(buttons, heldTip);
            } else {
                Tooltip.uninstall(buttons, heldTip);
            }
        });
        for (Button b : new Button[] {approve, requestInfo, refer}) {
            b.disableProperty().bind(changed);
        }
    }

    /**
     * Records a decision with the reason typed for this case; shows why when it cannot be recorded.
     * Against the recommendation it needs that reason and a confirmation that names the
     * recommendation (decision 0142).
     */
    public void decide(NurseDecision decision) {
        if (vm.session() == null) {
            error.setText("Open a case first.");
            return;
        }
        boolean approvalBlocked = decision == NurseDecision.APPROVE && !vm.requestDetailsMissing().isEmpty();
        boolean against = vm.differsFromRecommendation(decision);
        if (against && !approvalBlocked && !reason.getText().isBlank()) {
            NurseDecision recommended = vm.recommendedDecision();
            Determination d = vm.recommendationProperty().get();
            String recommendation = recommended == null
                    ? (d == null ? "there is no recommendation for this case" : "the request details must be entered first")
                    : recommended.title() + " (" + d.title() + ")";
            if (!dialogs.confirm("Decide against the recommendation?", "You are recording \"" + decision.title()
                    + "\", but the recommendation is: " + recommendation + ".\n\nYour reason: "
                    + reason.getText().strip() + "\n\nRecord " + decision.title() + " for this case?")) {
                error.setText("Not recorded: the recommendation is " + recommendation + ".");
                return;
            }
        }
        Optional<String> problem = vm.decide(decision);
        error.setText(problem.orElse(""));
        if (problem.isPresent()) {
            reason.requestFocus();
        }
    }

    private void showEvaluation(Evaluation e) {
        badge.getStyleClass().removeAll("determination-met", "determination-not-met", "determination-incomplete",
                "determination-none");
        reasons.getChildren().clear();
        error.setText("");
        if (e == null) {
            String err = vm.evaluationErrorProperty().get();
            badge.setText(err == null ? "Evaluating…" : "Not evaluated");
            badge.getStyleClass().add("determination-none");
            missing.setText(err == null ? "" : err);
            highlight(null, null);
            return;
        }
        Determination d = e.determination();
        java.util.List<String> lacking = vm.requestDetailsMissing();
        if (d == Determination.CRITERIA_MET && !lacking.isEmpty()) {
            // no "may approve" before the member, codes and prescription are known (decision 0143)
            badge.setText("Enter the request details before deciding");
            badge.getStyleClass().add("determination-incomplete");
            Label first = new Label("• The documents meet the criteria, but an approval must name the "
                    + String.join(", ", lacking) + ": enter them from the cover sheet (Request details, Ctrl+E).");
            first.setWrapText(true);
            first.getStyleClass().add("reason");
            reasons.getChildren().add(first);
        } else {
            badge.setText(d.title());
            badge.getStyleClass().add(switch (d) {
                case CRITERIA_MET -> "determination-met";
                case CRITERIA_NOT_MET -> "determination-not-met";
                case INCOMPLETE -> "determination-incomplete";
            });
            if (!lacking.isEmpty()) {
                Label first = new Label("• The request details lack the " + String.join(", ", lacking)
                        + " (Request details, Ctrl+E).");
                first.setWrapText(true);
                first.getStyleClass().add("reason");
                reasons.getChildren().add(first);
            }
        }
        java.util.List<String> shown = new java.util.ArrayList<>(e.reasons());
        if (d == Determination.CRITERIA_MET && !lacking.isEmpty() && !shown.isEmpty() && shown.get(0).startsWith("Criteria met")) {
            // the evaluator's "IMRT may be approved" sentence does not hold until the request details are in
            shown.remove(0);
        }
        // short first (issue 13): the decision buttons stay in sight; the rest of the reasons on demand
        java.util.List<Label> labels = new java.util.ArrayList<>();
        for (String r : shown) {
            Label l = new Label("• " + org.imrtreview.logging.VisibleText.escape(r));
            l.setWrapText(true);
            l.getStyleClass().add("reason");
            labels.add(l);
        }
        int keep = Math.min(labels.size(), SHOWN_REASONS);
        reasons.getChildren().addAll(labels.subList(0, keep));
        if (labels.size() > keep) {
            java.util.List<Label> rest = java.util.List.copyOf(labels.subList(keep, labels.size()));
            javafx.scene.control.Hyperlink more = new javafx.scene.control.Hyperlink("Show all " + labels.size() + " reasons");
            more.setId("moreReasons");
            more.setOnAction(ev -> {
                int at = reasons.getChildren().indexOf(more);
                reasons.getChildren().remove(more);
                reasons.getChildren().addAll(at, rest);
            });
            reasons.getChildren().add(more);
        }
        missing.setText(e.missing().isEmpty() ? "" : "Missing: " + org.imrtreview.evaluate.MissingWords.briefList(e.missing()));
    }

    /**
     * Only the recorded decision is filled (and ticked, and named by the line below); the recommended
     * action is marked, never filled: a dashed outline and "Recommended: …" under the buttons. A filled
     * recommendation beside an outlined choice read as if the recommendation had been recorded (issue 13
     * item 10).
     */
    private void highlight(NurseDecision recommended, NurseDecision chosen) {
        for (Button b : new Button[] {approve, requestInfo, refer}) {
            b.getStyleClass().removeAll("recommended", "success", "accent", "chosen");
            b.setText(b.getText().replace("✓ ", ""));
            b.setAccessibleText(null);
        }
        if (recommended != null) {
            Button b = button(recommended);
            b.getStyleClass().add("recommended");
            b.setAccessibleText(b.getText() + " (recommended)");
        }
        if (chosen != null) {
            Button b = button(chosen);
            b.getStyleClass().addAll("chosen", chosen == NurseDecision.APPROVE ? "success" : "accent");
            b.setText("✓ " + b.getText());
            b.setAccessibleText(b.getText().replace("✓ ", "") + " (your recorded decision"
                    + (chosen == recommended ? ", as recommended)" : ")"));
        }
        recommendedLine.setText(recommended == null ? ""
                : "Recommended: " + recommended.title() + (chosen == recommended ? " — recorded" : ""));
    }

    private Button button(NurseDecision d) {
        return switch (d) {
            case APPROVE -> approve;
            case REQUEST_INFO -> requestInfo;
            case REFER -> refer;
        };
    }

    private void showDecision(ReviewState s) {
        DecisionRecord d = s == null ? null : s.decision();
        highlight(vm.evaluation() == null ? null : vm.recommendedDecision(), d == null ? null : d.decision());
        Evaluation e = vm.evaluation();
        // issue 13 item 4: a request for information on a case where nothing is missing has nothing to ask yet;
        // say at once how to name what is needed, instead of a dead end in the letter tab
        requestInfoHint.setText(d != null && d.decision() == NurseDecision.REQUEST_INFO && e != null
                && e.missing().isEmpty() ? "Nothing is marked missing, so the letter has nothing to ask for yet. For "
                + "each thing the provider must send, press Override… beside it under Required documentation, mark it "
                + "missing and write what exactly is needed and why: the letter asks for it in your words." : "");
        if (d == null) {
            recorded.setText("");
            return;
        }
        String when = WHEN.format(d.at().atZone(ZoneId.systemDefault()));
        // said against the recommendation as it stands now: a correction may have brought them together
        // a decision made on another recommendation (the case changed since) is not called an override the
        // nurse never made: it is said to be outdated, in the warning colour (decision 0450)
        Optional<String> outdated = vm.session() == null ? Optional.empty() : vm.session().decisionOutdated();
        recorded.getStyleClass().remove("decision-outdated");
        if (outdated.isPresent()) {
            recorded.getStyleClass().add("decision-outdated");
        }
        recorded.setText("Recorded decision: " + d.decision().title() + " — " + when + " by " + d.user()
                + (outdated.isEmpty() && vm.decisionOverridesRecommendation() ? " (overrides the recommendation)" : "")
                + (d.reason() == null ? "" : "\nReason: " + d.reason())
                + outdated.map(o -> "\n\u26a0 " + o).orElse(""));
    }

    public TextArea reasonField() {
        return reason;
    }
}
