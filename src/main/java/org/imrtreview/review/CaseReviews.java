package org.imrtreview.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.intake.UnreadablePathException;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.ReviewStateStore;

/**
 * Opens cases for review — the one path the window, the snapshot command and {@code evaluate} /
 * {@code letter} share: read the submission, read the nurse's saved work beside it, restore her
 * digitising work, and make the {@link CaseReview} for that case. Reading ({@link #read}) is slow and
 * runs off the FX thread; making the review from what was read is quick.
 */
public final class CaseReviews {
    /** Reads a submission: the standard {@link CaseLoader}, or a test's stand-in. */
    @FunctionalInterface
    public interface CaseSource {
        ReviewCase load(Path path) throws UnreadablePathException;
    }

    private final CaseSource loader;
    private final ReviewStateStore store;
    private final CaseEvaluator evaluator;
    private final Clock clock;
    private final String user;

    public CaseReviews(CaseLoader loader, ReviewStateStore store, CaseEvaluator evaluator, Clock clock, String user) {
        this((CaseSource) loader::load, store, evaluator, clock, user);
    }

    public CaseReviews(CaseSource loader, ReviewStateStore store, CaseEvaluator evaluator, Clock clock, String user) {
        this.loader = loader;
        this.store = store;
        this.evaluator = evaluator;
        this.clock = clock;
        this.user = user;
    }

    /** The product's parts: the standard loader, store and evaluator. */
    public static CaseReviews standard(Clock clock, String user) {
        return new CaseReviews(CaseLoader.standard(), new ReviewStateStore(clock), CaseEvaluator.standard(), clock, user);
    }

    /** A case as read from disk: the submission, the saved work, and the digitising work restored. */
    public record Read(ReviewCase submitted, ReviewState saved, String stateProblem,
                       SavedDigitising.Restoration digitising) {
    }

    /**
     * Reads the submission and, unless {@code asSubmitted}, the saved work and digitising work (slow:
     * off the FX thread). A single file has no saved work.
     */
    public Read read(Path path, boolean asSubmitted) throws UnreadablePathException {
        return read(path, asSubmitted, false);
    }

    /**
     * {@code forWork}: the nurse is opening the case, so an unreadable saved state is moved aside
     * (kept) and she starts afresh; otherwise nothing on disk is touched.
     */
    public Read read(Path path, boolean asSubmitted, boolean forWork) throws UnreadablePathException {
        ReviewCase submitted = loader.load(path);
        if (asSubmitted || submitted.folder() == null || !Files.isDirectory(path)) {
            return new Read(submitted, ReviewState.fresh(), null, SavedDigitising.Restoration.none());
        }
        ReviewStateStore.Loaded loaded = forWork ? store.load(path) : store.read(path);
        // the nurse's digitising work counts from the first evaluation she sees (decision 0090)
        SavedDigitising.Restoration digitising = loaded.state().digitised().isEmpty()
                ? SavedDigitising.Restoration.none() : new SavedDigitising().restore(submitted, loaded.state());
        return new Read(submitted, loaded.state(), loaded.problem(), digitising);
    }

    /**
     * Reads the submission with saved work that comes from elsewhere (the team store) instead of the
     * file beside the case; the digitising work is restored from it the same way.
     */
    public Read read(Path path, ReviewState saved, List<String> notices) throws UnreadablePathException {
        return read(loader.load(path), saved, notices);
    }

    /** As {@link #read(Path, ReviewState, List)}, for a submission already read (the command line's CASE argument). */
    public Read read(ReviewCase submitted, ReviewState saved, List<String> notices) {
        SavedDigitising.Restoration digitising = saved.digitised().isEmpty()
                ? SavedDigitising.Restoration.none() : new SavedDigitising().restore(submitted, saved);
        return new Read(submitted, saved, notices.isEmpty() ? null : String.join(" ", notices), digitising);
    }

    /**
     * The review the nurse works in: saved work applied, opening recorded (the first time), and every
     * change saved through {@code sink} — bound by the caller to this case's folder and no other.
     */
    public CaseReview open(Read read, Consumer<ReviewState> sink) {
        return prepareOpen(read, sink).commit();
    }

    /**
     * A review opened but not yet recorded: made (and evaluated) where the case was read, off the window's
     * FX thread; {@link #commit()} records the opening through its sink and gives the review, once the window
     * shows it. Dropped uncommitted (she opened another case meanwhile), it has recorded nothing (decision 0567).
     */
    public record Opening(CaseReview review, ReviewState opened, boolean changed, Consumer<ReviewState> sink) {
        public CaseReview commit() {
            if (changed) {
                sink.accept(opened);
            }
            return review;
        }
    }

    /** As {@link #open}, without recording the opening yet: see {@link Opening}. */
    public Opening prepareOpen(Read read, Consumer<ReviewState> sink) {
        ReviewState opened = read.saved().markOpened(clock.instant(), user);
        for (var changed : read.digitising().changed().entrySet()) {
            opened = opened.withoutDigitisedReview(changed.getKey(), changed.getValue(), clock.instant(), user);
        }
        List<String> notices = new ArrayList<>();
        if (read.stateProblem() != null) {
            notices.add(read.stateProblem());
        }
        notices.addAll(read.digitising().notices());
        CaseReview review = new CaseReview(read.submitted(), opened, read.digitising(), true, evaluator, sink, clock,
                user, notices);
        return new Opening(review, opened, opened != read.saved(), sink);
    }

    /**
     * The review as the window would show it, without recording anything (the command line): saved
     * work applied, nothing written. With {@code asSubmitted} the files alone.
     */
    public CaseReview view(Read read, boolean asSubmitted) {
        if (asSubmitted) {
            return CaseReview.asSubmitted(read.submitted(), evaluator);
        }
        List<String> notices = new ArrayList<>();
        if (read.stateProblem() != null) {
            notices.add(read.stateProblem());
        }
        notices.addAll(read.digitising().notices());
        ReviewState saved = read.saved();
        for (var changed : read.digitising().changed().entrySet()) {
            saved = saved.withoutDigitisedReview(changed.getKey(), changed.getValue(), clock.instant(), user);
        }
        return new CaseReview(read.submitted(), saved, read.digitising(), true, evaluator, s -> { }, clock, user, notices);
    }

    /** Reads and views in one step (the command line). */
    public CaseReview view(Path path, boolean asSubmitted) throws UnreadablePathException {
        return view(read(path, asSubmitted), asSubmitted);
    }
}
