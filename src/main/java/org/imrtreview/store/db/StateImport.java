package org.imrtreview.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.store.worklist.Workspace;
import org.imrtreview.store.worklist.WorklistEntry;

/**
 * Moves a workspace's one-desk work into the team store, once: every case enters the shared worklist
 * (key, folder, request ID, urgency, received and due times) with the SHA-256 of its files, and a case
 * with a {@code .imrt-review/review-state.json} brings its state, decision and audit trail along. The
 * files beside the cases are only read, never changed or removed, so nothing is lost; running it again
 * imports nothing twice.
 */
public final class StateImport {
    private final TeamStore store;

    public StateImport(TeamStore store) {
        this.store = store;
    }

    /** What happened to one case folder. */
    public record Outcome(String key, String result) {
    }

    public List<Outcome> importWorkspace(Path workspace) throws IOException {
        ReviewStateStore files = new ReviewStateStore();
        List<Outcome> out = new ArrayList<>();
        for (WorklistEntry entry : new Workspace(files).scan(workspace)) {
            Path folder = entry.folder();
            String key = CaseKeys.of(folder);
            Instant received = entry.receivedAt() == null ? null : entry.receivedAt().toInstant();
            Instant due = entry.dueAt() == null ? null : entry.dueAt().toInstant();
            store.registerCase(new CaseInfo(key, folder.toAbsolutePath().normalize().toString(), entry.requestId(),
                    entry.urgency() == null ? null : entry.urgency().name(), received, due,
                    entry.problem() == null ? entry.request() : null));
            if (!Files.isRegularFile(ReviewStateStore.stateFile(folder))) {
                // recorded once: a second import does not move what the case was recorded with (decision 0319)
                TeamStore.FileCheck check = store.checkFiles(key, folder, true);
                out.add(new Outcome(key, "listed, no saved work; " + (check.recordedNow() > 0 ? check.recordedNow() + " files recorded"
                        : check.changes().isEmpty() ? "its files as recorded" : check.changes().size() + " files differ from those"
                        + " recorded (a lead records them again: db files --record)")));
                continue;
            }
            ReviewStateStore.Loaded loaded = files.read(folder);
            if (loaded.problem() != null) {
                out.add(new Outcome(key, "listed; its review-state.json could not be read and was left where it is"));
                continue;
            }
            boolean imported = store.importState(key, loaded.state(), ".imrt-review/" + ReviewStateStore.FILE_NAME);
            if (imported) {
                store.recordFiles(key, folder);
            }
            out.add(new Outcome(key, imported ? "imported: " + loaded.state().audit().size() + " audit entries, status "
                    + loaded.state().status().title() : "already has work in the team store; not imported again"));
        }
        return out;
    }
}
