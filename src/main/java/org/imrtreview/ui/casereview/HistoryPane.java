package org.imrtreview.ui.casereview;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.imrtreview.store.AuditEntry;

/** The case's audit trail, newest first: every edit, override and decision with time and user. */
public final class HistoryPane extends TableView<AuditEntry> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public HistoryPane(CaseReviewViewModel vm) {
        setId("historyTable");
        setPlaceholder(new Label("Nothing recorded yet."));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AuditEntry, String> when = new TableColumn<>("When");
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(WHEN.format(c.getValue().at().atZone(ZoneId.systemDefault()))));
        when.setPrefWidth(140);
        TableColumn<AuditEntry, String> who = new TableColumn<>("Who");
        who.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().user()));
        who.setPrefWidth(80);
        TableColumn<AuditEntry, String> what = new TableColumn<>("What");
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
        what.setPrefWidth(130);
        TableColumn<AuditEntry, String> detail = new TableColumn<>("Detail");
        detail.setCellValueFactory(c -> new ReadOnlyStringWrapper(org.imrtreview.logging.VisibleText.escape(c.getValue().detail())));
        getColumns().addAll(when, who, what, detail);
        vm.stateProperty().addListener((o, a, s) -> {
            if (s == null) {
                getItems().clear();
            } else {
                var list = FXCollections.observableArrayList(s.audit());
                FXCollections.reverse(list);
                setItems(list);
            }
        });
    }
}
