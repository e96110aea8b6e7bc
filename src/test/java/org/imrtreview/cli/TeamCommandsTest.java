package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.imrtreview.model.Determination;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.db.TeamDatabase;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** db import, audit verify and audit export on a workspace's embedded team database, as a lead would run them. */
class TeamCommandsTest {
    @TempDir
    Path temp;

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path workspace() throws IOException {
        Path ws = Files.createDirectories(temp.resolve("ur-share"));
        for (String sample : new String[] {"02-oropharynx-cgy-second-sheet-criteria-met", "06-esophagus-answer-mismatch-not-met"}) {
            SampleCopies.copyOf(Path.of("samples", sample), ws);
        }
        Instant t = Instant.parse("2026-11-30T15:04:05Z");
        ReviewState worked = ReviewState.fresh().markOpened(t, "ann")
                .withDecision(new DecisionRecord(NurseDecision.APPROVE, Determination.CRITERIA_MET, null, t.plusSeconds(600), "ann"));
        new ReviewStateStore().save(ws.resolve("02-oropharynx-cgy-second-sheet-criteria-met"), worked);
        return ws;
    }

    @Test
    void aLeadAssignsACaseToANurseAndTheWorklistComesFromTheStore() throws Exception {
        Path ws = workspace();
        assertEquals(0, cli("db", "import", "--db", ws.toString(), ws.toString()).code()); // this login: the lead
        assertEquals(0, cli("db", "reviewer-add", "--db", ws.toString(), "bea", "--name", "Bea Nurse", "--credentials", "RN",
                "--role", "nurse").code());
        Path folder = ws.resolve("06-esophagus-answer-mismatch-not-met");
        Run assign = cli("db", "assign", "--db", ws.toString(), folder.toString(), "bea");
        assertEquals(0, assign.code(), assign.err());
        assertEquals("06-esophagus-answer-mismatch-not-met: assigned to Bea Nurse (bea)", assign.out().strip());
        Run nobody = cli("db", "assign", "--db", ws.toString(), folder.toString(), "zed");
        assertEquals(1, nobody.code());
        assertTrue(nobody.err().contains("no active reviewer zed"), nobody.err());

        Run list = cli("db", "worklist", "--db", ws.toString());
        assertEquals(0, list.code(), list.err());
        String line06 = list.out().lines().filter(l -> l.startsWith("06-")).findFirst().orElseThrow();
        assertTrue(line06.contains("Gloria N. Whitcombe") && line06.contains("Bea Nurse") && line06.contains("New"), line06);
        String line02 = list.out().lines().filter(l -> l.startsWith("02-")).findFirst().orElseThrow();
        assertTrue(line02.contains("Robert J. Haverford") && line02.contains("Approved") && line02.contains("Unassigned"), line02);
        assertTrue(line02.contains("Approve (ann)"), "the decision and who made it (decision 0473): " + line02);
        assertTrue(line06.contains(" — "), "no decision yet: " + line06);
        Run queue = cli("db", "worklist", "--db", ws.toString(), "--unassigned");
        assertTrue(queue.out().contains("02-") && !queue.out().contains("06-"), queue.out());

        Run back = cli("db", "assign", "--db", ws.toString(), "--none", folder.toString());
        assertEquals(0, back.code(), back.err());
        Run verify = cli("audit", "export", "--db", ws.toString(), "--case", "06-esophagus-answer-mismatch-not-met", "--format", "csv");
        assertTrue(verify.out().contains("Assigned") && verify.out().contains("to bea") && verify.out().contains("Unassigned"),
                verify.out());
    }

