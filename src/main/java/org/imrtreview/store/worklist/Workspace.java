package org.imrtreview.store.worklist;

import org.imrtreview.store.persist.ReviewStateStore;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace is a folder of case folders. Scanning reads only each case's request.json and saved
 * review state (request details the nurse typed there replace request.json), so a worklist of hundreds of cases appears at once; the submission itself is read
 * when the nurse opens the case. A folder holding submitted files directly (no case sub-folders)
 * is a workspace of one case.
 */
public final class Workspace {
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    private static final long MAX_REQUEST_BYTES = 1 << 20;

    private final ReviewStateStore store;

    public Workspace(ReviewStateStore store) {
        this.store = store;
    }

    /** Where the nurse's saved work is read from. */
    public ReviewStateStore store() {
        return store;
    }

    public List<WorklistEntry> scan(Path workspace) throws IOException {
        List<Path> cases = new ArrayList<>();
        boolean looseFiles = false;
        try (DirectoryStream<Path> children = Files.newDirectoryStream(workspace)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                // the program's outbox (letters, exports) is not a case: decision 0144
                if (name.startsWith(".") || name.equals(CaseLoader.STATE_FOLDER) || name.equalsIgnoreCase("imrt-outbox")) {
                    continue;
                }
                if (Files.isDirectory(child) && name.equalsIgnoreCase("pas-inbox")) {
                    // cases imported from PAS bundles (decision 0190) are cases of this workspace too
                    try (DirectoryStream<Path> imported = Files.newDirectoryStream(child)) {
                        for (Path c : imported) {
                            if (Files.isDirectory(c) && !c.getFileName().toString().startsWith(".")) {
                                cases.add(c);
                            }
                        }
                    }
                } else if (Files.isDirectory(child)) {
                    cases.add(child);
                } else {
                    looseFiles = true;
                }
            }
        }
        if (cases.isEmpty() && looseFiles) {
            cases.add(workspace);
        }
        List<WorklistEntry> entries = new ArrayList<>();
        for (Path folder : cases) {
            entries.add(entry(folder));
        }
        entries.sort(WorklistOrder.BY_TIME_TO_BREACH);
        return entries;
    }

    /** The worklist entry for one case folder. */
    public WorklistEntry entry(Path folder) {
        Request request = Request.empty();
        String problem = null;
        Path requestFile = findRequestFile(folder);
        if (requestFile != null) {
            try {
                if (Files.size(requestFile) > MAX_REQUEST_BYTES) {
                    problem = requestFile.getFileName() + " is too large to be request details";
                } else {
                    // the one request reader (intake's): enums in any case, bad fields left empty
                    Request read = org.imrtreview.intake.RequestJsonHandler.readRequest(requestFile);
                    request = read == null ? Request.empty() : read;
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("request details unreadable: {}", e.getClass().getSimpleName());
                problem = requestFile.getFileName() + " could not be read as request details";
            }
        }
        ReviewStateStore.Peek saved = store.peek(folder);
        if (saved.request() != null) {
            // the nurse typed or corrected the request details: they count (the received time sets the deadline)
            request = saved.request();
            problem = null;
        }
        return new WorklistEntry(folder, folder.getFileName().toString(), request, Turnaround.dueAt(request), saved.status(), problem,
                saved.decision(), saved.decidedOn());
    }

    private static Path findRequestFile(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals("request.json"))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
