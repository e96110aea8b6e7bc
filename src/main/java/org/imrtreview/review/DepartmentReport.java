package org.imrtreview.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.imrtreview.model.Request;
import org.imrtreview.model.Request.LineOfBusiness;
import org.imrtreview.model.Request.Urgency;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.PhysicianStep;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewStatus;
import org.imrtreview.store.db.RecordedDecision;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.store.worklist.Turnaround;
import org.imrtreview.store.worklist.WorklistEntry;
import org.imrtreview.store.worklist.Workspace;

/**
 * What a UR lead asks of the department's work: how many cases stand where, how many were referred
 * to a physician and what the physicians did, and whether decisions were made within the deadline
 * (72 hours expedited; 7 days standard for Medicare Advantage and Medicaid, 15 for commercial:
 * {@link Turnaround}) per urgency and line of business, and what is overdue now. Counts only: no
 * member identifier appears in a report.
 *
 * <p>A case is <em>decided</em> when it is approved (by the nurse, or by a physician's overturn) or
 * denied (a physician's uphold); the decision time is when that was recorded. A request for
 * information or a referral does not stop the clock.
 *
 * <p>On the team store the decisions — referrals, upholds, overturns, peer-to-peer requests and the
 * decision times turnaround is counted from — are the audit trail's ({@link RecordedDecision}, decision
 * 0318), which {@code audit verify} proves, not the saved work, which can be rewritten without a trace;
 * {@code trailDisagrees} counts the cases whose saved work says otherwise (the trail is counted).
 */
