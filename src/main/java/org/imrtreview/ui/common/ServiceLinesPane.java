package org.imrtreview.ui.common;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.imrtreview.logging.VisibleText;

/**
 * The service-line dialog's content: a row per Claim item with its code and units asked, Approve /
 * Approve fewer units / Deny, the units to approve and the reason for a line not approved in full,
 * and under them what still stops the answer. Ids {@code line-SEQ-approve|fewer|deny|units|reason}.
 */
final class ServiceLinesPane extends VBox {

    ServiceLinesPane(ServiceLinesForm form) {
        super(8);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setMinWidth(160);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints(),
                new ColumnConstraints(), grow);
        String[] heads = {"Service line", "Asked", "Decision", "Units", "Reason, for a line not approved in full"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.getStyleClass().add("text-muted");
            h.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(h, c, 0);
        }
        int row = 1;
        for (ServiceLinesForm.Line line : form.lines()) {
            int seq = line.claim().sequence();
            Label name = new Label(seq + ". " + VisibleText.escape(line.claim().code() == null ? "(no code)" : line.claim().code()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label asked = new Label(line.claim().requestedUnits() == null ? "—" : String.valueOf(line.claim().requestedUnits()));
            asked.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setHalignment(asked, HPos.RIGHT);
            ToggleGroup group = new ToggleGroup();
            HBox choices = new HBox(10);
            for (ServiceLinesForm.Choice c : ServiceLinesForm.Choice.values()) {
                RadioButton b = new RadioButton(c.label());
                b.setId("line-" + seq + "-" + c.name().toLowerCase(java.util.Locale.ROOT));
                b.setToggleGroup(group);
                b.setUserData(c);
                b.setMinWidth(Region.USE_PREF_SIZE);
                b.setMnemonicParsing(false);
                if (c == ServiceLinesForm.Choice.FEWER && !line.canCertifyFewer()) {
                    b.setDisable(true);
                }
                b.setSelected(line.choiceProperty().get() == c);
                choices.getChildren().add(b);
            }
            group.selectedToggleProperty().addListener((o, a, t) ->
                    line.choiceProperty().set(t == null ? null : (ServiceLinesForm.Choice) t.getUserData()));
            TextField units = new TextField();
            units.setId("line-" + seq + "-units");
            units.setPrefColumnCount(4);
            units.setMinWidth(Region.USE_PREF_SIZE);
            units.setAccessibleText("Units to approve on line " + seq);
            units.textProperty().bindBidirectional(line.unitsProperty());
            units.disableProperty().bind(line.choiceProperty().isNotEqualTo(ServiceLinesForm.Choice.FEWER));
            TextField reason = new TextField();
            reason.setId("line-" + seq + "-reason");
            reason.setPromptText("Why this line is not approved in full");
            reason.setPrefColumnCount(20);
            reason.setAccessibleText("Reason for line " + seq);
            reason.textProperty().bindBidirectional(line.reasonProperty());
            reason.disableProperty().bind(line.choiceProperty().isNull()
                    .or(line.choiceProperty().isEqualTo(ServiceLinesForm.Choice.APPROVE)));
            grid.addRow(row++, name, asked, choices, units, reason);
        }
        Label problem = new Label();
        problem.setId("serviceLinesProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("text-muted");
        problem.textProperty().bind(form.problemProperty());
        Label rule = new Label("Denying a line or approving fewer units is the physician reviewer's adverse determination: "
                + "the response is certified in part (X12 A2) or modified (A6), and the letter is a partial denial with appeal rights.");
        // the sentences wrap at the grid's width instead of widening the dialog to their one-line length
        for (Label l : new Label[] {rule, problem}) {
            l.setWrapText(true);
            l.setMinWidth(0);
            l.setPrefWidth(1);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        getChildren().addAll(grid, rule, problem);
        grid.setMinWidth(Region.USE_PREF_SIZE);
        setMinWidth(Region.USE_PREF_SIZE); // the dialog opens wide enough for every column
    }
}
