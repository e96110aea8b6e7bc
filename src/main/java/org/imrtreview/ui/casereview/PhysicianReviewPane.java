package org.imrtreview.ui.casereview;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.PhysicianStep;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewerIdentity;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The physician reviewer's part of a referred case, under the nurse's decision: who referred it and
 * why, what physicians did so far, and — for a physician — uphold the denial, overturn it (approve)
 * or request a peer-to-peer talk, with the clinical rationale. Shown only for a referred case. The
 * buttons are enabled for a physician reviewer only, and the review session checks again whatever
 * the window allows (decision 0220).
 */
public final class PhysicianReviewPane extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final CaseReviewViewModel vm;
    private final ZoneId zone;
    private final Label status = new Label();
    private final Label referral = new Label();
    private final VBox steps = new VBox(4);
    private final Label who = new Label();
    private final TextArea rationale = new TextArea();
    private final Label error = new Label();
    private final Button uphold = new Button("Uphold denial", new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
    private final Button overturn = new Button("Overturn: approve", new FontIcon(MaterialDesignC.CHECK_BOLD));
    private final Button peer = new Button("Peer-to-peer", new FontIcon(MaterialDesignP.PHONE_OUTLINE));
    private final VBox actions;

    public PhysicianReviewPane(CaseReviewViewModel vm, ZoneId zone) {
        this.vm = vm;
        this.zone = zone;
        setId("physicianReview");
        getStyleClass().add("physician-review-pane");
        setSpacing(6);
        Label title = new Label("PHYSICIAN REVIEW");
        title.getStyleClass().add("section-title");
        status.setId("physicianStatus");
        status.getStyleClass().add("decision-recorded");
        status.setWrapText(true);
        referral.setWrapText(true);
        referral.getStyleClass().add("text-muted");
        who.setId("physicianIdentity");
        who.setWrapText(true);
        who.getStyleClass().add("text-muted");
        uphold.setId("upholdButton");
        overturn.setId("overturnButton");
        peer.setId("peerToPeerButton");
        uphold.setTooltip(new Tooltip("Deny the request: the denial letter becomes final and is signed with your name"));
        overturn.setTooltip(new Tooltip("Approve the request instead of denying it"));
        peer.setTooltip(new Tooltip("Talk with the requesting provider before deciding"));
        uphold.setOnAction(e -> act(PhysicianAction.UPHOLD));
        overturn.setOnAction(e -> act(PhysicianAction.OVERTURN));
        peer.setOnAction(e -> act(PhysicianAction.PEER_TO_PEER));
        rationale.setId("physicianRationale");
        rationale.setPromptText("Your clinical rationale (required to uphold or overturn; the provider sees it in the denial)");
        org.imrtreview.ui.common.WholePrompt.keep(rationale, 2);
        rationale.setWrapText(true);
        org.imrtreview.ui.common.TabLeavesTextBox.install(rationale);
        error.setId("physicianError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        FlowPane buttons = new FlowPane(6, 6, uphold, overturn, peer);
        // while the case's files changed since it was read, no step is taken until she reloads (decision 0550)
        javafx.beans.binding.BooleanBinding changed = vm.filesChangedProperty().isNotNull();
        buttons.disableProperty().bind(changed);
        Label held = new Label();
        held.setId("physicianHeld");
        held.setWrapText(true);
        held.getStyleClass().add("error-text");
        held.textProperty().bind(javafx.beans.binding.Bindings.when(changed)
                .then(CaseReviewViewModel.heldUntilReload("Decisions are")).otherwise(""));
        held.visibleProperty().bind(changed);
        held.managedProperty().bind(changed);
        actions = new VBox(6, rationale, buttons, held);
        getChildren().addAll(title, status, referral, steps, who, actions, error);
        managedProperty().bind(visibleProperty());
        vm.stateProperty().addListener((o, a, s) -> show(s));
        vm.identityProperty().addListener((o, a, i) -> show(vm.state()));
        // what she types is the case's saved work, autosaved as typed and shown on that case only (decision 0580)
        rationale.textProperty().bindBidirectional(vm.rationaleDraftProperty());
        vm.sessionProperty().addListener((o, a, s) -> error.setText(""));
        show(vm.state());
    }

    private void act(PhysicianAction action) {
        Optional<String> problem = vm.physicianDecide(action);
        error.setText(problem.orElse(""));
        if (problem.isPresent()) {
            rationale.requestFocus();
        }
    }

    private void show(ReviewState s) {
        DecisionRecord nurse = s == null ? null : s.decision();
        boolean referred = nurse != null && nurse.decision() == NurseDecision.REFER;
        setVisible(referred);
        if (!referred) {
            return;
        }
        status.setText("Status: " + s.status().title()
                + (vm.session() != null && vm.session().physicianDecisionOutdated() ? " \u2014 case changed" : ""));
        referral.setText("Referred by " + nurse.user() + ", " + WHEN.format(nurse.at().atZone(zone))
                + (nurse.reason() == null ? "" : ": " + nurse.reason()));
        steps.getChildren().clear();
        for (PhysicianStep step : s.physician()) {
            Label l = new Label(step.action().done() + " by " + step.physician().signature() + ", "
                    + WHEN.format(step.at().atZone(zone)) + (step.rationale() == null ? "" : ": " + step.rationale()));
            l.setWrapText(true);
            l.getStyleClass().add("physician-step");
            steps.getChildren().add(l);
        }
        // an uphold or overturn the case has changed under is decided again (decision 0467)
        boolean outdated = vm.session() != null && vm.session().physicianDecisionOutdated();
        boolean decided = s.physicianDecision() != null && !outdated;
        ReviewerIdentity me = vm.identityProperty().get();
        String problem = me == null ? "Say who you are first: Tools ▸ Who is using this workstation."
                : me.physicianProblem();
        if (decided) {
            who.setText(s.physicianDecision().action() == PhysicianAction.UPHOLD
                    ? "The denial letter is final and signed by the physician (Letter tab)."
                    : "The letter is now the approval (Letter tab).");
        } else if (outdated) {
            who.setText("\u26a0 " + vm.session().decisionOutdated().orElse("")
                    + (problem == null ? "\nYou: " + me.signature() + " (" + me.role().title() + ")" : "\n" + problem));
        } else {
            who.setText(problem == null ? "You: " + me.signature() + " (" + me.role().title() + ")"
                    : "A physician reviewer decides this case. " + problem);
        }
        actions.setVisible(!decided);
        actions.setManaged(!decided);
        boolean mayAct = problem == null && !decided;
        uphold.setDisable(!mayAct);
        overturn.setDisable(!mayAct);
        peer.setDisable(!mayAct || s.status() == org.imrtreview.store.ReviewStatus.PEER_TO_PEER);
        rationale.setDisable(!mayAct);
    }

    /** The clinical rationale box (tests type into it). */
    TextArea rationale() {
        return rationale;
    }
}
