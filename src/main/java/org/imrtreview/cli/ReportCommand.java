package org.imrtreview.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.imrtreview.review.DepartmentReport;
import org.imrtreview.store.ReviewStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report [WORKSPACE] [--format text|csv|json] [--from DATE] [--to DATE]}: the UR lead's figures
 * for a workspace — cases by status, referrals and what the physicians did, turnaround compliance by
 * urgency and line of business, overdue now. Counts only, no member identifiers. Exit 0; 2 when the
 * workspace cannot be read; 1 for a period that ends before it starts.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Department figures: statuses, referrals and physician outcomes, turnaround compliance, overdue now.")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "WORKSPACE", description = "Folder of cases (default: the current folder).")
    Path workspace = Path.of(".");

    @Option(names = "--format", paramLabel = "text|csv|json", description = "Output format (default: text).")
    String format = "text";

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only requests received on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only requests received on or before this day.")
    LocalDate to;

    @Option(names = "--db", paramLabel = "URL|WORKSPACE", description = "The team store's cases instead of the workspace's"
            + " files: a PostgreSQL JDBC URL, or a workspace folder for its embedded database (docs/team.md).")
    String dbName;

    /** The report's "now" (tests); default: the clock. */
    @Option(names = "--as-of", hidden = true)
    Instant asOf;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "csv", "json").contains(f)) {
            CaseArgument.fail(err, "unknown format '" + format + "' (use text, csv or json)");
            return 1;
        }
        if (from != null && to != null && to.isBefore(from)) {
            CaseArgument.fail(err, "the period ends (" + to + ") before it starts (" + from + ")");
            return 1;
        }
        DepartmentReport report;
        if (dbName != null) {
            List<DepartmentReport.Case> cases = fromStore(err);
            if (cases == null) {
                return CaseArgument.UNREADABLE;
            }
            report = DepartmentReport.of(cases, from, to, asOf == null ? Instant.now() : asOf);
        } else if (!Files.isDirectory(workspace)) {
            CaseArgument.fail(err, workspace + " is not a folder of cases");
            return CaseArgument.UNREADABLE;
        } else try {
            report = DepartmentReport.of(DepartmentReport.read(workspace), from, to, asOf == null ? Instant.now() : asOf);
        } catch (IOException e) {
            CaseArgument.fail(err, "could not read the workspace " + workspace + " (" + e.getClass().getSimpleName() + ")");
            return CaseArgument.UNREADABLE;
        }
        o.print(switch (f) {
            case "csv" -> csv(report);
            case "json" -> json(report);
            default -> report.text();
        });
        o.flush();
        return 0;
    }

    /**
     * Every case of the team store with the work saved there — its request as the store keeps it (typed by a
     * reviewer, else request.json's), its decisions and physician steps with the times the store recorded
     * them — so the figures are the team's, not the files beside the cases (which on a store are not
     * written). Null (the reason printed) when the store cannot be read.
     */
    private List<DepartmentReport.Case> fromStore(PrintWriter err) {
        TeamDbOption db = new TeamDbOption();
        db.db = dbName;
        try (org.imrtreview.store.db.TeamDatabase database = db.open(err)) {
            if (database == null) {
                return null;
            }
            var store = TeamDbOption.store(database);
            List<DepartmentReport.Case> cases = DepartmentReport.read(store);
            return cases;
        } catch (org.imrtreview.store.db.TeamStoreException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return null;
        }
    }

    /** Long form, one figure a line: easy to pivot in a spreadsheet. */
    static String csv(DepartmentReport r) {
        StringBuilder sb = new StringBuilder("measure,urgency,line_of_business,value\n");
        for (ReviewStatus s : ReviewStatus.values()) {
            sb.append("status_").append(s.name().toLowerCase(Locale.ROOT)).append(",,,").append(r.byStatus().get(s)).append('\n');
        }
        sb.append("cases,,,").append(r.cases()).append('\n');
        sb.append("referred,,,").append(r.referred()).append('\n');
        sb.append("upheld,,,").append(r.upheld()).append('\n');
        sb.append("overturned,,,").append(r.overturned()).append('\n');
        sb.append("peer_to_peer_requested,,,").append(r.peerToPeer()).append('\n');
        sb.append("with_physician_now,,,").append(r.awaitingPhysician()).append('\n');
        sb.append("overdue_now,,,").append(r.overdueNow()).append('\n');
        sb.append("no_deadline,,,").append(r.noDeadline()).append('\n');
        if (r.fromTrail()) {
            sb.append("saved_work_disagrees_with_audit_trail,,,").append(r.trailDisagrees()).append('\n');
        }
        for (DepartmentReport.TurnaroundRow t : r.turnaround()) {
            String group = "," + (t.urgency() == null ? "UNKNOWN" : t.urgency().name()) + ","
                    + (t.line() == null ? "UNKNOWN" : t.line().name()) + ",";
            sb.append("deadline_hours").append(group).append(t.allowed().toHours()).append('\n');
            sb.append("decided").append(group).append(t.decided()).append('\n');
            sb.append("decided_in_time").append(group).append(t.inTime()).append('\n');
            sb.append("decided_late").append(group).append(t.late()).append('\n');
            sb.append("compliance_percent").append(group).append(t.compliancePercent() == null ? ""
                    : String.format(Locale.ROOT, "%.1f", t.compliancePercent())).append('\n');
            sb.append("median_hours_to_decision").append(group).append(t.medianHours() == null ? ""
                    : String.format(Locale.ROOT, "%.1f", t.medianHours())).append('\n');
            sb.append("open").append(group).append(t.open()).append('\n');
            sb.append("overdue_now").append(group).append(t.overdueNow()).append('\n');
        }
        return sb.toString();
    }

    static String json(DepartmentReport r) {
        ObjectMapper m = JsonOutput.mapper();
        ObjectNode root = m.createObjectNode();
        root.put("from", r.from() == null ? null : r.from().toString());
        root.put("to", r.to() == null ? null : r.to().toString());
        root.put("asOf", r.asOf().toString());
        root.put("cases", r.cases());
        ObjectNode statuses = root.putObject("byStatus");
        for (ReviewStatus s : ReviewStatus.values()) {
            statuses.put(s.name(), r.byStatus().get(s));
        }
        ObjectNode physician = root.putObject("physicianReview");
        physician.put("referred", r.referred());
        physician.put("upheld", r.upheld());
        physician.put("overturned", r.overturned());
        physician.put("peerToPeerRequested", r.peerToPeer());
        physician.put("withPhysicianNow", r.awaitingPhysician());
        ArrayNode rows = root.putArray("turnaround");
        for (DepartmentReport.TurnaroundRow t : r.turnaround()) {
            ObjectNode n = rows.addObject();
            n.put("urgency", t.urgency() == null ? null : t.urgency().name());
            n.put("lineOfBusiness", t.line() == null ? null : t.line().name());
            n.put("deadlineHours", t.allowed().toHours());
            n.put("decided", t.decided());
            n.put("decidedInTime", t.inTime());
            n.put("decidedLate", t.late());
            if (t.compliancePercent() == null) {
                n.putNull("compliancePercent");
            } else {
                n.put("compliancePercent", Math.round(t.compliancePercent() * 10) / 10.0);
            }
            if (t.medianHours() == null) {
                n.putNull("medianHoursToDecision");
            } else {
                n.put("medianHoursToDecision", Math.round(t.medianHours() * 10) / 10.0);
            }
            n.put("open", t.open());
            n.put("overdueNow", t.overdueNow());
        }
        root.put("overdueNow", r.overdueNow());
        root.put("noDeadline", r.noDeadline());
        root.put("decisionsFrom", r.fromTrail() ? "audit trail" : "saved work");
        if (r.fromTrail()) {
            root.put("savedWorkDisagreesWithAuditTrail", r.trailDisagrees());
        }
        try {
            return m.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
