package org.imrtreview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.imrtreview.store.db.AuditChain;
import org.imrtreview.store.db.AuditEvent;
import org.imrtreview.store.db.AuditExport;
import org.imrtreview.store.db.TeamDatabase;
import org.imrtreview.store.db.TeamStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The team audit trail: verify its hash chain, export it for an auditor (docs/team.md). */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Verify or export the team store's audit trail.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Exit 0: intact; 3: a broken link (named); 2: the database could not be read. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute every link of the audit chain; names the first broken event (exit 3).")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--db", paramLabel = "URL|WORKSPACE", description = "The team database: a PostgreSQL JDBC URL, or a"
                + " workspace folder for its embedded database. Not needed with --export.")
        String dbName;
        @Option(names = "--export", paramLabel = "FILE", description = "Check an audit export (CSV or JSON) instead of the"
                + " database: every event's hash recomputed, consecutive events linked. Needs no database.")
        Path export;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (export != null) {
                return checkExport(out, err);
            }
            if (dbName == null) {
                err.println("error: say which trail: --db URL|WORKSPACE, or --export FILE for an export");
                err.flush();
                return 2;
            }
            TeamDbOption db = new TeamDbOption();
            db.db = dbName;
            try (TeamDatabase database = db.open(err)) {
                if (database == null) {
                    return 2;
                }
                AuditChain.Verification v = AuditChain.verify(database);
                out.println(v.summary());
                out.flush();
                return v.intact() ? 0 : 3;
            } catch (SQLException | TeamStoreException e) {
                err.println("error: the audit trail could not be read (" + e.getClass().getSimpleName() + ")");
                err.flush();
                return 2;
            }
        }

        private int checkExport(PrintWriter out, PrintWriter err) {
            List<AuditEvent> events;
            try (java.io.Reader r = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
                events = AuditExport.read(r);
            } catch (IOException | RuntimeException e) {
                err.println("error: " + export + " is not an audit export this program wrote (" + e.getClass().getSimpleName() + ")");
                err.flush();
                return 2;
            }
            AuditChain.Verification v = AuditExport.check(events);
            long gaps = AuditExport.gaps(events);
            out.println(v.intact() ? "Audit export intact: " + v.eventsChecked() + " events, every hash recomputed, every"
                    + " consecutive link verified" + (gaps == 0 ? "." : "; " + gaps + " gaps where events of other cases or"
                    + " times are not in the export.") : v.summary().replace("Audit trail", "Audit export"));
            out.flush();
            return v.intact() ? 0 : 3;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the audit events of one case or a period as CSV or JSON (an auditor or a lead).")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        TeamDbOption db = new TeamDbOption();
        @Option(names = "--case", paramLabel = "KEY", description = "Only this case (its folder name in the workspace).")
        String caseKey;
        @Option(names = "--from", paramLabel = "DATE", description = "From this day (UTC, yyyy-mm-dd) or instant.")
        String from;
        @Option(names = "--to", paramLabel = "DATE", description = "Up to, not including, this day (UTC) or instant.")
        String to;
        @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
        String format;
        @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of the standard output.")
        Path outFile;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            if (!format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("json")) {
                err.println("error: --format must be csv or json");
                err.flush();
                return 1;
            }
            Instant start;
            Instant end;
            try {
                start = instant(from);
                end = instant(to);
            } catch (DateTimeParseException e) {
                err.println("error: --from and --to take a day (2026-12-01) or an instant (2026-12-01T14:00:00Z)");
                err.flush();
                return 1;
            }
            try (TeamDatabase database = db.open(err)) {
                if (database == null) {
                    return 2;
                }
                List<AuditEvent> events = TeamDbOption.store(database).events(caseKey, start, end);
                Writer w = outFile == null ? spec.commandLine().getOut() : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
                try {
                    if (format.equalsIgnoreCase("json")) {
                        AuditExport.json(events, w);
                    } else {
                        AuditExport.csv(events, w);
                    }
                } finally {
                    w.flush();
                    if (outFile != null) {
                        w.close();
                    }
                }
                if (outFile != null) {
                    err.println(events.size() + " audit events written to " + outFile);
                    err.flush();
                }
                return 0;
            } catch (TeamStoreException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return 2;
            }
        }

        private static Instant instant(String text) {
            if (text == null) {
                return null;
            }
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        }
    }
}
