package org.imrtreview.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.imrtreview.store.db.Reviewer;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.db.StateImport;
import org.imrtreview.store.db.TeamStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Setting up the team store: import a workspace's one-desk work, add reviewers (docs/team.md). */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Set up the team store: import a workspace, add reviewers.",
        subcommands = {DbCommand.Import.class, DbCommand.ReviewerAdd.class, DbCommand.Reviewers.class, DbCommand.Assign.class,
            DbCommand.Worklist.class, DbCommand.CaseFilesCheck.class})
final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "List every case of a workspace in the team"
            + " store and bring in each one's saved work (.imrt-review/review-state.json) once; the files stay where they are.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        TeamDbOption db = new TeamDbOption();
        @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The folder of case folders.")
        Path workspace;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isDirectory(workspace)) {
                err.println("error: " + TerminalText.escape(workspace.toString()) + " is not a folder");
                err.flush();
                return 2;
            }
            return db.run(spec, 2, (store, o) -> {
                List<StateImport.Outcome> outcomes = new StateImport(store).importWorkspace(workspace);
                outcomes.forEach(c -> o.println(TerminalText.escape(c.key()) + ": " + c.result()));
                o.println(outcomes.size() + " cases in the team store from " + TerminalText.escape(workspace.toString()));
                return 0;
            });
        }
    }

    @Command(name = "reviewer-add", mixinStandardHelpOptions = true, description = "Add a reviewer, or change her name,"
            + " credentials and roles (a lead; anyone for the first reviewer of an empty database).")
    static final class ReviewerAdd implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        TeamDbOption db = new TeamDbOption();
        @Parameters(index = "0", paramLabel = "LOGIN", description = "Her login on the workstations.")
        String login;
        @Option(names = "--name", required = true, description = "Her name as letters print it.")
        String name;
        @Option(names = "--credentials", description = "e.g. RN, or MD, Radiation Oncology.")
        String credentials;
        @Option(names = "--role", required = true, split = ",", description = "NURSE, PHYSICIAN, LEAD, AUDITOR (comma-separated).")
        Set<ReviewerRole> roles;

        @Override
        public Integer call() {
            return db.run(spec, 2, (store, out) -> {
                out.println(describe(store.addReviewer(login, name, credentials, EnumSet.copyOf(roles))));
                return 0;
            });
        }
    }

    @Command(name = "reviewers", mixinStandardHelpOptions = true, description = "List the team's reviewers and roles.")
    static final class Reviewers implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        TeamDbOption db = new TeamDbOption();

        @Override
        public Integer call() {
            return db.run(spec, 2, (store, out) -> {
                store.reviewers().forEach(r -> out.println(describe(r)));
                return 0;
            });
        }
    }

    /** The store's key of a CASE argument: a case folder (its name, or pas-inbox/ID) or the key itself. */
    static String key(String argument) {
        Path p = Path.of(argument);
        return Files.isDirectory(p) ? org.imrtreview.store.db.CaseKeys.of(p) : argument;
    }

    @Command(name = "assign", mixinStandardHelpOptions = true, description = "Assign a case to a reviewer (a lead: anyone;"
            + " a nurse or physician: an unassigned case to herself), or put it back in the unassigned queue (--none). Audited.")
    static final class Assign implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        TeamDbOption db = new TeamDbOption();
        @Parameters(index = "0", paramLabel = "CASE", description = "The case folder, or its key in the store (folder name).")
        String caseArgument;
        @Parameters(index = "1", arity = "0..1", paramLabel = "LOGIN", description = "Who gets it (default: you).")
        String login;
        @Option(names = "--none", description = "Unassign: back to the team's queue.")
        boolean none;

        @Override
        public Integer call() {
            return db.run(spec, 1, (store, out) -> {
                String key = key(caseArgument);
                String shown = TerminalText.escape(key);
                if (none) {
                    store.unassign(key);
                    out.println(shown + ": unassigned");
                } else {
                    var row = store.assign(key, login == null ? store.user() : login);
                    out.println(shown + ": assigned to " + org.imrtreview.store.db.SharedCase.displayName(store, row.assignee())
                            + " (" + row.assignee() + ")");
                }
                return 0;
            });
        }
    }

    /** Exit 0: as recorded (or recorded now); 1: the folder differs (each change listed); 2: no database; 3: not permitted. */
    @Command(name = "files", mixinStandardHelpOptions = true, description = "Compare a case folder's files with the SHA-256s"
            + " the team store recorded for it (recorded now when none were); --record (a lead) records the folder as it is"
            + " now in their place. Audited.")
    static final class CaseFilesCheck implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        TeamDbOption db = new TeamDbOption();
        @Parameters(index = "0", paramLabel = "CASE", description = "The case folder, or its key in the store (then its folder"
                + " as the store has it).")
        String caseArgument;
        @Option(names = "--record", description = "Record the folder's files as they are now (a lead, when they differ).")
        boolean record;

        @Override
        public Integer call() {
            return db.run(spec, 1, (store, out) -> {
                String key = key(caseArgument);
                String shown = TerminalText.escape(key);
                var row = store.caseRecord(key).orElseThrow(() -> new TeamStoreException("The case " + key
                        + " is not in the team worklist."));
                Path folder = Files.isDirectory(Path.of(caseArgument)) ? Path.of(caseArgument) : Path.of(row.folder());
                if (record) {
                    var before = store.changedFiles(key, folder);
                    int n = store.recordFiles(key, folder);
                    out.println(shown + ": " + n + " files recorded" + (before.isEmpty() ? "" : " in place of those recorded before ("
                            + before.size() + " differed)"));
                    return 0;
                }
                var check = store.checkFiles(key, folder, true);
                if (check.recordedNow() > 0) {
                    out.println(shown + ": " + check.recordedNow() + " files recorded (none were)");
                } else if (check.changes().isEmpty()) {
                    out.println(shown + ": the files are as recorded" + (check.recordedAt() == null ? "" : " on " + check.recordedAt()));
                } else {
                    out.println(shown + ": " + check.changes().size() + (check.changes().size() == 1 ? " file differs" : " files differ")
                            + " from those recorded on " + check.recordedAt() + " (audited \"Case files changed\"):");
                    check.changes().forEach(ch -> out.println("  " + TerminalText.escape(ch.sentence())));
                    return 1;
                }
                return 0;
            });
        }
    }

    @Command(name = "worklist", mixinStandardHelpOptions = true, description = "The team's worklist as the store has it,"
            + " soonest due first: request, member, urgency, due, status, decision (the nurse's, or the physician's"
            + " step on her referral), assignee, who is editing it.")
    static final class Worklist implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        TeamDbOption db = new TeamDbOption();
        @Option(names = "--mine", description = "Only the cases assigned to you.")
        boolean mine;
        @Option(names = "--unassigned", description = "Only the unassigned queue.")
        boolean unassigned;

        @Override
        public Integer call() {
            return db.run(spec, 2, (store, out) -> {
                var filter = unassigned ? org.imrtreview.store.db.TeamStore.WorklistFilter.unassigned()
                        : mine ? org.imrtreview.store.db.TeamStore.WorklistFilter.assignedTo(store.user())
                        : org.imrtreview.store.db.TeamStore.WorklistFilter.all();
                java.util.Map<String, String> names = new java.util.HashMap<>();
                store.reviewers().forEach(r -> names.put(r.login(), r.identity().name()));
                java.time.format.DateTimeFormatter due = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm",
                        java.util.Locale.ROOT).withZone(java.time.ZoneId.systemDefault());
                String format = "%-36s %-18s %-24s %-10s %-16s %-20s %-44s %-18s %s%n";
                out.printf(java.util.Locale.ROOT, format, "case", "request", "member", "urgency", "due", "status", "decision",
                        "assigned to", "editing");
                var rows = store.worklist(filter);
                for (var r : rows) {
                    var request = r.request();
                    String member = request == null || request.member() == null ? null : request.member().name();
                    out.printf(java.util.Locale.ROOT, format, TerminalText.escape(r.key()), dash(r.requestId()), dash(member),
                            dash(r.urgency()), r.dueAt() == null ? "—" : due.format(r.dueAt()), status(r.status()),
                            decision(r, names),
                            r.assignee() == null ? "Unassigned" : TerminalText.escape(names.getOrDefault(r.assignee(), r.assignee())),
                            r.lock() == null ? "" : TerminalText.escape(names.getOrDefault(r.lock().owner(), r.lock().owner())));
                }
                out.println(rows.size() + (rows.size() == 1 ? " case" : " cases"));
                return 0;
            });
        }

        /**
         * The decision that stands and who made it: the nurse's, or — once the physician reviewer acted on her
         * referral — the physician's step (decision 0473).
         */
        private static String decision(org.imrtreview.store.db.CaseRecord r, java.util.Map<String, String> names) {
            String text = r.decisionText();
            if (text == null) {
                return "—";
            }
            String by = r.physicianAction() != null ? r.physicianBy() : r.decidedBy();
            return TerminalText.escape(text + (by == null ? "" : " (" + names.getOrDefault(by, by) + ")"));
        }

        /** A value from a submission or the store, or a dash; made safe for a terminal. */
        private static String dash(String s) {
            return s == null || s.isBlank() ? "—" : TerminalText.escape(s);
        }

        private static String status(String s) {
            try {
                return s == null ? "—" : org.imrtreview.store.ReviewStatus.valueOf(s).title();
            } catch (IllegalArgumentException e) {
                return s;
            }
        }
    }

    static String describe(Reviewer r) {
        return r.login() + "\t" + r.displayName() + (r.credentials() == null ? "" : ", " + r.credentials()) + "\t"
                + r.roles().stream().sorted().map(ReviewerRole::name).toList() + (r.active() ? "" : "\tinactive");
    }
}
