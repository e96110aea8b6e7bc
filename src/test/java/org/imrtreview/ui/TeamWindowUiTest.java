package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import org.imrtreview.store.db.TeamDatabase;
import org.imrtreview.ui.audit.AuditTrailViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window on the shared store, on the embedded engine (the workspace's H2 database). */
@ExtendWith(ApplicationExtension.class)
class TeamWindowUiTest extends TeamWindowUiContract {
    @Override
    TeamDatabase openFresh() {
        return TeamDatabase.embedded(workspace);
    }

    /**
     * An event changed behind the database's triggers (the owner dropped them): the audit trail window says
     * the chain is broken and names the event, in red, as audit verify does.
     */
    @Test
    void theAuditWindowNamesTheFirstEventChangedBehindTheTriggers(FxRobot robot) throws Exception {
        db = openFresh();
        auditedWork();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_event_no_update");
            s.execute("UPDATE audit_event SET detail = 'summary.xlsx sha256 " + "0".repeat(64) + "' WHERE detail LIKE '%" + "b".repeat(64) + "'");
        }
        long changed = store("lena").events(null, null, null).stream().filter(e -> e.detail() != null && e.detail().contains("0".repeat(64)))
                .findFirst().orElseThrow().seq();
        RecordingDialogs dialogs = new RecordingDialogs();
        MainWindow w = window(robot, "lena", dialogs);
        waitUntil(() -> w.auditMenuItem().isVisible());
        robot.interact(w::showAuditTrail);
        var pane = w.auditPane();
        waitUntil(() -> pane.viewModel().chainStateProperty().get() == AuditTrailViewModel.ChainState.BROKEN);
        assertTrue(pane.chainStatus().getText().startsWith("Audit trail BROKEN at event " + changed + ": event " + changed
                + " was changed after it was written"), pane.chainStatus().getText());
        assertTrue(pane.chainStatus().getStyleClass().contains("determination-not-met"));
        robot.interact(() -> pane.table().scrollTo(pane.table().getItems().size() - 1));
        waitUntil(() -> robot.from(pane.table()).lookup(".audit-broken").tryQuery().isPresent());
        javafx.scene.control.TableRow<?> marked = robot.from(pane.table()).lookup(".audit-broken").queryAs(javafx.scene.control.TableRow.class);
        assertTrue(((org.imrtreview.store.db.AuditEvent) marked.getItem()).seq() == changed, "the broken event's row is marked");
        WindowTests.shoot(robot, pane, "audit-trail-broken.png");
        // on a trail of years the broken event is rarely on the newest page: "Show event n" goes to it
        var show = robot.from(pane).lookup("#auditShowBroken").queryButton();
        assertTrue(show.isVisible() && show.getText().equals("Show event " + changed), show.getText());
        robot.interact(() -> pick(robot, pane, "#auditCase", "case-a"));
        waitUntil(() -> pane.table().getItems().stream().allMatch(e -> "case-a".equals(e.caseKey())));
        robot.interact(show::fire);
        waitUntil(() -> !pane.table().getItems().isEmpty() && pane.table().getItems().get(0).seq() == changed);
        assertTrue(pane.viewModel().caseKeyProperty().get().value() == null, "the filters are cleared to show it");
    }
}
