package org.imrtreview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.imrtreview.intake.UnreadablePathException;
import org.imrtreview.review.CaseReview;
import org.imrtreview.review.CaseReviews;
import org.imrtreview.review.DepartmentReport;
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.store.worklist.Turnaround;
import org.imrtreview.store.worklist.WorklistEntry;
import org.imrtreview.store.worklist.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code physician queue [WORKSPACE]} lists the cases referred to a physician reviewer, most urgent
 * first; {@code physician decide CASE uphold|overturn|peer-to-peer --as "Name, MD" --rationale TEXT}
 * records the physician's action in the case, through the same checks as the window (decision 0220):
 * only a physician (MD/DO) acts, only on a referred case, once. Exit 0 recorded; 1 refused (the reason
 * on stderr); 2 the case cannot be read.
 */
@Command(name = "physician", mixinStandardHelpOptions = true,
        description = "The physician reviewer's queue and decisions (uphold, overturn, peer-to-peer).",
        subcommands = {PhysicianCommand.Queue.class, PhysicianCommand.Decide.class})
public final class PhysicianCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "queue", mixinStandardHelpOptions = true,
            description = "Cases referred to a physician reviewer (awaiting the physician or a peer-to-peer), most urgent first.")
    static final class Queue implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "WORKSPACE", description = "Folder of cases (default: the current folder).")
        Path workspace = Path.of(".");

        @Option(names = "--as-of", hidden = true)
        Instant asOf;

        @Option(names = "--db", paramLabel = "URL|WORKSPACE", description = "The team store's queue instead of the workspace's"
                + " files: a PostgreSQL JDBC URL, or a workspace folder for its embedded database (docs/team.md).")
        String dbName;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (dbName != null) {
                return fromStore(o, err, asOf == null ? Instant.now() : asOf);
            }
            if (!Files.isDirectory(workspace)) {
                CaseArgument.fail(err, workspace + " is not a folder of cases");
                return CaseArgument.UNREADABLE;
            }
            List<WorklistEntry> queue;
            try {
                queue = new Workspace(new ReviewStateStore()).scan(workspace).stream()
                        .filter(e -> e.status().withPhysician()).toList();
            } catch (IOException e) {
                CaseArgument.fail(err, "could not read the workspace " + workspace + " (" + e.getClass().getSimpleName() + ")");
                return CaseArgument.UNREADABLE;
            }
            Instant now = asOf == null ? Instant.now() : asOf;
            if (queue.isEmpty()) {
                o.println("No case is waiting for a physician reviewer.");
                o.flush();
                return 0;
            }
            DateTimeFormatter due = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());
            o.println(String.format(Locale.ROOT, "%-20s %-28s %-10s %-19s %-17s %-16s %s", "request", "case folder",
                    "urgency", "line of business", "due", "time left", "status"));
            for (WorklistEntry e : queue) {
                Duration left = e.timeLeft(now);
                o.println(String.format(Locale.ROOT, "%-20s %-28s %-10s %-19s %-17s %-16s %s",
                        e.requestId() == null ? "—" : TerminalText.escape(e.requestId()), TerminalText.escape(e.caseName()),
                        DepartmentReport.urgency(e.urgency()),
                        DepartmentReport.line(e.line()), e.dueAt() == null ? "—" : due.format(e.dueAt()),
                        Turnaround.describe(left), e.status().title()));
            }
            o.println(queue.size() + (queue.size() == 1 ? " case" : " cases") + " with the physician reviewer.");
            o.flush();
            return 0;
        }

        /**
         * The team store's referred cases (awaiting the physician, or a peer-to-peer), soonest due first, with
         * who they are assigned to and who is editing them: the statuses every workstation saved, not the files
         * beside the cases (which on a store are not written). Exit 2 when the store cannot be read, 3 when the
         * login may not read its worklist.
         */
        private int fromStore(PrintWriter o, PrintWriter err, Instant now) {
            TeamDbOption db = new TeamDbOption();
            db.db = dbName;
            try (org.imrtreview.store.db.TeamDatabase database = db.open(err)) {
                if (database == null) {
                    return 2;
                }
                var store = TeamDbOption.store(database);
                var rows = store.worklist(new org.imrtreview.store.db.TeamStore.WorklistFilter(null, false, java.util.Set.of(
                        org.imrtreview.store.ReviewStatus.AWAITING_PHYSICIAN.name(), org.imrtreview.store.ReviewStatus.PEER_TO_PEER.name())));
                if (rows.isEmpty()) {
                    o.println("No case in the team store is waiting for a physician reviewer.");
                    o.flush();
                    return 0;
                }
                java.util.Map<String, String> names = new java.util.HashMap<>();
                store.reviewers().forEach(r -> names.put(r.login(), r.identity().name()));
                DateTimeFormatter due = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());
                String format = "%-20s %-36s %-10s %-19s %-17s %-16s %-19s %-18s %s";
                o.println(String.format(Locale.ROOT, format, "request", "case", "urgency", "line of business", "due", "time left",
                        "status", "assigned to", "editing"));
                for (var r : rows) {
                    var line = r.request() == null || r.request().plan() == null ? null : r.request().plan().line();
                    o.println(String.format(Locale.ROOT, format,
                            r.requestId() == null ? "—" : TerminalText.escape(r.requestId()), TerminalText.escape(r.key()),
                            DepartmentReport.urgency(urgency(r.urgency())), DepartmentReport.line(line),
                            r.dueAt() == null ? "—" : due.format(r.dueAt()),
                            Turnaround.describe(r.dueAt() == null ? null : Duration.between(now, r.dueAt())),
                            org.imrtreview.store.ReviewStatus.valueOf(r.status()).title(),
                            r.assignee() == null ? "Unassigned" : TerminalText.escape(names.getOrDefault(r.assignee(), r.assignee())),
                            r.lock() == null ? "" : TerminalText.escape(names.getOrDefault(r.lock().owner(), r.lock().owner()))));
                }
                o.println(rows.size() + (rows.size() == 1 ? " case" : " cases") + " with the physician reviewer in the team store.");
                o.flush();
                return 0;
            } catch (org.imrtreview.store.db.TeamStoreException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return e instanceof org.imrtreview.store.db.TeamStoreException.NotPermitted ? 3 : 2;
            }
        }

        private static org.imrtreview.model.Request.Urgency urgency(String name) {
            try {
                return name == null ? null : org.imrtreview.model.Request.Urgency.valueOf(name);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Record the physician reviewer's action on a referred case.")
    static final class Decide implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
        Path path;

        @Parameters(index = "1", paramLabel = "uphold|overturn|peer-to-peer", description = "What the physician decides.")
        String action;

        @Option(names = "--as", paramLabel = "\"Name, MD\"",
                description = "The physician reviewer: name and credentials (MD or DO). Required without --db; with --db"
                        + " the signer is your account in the team store (its name, credentials and role), and --as, if"
                        + " given, must name that account.")
        String who;

        @picocli.CommandLine.Mixin
        CaseDbOption db = new CaseDbOption();

        @Option(names = "--rationale", paramLabel = "TEXT",
                description = "The clinical rationale (required to uphold or overturn; goes into the provider's section of the denial).")
        String rationale;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            PhysicianAction chosen = parse(action);
            if (chosen == null) {
                CaseArgument.fail(err, "unknown action '" + action + "' (use uphold, overturn or peer-to-peer)");
                return 1;
            }
            if (!Files.isDirectory(path)) {
                CaseArgument.fail(err, path + " is not a case folder (a physician's decision is saved with the case)");
                return CaseArgument.UNREADABLE;
            }
            if (!db.given() && (who == null || who.isBlank())) {
                CaseArgument.fail(err, "say who decides: --as \"Name, MD\" (or work on the team store with --db, where"
                        + " your account signs)");
                return 1;
            }
            if (db.given()) {
                org.imrtreview.store.db.TeamStore team = db.open(err);
                if (team == null) {
                    return CaseDbOption.UNREACHABLE;
                }
                try {
                    return decideInStore(team, chosen, o, err);
                } finally {
                    CaseDbOption.close(team);
                }
            }
            ReviewStateStore store = new ReviewStateStore();
            IOException[] failed = new IOException[1];
            CaseReview review;
            try {
                CaseReviews reviews = CaseReviews.standard(Clock.systemUTC(), System.getProperty("user.name", ""));
                review = reviews.open(reviews.read(path, false, true), s -> save(store, s, failed));
            } catch (UnreadablePathException e) {
                CaseArgument.fail(err, e.getMessage());
                return CaseArgument.UNREADABLE;
            }
            Optional<String> refused = review.physicianDecide(chosen, rationale,
                    ReviewerIdentity.parse(who, ReviewerRole.PHYSICIAN));
            if (failed[0] != null) {
                CaseArgument.fail(err, "could not save the decision in " + path + " (" + failed[0].getMessage() + ")");
                return 1;
            }
            if (refused.isPresent()) {
                CaseArgument.fail(err, refused.get().replace("Tools ▸ Who is using this workstation", "--as \"Name, MD\""));
                return 1;
            }
            return done(review, chosen, o);
        }

        /** The same decision on the team store: the case's lock, the store's version, the store's roles. */
        private int decideInStore(org.imrtreview.store.db.TeamStore team, PhysicianAction chosen, PrintWriter o, PrintWriter err) {
            ReviewerIdentity signer = CaseDbOption.account(team, who, "--as", err);
            if (signer == null) {
                return 1;
            }
            org.imrtreview.store.db.SharedCase shared = CaseDbOption.openForWork(team, path, err);
            if (shared == null) {
                return 1;
            }
            try {
                String[] failed = new String[1];
                CaseReviews reviews = CaseReviews.standard(Clock.systemUTC(), team.user());
                CaseReview review = reviews.open(reviews.read(path, shared.saved(), shared.notices()), s -> {
                    try {
                        shared.save(s);
                    } catch (org.imrtreview.store.db.TeamStoreException e) {
                        failed[0] = e.getMessage();
                    }
                });
                Optional<String> refused = review.physicianDecide(chosen, rationale, signer);
                if (refused.isPresent()) {
                    CaseArgument.fail(err, refused.get().replace("Tools ▸ Who is using this workstation",
                            "your account in the team store (a lead sets it: db reviewer-add)") + " Nothing was saved.");
                    return 1;
                }
                if (failed[0] != null) {
                    CaseArgument.fail(err, "the decision was not saved in the team store: " + failed[0]);
                    return 1;
                }
                return done(review, chosen, o);
            } catch (UnreadablePathException e) {
                CaseArgument.fail(err, e.getMessage());
                return CaseArgument.UNREADABLE;
            } finally {
                shared.release();
            }
        }

        private int done(CaseReview review, PhysicianAction chosen, PrintWriter o) {
            o.println(chosen.done() + " by " + review.physicianSteps().get(review.physicianSteps().size() - 1)
                    .physician().signature() + "; status: " + review.state().status().title() + ".");
            if (chosen == PhysicianAction.UPHOLD) {
                o.println("The denial letter is now final and signed: letter " + path + " --out denial.pdf");
            } else if (chosen == PhysicianAction.OVERTURN) {
                o.println("The letter is now the approval: letter " + path + " --out approval.pdf");
            }
            o.flush();
            return 0;
        }

        private void save(ReviewStateStore store, ReviewState s, IOException[] failed) {
            try {
                store.save(path, s);
            } catch (IOException e) {
                failed[0] = e;
            }
        }

        static PhysicianAction parse(String word) {
            String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            return switch (w) {
                case "uphold", "deny" -> PhysicianAction.UPHOLD;
                case "overturn", "approve" -> PhysicianAction.OVERTURN;
                case "peer-to-peer", "p2p", "peer" -> PhysicianAction.PEER_TO_PEER;
                default -> null;
            };
        }
    }
}
