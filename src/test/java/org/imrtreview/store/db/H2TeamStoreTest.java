package org.imrtreview.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team store contract on the embedded engine: an H2 file in a fresh workspace folder. */
class H2TeamStoreTest extends TeamStoreContract {
    @Override
    TeamDatabase openFresh() {
        return TeamDatabase.embedded(temp.resolve("workspace"));
    }

    @Override
    String argumentForOtherProcess() {
        return temp.resolve("workspace").toString();
    }

    @Override
    void tamper(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_event_no_update");
            s.execute("DROP TRIGGER audit_event_no_delete");
            s.execute(sql);
        }
    }

    @Test
    void closingAndReopeningTheWorkspaceDatabaseKeepsEverything() {
        nurseA.assign("case-01", "ann");
        nurseA.lock("case-01");
        var s = nurseA.load("case-01");
        nurseA.save("case-01", s.version(), s.state().withNotes("summary for the physician"));
        db.close();
        db = openFresh(); // migrations already applied: nothing re-created
        TeamStore again = new TeamStore(db, "ann", "ann-2", clock, java.time.Duration.ofMinutes(2));
        assertEquals("summary for the physician", again.load("case-01").state().notes());
        assertEquals(List.of("case-01"), again.worklist(TeamStore.WorklistFilter.assignedTo("ann")).stream().map(CaseRecord::key).toList());
        assertTrue(temp.resolve("workspace/.imrt-team/team.mv.db").toFile().isFile());
        try {
            assertTrue(AuditChain.verify(db).intact());
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
