package org.imrtreview.ui.audit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.imrtreview.store.db.AuditChain;
import org.imrtreview.store.db.AuditEvent;
import org.imrtreview.store.db.AuditExport;
import org.imrtreview.store.db.CaseRecord;
import org.imrtreview.store.db.Reviewer;
import org.imrtreview.store.db.TeamStore;
import org.imrtreview.ui.common.TaskExecutor;

/**
 * The audit trail window's state (Tools ▸ Audit trail, an auditor's or a lead's): the filters (case,
 * reviewer, kind of event, a period of days in UTC, the last day included — as {@code audit export} and
 * {@code report} take them), a page of the events they select read from the store (the newest first;
 * earlier and later pages by event number, so a trail of years opens as fast as a new one), whether the
 * whole hash chain verifies ({@link TeamStore#verifyAuditTrail}, what {@code audit verify} runs), and the
 * export of every event the filters select ({@link AuditExport}, what {@code audit export} writes), written
 * a page at a time. Reads nothing but the store; every store call runs off the FX thread (decision 0317).
 */
public final class AuditTrailViewModel {
    /** One entry of a filter's list: a value (null: any) and what the list shows for it. */
    public record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Whether the chain verified: not yet read, intact, broken, or could not be read. */
    public enum ChainState { CHECKING, INTACT, BROKEN, UNREADABLE }

    /** Events read at a time: a page of the table. */
    public static final int PAGE = 500;

    /** The audit trail's days and times: UTC, as the store keeps them and {@code audit export} takes and writes them. */
    public static final ZoneId ZONE = java.time.ZoneOffset.UTC;

