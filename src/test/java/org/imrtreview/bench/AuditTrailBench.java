package org.imrtreview.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.db.AuditChain;
import org.imrtreview.store.db.TeamDatabase;
import org.imrtreview.store.db.TeamStore;

/**
 * What the audit trail window's reads cost on a trail of years (decision 0317): a trail of N events (default
 * 200 000, 40 cases, 25 reviewers) is written once, then the window's first read — the newest page of 500 —
 * and a page of one case, one reviewer, one kind are timed against the one read of every matching event the
 * window made before, and the whole chain's verification. Median of 5 runs each, wall time, ms.
 * Usage: bench/audit-trail.sh [EVENTS] (H2 in a temporary workspace; PostgreSQL too when IMRT_TEST_PG_URL is set).
 */
public final class AuditTrailBench {
    private AuditTrailBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path ws = Files.createTempDirectory("audit-bench");
        try (TeamDatabase h2 = TeamDatabase.embedded(ws)) {
            run("H2 (embedded)", h2, n);
        }
        String pg = System.getenv("IMRT_TEST_PG_URL");
        if (pg != null) {
            String database = "imrt_bench_" + Long.toHexString(System.nanoTime());
            try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
            String url = pg.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
            try (TeamDatabase db = TeamDatabase.forArgument(url)) {
                run("PostgreSQL", db, n);
            }
            try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE " + database);
            }
        }
    }

    private static void run(String engine, TeamDatabase db, int n) throws Exception {
        TeamStore lead = new TeamStore(db, "lena");
        lead.addReviewer("lena", "Lena Lead", "RN", EnumSet.of(ReviewerRole.LEAD, ReviewerRole.NURSE));
        long t0 = System.nanoTime();
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            Instant at = Instant.parse("2023-01-02T08:00:00Z");
            String[] kinds = {"Viewed document", "Lock taken", "Edited cell", "Saved", "Lock released", "Decision"};
            for (int i = 0; i < n; i++) {
                at = at.plus(Duration.ofMinutes(7));
                AuditChain.append(c, at, "nurse" + (i % 25), "case-" + (i % 40), kinds[i % kinds.length], "event " + i);
                if (i % 5000 == 4999) {
                    c.commit();
                }
            }
            c.commit();
        }
        System.out.printf("%s: %d events written in %.1f s%n", engine, n, (System.nanoTime() - t0) / 1e9);
        TeamStore.AuditQuery all = TeamStore.AuditQuery.all();
        TeamStore.AuditQuery oneCase = new TeamStore.AuditQuery("case-7", null, null, null, null);
        TeamStore.AuditQuery oneKind = new TeamStore.AuditQuery(null, "nurse3", "Edited cell", null, null);
        double newest = median(() -> lead.eventsPage(all, null, null, 500));
        double earlier = median(() -> lead.eventsPage(all, (long) n / 2, null, 500));
        double casePage = median(() -> lead.eventsPage(oneCase, null, null, 500));
        double kindPage = median(() -> lead.eventsPage(oneKind, null, null, 500));
        double everything = median(() -> lead.events(all));
        double caseAll = median(() -> lead.events(oneCase));
        double verify = median(() -> lead.verifyAuditTrail());
        System.out.printf("  newest page (500, all cases)        %8.1f ms%n", newest);
        System.out.printf("  a page in the middle (Earlier)      %8.1f ms%n", earlier);
        System.out.printf("  newest page of one case             %8.1f ms%n", casePage);
        System.out.printf("  newest page, one reviewer + kind    %8.1f ms%n", kindPage);
        System.out.printf("  every event, one read (before 0317) %8.1f ms  (%.0fx the newest page)%n", everything, everything / newest);
        System.out.printf("  every event of one case, one read   %8.1f ms  (%.0fx its newest page)%n", caseAll, caseAll / casePage);
        System.out.printf("  audit verify (whole chain)          %8.1f ms%n", verify);
    }

    private static double median(java.util.concurrent.Callable<?> work) throws Exception {
        work.call(); // warm
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            work.call();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        ms.sort(null);
        return ms.get(2);
    }
}
