package org.imrtreview.store.persist;

import org.imrtreview.files.WholeFiles;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import org.imrtreview.intake.CaseLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code <case>/.imrt-review/review-state.json}. Writes go to a temporary file in
 * the same folder, are forced to disk, then atomically renamed over the old state: a kill at any
 * moment leaves either the previous state or the new one, never half a file. The submitted files
 * are never opened for writing.
 */
public final class ReviewStateStore implements StateSink {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewStateStore.class);
    public static final String FILE_NAME = "review-state.json";

    private final Clock clock;

    public ReviewStateStore() {
        this(Clock.systemUTC());
    }

    public ReviewStateStore(Clock clock) {
        this.clock = clock;
    }

    public static Path stateFile(Path caseFolder) {
        return caseFolder.resolve(CaseLoader.STATE_FOLDER).resolve(FILE_NAME);
    }

    /**
     * The saved state, or a fresh one when there is none. A state file that cannot be read is moved
     * aside (never deleted) so the nurse's earlier work can still be recovered by hand, and the
     * result says so.
     */
    public Loaded load(Path caseFolder) {
        Path file = stateFile(caseFolder);
        if (Files.isDirectory(file.getParent())) {
            removeOrphans(file.getParent()); // opening a case cleans up too, not only the next save (0266)
        }
        if (!Files.isRegularFile(file)) {
            return new Loaded(ReviewState.fresh(), null);
        }
        try {
            ReviewState state = Json.MAPPER.readValue(file.toFile(), ReviewState.class);
            return new Loaded(state == null ? ReviewState.fresh() : state, null);
        } catch (IOException | RuntimeException e) {
            LOG.warn("review state unreadable, moving it aside: {}", e.getClass().getSimpleName());
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
            Path aside = file.resolveSibling("review-state.unreadable-" + stamp + ".json");
            for (int n = 2; Files.exists(aside) && n < 1000; n++) {
                aside = file.resolveSibling("review-state.unreadable-" + stamp + "-" + n + ".json"); // never overwrite one set aside earlier
            }
            try {
                Files.move(file, aside);
            } catch (IOException moveFailed) {
                LOG.warn("could not move the unreadable review state aside: {}", moveFailed.getClass().getSimpleName());
            }
            return new Loaded(ReviewState.fresh(), "The saved review work for this case could not be read; it was kept as "
                    + aside.getFileName() + " and the review starts afresh.");
        }
    }

    /**
     * The saved state without touching the disk (the command line only looks): an unreadable file
     * stays where it is and the result says the files alone count.
     */
    public Loaded read(Path caseFolder) {
        Path file = stateFile(caseFolder);
        if (!Files.isRegularFile(file)) {
            return new Loaded(ReviewState.fresh(), null);
        }
        try {
            ReviewState state = Json.MAPPER.readValue(file.toFile(), ReviewState.class);
            return new Loaded(state == null ? ReviewState.fresh() : state, null);
        } catch (IOException | RuntimeException e) {
            LOG.warn("review state unreadable: {}", e.getClass().getSimpleName());
            return new Loaded(ReviewState.fresh(), "The saved review work for this case could not be read ("
                    + FILE_NAME + "); it was not applied.");
        }
    }

    /** The case's status from its saved state, without side effects (a worklist scan only looks). */
    public ReviewStatus statusOf(Path caseFolder) {
        return peek(caseFolder).status();
    }

    /**
     * What the worklist shows of the saved work, without side effects: the status, the request
     * details the nurse typed (null when none) and her decision. An unreadable state counts as in review.
     */
    public Peek peek(Path caseFolder) {
        Path file = stateFile(caseFolder);
        if (!Files.isRegularFile(file)) {
            return new Peek(ReviewStatus.NEW, null, null);
        }
        try {
            ReviewState state = Json.MAPPER.readValue(file.toFile(), ReviewState.class);
            return state == null ? new Peek(ReviewStatus.NEW, null, null)
                    : new Peek(state.status(), state.request(), state.decision());
        } catch (IOException | RuntimeException e) {
            return new Peek(ReviewStatus.IN_REVIEW, null, null);
        }
    }

    /** {@code decision}: the nurse's recorded decision, null when none. */
    public record Peek(ReviewStatus status, org.imrtreview.model.Request request, org.imrtreview.store.DecisionRecord decision) {
    }

    @Override
    public void save(Path caseFolder, ReviewState state) throws IOException {
        Path file = stateFile(caseFolder);
        Files.createDirectories(file.getParent());
        removeOrphans(file.getParent());
        WholeFiles.replaceDurably(file, Json.MAPPER.writeValueAsBytes(state), "review-state");
    }

    /** A save's temporary copy older than this was left by a program that was killed mid-save. */
    private static final long ORPHAN_AGE_MS = 60_000;

    /**
     * Deletes temporary copies left by a save that never finished (the program was killed): they hold
     * the member's details and would otherwise stay beside the case for ever. Recent ones may belong to
     * a save under way in another window and are left.
     */
    private void removeOrphans(Path folder) {
        try (java.nio.file.DirectoryStream<Path> temps = Files.newDirectoryStream(folder, "review-state*.tmp")) {
            long now = System.currentTimeMillis(); // file times are wall-clock times, whatever the review clock says
            for (Path t : temps) {
                if (now - Files.getLastModifiedTime(t).toMillis() > ORPHAN_AGE_MS) {
                    Files.deleteIfExists(t);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not remove leftover temporary review files: {}", e.getClass().getSimpleName());
        }
    }

    /** A loaded state and, when the file had to be set aside, the sentence telling the nurse. */
    public record Loaded(ReviewState state, String problem) {
    }
}