    private final TeamStore store;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final ObjectProperty<Choice> caseKey = new SimpleObjectProperty<>(this, "case");
    private final ObjectProperty<Choice> actor = new SimpleObjectProperty<>(this, "actor");
    private final ObjectProperty<Choice> action = new SimpleObjectProperty<>(this, "action");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<Choice> cases = FXCollections.observableArrayList();
    private final ObservableList<Choice> actors = FXCollections.observableArrayList();
    private final ObservableList<Choice> actions = FXCollections.observableArrayList();
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final ObjectProperty<ChainState> chainState = new SimpleObjectProperty<>(this, "chainState", ChainState.CHECKING);
    private final ReadOnlyStringWrapper chain = new ReadOnlyStringWrapper(this, "chain", "Verifying the audit trail…");
    private final javafx.beans.property.LongProperty firstBroken = new javafx.beans.property.SimpleLongProperty(this, "firstBroken", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final javafx.beans.property.BooleanProperty earlier = new javafx.beans.property.SimpleBooleanProperty(this, "earlier");
    private final javafx.beans.property.BooleanProperty later = new javafx.beans.property.SimpleBooleanProperty(this, "later");
    private final int pageSize;
    /** Whether the page read last is to be shown from its end (the newest, or one reached going back) or its start. */
    private boolean showEnd = true;
    private long generation;

    public AuditTrailViewModel(TeamStore store, TaskExecutor tasks, String initialCase) {
        this(store, tasks, initialCase, PAGE);
    }

    /** With {@code pageSize} events a page (tests). */
    public AuditTrailViewModel(TeamStore store, TaskExecutor tasks, String initialCase, int pageSize) {
        this.store = store;
        this.tasks = tasks;
        this.zone = ZONE;
        this.pageSize = pageSize;
        Choice anyCase = new Choice(null, "All cases");
        cases.add(anyCase);
        actors.add(new Choice(null, "All reviewers"));
        actions.add(new Choice(null, "All events"));
        caseKey.set(initialCase == null ? anyCase : new Choice(initialCase, initialCase));
        if (initialCase != null) {
            cases.add(caseKey.get());
        }
        actor.set(actors.get(0));
        action.set(actions.get(0));
    }

    /** Reads the filters' lists (cases, reviewers, kinds of event), the events and the chain's verification. */
    public void load() {
        tasks.execute("Reading the audit trail's filters", this::readChoices, this::showChoices,
                err -> status.set("The team store's cases and reviewers could not be read: " + message(err)));
        refresh();
        verify();
    }

    private record Choices(List<Choice> cases, List<Choice> actors, List<Choice> actions) {
    }

    private Choices readChoices() {
        List<Choice> c = new ArrayList<>();
        for (CaseRecord r : store.worklist(TeamStore.WorklistFilter.all())) {
            c.add(new Choice(r.key(), r.key()));
        }
        c.sort(java.util.Comparator.comparing(Choice::value));
        List<Choice> a = new ArrayList<>();
        for (Reviewer r : store.reviewers()) {
            String name = r.displayName() == null || r.displayName().isBlank() ? r.login() : r.displayName();
            a.add(new Choice(r.login(), name + " (" + r.login() + ")"));
        }
        List<Choice> k = store.auditActions().stream().map(x -> new Choice(x, x)).toList();
        return new Choices(c, a, k);
    }

    private void showChoices(Choices read) {
        keepSelection(cases, caseKey, read.cases());
        keepSelection(actors, actor, read.actors());
        keepSelection(actions, action, read.actions());
    }

    /** Replaces a list but the "all" entry, keeping what is chosen (by value) chosen. */
    private static void keepSelection(ObservableList<Choice> list, ObjectProperty<Choice> chosen, List<Choice> read) {
        Choice was = chosen.get();
        List<Choice> all = new ArrayList<>();
        all.add(list.get(0));
        all.addAll(read);
        if (was != null && was.value() != null && all.stream().noneMatch(c -> was.value().equals(c.value()))) {
            all.add(was); // a case with events but no longer on the worklist stays choosable
        }
        list.setAll(all);
        chosen.set(was == null ? list.get(0) : all.stream().filter(c -> java.util.Objects.equals(c.value(), was.value()))
                .findFirst().orElse(list.get(0)));
    }

    /** The store's query for the filters; empty (with the reason in the status) when the period is backwards. */
    public Optional<TeamStore.AuditQuery> query() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start != null && end != null && end.isBefore(start)) {
            return Optional.empty();
        }
        Instant a = start == null ? null : start.atStartOfDay(zone).toInstant();
        Instant b = end == null ? null : end.plusDays(1).atStartOfDay(zone).toInstant(); // the last day is included
        return Optional.of(new TeamStore.AuditQuery(value(caseKey), value(actor), value(action), a, b));
    }

    private static String value(ObjectProperty<Choice> p) {
        return p.get() == null ? null : p.get().value();
    }

    /** Reads the newest page of the events the filters select (a read still running for older filters is dropped). */
    public void refresh() {
        read(null, null);
    }

    /** The page of events before the first one shown (the filters' earlier events). */
    public void showEarlier() {
        if (!events.isEmpty()) {
            read(events.get(0).seq(), null);
        }
    }

    /** The page of events after the last one shown. */
    public void showLater() {
        if (!events.isEmpty()) {
            read(null, events.get(events.size() - 1).seq());
        }
    }

    /**
     * The page that begins with the event the chain breaks at (the filters cleared to "any", so it is there
     * whoever wrote it): where an auditor looks first when verification fails on a trail of years.
     */
    public void showFirstBroken() {
        long seq = firstBroken.get();
        if (seq <= 0) {
            return;
        }
        caseKey.set(cases.get(0));
        actor.set(actors.get(0));
        action.set(actions.get(0));
        from.set(null);
        to.set(null);
        read(null, seq - 1);
    }

    private void read(Long before, Long after) {
        Optional<TeamStore.AuditQuery> q = query();
        boolean end = after == null;
        long mine = ++generation;
        if (q.isEmpty()) {
            events.clear();
            earlier.set(false);
            later.set(false);
            status.set("The period ends before it starts.");
            return;
        }
        status.set("Reading the audit trail…");
        tasks.execute("Reading the audit trail", () -> store.eventsPage(q.get(), before, after, pageSize), page -> {
            if (mine != generation) {
                return;
            }
            showEnd = end;
            events.setAll(page.events());
            earlier.set(page.earlier());
            later.set(page.later());
            status.set(describe(page));
        }, err -> {
            if (mine == generation) {
                events.clear();
                earlier.set(false);
                later.set(false);
                status.set("The audit trail could not be read: " + message(err));
            }
        });
    }

    private static String describe(TeamStore.AuditPage page) {
        List<AuditEvent> shown = page.events();
        if (shown.isEmpty()) {
            return "No events";
        }
        String count = shown.size() == 1 ? "1 event" : shown.size() + " events";
        if (!page.earlier() && !page.later()) {
            return count;
        }
        return count + " shown, #" + shown.get(0).seq() + " to #" + shown.get(shown.size() - 1).seq() + "; more "
                + (page.earlier() && page.later() ? "before and after them" : page.earlier() ? "before them (Earlier)" : "after them (Later)");
    }

    /** Walks the whole chain again (every event, whatever the filters). */
    public void verify() {
        chainState.set(ChainState.CHECKING);
        chain.set("Verifying the audit trail…");
        tasks.execute("Verifying the audit trail", store::verifyAuditTrail, v -> {
            firstBroken.set(v.intact() ? 0 : v.firstBroken());
            chainState.set(v.intact() ? ChainState.INTACT : ChainState.BROKEN);
            chain.set(v.summary());
        }, err -> {
            chainState.set(ChainState.UNREADABLE);
            chain.set("The audit trail could not be verified: " + message(err));
        });
    }

    /**
     * Writes every event the filters select (not only the page shown) as CSV or JSON (every field and both
     * hashes, as {@code audit export}), a page at a time, reads the file back and checks it as
     * {@code audit verify --export} would; returns the sentence for the reviewer.
     */
    public String export(Path file, boolean json) throws IOException {
        Optional<TeamStore.AuditQuery> q = query();
        if (q.isEmpty()) {
            return "Nothing exported: the period ends before it starts.";
        }
        long written = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            AuditExport.Sink sink = AuditExport.sink(w, json);
            long[] n = {0};
            try {
                store.eachEvent(q.get(), e -> {
                    try {
                        sink.add(e);
                        n[0]++;
                    } catch (IOException x) {
                        throw new java.io.UncheckedIOException(x);
                    }
                });
            } catch (java.io.UncheckedIOException x) {
                throw x.getCause();
            }
            sink.finish();
            written = n[0];
        }
        AuditExport.Check check = new AuditExport.Check();
        try (java.io.Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            AuditExport.read(r, check);
        }
        AuditChain.Verification v = check.result();
        long gaps = check.gaps();
        if (!v.intact() || check.read() != written) {
            return "The export " + file.getFileName() + " does not check: " + v.summary();
        }
        return written + (written == 1 ? " event" : " events") + " written to " + file + "; checked as an auditor"
                + " would: every hash recomputed" + (gaps == 0 ? ", no gaps" : ", " + gaps + (gaps == 1 ? " gap" : " gaps")
                + " where events outside the filters lie") + ". Check it again anywhere: imrt-review audit verify --export "
                + file.getFileName();
    }

    /** Puts a sentence in the window's status line (an export's outcome), until the next read of the trail. */
    public void say(String sentence) {
        status.set(sentence);
    }

    /** A file name for the export: the case (or "all") and the day. */
    public String suggestedName(LocalDate today, boolean json) {
        String what = value(caseKey) == null ? "all" : value(caseKey).replaceAll("[^A-Za-z0-9._-]+", "_");
        return "audit-" + what + "-" + today + (json ? ".json" : ".csv");
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public ObjectProperty<Choice> caseKeyProperty() {
        return caseKey;
    }

    public ObjectProperty<Choice> actorProperty() {
        return actor;
    }

    public ObjectProperty<Choice> actionProperty() {
        return action;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Choice> cases() {
        return cases;
    }

    public ObservableList<Choice> actors() {
        return actors;
    }

    public ObservableList<Choice> actions() {
        return actions;
    }

    public ObservableList<AuditEvent> events() {
        return events;
    }

    public ObjectProperty<ChainState> chainStateProperty() {
        return chainState;
    }

    /** The event the chain breaks at (0: none, or not verified yet). */
    public javafx.beans.property.LongProperty firstBrokenProperty() {
        return firstBroken;
    }

    public ReadOnlyStringProperty chainProperty() {
        return chain.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether the page shown is to be scrolled to its end (newest page, or paging back) rather than its start. */
    public boolean showEnd() {
        return showEnd;
    }

    /** Whether the filters select events before the page shown. */
    public javafx.beans.property.ReadOnlyBooleanProperty earlierProperty() {
        return earlier;
    }

    /** Whether the filters select events after the page shown. */
    public javafx.beans.property.ReadOnlyBooleanProperty laterProperty() {
        return later;
    }
}
