package org.imrtreview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.intake.UnreadablePathException;
import org.imrtreview.model.Column;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.review.CaseEvaluator;
import org.imrtreview.review.CaseReview;
import org.imrtreview.review.CaseReviews;
import org.imrtreview.store.AuditEntry;
import org.imrtreview.store.persist.AutoSaver;
import org.imrtreview.store.CellEdit;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.ui.common.Notifier;
import org.imrtreview.ui.common.TaskExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nurse's day as a random walk over the session/view-model layer: open a case, next, previous,
 * type a reason or notes, correct a cell, decide, close — and case loads that finish late, in any
 * order, or after another case was opened. After every step nothing of one case may be on screen
 * for another (reason box, notes, banners, case identity), and at the end every case's saved state
 * holds only what was typed for it. Every text typed carries the case's mark «cN» so a leak shows.
 */
class OnePatientAtATimeSequenceTest {
    private static final String[] CASES = {
        "01-brain-glioblastoma-criteria-met", "03-lung-v20-csv-criteria-met", "04-prostate-xls-criteria-not-met",
        "06-esophagus-answer-mismatch-not-met", "07-nasopharynx-missing-imaging-incomplete", "11-lung-fax-packet",
    };
    private static final Pattern MARK = Pattern.compile("«c(\\d+)»");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path workspace;
    private static final Map<Path, ReviewCase> READ = new HashMap<>();
    private static final List<Path> FOLDERS = new ArrayList<>();

    @BeforeAll
    static void readCasesOnce() throws UnreadablePathException {
        SampleWorkspace.copy(workspace, CASES);
        CaseLoader loader = CaseLoader.standard();
        for (String name : CASES) {
            Path folder = workspace.resolve(name).toAbsolutePath().normalize();
            FOLDERS.add(folder);
            READ.put(folder, loader.load(folder));
        }
    }

    @Test
    void fourHundredRandomStepsNeverShowOrSaveOneCaseInAnother() {
        for (long seed : new long[] {1, 2, 3}) {
            walk(seed, 400);
        }
    }

    private void walk(long seed, int steps) {
        Random random = new Random(seed);
        ReviewStateStore store = new ReviewStateStore(CLOCK);
        List<String> saveFailures = new ArrayList<>();
        ScopedNotices notices = new ScopedNotices();
        DeferredTasks tasks = new DeferredTasks();
        try (AutoSaver saver = new AutoSaver(store, (f, m) -> saveFailures.add(m))) {
            CaseReviews reviews = new CaseReviews((CaseReviews.CaseSource) path -> READ.get(path.toAbsolutePath().normalize()),
                    store, CaseEvaluator.standard(), CLOCK, "dana");
            WorkstationViewModel vm = new WorkstationViewModel(reviews, store, saver, tasks, notices, CLOCK);
            Map<Integer, String> notesTyped = new LinkedHashMap<>();
            Map<Integer, Set<String>> cellValuesTyped = new HashMap<>();
            int current = -1;
            List<String> trail = new ArrayList<>();
            for (int step = 0; step < steps; step++) {
                int move = random.nextInt(100);
                CaseReview session = vm.review().session();
                String what;
                if (move < 18 || current < 0) {
                    current = random.nextInt(FOLDERS.size());
                    vm.openCase(FOLDERS.get(current));
                    what = "open c" + current;
                } else if (move < 26) {
                    current = Math.min(FOLDERS.size() - 1, current + 1);
                    vm.openCase(FOLDERS.get(current));
                    what = "next c" + current;
                } else if (move < 32) {
                    current = Math.max(0, current - 1);
                    vm.openCase(FOLDERS.get(current));
                    what = "previous c" + current;
                } else if (move < 48) {
                    tasks.finishSome(random);
                    what = "loads finish";
                } else if (move < 58 && session != null) {
                    // the reason box is disabled while no case is shown, so typing needs a session
                    vm.review().reasonDraftProperty().set("reason «c" + current + "» step " + step);
                    what = "type reason";
                } else if (move < 68 && session != null) {
                    String notes = "notes «c" + current + "» step " + step;
                    vm.review().setNotes(notes);
                    notesTyped.put(current, notes);
                    what = "type notes";
                } else if (move < 76 && session != null && session.submitted().table() != null
                        && !session.submitted().table().rows().isEmpty()) {
                    List<SummaryRow> rows = session.submitted().table().rows();
                    SummaryRow row = rows.get(random.nextInt(rows.size()));
                    String value = (40 + current) + "." + step + " Gy";
                    vm.review().editCell(row.number(), Column.DOSE_IMRT, value);
                    cellValuesTyped.computeIfAbsent(current, k -> new java.util.HashSet<>()).add(value);
                    what = "edit cell";
                } else if (move < 88 && session != null) {
                    NurseDecision d = NurseDecision.values()[random.nextInt(3)];
                    vm.review().decide(d);
                    what = "decide " + d;
                } else if (move < 92 && session != null) {
                    vm.review().withdrawDecision();
                    what = "withdraw";
                } else {
                    vm.closeCase();
                    current = -1;
                    what = "close";
                }
                trail.add(what);
                checkScreen(vm, notices, seed, step, trail);
            }
            tasks.finishAll();
            checkScreen(vm, notices, seed, steps, trail);
            saver.flush();
            assertTrue(saveFailures.isEmpty(), saveFailures.toString());
            for (int i = 0; i < FOLDERS.size(); i++) {
                checkSaved(store.load(FOLDERS.get(i)).state(), i, notesTyped.get(i), cellValuesTyped.getOrDefault(i, Set.of()));
            }
            vm.closeCase();
        }
        for (Path folder : FOLDERS) {
            try {
                java.nio.file.Files.deleteIfExists(ReviewStateStore.stateFile(folder));
            } catch (java.io.IOException e) {
                fail(e);
            }
        }
    }

