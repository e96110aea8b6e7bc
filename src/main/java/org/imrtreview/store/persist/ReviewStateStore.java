package org.imrtreview.store.persist;

import org.imrtreview.cache.ResultCache;
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
    /**
     * Per case folder, the SHA-256 of the state file as this store last read it for work or wrote it
     * ({@link #ABSENT}: there was none). A save finding another file there refuses to overwrite it (0453).
     */
    private final java.util.Map<Path, String> known = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String ABSENT = "absent";

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
            known.put(key(caseFolder), ABSENT);
            return new Loaded(ReviewState.fresh(), null);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            ReviewState state = Json.MAPPER.readValue(bytes, ReviewState.class);
            known.put(key(caseFolder), ResultCache.sha256(bytes));
            return new Loaded(state == null ? ReviewState.fresh() : state, null);
        } catch (IOException | RuntimeException e) {
            known.put(key(caseFolder), onDisk(file)); // what is there after the move below is compared (0453)
            LOG.warn("review state unreadable, moving it aside: {}", e.getClass().getSimpleName());
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
            Path aside = file.resolveSibling("review-state.unreadable-" + stamp + ".json");
            for (int n = 2; Files.exists(aside) && n < 1000; n++) {
                aside = file.resolveSibling("review-state.unreadable-" + stamp + "-" + n + ".json"); // never overwrite one set aside earlier
            }
            try {
                Files.move(file, aside);
                known.put(key(caseFolder), ABSENT);
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
                    : new Peek(state.status(), state.request(), state.decision(), state.standingRecommendation());
        } catch (IOException | RuntimeException e) {
            return new Peek(ReviewStatus.IN_REVIEW, null, null);
        }
    }

    /**
     * {@code decision}: the nurse's recorded decision, null when none; {@code decidedOn}: the recommendation
     * the decision that stands was recorded on (ReviewState.standingRecommendation).
     */
    public record Peek(ReviewStatus status, org.imrtreview.model.Request request, org.imrtreview.store.DecisionRecord decision,
                       org.imrtreview.model.Determination decidedOn) {
        public Peek(ReviewStatus status, org.imrtreview.model.Request request, org.imrtreview.store.DecisionRecord decision) {
            this(status, request, decision, decision == null ? null : decision.recommendation());
        }
    }

    /**
     * Writes the state atomically. Refuses ({@link StateSink.Refused}, nothing written) when this store read
     * or wrote the case's state file and someone else has written it since — another window or desk on the
     * same case folder, or a command such as {@code physician decide}: the whole file would be replaced by
     * this window's state, silently dropping their decision, notes and audit entries (decision 0453).
     */
    @Override
    public void save(Path caseFolder, ReviewState state) throws IOException {
        Path file = stateFile(caseFolder);
        String expected = known.get(key(caseFolder));
        if (expected != null && !expected.equals(onDisk(file))) {
            LOG.warn("review state not saved: written by someone else since it was read");
            throw new StateSink.Refused("Your change to this case was not saved: someone else saved work on it since you"
                    + " opened it (another window or desk, or a physician's decision from the command line), and saving"
                    + " would overwrite theirs. Copy what you typed, go back to the worklist (Ctrl+W) and open the case"
                    + " again to see their work.");
        }
        Files.createDirectories(file.getParent());
        removeOrphans(file.getParent());
        byte[] bytes = Json.MAPPER.writeValueAsBytes(state);
        WholeFiles.replaceDurably(file, bytes, "review-state");
        known.put(key(caseFolder), ResultCache.sha256(bytes));
    }

    private static Path key(Path caseFolder) {
        return caseFolder.toAbsolutePath().normalize();
    }

    /** The SHA-256 of the state file now, {@link #ABSENT} when there is none, or a mark that never matches. */
    private static String onDisk(Path file) {
        try {
            return Files.isRegularFile(file) ? ResultCache.sha256(Files.readAllBytes(file)) : ABSENT;
        } catch (IOException e) {
            return "unreadable:" + System.nanoTime();
        }
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
