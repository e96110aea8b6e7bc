package org.imrtreview.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrtreview.cli.Cli;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.imrtreview.review.CaseReview;
import org.imrtreview.review.CaseReviews;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.store.db.TeamDatabase;
import org.imrtreview.store.db.TeamStore;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 18: "No member identifiers in logs — only in the store." A team's whole day on the embedded store
 * through the commands — import, assign, worklist, a physician's uphold, the letter, the report, audit
 * verify and export, a case file changed on the share — with every logger of the program and of the
 * store's libraries (Flyway, HikariCP) at its most talkative; each line as the program's own layout
 * prints it must carry no member name, ID or date of birth of the three cases, while the store and the
 * audit export do carry them (so the check looks where the identifiers really travel).
 */
class TeamLogPrivacyTest {

    private static final String ME = System.getProperty("user.name", "unknown");
    private static final String[] SAMPLES = {"01-brain-glioblastoma-criteria-met", "03-lung-v20-csv-criteria-met",
        "04-prostate-xls-criteria-not-met"};
    private static final String[] TALKATIVE = {Logger.ROOT_LOGGER_NAME, "org.imrtreview", "org.flywaydb", "com.zaxxer.hikari"};

    @TempDir
    Path workspace;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Map<String, Level> levelsBefore = new LinkedHashMap<>();

    record Run(int code, String out, String err) { }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void listenToEveryLogger() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (String name : TALKATIVE) {
            Logger logger = context.getLogger(name);
            levelsBefore.put(name, logger.getLevel());
            logger.setLevel(Level.ALL);
        }
        captured.setContext(context);
        captured.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(captured);
    }

    @AfterEach
    void restoreLevels() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(captured);
        captured.stop();
        levelsBefore.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    private static void referred(Path path) throws Exception {
        ReviewStateStore store = new ReviewStateStore();
        CaseReviews reviews = CaseReviews.standard(Clock.fixed(Instant.parse("2026-11-21T18:00:00Z"), ZoneOffset.UTC), "dana");
        CaseReview review = reviews.open(reviews.read(path, false, true), st -> {
            try {
                store.save(path, st);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(review.decide(NurseDecision.REFER, "").isEmpty());
    }

    @Test
    void aTeamsDayOnTheStoreLogsNoMemberIdentifier() throws Exception {
        List<String> identifiers = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String sample : SAMPLES) {
            Path copy = SampleCopies.copyOf(Path.of("samples", sample), workspace);
            JsonNode member = json.readTree(copy.resolve("request.json").toFile()).get("member");
            identifiers.add(member.get("name").asText());
            identifiers.add(member.get("id").asText());
            identifiers.add(member.get("dateOfBirth").asText());
            for (String part : member.get("name").asText().split("[ ,.]+")) {
                if (part.length() >= 4) {
                    identifiers.add(part); // a surname or given name alone is still the member
                }
            }
        }
        // the nurse has referred case 04 with its draft denial in the workstation (saved beside the case)
        referred(workspace.resolve(SAMPLES[2]));
        try (TeamDatabase db = TeamDatabase.embedded(workspace)) {
            TeamStore lead = new TeamStore(db, "lena");
            lead.addReviewer("lena", "Lena Lead", "RN", EnumSet.of(ReviewerRole.LEAD));
            lead.addReviewer(ME, "Helen Vance", "MD, Radiation Oncology", EnumSet.of(ReviewerRole.PHYSICIAN, ReviewerRole.LEAD));
        }
        String db = workspace.toString();
        Path case04 = workspace.resolve(SAMPLES[2]);

        assertEquals(0, cli("db", "import", "--db", db, db).code());
        for (String sample : SAMPLES) {
            assertEquals(0, cli("db", "assign", "--db", db, workspace.resolve(sample).toString()).code());
        }
        Run worklist = cli("db", "worklist", "--db", db);
        assertEquals(0, worklist.code(), worklist.err());
        Run uphold = cli("physician", "decide", case04.toString(), "uphold",
                "--rationale", "3D plan meets the rectum and bladder limits.", "--db", db);
        assertEquals(0, uphold.code(), uphold.err());
        Run letter = cli("letter", case04.toString(), "--out", workspace.resolve("denial.pdf").toString(), "--db", db);
        assertEquals(0, letter.code(), letter.err());
        assertEquals(0, cli("report", "--db", db, "--format", "json").code());
        // a file of a case changes on the share: the next opening notices it (decision 0319)
        Files.writeString(workspace.resolve(SAMPLES[0]).resolve("progress_notes_addendum.txt"), "Seen again 2026-11-23.");
        cli("db", "worklist", "--db", db);
        cli("physician", "queue", "--db", db);
        assertEquals(0, cli("audit", "verify", "--db", db).code());
        Run export = cli("audit", "export", "--db", db, "--format", "json");
        assertEquals(0, export.code(), export.err());

        LogSetup.LineLayout layout = new LogSetup.LineLayout();
        layout.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        layout.start();
        List<String> lines = captured.list.stream().map(layout::doLayout).toList();
        assertFalse(lines.isEmpty(), "the store's libraries and the program logged at their most talkative");
        List<String> leaking = new ArrayList<>();
        for (String line : lines) {
            for (String id : identifiers) {
                if (line.contains(id)) {
                    leaking.add(id + " in: " + line.strip());
                }
            }
        }
        assertEquals(List.of(), leaking, lines.size() + " log lines");

        // the identifiers do travel where a nurse needs them: the worklist she reads names the members
        assertTrue(identifiers.stream().anyMatch(worklist.out()::contains), worklist.out());
    }
}