    @Test
    void importBringsTheSavedWorkInOnceAndTheTrailVerifies() throws Exception {
        Path ws = workspace();
        Run first = cli("db", "import", "--db", ws.toString(), ws.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("02-oropharynx-cgy-second-sheet-criteria-met: imported: 2 audit entries, status Approved"), first.out());
        assertTrue(first.out().contains("06-esophagus-answer-mismatch-not-met: listed, no saved work"), first.out());
        Run again = cli("db", "import", "--db", ws.toString(), ws.toString());
        assertTrue(again.out().contains("not imported again"), again.out());
        assertTrue(Files.isRegularFile(ReviewStateStore.stateFile(ws.resolve("02-oropharynx-cgy-second-sheet-criteria-met"))),
                "the file beside the case is left where it was");

        Run verify = cli("audit", "verify", "--db", ws.toString());
        assertEquals(0, verify.code(), verify.out() + verify.err());
        assertTrue(verify.out().startsWith("Audit trail intact"), verify.out());

        Run export = cli("audit", "export", "--db", ws.toString(), "--case", "02-oropharynx-cgy-second-sheet-criteria-met", "--format", "json");
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("\"actor\" : \"ann\"") && export.out().contains("\"action\" : \"Decision\"")
                && export.out().contains("2026-11-30T15:14:05Z"), export.out());
        // --to names the last day, included (UTC days, as the audit trail window and report take them: decision 0317)
        Run csv = cli("audit", "export", "--db", ws.toString(), "--from", "2026-11-30", "--to", "2026-11-30");
        assertEquals(3, csv.out().lines().count(), "header, opened and decision of 30 November: " + csv.out());
        Run instant = cli("audit", "export", "--db", ws.toString(), "--from", "2026-11-30", "--to", "2026-11-30T15:14:05Z");
        assertEquals(2, instant.out().lines().count(), "an instant ending the period is not included: " + instant.out());
    }

    /**
     * Decision 0319: db import records each case's files once (a second import does not move them); db files
     * says whether the folder is as recorded (exit 0) or lists what differs (exit 1, audited); --record, a
     * lead's, records the folder as it is now.
     */
    @Test
    void dbFilesComparesACaseFolderWithWhatTheStoreRecorded() throws Exception {
        Path ws = workspace();
        Path folder = ws.resolve("06-esophagus-answer-mismatch-not-met");
        assertEquals(0, cli("db", "import", "--db", ws.toString(), ws.toString()).code());
        Run same = cli("db", "files", "--db", ws.toString(), folder.toString());
        assertEquals(0, same.code(), same.out() + same.err());
        assertTrue(same.out().startsWith("06-esophagus-answer-mismatch-not-met: the files are as recorded on "), same.out());
        Files.writeString(folder.resolve("README.md"), "\nedited on the share\n", java.nio.file.StandardOpenOption.APPEND);
        Run again = cli("db", "import", "--db", ws.toString(), ws.toString());
        assertTrue(again.out().contains("06-esophagus-answer-mismatch-not-met: listed, no saved work; 1 files differ from those"
                + " recorded"), again.out());
        Run differs = cli("db", "files", "--db", ws.toString(), "06-esophagus-answer-mismatch-not-met");
        assertEquals(1, differs.code(), differs.out() + differs.err());
        assertTrue(differs.out().contains("1 file differs from those recorded on ") && differs.out().contains(
                "  README.md changed after the case was recorded (its SHA-256 differs)"), differs.out());
        Run recorded = cli("db", "files", "--db", ws.toString(), folder.toString(), "--record");
        assertEquals(0, recorded.code(), recorded.out() + recorded.err());
        assertTrue(recorded.out().contains("files recorded in place of those recorded before (1 differed)"), recorded.out());
        assertEquals(0, cli("db", "files", "--db", ws.toString(), folder.toString()).code());
        Run export = cli("audit", "export", "--db", ws.toString(), "--case", "06-esophagus-answer-mismatch-not-met");
        assertTrue(export.out().contains("Case files changed"), export.out());
        assertEquals(0, cli("audit", "verify", "--db", ws.toString()).code());
    }

    @Test
    void verifyNamesTheEventChangedBehindTheTriggers() throws Exception {
        Path ws = workspace();
        assertEquals(0, cli("db", "import", "--db", ws.toString(), ws.toString()).code());
        try (TeamDatabase db = TeamDatabase.embedded(ws); Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_event_no_update");
            s.execute("UPDATE audit_event SET detail = 'Refer to physician reviewer' WHERE action = 'Decision'");
        }
        Run verify = cli("audit", "verify", "--db", ws.toString());
        assertEquals(3, verify.code());
        assertTrue(verify.out().contains("BROKEN at event") && verify.out().contains("changed after it was written"), verify.out());
    }

    /** Issue 18: an export an auditor can check without the database (audit verify --export), CSV and JSON. */
    @Test
    void anAuditorChecksAnExportWithoutTheDatabase() throws Exception {
        Path ws = workspace();
        assertEquals(0, cli("db", "import", "--db", ws.toString(), ws.toString()).code());
        Path csv = temp.resolve("all.csv");
        Path json = temp.resolve("case.json");
        Run wrote = cli("audit", "export", "--db", ws.toString(), "--out", csv.toString());
        assertEquals(0, wrote.code(), wrote.err());
        assertEquals(0, cli("audit", "export", "--db", ws.toString(), "--case", "02-oropharynx-cgy-second-sheet-criteria-met",
                "--format", "json", "--out", json.toString()).code());
        Run all = cli("audit", "verify", "--export", csv.toString());
        assertEquals(0, all.code(), all.out() + all.err());
        assertTrue(all.out().startsWith("Audit export intact") && all.out().contains("verified."), all.out());
        Run one = cli("audit", "verify", "--export", json.toString());
        assertEquals(0, one.code(), one.out() + one.err());
        assertTrue(one.out().startsWith("Audit export intact"), one.out());

        // the decision's detail changed in the exported file: the event is named
        String text = Files.readString(csv);
        String changed = text.replaceFirst("(?m)^(\\d+),([^,]*),ann,02-oropharynx-cgy-second-sheet-criteria-met,Decision,[^,]*,",
                "$1,$2,ann,02-oropharynx-cgy-second-sheet-criteria-met,Decision,Refer to physician reviewer,");
        assertTrue(!changed.equals(text), text);
        Files.writeString(csv, changed);
        Run broken = cli("audit", "verify", "--export", csv.toString());
        assertEquals(3, broken.code(), broken.out());
        assertTrue(broken.out().contains("Audit export BROKEN at event") && broken.out().contains("changed after it was written"),
                broken.out());
        // a row taken out of the middle reads as a filtered export's gap: the count says so, the database's verify finds it
        Files.writeString(csv, text);
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv));
        lines.remove(3);
        Files.write(csv, lines);
        Run gap = cli("audit", "verify", "--export", csv.toString());
        assertEquals(0, gap.code(), "a gap alone is a filtered export: " + gap.out());
        assertEquals(2, cli("audit", "verify", "--export", temp.resolve("none.csv").toString()).code());
    }

    @Test
    void aNonsenseDatabaseIsNamedNotCrashedOn() {
        Run r = cli("audit", "verify", "--db", "mysql://nowhere");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("neither a jdbc:postgresql:// or jdbc:h2: URL"), r.err());
    }

    @Test
    void aCaseFolderNamedWithControlCharactersCannotDrawOnTheLeadsTerminal() throws Exception {
        Path ws = Files.createDirectories(temp.resolve("ur-share"));
        // a folder on the shared drive whose name clears the screen and forges a line of output
        Path copy = SampleCopies.copyOf(Path.of("samples", "06-esophagus-answer-mismatch-not-met"), temp);
        Path hostile = Files.move(copy, ws.resolve("06-\u001b[2J\rall cases approved"));
        Run imported = cli("db", "import", "--db", ws.toString(), ws.toString());
        assertEquals(0, imported.code(), imported.err());
        Run list = cli("db", "worklist", "--db", ws.toString());
        Run files = cli("db", "files", "--db", ws.toString(), hostile.toString());
        assertEquals(0, list.code(), list.err());
        assertEquals(0, files.code(), files.err());
        for (Run r : new Run[] {imported, list, files}) {
            assertFalse(r.out().contains("\u001b") || r.out().contains("\r"), r.out());
            assertTrue(r.out().contains("06-\\x1B[2J\\rall cases approved"), r.out());
        }
    }
}
