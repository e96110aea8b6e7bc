package org.imrtreview.ui;

import java.time.Clock;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.review.CaseEvaluator;
import org.imrtreview.ui.common.FxTaskExecutor;
import org.imrtreview.ui.common.TaskExecutor;
import org.imrtreview.ui.letter.LetterService;
import org.imrtreview.ui.letter.Letters;

/**
 * What the window is built from; tests and the snapshot command swap parts (executor, clock, ...).
 * {@code readOnly} suppresses review-state writes.
 */
public record WorkstationServices(CaseLoader loader, CaseEvaluator evaluator, ReviewStateStore store,
                                  TaskExecutor tasks, Clock clock, String user, LetterService letters,
                                  boolean readOnly) {

    public static WorkstationServices standard() {
        return new WorkstationServices(CaseLoader.standard(), CaseEvaluator.standard(), new ReviewStateStore(),
                new FxTaskExecutor(), Clock.systemDefaultZone(), System.getProperty("user.name", "nurse"),
                Letters.standard(), false);
    }

    public WorkstationServices withTasks(TaskExecutor newTasks) {
        return new WorkstationServices(loader, evaluator, store, newTasks, clock, user, letters, readOnly);
    }

    public WorkstationServices withClock(Clock newClock) {
        return new WorkstationServices(loader, evaluator, store, tasks, newClock, user, letters, readOnly);
    }

    public WorkstationServices withEvaluator(CaseEvaluator newEvaluator) {
        return new WorkstationServices(loader, newEvaluator, store, tasks, clock, user, letters, readOnly);
    }

    public WorkstationServices withLoader(CaseLoader newLoader) {
        return new WorkstationServices(newLoader, evaluator, store, tasks, clock, user, letters, readOnly);
    }

    public WorkstationServices withLetters(LetterService newLetters) {
        return new WorkstationServices(loader, evaluator, store, tasks, clock, user, newLetters, readOnly);
    }

    /**
     * Writes nothing beside a case — no review state, no OCR cache — and never sets an unreadable state
     * file aside (the snapshot command must not change the case it pictures; decision 0263).
     */
    public WorkstationServices readOnlyState() {
        return new WorkstationServices(loader.readOnly(), evaluator, store, tasks, clock, user, letters, true);
    }
}