    /** What is on screen belongs to the case open, and only to it. */
    private static void checkScreen(WorkstationViewModel vm, ScopedNotices notices, long seed, int step, List<String> trail) {
        String where = "seed " + seed + ", step " + step + " after " + trail.subList(Math.max(0, trail.size() - 6), trail.size());
        CaseReview session = vm.review().session();
        if (session == null) {
            assertEquals("", vm.review().reasonDraftProperty().get(), "no case shown, no reason: " + where);
            assertNull(vm.review().stateProperty().get(), where);
            assertNull(vm.review().effectiveProperty().get(), where);
            assertTrue(notices.openCaseBanners().isEmpty(), "no case, no case banners: " + where);
            return;
        }
        int shown = FOLDERS.indexOf(session.folder().toAbsolutePath().normalize());
        assertEquals(vm.openCaseProperty().get(), session.folder().toAbsolutePath().normalize(),
                "the session shown is the case opened: " + where);
        assertEquals(session.effective(), vm.review().effectiveProperty().get(), where);
        assertEquals(session.state(), vm.review().stateProperty().get(), where);
        onlyMarks(vm.review().reasonDraftProperty().get(), shown, "reason box " + where);
        onlyMarks(vm.review().stateProperty().get().notes(), shown, "notes " + where);
        for (Object owner : notices.openCaseBanners()) {
            assertTrue(owner == session, "a banner of another case is showing: " + where);
        }
    }

    /** The saved state of case {@code i} holds only what was typed for it. */
    private static void checkSaved(ReviewState saved, int i, String lastNotes, Set<String> cellValues) {
        String name = "case c" + i;
        assertEquals(lastNotes == null ? "" : lastNotes, saved.notes(), name + ": the notes typed for it, last version");
        if (saved.decision() != null && saved.decision().reason() != null) {
            onlyMarks(saved.decision().reason(), i, name + " decision reason");
        }
        for (AuditEntry entry : saved.audit()) {
            onlyMarks(entry.detail(), i, name + " audit " + entry.action());
        }
        for (CellEdit edit : saved.edits()) {
            assertTrue(cellValues.contains(edit.value()), name + ": cell edit " + edit.value() + " was typed for another case");
        }
    }

    private static void onlyMarks(String text, int caseIndex, String what) {
        if (text == null) {
            return;
        }
        Matcher m = MARK.matcher(text);
        while (m.find()) {
            assertEquals(caseIndex, Integer.parseInt(m.group(1)), what + " holds another case's text: " + text);
        }
    }

    /** Case-scoped banners as the window keeps them: shown only for the open case, gone when it closes. */
    private static final class ScopedNotices implements Notifier {
        private final List<Object> owners = new ArrayList<>();
        private Object open;

        @Override
        public void notify(Level level, String message) {
        }

        @Override
        public Notifier forCase(Object owner) {
            open = owner;
            return (level, message) -> {
                if (owner == open) {
                    owners.add(owner);
                }
            };
        }

        @Override
        public void closeCase(Object owner) {
            owners.removeIf(o -> o == owner);
            if (open == owner) {
                open = null;
            }
        }

        List<Object> openCaseBanners() {
            return owners;
        }
    }

    /** Work runs at once; its callbacks wait until the test lets them finish, in any order, as loads do. */
    private static final class DeferredTasks implements TaskExecutor {
        private final Deque<Runnable> pending = new ArrayDeque<>();

        @Override
        public <T> Cancellable execute(String description, Callable<T> work, Consumer<? super T> onSuccess,
                                       Consumer<Throwable> onFailure) {
            boolean[] cancelled = {false};
            Runnable callback;
            try {
                T result = work.call();
                callback = () -> onSuccess.accept(result);
            } catch (Exception e) {
                callback = () -> onFailure.accept(e);
            }
            Runnable finish = callback;
            pending.add(() -> {
                if (!cancelled[0]) {
                    finish.run();
                }
            });
            return new Cancellable() {
                @Override
                public void cancel() {
                    cancelled[0] = true;
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            };
        }

        void finishSome(Random random) {
            List<Runnable> all = new ArrayList<>(pending);
            pending.clear();
            java.util.Collections.shuffle(all, random);
            int n = all.isEmpty() ? 0 : 1 + random.nextInt(all.size());
            for (int i = 0; i < all.size(); i++) {
                if (i < n) {
                    all.get(i).run();
                } else {
                    pending.add(all.get(i));
                }
            }
        }

        void finishAll() {
            while (!pending.isEmpty()) {
                pending.poll().run();
            }
        }

        @Override
        public ReadOnlyIntegerProperty runningProperty() {
            return new ReadOnlyIntegerWrapper(0).getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return new ReadOnlyStringWrapper("").getReadOnlyProperty();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public java.util.concurrent.Executor executor() {
            return Runnable::run;
        }
    }
}
