package org.imrtreview.store.worklist;

import org.imrtreview.files.WholeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.imrtreview.cache.ProgramBuild;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Determination;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.Json;
import org.imrtreview.store.persist.ReviewStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each case's last recommendation beside it and tells the worklist whether it still holds
 * (decision 0246): the worklist shows a case's recommendation without reading the case, and never one
 * whose files, saved work or program changed since.
 */
public final class LastEvaluations {
    private static final Logger LOG = LoggerFactory.getLogger(LastEvaluations.class);
    public static final String FILE_NAME = "last-evaluation.json";
    private static final long MAX_BYTES = 64 * 1024;

    private LastEvaluations() {
    }

    public static Path file(Path caseFolder) {
        return caseFolder.resolve(CaseLoader.STATE_FOLDER).resolve(FILE_NAME);
    }

    /**
     * What an evaluation of a case with {@code state} applied depends on in the saved work: the cell
     * corrections, checklist decisions, typed request details, digitised-curve work and DVH choices (not
     * the decision, notes, physician steps or audit trail, which change no evaluation). Null when it
     * cannot be written out.
     */
    public static String workKey(ReviewState state) {
        try {
            byte[] bytes = Json.MAPPER.writeValueAsBytes(List.of(state.edits(), state.checklist(),
                    state.request() == null ? "" : state.request(), state.digitised(), state.dvh()));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            LOG.debug("saved work could not be keyed: {}", e.getClass().getSimpleName());
            return null;
        }
    }

    /** The record of an evaluation made now in the window from files keyed {@code filesKey} and saved work {@code state}. */
    public static LastEvaluation of(Determination determination, ReviewState state, String filesKey, Instant at) {
        return of(determination, state, filesKey, at, LastEvaluation.WINDOW, null);
    }

    /** The record of an evaluation made now by {@code via} ({@link LastEvaluation#WINDOW} or {@link LastEvaluation#COMMAND}). */
    public static LastEvaluation of(Determination determination, ReviewState state, String filesKey, Instant at, String via,
                                    String by) {
        return new LastEvaluation(LastEvaluation.CURRENT_VERSION, determination, at, ProgramBuild.stamp(), filesKey,
                workKey(state), via, by == null || by.isBlank() ? null : by);
    }

    /** Writes the record beside the case (a temporary file renamed over the old one). */
    public static void save(Path caseFolder, LastEvaluation evaluation) throws IOException {
        Path file = file(caseFolder);
        Files.createDirectories(file.getParent());
        WholeFiles.replace(file, Json.MAPPER.writeValueAsBytes(evaluation), "last-evaluation");
    }

    /** The record kept beside the case, or null when there is none or it cannot be read. */
    public static LastEvaluation read(Path caseFolder) {
        Path file = file(caseFolder);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return null;
            }
            LastEvaluation e = Json.MAPPER.readValue(file.toFile(), LastEvaluation.class);
            return e == null || e.determination() == null ? null : e;
        } catch (IOException | RuntimeException e) {
            LOG.debug("last evaluation unreadable: {}", e.getClass().getSimpleName());
            return null;
        }
    }

    /**
     * A cheap sign that something of the case may have changed: the name, size and time of every file
     * under the folder (hidden ones too) and of the saved work and kept evaluation. Only decides when to
     * check again ({@link #check} compares contents); null when the folder cannot be walked.
     */
    public static String statKey(Path caseFolder) {
        StringBuilder out = new StringBuilder();
        try {
            // an entry gone between being listed and being looked at (a save's temporary file) is left out (0610)
            for (org.imrtreview.files.FolderWalk.Entry e : org.imrtreview.files.FolderWalk.entries(caseFolder, 5,
                    relative -> false)) {
                Path p = e.path();
                Path relative = caseFolder.relativize(p);
                boolean review = relative.getNameCount() > 0 && relative.getName(0).toString().equals(CaseLoader.STATE_FOLDER);
                boolean kept = p.equals(file(caseFolder)) || p.equals(ReviewStateStore.stateFile(caseFolder));
                var attributes = e.attributes();
                if ((review && !kept) || !attributes.isRegularFile() && !attributes.isSymbolicLink()) {
                    continue;
                }
                out.append(relative).append('\u0000').append(attributes.size()).append('\u0000')
                        .append(attributes.lastModifiedTime().toMillis()).append('\n');
            }
            return out.toString();
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /**
     * Whether the kept recommendation still holds: the same program, the same saved work (read without
     * touching anything) and the same files, byte for byte. Slow for a large case (every file is hashed):
     * off the FX thread.
     */
    public static Recommendation check(Path caseFolder, ReviewStateStore store) {
        return check(caseFolder, () -> {
            ReviewStateStore.Loaded saved = store.read(caseFolder);
            return saved.problem() != null ? null : saved.state();
        });
    }

    /**
     * The same with the saved work from elsewhere (the team store, decision 0315): {@code savedWork} is asked
     * only when the record and the program match, and answers null when the work cannot be read.
     */
    public static Recommendation check(Path caseFolder, java.util.function.Supplier<ReviewState> savedWork) {
        LastEvaluation last = read(caseFolder);
        if (last == null || last.files() == null || last.work() == null) {
            return Recommendation.unknown(Recommendation.Kind.NOT_EVALUATED);
        }
        if (!Objects.equals(last.program(), ProgramBuild.stamp())) {
            return Recommendation.unknown(Recommendation.Kind.OTHER_PROGRAM);
        }
        ReviewState saved = savedWork.get();
        if (saved == null || !last.work().equals(workKey(saved))) {
            return Recommendation.unknown(Recommendation.Kind.WORK_CHANGED);
        }
        if (!last.files().equals(CaseLoader.contentKey(caseFolder))) {
            return Recommendation.unknown(Recommendation.Kind.FILES_CHANGED);
        }
        return Recommendation.current(last);
    }
}