public record DepartmentReport(LocalDate from, LocalDate to, Instant asOf, int cases, Map<ReviewStatus, Integer> byStatus,
                               int referred, int upheld, int overturned, int peerToPeer, int awaitingPhysician,
                               List<TurnaroundRow> turnaround, int overdueNow, int noDeadline, boolean fromTrail,
                               int trailDisagrees) {

    /**
     * One case as the report sees it: its request details (the nurse's, else request.json), its saved work, and
     * on the team store its decisions as the audit trail recorded them (null: a workspace's case, counted from
     * its saved work).
     */
    public record Case(Request request, ReviewState state, RecordedDecision recorded) {
        public Case {
            Objects.requireNonNull(request, "request");
            state = state == null ? ReviewState.fresh() : state;
        }

        public Case(Request request, ReviewState state) {
            this(request, state, null);
        }
    }

    /**
     * Turnaround for one urgency and line of business ({@code null}: not given in the request, where the
     * shortest clock applies). {@code medianHours} is null while nothing is decided.
     */
    public record TurnaroundRow(Urgency urgency, LineOfBusiness line, Duration allowed, int decided, int inTime, int late,
                                int open, int overdueNow, Double medianHours) {

        /** Share of decided cases decided within the deadline, in percent; null while none is decided. */
        public Double compliancePercent() {
            return decided == 0 ? null : 100.0 * inTime / decided;
        }
    }

    public DepartmentReport {
        byStatus = Map.copyOf(byStatus);
        turnaround = List.copyOf(turnaround);
    }

    /**
     * The report over the cases received from {@code from} to {@code to} (inclusive; either may be null
     * for no bound; a case without a received time counts only when neither is given), as of {@code now}.
     */
    public static DepartmentReport of(List<Case> all, LocalDate from, LocalDate to, Instant now) {
        Map<ReviewStatus, Integer> byStatus = new EnumMap<>(ReviewStatus.class);
        for (ReviewStatus s : ReviewStatus.values()) {
            byStatus.put(s, 0);
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Urgency u : new Urgency[] {Urgency.EXPEDITED, Urgency.STANDARD, null}) {
            for (LineOfBusiness l : new LineOfBusiness[] {LineOfBusiness.MEDICARE_ADVANTAGE, LineOfBusiness.MEDICAID,
                LineOfBusiness.COMMERCIAL, null}) {
                groups.put(key(u, l), new Group(u, l));
            }
        }
        int cases = 0;
        int referred = 0;
        int upheld = 0;
        int overturned = 0;
        int peerToPeer = 0;
        int overdue = 0;
        int noDeadline = 0;
        boolean fromTrail = false;
        int disagrees = 0;
        for (Case c : all) {
            if (!inPeriod(c.request(), from, to)) {
                continue;
            }
            cases++;
            ReviewState s = c.state();
            ReviewStatus status = s.status();
            byStatus.merge(status, 1, Integer::sum);
            boolean savedReferred = s.decision() != null && s.decision().decision() == NurseDecision.REFER;
            boolean savedPeerToPeer = s.physician().stream().anyMatch(p -> p.action() == PhysicianAction.PEER_TO_PEER);
            PhysicianAction savedPhysician = s.physicianDecision() == null ? null : s.physicianDecision().action();
            Instant savedDecidedAt = decidedAt(s);
            RecordedDecision trail = c.recorded();
            boolean isReferred = trail == null ? savedReferred : trail.nurse() == NurseDecision.REFER;
            boolean isPeerToPeer = trail == null ? savedPeerToPeer : trail.peerToPeer();
            PhysicianAction physician = trail == null ? savedPhysician : trail.physicianDecision();
            Instant decidedAt = trail == null ? savedDecidedAt : trail.decidedAt();
            if (trail != null) {
                fromTrail = true;
                if (isReferred != savedReferred || isPeerToPeer != savedPeerToPeer || physician != savedPhysician
                        || !sameMicros(decidedAt, savedDecidedAt)) {
                    disagrees++;
                }
            }
            if (isReferred) {
                referred++;
            }
            if (isPeerToPeer) {
                peerToPeer++;
            }
            if (physician == PhysicianAction.UPHOLD) {
                upheld++;
            } else if (physician == PhysicianAction.OVERTURN) {
                overturned++;
            }
            OffsetDateTime due = Turnaround.dueAt(c.request());
            Group g = groups.get(key(c.request().urgency(), c.request().plan() == null ? null : c.request().plan().line()));
            if (due == null) {
                noDeadline++;
                continue;
            }
            if (decidedAt != null) {
                g.decided++;
                if (decidedAt.isAfter(due.toInstant())) {
                    g.late++;
                } else {
                    g.inTime++;
                }
                g.hours.add(Duration.between(c.request().receivedAt().toInstant(), decidedAt).toMinutes() / 60.0);
            } else {
                g.open++;
                if (now.isAfter(due.toInstant())) {
                    g.overdue++;
                    overdue++;
                }
            }
        }
        List<TurnaroundRow> rows = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g.decided + g.open > 0) {
                rows.add(g.row());
            }
        }
        return new DepartmentReport(from, to, now, cases, byStatus, referred, upheld, overturned, peerToPeer,
                byStatus.get(ReviewStatus.AWAITING_PHYSICIAN) + byStatus.get(ReviewStatus.PEER_TO_PEER), rows, overdue,
                noDeadline, fromTrail, disagrees);
    }

    /** The chain keeps times to the microsecond: a saved time agrees with its event's when equal to that. */
    private static boolean sameMicros(Instant a, Instant b) {
        return a == null ? b == null : b != null && a.truncatedTo(java.time.temporal.ChronoUnit.MICROS)
                .equals(b.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    /** Every case of the workspace with its saved work, read without touching anything. */
    public static List<Case> read(Path workspace) throws IOException {
        ReviewStateStore store = new ReviewStateStore();
        List<Case> cases = new ArrayList<>();
        for (WorklistEntry e : new Workspace(store).scan(workspace)) {
            cases.add(new Case(e.request(), store.read(e.folder()).state()));
        }
        return cases;
    }

    /**
     * Every case of the team store with the work saved there — its request as the store keeps it (typed by a
     * reviewer, else request.json's; a case known only by its row by its request ID, urgency and receipt) — and
     * its decisions and physician steps as the audit trail recorded them, with the times of their events
     * (decision 0318; blocking; any reviewer's role).
     */
    public static List<Case> read(org.imrtreview.store.db.TeamStore store) {
        List<Case> cases = new ArrayList<>();
        Map<String, RecordedDecision> recorded = store.recordedDecisions();
        for (var row : store.worklist(org.imrtreview.store.db.TeamStore.WorklistFilter.all())) {
            cases.add(new Case(row.request() != null ? row.request() : bare(row), store.load(row.key()).state(),
                    recorded.getOrDefault(row.key(), RecordedDecision.none())));
        }
        return cases;
    }

    private static Request bare(org.imrtreview.store.db.CaseRecord row) {
        Urgency urgency;
        try {
            urgency = row.urgency() == null ? null : Urgency.valueOf(row.urgency());
        } catch (IllegalArgumentException e) {
            urgency = null;
        }
        return new Request(row.requestId(), row.receivedAt() == null ? null
                : OffsetDateTime.ofInstant(row.receivedAt(), java.time.ZoneOffset.UTC), urgency,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** The report in words, for the terminal and the Reports window. */
    public String text() {
        DepartmentReport r = this;
        StringBuilder sb = new StringBuilder();
        sb.append("Department report: ").append(r.cases()).append(r.cases() == 1 ? " case" : " cases")
                .append(period(r)).append(", as of ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                        .withZone(ZoneOffset.UTC).format(r.asOf())).append('\n');
        List<String> statuses = new ArrayList<>();
        for (ReviewStatus s : ReviewStatus.values()) {
            statuses.add(s.title() + " " + r.byStatus().get(s));
        }
        sb.append("Status: ").append(String.join(" · ", statuses)).append('\n');
        sb.append("Referred to a physician reviewer: ").append(r.referred()).append(" — upheld ").append(r.upheld())
                .append(", overturned ").append(r.overturned()).append(", peer-to-peer requested ").append(r.peerToPeer())
                .append(", with the physician now ").append(r.awaitingPhysician()).append('\n');
        sb.append("Turnaround (decided within the deadline; a request for information or a referral does not stop the clock):\n");
        if (r.turnaround().isEmpty()) {
            sb.append("  no case with a received time\n");
        } else {
            sb.append(String.format(Locale.ROOT, "  %-10s %-19s %-9s %7s %7s %5s %10s %12s %5s %8s%n", "urgency",
                    "line of business", "deadline", "decided", "in time", "late", "compliance", "median hours", "open",
                    "overdue"));
            for (DepartmentReport.TurnaroundRow t : r.turnaround()) {
                sb.append(String.format(Locale.ROOT, "  %-10s %-19s %-9s %7d %7d %5d %10s %12s %5d %8d%n",
                        urgency(t.urgency()), line(t.line()), deadline(t), t.decided(), t.inTime(), t.late(),
                        t.compliancePercent() == null ? "—" : String.format(Locale.ROOT, "%.0f %%", t.compliancePercent()),
                        t.medianHours() == null ? "—" : String.format(Locale.ROOT, "%.1f", t.medianHours()), t.open(),
                        t.overdueNow()));
            }
        }
        sb.append("Overdue now (undecided past the deadline): ").append(r.overdueNow()).append('\n');
        if (r.fromTrail()) {
            sb.append("Decisions and their times are the team store's audit trail's (audit verify proves it)");
            sb.append(r.trailDisagrees() == 0 ? "; the saved work agrees.\n" : "; saved work of " + r.trailDisagrees()
                    + (r.trailDisagrees() == 1 ? " case disagrees" : " cases disagree") + " with it (the trail is counted):"
                    + " tell the lead and run audit verify.\n");
        }
        if (r.noDeadline() > 0) {
            sb.append("No received time, so no deadline: ").append(r.noDeadline()).append('\n');
        }
        return sb.toString();
    }

    private static String period(DepartmentReport r) {
        if (r.from() == null && r.to() == null) {
            return "";
        }
        return " received " + (r.from() == null ? "up to" : r.from() + " to") + " " + (r.to() == null ? "today" : r.to());
    }

    public static String urgency(Urgency u) {
        return u == null ? "not given" : u == Urgency.EXPEDITED ? "Expedited" : "Standard";
    }

    public static String line(LineOfBusiness l) {
        if (l == null) {
            return "not given";
        }
        return switch (l) {
            case MEDICARE_ADVANTAGE -> "Medicare Advantage";
            case MEDICAID -> "Medicaid";
            case COMMERCIAL -> "Commercial";
        };
    }

    private static String deadline(DepartmentReport.TurnaroundRow t) {
        long h = t.allowed().toHours();
        return h % 24 == 0 && h > 72 ? h / 24 + " days" : h + " h";
    }

    /**
     * When the request was decided for good: the physician's uphold or overturn, else the nurse's
     * approval; null while undecided (a request for information or a referral is not a decision).
     */
    public static Instant decidedAt(ReviewState s) {
        PhysicianStep p = s.physicianDecision();
        if (p != null) {
            return p.at();
        }
        return s.decision() != null && s.decision().decision() == NurseDecision.APPROVE ? s.decision().at() : null;
    }

    private static boolean inPeriod(Request r, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return true;
        }
        if (r.receivedAt() == null) {
            return false;
        }
        LocalDate received = r.receivedAt().toLocalDate();
        return (from == null || !received.isBefore(from)) && (to == null || !received.isAfter(to));
    }

    private static String key(Urgency u, LineOfBusiness l) {
        return u + "/" + l;
    }

    private static final class Group {
        final Urgency urgency;
        final LineOfBusiness line;
        int decided;
        int inTime;
        int late;
        int open;
        int overdue;
        final List<Double> hours = new ArrayList<>();

        Group(Urgency urgency, LineOfBusiness line) {
            this.urgency = urgency;
            this.line = line;
        }

        TurnaroundRow row() {
            Double median = null;
            if (!hours.isEmpty()) {
                List<Double> sorted = hours.stream().sorted().toList();
                int n = sorted.size();
                median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            }
            return new TurnaroundRow(urgency, line, Turnaround.allowed(urgency, line), decided, inTime, late, open, overdue,
                    median);
        }
    }
}
