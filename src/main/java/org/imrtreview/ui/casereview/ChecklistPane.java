package org.imrtreview.ui.casereview;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.ui.common.DialogService;
import org.imrtreview.ui.common.ReusedTooltip;

/**
 * The policy's required documentation, ticked from what intake found; the nurse can override any
 * item with a note (e.g. the chart notes are inside the fax packet under another name).
 */
public final class ChecklistPane extends VBox {
    private final CaseReviewViewModel vm;
    private final DialogService dialogs;
    private final VBox items = new VBox(4);
    private final ReusedTooltip undoTip = new ReusedTooltip();
    private final ReusedTooltip overrideTip = new ReusedTooltip();

    public ChecklistPane(CaseReviewViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        getStyleClass().add("checklist-pane");
        setSpacing(6);
        Label title = new Label("REQUIRED DOCUMENTATION");
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, items);
        vm.checklist().addListener((ListChangeListener<ChecklistItem>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        items.getChildren().clear();
        if (vm.checklist().isEmpty()) {
            Label none = new Label("The checklist appears once the case is evaluated.");
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            items.getChildren().add(none);
            return;
        }
        for (ChecklistItem item : vm.checklist()) {
            items.getChildren().add(line(item));
        }
    }

    private HBox line(ChecklistItem item) {
        Label mark = SummaryTableView.verdictMark(item.satisfied());
        Label label = new Label(item.label());
        label.setWrapText(true);
        label.getStyleClass().add("checklist-label");
        VBox text = new VBox(1, label);
        // a note on an item marked missing is read by the provider in the request for information
        String detail = item.overridden() ? (item.satisfied() ? "Your note: " : "Asked for in the letter: ")
                + (item.note() == null ? "" : item.note())
                : item.evidence() == null || item.evidence().isBlank() ? (item.satisfied() ? "" : "Not found in the submission")
                : item.evidence();
        if (!detail.isEmpty()) {
            Label d = new Label(org.imrtreview.logging.VisibleText.escape(detail));
            d.setWrapText(true);
            d.getStyleClass().add(item.overridden() ? "overridden-note" : "text-muted");
            text.getChildren().add(d);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        Button action = new Button(item.overridden() ? "Undo" : "Override…");
        action.getStyleClass().addAll("flat", "small");
        action.setId("override-" + item.key());
        action.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // one tooltip per text, shared by the items' buttons (a new one per button on every rebuild cost as
        // much as the rest of the pane: decision 0296)
        action.setTooltip(item.overridden() ? undoTip.with("Go back to the automatic finding")
                : overrideTip.with("Mark this item present or missing yourself, with a note. Marked missing, your note says what "
                + "exactly is needed and why, and goes into the request for information."));
        action.setAccessibleText((item.overridden() ? "Undo the override of " : "Override ") + item.label());
        action.setOnAction(e -> {
            if (item.overridden()) {
                vm.clearChecklistOverride(item.key());
            } else {
                dialogs.askChecklistOverride(item).ifPresent(vm::overrideChecklist);
            }
        });
        HBox line = new HBox(6, mark, text, action);
        line.setAlignment(Pos.TOP_LEFT);
        line.getStyleClass().add("checklist-item");
        return line;
    }
}
