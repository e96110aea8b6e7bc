package org.imrtreview.ui.casereview;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.worklist.Turnaround;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Who and what the case is about, its deadline and status, and the moves to other cases. */
public final class CaseHeader extends HBox {
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label due = new Label();
    private final Label status = new Label();
    private CaseReviewViewModel review;
    private final Clock clock;

    private final Button requestLink = new Button();

    public CaseHeader(CaseScreenModel workstation, Runnable back, Runnable previous, Runnable next, Clock clock,
                      Runnable editRequest) {
        this.clock = clock;
        getStyleClass().add("case-header");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        Button backButton = new Button("Worklist", new FontIcon(MaterialDesignA.ARROW_LEFT));
        backButton.setId("backToWorklist");
        backButton.setTooltip(new Tooltip("Back to the worklist (Ctrl+W)"));
        backButton.setOnAction(e -> back.run());
        Button prev = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_LEFT));
        prev.setTooltip(new Tooltip("Previous case (Ctrl+,)"));
        prev.setAccessibleText("Previous case");
        prev.setOnAction(e -> previous.run());
        Button nxt = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
        nxt.setId("nextCase");
        nxt.setTooltip(new Tooltip("Next case (Ctrl+.)"));
        nxt.setAccessibleText("Next case");
        nxt.setOnAction(e -> next.run());
        for (Button b : new Button[] {backButton, prev, nxt}) {
            b.getStyleClass().add("flat");
        }
        title.getStyleClass().add("case-title");
        title.setId("caseTitle");
        subtitle.getStyleClass().add("text-muted");
        requestLink.setId("editRequestDetails");
        requestLink.getStyleClass().addAll("flat", "small");
        requestLink.setOnAction(e -> editRequest.run());
        requestLink.setTooltip(new Tooltip("Type or correct the request details (Ctrl+E)"));
        // nothing in the header is cut off (issue 13): the buttons, deadline and status keep their width,
        // the member line and the request line wrap in what is left
        for (Button b : new Button[] {backButton, prev, nxt, requestLink}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setWrapText(true);
        title.setMinWidth(0);
        subtitle.setWrapText(true);
        subtitle.setMinWidth(0);
        HBox.setHgrow(subtitle, Priority.SOMETIMES);
        HBox subtitleRow = new HBox(6, subtitle, requestLink);
        subtitleRow.setAlignment(Pos.CENTER_LEFT);
        subtitleRow.setMinWidth(0);
        VBox who = new VBox(0, title, subtitleRow);
        who.setMinWidth(0);
        HBox.setHgrow(who, Priority.ALWAYS);
        due.getStyleClass().add("due-label");
        status.getStyleClass().add("status-badge");
        status.setId("caseStatus");
        status.setMinWidth(Region.USE_PREF_SIZE);
        // the deadline on two lines (when · how long left), right-aligned, never shortened
        due.setMinWidth(Region.USE_PREF_SIZE);
        due.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        due.setAlignment(Pos.CENTER_RIGHT);
        Region gap = new Region();
        gap.setMinWidth(4);
        getChildren().addAll(backButton, prev, nxt, gap, who, due, status);

        // the effective case: request details the nurse typed replace request.json
        workstation.review().effectiveProperty().addListener((o, a, c) -> showCase(c, workstation));
        // while a case loads nothing of the previous one shows: the folder being read, no patient
        workstation.openCaseProperty().addListener((o, a, f) -> showLoading(workstation));
        workstation.caseLoadingProperty().addListener((o, a, loading) -> {
            if (loading) {
                showLoading(workstation);
            }
        });
        this.review = workstation.review();
        workstation.review().stateProperty().addListener((o, a, s) -> showStatus(s));
        // an evaluation that differs from the one a decision was recorded on makes the badge say so (0450)
        workstation.review().evaluationProperty().addListener((o, a, e) -> showStatus(review.state()));
    }

    private void showLoading(CaseScreenModel workstation) {
        if (workstation.review().submittedCase() != null) {
            return;
        }
        var f = workstation.openCaseProperty().get();
        title.setText(f == null ? "" : org.imrtreview.logging.VisibleText.escape(f.getFileName().toString()));
        subtitle.setText(workstation.caseLoadingProperty().get() ? "Reading the submission…" : "");
        requestLink.setText("");
        requestLink.setVisible(false);
        due.setText("");
        due.getStyleClass().removeAll("due-overdue", "due-soon");
    }

    private void showCase(ReviewCase c, CaseScreenModel workstation) {
        if (c == null) {
            showLoading(workstation);
            return;
        }
        requestLink.setVisible(true);
        Request r = c.request();
        String member = r.member() == null || r.member().name() == null ? c.folder().getFileName().toString()
                : r.member().name() + (r.member().id() == null ? "" : "  ·  ID " + r.member().id());
        title.setText(org.imrtreview.logging.VisibleText.escape(member));
        List<String> parts = new ArrayList<>();
        if (r.requestId() != null) {
            parts.add(r.requestId());
        }
        if (r.plan() != null && r.plan().line() != null) {
            parts.add(switch (r.plan().line()) {
                case COMMERCIAL -> "Commercial";
                case MEDICARE_ADVANTAGE -> "Medicare Advantage";
                case MEDICAID -> "Medicaid";
            });
        }
        if (r.treatmentSite() != null) {
            parts.add(r.treatmentSite());
        }
        if (r.prescription() != null && r.prescription().totalDoseGy() != null) {
            parts.add(org.imrtreview.model.Metric.number(r.prescription().totalDoseGy()) + " Gy"
                    + (r.prescription().fractions() == null ? "" : " in " + r.prescription().fractions() + " fx"));
        }
        if (r.requestedCodes() != null && !r.requestedCodes().isEmpty()) {
            parts.add("CPT " + String.join(", ", r.requestedCodes()));
        }
        subtitle.setText(parts.isEmpty() ? "No request details (request.json) in this submission" : org.imrtreview.logging.VisibleText.escape(String.join("  ·  ", parts)));
        requestLink.setText(parts.isEmpty() ? "Enter request details" : "Edit");
        var dueAt = Turnaround.dueAt(r);
        due.getStyleClass().removeAll("due-overdue", "due-soon");
        if (dueAt == null) {
            due.setText("Due: unknown\n(no received time)");
        } else {
            Duration left = Duration.between(clock.instant(), dueAt.toInstant());
            String urgency = r.urgency() == Request.Urgency.EXPEDITED ? "Expedited" : "Standard";
            due.setText(urgency + " · due " + DUE.format(dueAt) + "\n" + Turnaround.describe(left));
            if (left.isNegative()) {
                due.getStyleClass().add("due-overdue");
            } else if (left.toHours() < 24) {
                due.getStyleClass().add("due-soon");
            }
        }
    }

    private void showStatus(ReviewState s) {
        status.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
        if (s == null) {
            status.setText("");
            return;
        }
        boolean outdated = review != null && review.session() != null && review.session().decisionOutdated().isPresent();
        // a decision the case no longer gives is not shown settled in the header (decision 0450)
        status.setText(s.status().title() + (outdated ? " — case changed" : ""));
        status.getStyleClass().add(outdated ? "status-outdated"
                : "status-" + s.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
