package org.imrtreview.cli;

import java.io.IOException;
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
import org.imrtreview.store.db.TeamDatabase;
import org.imrtreview.store.db.TeamStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Setting up the team store: import a workspace's one-desk work, add reviewers (docs/team.md). */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Set up the team store: import a workspace, add reviewers.",
        subcommands = {DbCommand.Import.class, DbCommand.ReviewerAdd.class, DbCommand.Reviewers.class})
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
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isDirectory(workspace)) {
                err.println("error: " + workspace + " is not a folder");
                err.flush();
                return 2;
            }
            try (TeamDatabase database = db.open(err)) {
                if (database == null) {
                    return 2;
                }
                List<StateImport.Outcome> outcomes = new StateImport(TeamDbOption.store(database)).importWorkspace(workspace);
                outcomes.forEach(o -> out.println(o.key() + ": " + o.result()));
                out.println(outcomes.size() + " cases in the team store from " + workspace);
                out.flush();
                return 0;
            } catch (TeamStoreException | IOException e) {
                err.println("error: " + (e instanceof TeamStoreException ? e.getMessage()
                        : "the workspace could not be read (" + e.getClass().getSimpleName() + ")"));
                err.flush();
                return 2;
            }
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
            PrintWriter err = spec.commandLine().getErr();
            try (TeamDatabase database = db.open(err)) {
                if (database == null) {
                    return 2;
                }
                Reviewer r = TeamDbOption.store(database).addReviewer(login, name, credentials, EnumSet.copyOf(roles));
                spec.commandLine().getOut().println(describe(r));
                spec.commandLine().getOut().flush();
                return 0;
            } catch (TeamStoreException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return e instanceof TeamStoreException.NotPermitted ? 3 : 2;
            }
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
            PrintWriter err = spec.commandLine().getErr();
            try (TeamDatabase database = db.open(err)) {
                if (database == null) {
                    return 2;
                }
                TeamDbOption.store(database).reviewers().forEach(r -> spec.commandLine().getOut().println(describe(r)));
                spec.commandLine().getOut().flush();
                return 0;
            } catch (TeamStoreException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return 2;
            }
        }
    }

    static String describe(Reviewer r) {
        return r.login() + "\t" + r.displayName() + (r.credentials() == null ? "" : ", " + r.credentials()) + "\t"
                + r.roles().stream().sorted().map(ReviewerRole::name).toList() + (r.active() ? "" : "\tinactive");
    }
}
