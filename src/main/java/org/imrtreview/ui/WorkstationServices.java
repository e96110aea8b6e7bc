package org.imrtreview.ui;

import java.time.Clock;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.review.CaseEvaluator;
import org.imrtreview.store.db.TeamStore;
import org.imrtreview.ui.common.FxTaskExecutor;
import org.imrtreview.ui.common.TaskExecutor;
import org.imrtreview.ui.letter.LetterService;
import org.imrtreview.ui.letter.Letters;

/**
 * What the window is built from; tests and the snapshot command swap parts (executor, clock, ...).
 * {@code readOnly} suppresses review-state writes; {@code team} is the team store when the workstation
 * is pointed at one (null: review work is saved beside each case).
 */
public record WorkstationServices(CaseLoader loader, CaseEvaluator evaluator, ReviewStateStore store,
                                  TaskExecutor tasks, Clock clock, String user, LetterService letters,
                                  boolean readOnly, TeamStore team) {

    public static WorkstationServices standard() {
        return new WorkstationServices(CaseLoader.standard().remembering(8, 64), CaseEvaluator.standard(), new ReviewStateStore(),
                new FxTaskExecutor(), Clock.systemDefaultZone(), System.getProperty("user.name", "nurse"),
                Letters.standard(), false, null);
    }

    /**
     * Works on the team store (docs/team.md): the worklist, locks, review state and decisions come from
     * it instead of the files beside each case; {@code null} for the one-desk files.
     */
    public WorkstationServices withTeam(TeamStore newTeam) {
        // the reviewer is the store's login: her audit entries and the store's name her alike
        return new WorkstationServices(loader, evaluator, store, tasks, clock, newTeam == null ? user : newTeam.user(), letters,
                readOnly, newTeam);
    }

    public WorkstationServices withTasks(TaskExecutor newTasks) {
        return new WorkstationServices(loader, evaluator, store, newTasks, clock, user, letters, readOnly, team);
    }

    public WorkstationServices withClock(Clock newClock) {
        return new WorkstationServices(loader, evaluator, store, tasks, newClock, user, letters, readOnly, team);
    }

    public WorkstationServices withEvaluator(CaseEvaluator newEvaluator) {
        return new WorkstationServices(loader, newEvaluator, store, tasks, clock, user, letters, readOnly, team);
    }

    public WorkstationServices withLoader(CaseLoader newLoader) {
        return new WorkstationServices(newLoader, evaluator, store, tasks, clock, user, letters, readOnly, team);
    }

    public WorkstationServices withLetters(LetterService newLetters) {
        return new WorkstationServices(loader, evaluator, store, tasks, clock, user, newLetters, readOnly, team);
    }

    /**
     * Writes nothing beside a case — no review state, no OCR cache — and never sets an unreadable state
     * file aside (the snapshot command must not change the case it pictures; decision 0263).
     */
    public WorkstationServices readOnlyState() {
        return new WorkstationServices(loader.readOnly(), evaluator, store, tasks, clock, user, letters, true, null);
    }
}
