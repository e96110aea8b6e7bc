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
import java.util.concurrent.Callable;
import org.imrtreview.store.db.AuditChain;
import org.imrtreview.store.db.AuditExport;
import org.imrtreview.store.db.TeamDatabase;
import org.imrtreview.store.db.TeamStore;
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
            AuditExport.Check check = new AuditExport.Check(); // event by event: an export of years is not held in memory
            try (java.io.Reader r = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
                AuditExport.read(r, check);
            } catch (IOException | RuntimeException e) {
                err.println("error: " + export + " is not an audit export this program wrote (" + e.getClass().getSimpleName() + ")");
                err.flush();
                return 2;
            }
            AuditChain.Verification v = check.result();
            long gaps = check.gaps();
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
        @Option(names = "--from", paramLabel = "DATE", description = "From the start of this day (UTC, yyyy-mm-dd) or this instant.")
        String from;
        @Option(names = "--to", paramLabel = "DATE", description = "To the end of this day (UTC, the day included) or up to, not including, this instant.")
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
                start = instant(from, false);
                end = instant(to, true);
            } catch (DateTimeParseException e) {
                err.println("error: --from and --to take a day (2026-12-01) or an instant (2026-12-01T14:00:00Z)");
                err.flush();
                return 1;
            }
            try (TeamDatabase database = db.open(err)) {
                if (database == null) {
                    return 2;
                }
                Writer w = outFile == null ? spec.commandLine().getOut() : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
                long[] written = {0};
                try {
                    AuditExport.Sink sink = AuditExport.sink(w, format.equalsIgnoreCase("json"));
                    // a page at a time: an export of years of events holds one page in memory (decision 0317)
                    TeamDbOption.store(database).eachEvent(new TeamStore.AuditQuery(caseKey, null, null, start, end), e -> {
                        try {
                            sink.add(e);
                            written[0]++;
                        } catch (IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    });
                    sink.finish();
                } catch (java.io.UncheckedIOException x) {
                    throw x.getCause();
                } finally {
                    w.flush();
                    if (outFile != null) {
                        w.close();
                    }
                }
                if (outFile != null) {
                    err.println(written[0] + " audit events written to " + outFile);
                    err.flush();
                }
                return 0;
            } catch (TeamStoreException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return 2;
            }
        }

        /**
         * A day (UTC) or an instant. A day ending the period is included, as the audit trail window's and
         * {@code report --to} are (decision 0317); an instant ending it is not.
         */
        static Instant instant(String text, boolean end) {
            if (text == null) {
                return null;
            }
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        }
    }
}
