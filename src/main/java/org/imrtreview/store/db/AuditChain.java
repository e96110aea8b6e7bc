package org.imrtreview.store.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The audit trail as a hash chain. Each event's hash is SHA-256 over the previous event's hash and the
 * event's own fields, so an edited, removed or re-ordered row breaks every link after it, and
 * {@link #verify} names the first broken one. The database refuses UPDATE and DELETE on the table
 * (triggers in both engines); the chain catches what a database owner could still do around them.
 * Appends are serialised by locking the one-row chain head, always as the last step of a transaction,
 * so the event commits with the change it records or not at all.
 */
public final class AuditChain {
    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Appends an event inside the caller's transaction and returns it. */
    public static AuditEvent append(Connection c, Instant at, String actor, String caseKey, String action, String detail)
            throws SQLException {
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        long prevSeq;
        String prevHash;
        try (PreparedStatement head = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_head row missing");
            }
            prevSeq = rs.getLong(1);
            prevHash = rs.getString(2);
        }
        long seq = prevSeq + 1;
        String hash = hash(prevHash, seq, when, actor, caseKey, action, detail);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (seq, at, actor, case_key, action, detail,"
                + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setObject(2, OffsetDateTime.ofInstant(when, ZoneOffset.UTC));
            insert.setString(3, actor);
            insert.setString(4, caseKey);
            insert.setString(5, action);
            insert.setString(6, detail);
            insert.setString(7, prevHash);
            insert.setString(8, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement move = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
            move.setLong(1, seq);
            move.setString(2, hash);
            move.executeUpdate();
        }
        return new AuditEvent(seq, when, actor, caseKey, action, detail, prevHash, hash);
    }

    /** SHA-256 (hex) of the previous hash and the event's fields, each length-prefixed so no two events hash alike. */
    public static String hash(String prevHash, long seq, Instant at, String actor, String caseKey, String action, String detail) {
        StringBuilder b = new StringBuilder();
        for (String field : new String[] {prevHash, Long.toString(seq), at.truncatedTo(ChronoUnit.MICROS).toString(),
                actor, caseKey, action, detail}) {
            if (field == null) {
                b.append("-1:");
            } else {
                b.append(field.length()).append(':').append(field);
            }
            b.append('|');
        }
        return sha256(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /**
     * Walks the whole chain in order. Intact: every row's number follows the one before, its previous
     * hash is that row's hash, its own hash matches its fields, and the last row is the chain head.
     * Otherwise the result names the first row that fails and why.
     */
    public static Verification verify(TeamDatabase db) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            c.setReadOnly(true);
            try {
                return verify(c);
            } finally {
                c.rollback();
            }
        }
    }

    static Verification verify(Connection c) throws SQLException {
        long headSeq;
        String headHash;
        try (PreparedStatement head = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                return Verification.broken(0, 0, "the chain head is missing");
            }
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
        }
        long expectedSeq = 1;
        String prev = GENESIS;
        long checked = 0;
        try (PreparedStatement rows = c.prepareStatement("SELECT seq, at, actor, case_key, action, detail, prev_hash, hash"
                + " FROM audit_event ORDER BY seq")) {
            rows.setFetchSize(1000);
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    AuditEvent e = read(rs);
                    if (e.seq() != expectedSeq) {
                        return Verification.broken(checked, expectedSeq, e.seq() > expectedSeq
                                ? "event " + expectedSeq + (e.seq() - expectedSeq > 1 ? " to " + (e.seq() - 1) : "") + " missing (next is " + e.seq() + ")"
                                : "event numbers out of order at " + e.seq());
                    }
                    if (!e.prevHash().equals(prev)) {
                        return Verification.broken(checked, e.seq(), "event " + e.seq() + " does not follow event "
                                + (e.seq() - 1) + " (its previous hash differs)");
                    }
                    String recomputed = hash(e.prevHash(), e.seq(), e.at(), e.actor(), e.caseKey(), e.action(), e.detail());
                    if (!recomputed.equals(e.hash())) {
                        return Verification.broken(checked, e.seq(), "event " + e.seq() + " was changed after it was written"
                                + " (its content no longer matches its hash)");
                    }
                    prev = e.hash();
                    expectedSeq++;
                    checked++;
                }
            }
        }
        if (checked != headSeq || !prev.equals(headHash)) {
            return Verification.broken(checked, checked + 1, checked < headSeq
                    ? "events " + (checked + 1) + " to " + headSeq + " missing from the end of the trail"
                    : "the chain head does not match the last event " + checked);
        }
        return new Verification(true, checked, 0, null);
    }

    static AuditEvent read(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    /** The outcome of {@link #verify}: intact, or the first broken event's number and what is wrong with it. */
    public record Verification(boolean intact, long eventsChecked, long firstBroken, String problem) {
        static Verification broken(long checked, long seq, String problem) {
            return new Verification(false, checked, seq, problem);
        }

        public String summary() {
            return intact ? "Audit trail intact: " + eventsChecked + " events, every link verified."
                    : "Audit trail BROKEN at event " + firstBroken + ": " + problem + " (" + eventsChecked
                    + " events before it verified).";
        }
    }
}
