package org.imrtreview.store.worklist;

import org.imrtreview.store.persist.ReviewStateStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.imrtreview.model.Determination;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path workspace;

    private final ReviewStateStore store = new ReviewStateStore();

    @Test
    void casesAreListedClosestToBreachFirstAndClosedCasesLast() throws IOException {
        caseWith("commercial-standard", "2026-11-20T09:00:00Z", "STANDARD", "COMMERCIAL");   // due 12-05
        caseWith("ma-standard", "2026-11-20T09:00:00Z", "STANDARD", "MEDICARE_ADVANTAGE");  // due 11-27
        caseWith("expedited", "2026-11-22T09:00:00Z", "EXPEDITED", "COMMERCIAL");            // due 11-25
        caseWith("done", "2026-11-19T09:00:00Z", "EXPEDITED", "MEDICAID");                    // due 11-22, approved
        store.save(workspace.resolve("done"), ReviewState.fresh().withDecision(new DecisionRecord(
                NurseDecision.APPROVE, Determination.CRITERIA_MET, null, Instant.now(), "n")));
        Files.createDirectories(workspace.resolve("no-request"));
        Files.writeString(workspace.resolve("no-request/table.csv"), "Organ\n");

        List<WorklistEntry> entries = new Workspace(store).scan(workspace);

        assertEquals(List.of("expedited", "ma-standard", "commercial-standard", "no-request", "done"),
                entries.stream().map(WorklistEntry::caseName).toList());
        assertEquals(ReviewStatus.APPROVED, entries.get(4).status());
        assertEquals(ReviewStatus.NEW, entries.get(0).status());
        assertNull(entries.get(3).dueAt());
    }

    /** One reader for request.json: the worklist reads enums in any case, as intake does. */
    @Test
    void theWorklistReadsRequestEnumsInAnyCaseAsIntakeDoes() throws IOException {
        Path c = Files.createDirectories(workspace.resolve("lower-case"));
        Files.writeString(c.resolve("request.json"), "{\"requestId\":\"PA-7\",\"urgency\":\"expedited\","
                + "\"receivedAt\":\"2026-11-22T09:00:00Z\",\"plan\":{\"line\":\"medicare_advantage\"}}");

        WorklistEntry entry = new Workspace(store).scan(workspace).get(0);

        assertNull(entry.problem(), entry.problem());
        assertEquals(org.imrtreview.model.Request.Urgency.EXPEDITED, entry.request().urgency());
        assertEquals(org.imrtreview.model.Request.LineOfBusiness.MEDICARE_ADVANTAGE, entry.request().plan().line());
        assertNotNull(entry.dueAt(), "the expedited deadline is known");
    }

    @Test
    void aBrokenRequestFileIsNamedNotFatal() throws IOException {
        Path c = Files.createDirectories(workspace.resolve("broken"));
        Files.writeString(c.resolve("request.json"), "{ \"requestId\": ");

        WorklistEntry entry = new Workspace(store).scan(workspace).get(0);

        assertNotNull(entry.problem());
        assertEquals("broken", entry.caseName());
        assertNull(entry.requestId());
    }

    @Test
    void casesImportedFromPasBundlesAreListedAndTheOutboxIsNot() throws IOException {
        caseWith("submitted", "2026-11-20T09:00:00Z", "STANDARD", "COMMERCIAL");
        Path imported = workspace.resolve("pas-inbox").resolve("PA-2026-000777");
        Files.createDirectories(imported);
        Files.writeString(imported.resolve("request.json"), "{\"requestId\":\"PA-2026-000777\",\"member\":{\"name\":\"A B\"}}");
        Files.createDirectories(workspace.resolve("pas-inbox").resolve(".incoming-1"));
        Files.createDirectories(workspace.resolve("imrt-outbox"));

        List<WorklistEntry> entries = new Workspace(store).scan(workspace);

        assertEquals(List.of("PA-2026-000777", "submitted"),
                entries.stream().map(WorklistEntry::caseName).sorted().toList());
        assertEquals(imported, entries.stream().filter(e -> e.caseName().startsWith("PA")).findFirst().orElseThrow().folder());
    }

    @Test
    void aFolderOfSubmittedFilesIsAWorkspaceOfOneCase() throws IOException {
        Files.writeString(workspace.resolve("request.json"),
                "{\"requestId\":\"PA-9\",\"member\":{\"name\":\"A B\"},\"unknownField\":1}");

        List<WorklistEntry> entries = new Workspace(store).scan(workspace);

        assertEquals(1, entries.size());
        assertEquals(workspace, entries.get(0).folder());
        assertEquals("PA-9", entries.get(0).requestId());
    }

    private void caseWith(String name, String received, String urgency, String line) throws IOException {
        Path c = Files.createDirectories(workspace.resolve(name));
        Files.writeString(c.resolve("request.json"), """
                {"requestId":"PA-%s","receivedAt":"%s","urgency":"%s",
                 "member":{"name":"Member %s","id":"M-%s"},"plan":{"name":"Plan","line":"%s"}}
                """.formatted(name, received, urgency, name, name, line));
    }
}
