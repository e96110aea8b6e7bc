package org.imrtreview.store.db;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.imrtreview.store.persist.Json;

/**
 * The audit trail for an auditor, as CSV or JSON: every field of each event including both hashes,
 * so the export can be checked against the chain (or re-hashed) outside the program.
 */
public final class AuditExport {
    private static final String[] COLUMNS = {"seq", "at", "actor", "case", "action", "detail", "prev_hash", "hash"};

    private AuditExport() {
    }

    /** Writes the events as CSV; {@code out} is flushed, not closed (the caller owns it). */
    public static void csv(List<AuditEvent> events, Writer out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get());
        for (AuditEvent e : events) {
            p.printRecord(e.seq(), e.at(), e.actor(), e.caseKey(), e.action(), e.detail(), e.prevHash(), e.hash());
        }
        p.flush();
    }

    public static void json(List<AuditEvent> events, Writer out) throws IOException {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (AuditEvent e : events) {
            ObjectNode o = array.addObject();
            o.put("seq", e.seq());
            o.put("at", e.at().toString());
            o.put("actor", e.actor());
            o.put("case", e.caseKey());
            o.put("action", e.action());
            o.put("detail", e.detail());
            o.put("prevHash", e.prevHash());
            o.put("hash", e.hash());
        }
        out.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array)); // not closed: the caller owns it
        out.flush();
    }

    /** Reads back an export written by {@link #csv} or {@link #json} (by its first character: '[' is JSON). */
    public static List<AuditEvent> read(Reader in) throws IOException {
        java.io.BufferedReader r = new java.io.BufferedReader(in);
        r.mark(16);
        int first = r.read();
        while (first == '\uFEFF' || Character.isWhitespace(first)) {
            first = r.read();
        }
        r.reset();
        List<AuditEvent> out = new ArrayList<>();
        if (first == '[') {
            for (JsonNode n : Json.MAPPER.readTree(r)) {
                out.add(new AuditEvent(n.path("seq").asLong(), Instant.parse(n.path("at").asText()), text(n, "actor"),
                        text(n, "case"), text(n, "action"), text(n, "detail"), text(n, "prevHash"), text(n, "hash")));
            }
            return out;
        }
        for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            out.add(new AuditEvent(Long.parseLong(rec.get("seq")), Instant.parse(rec.get("at")), rec.get("actor"),
                    rec.get("case"), rec.get("action"), rec.get("detail"), rec.get("prev_hash"), rec.get("hash")));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * Checks an export without the database, as an auditor can: every event's hash is recomputed from its
     * own fields and the previous hash it names ({@link AuditChain#hash}), and where two exported events
     * are consecutive in the chain the later one must name the earlier one's hash. An export of one case
     * or a period has gaps (other cases' events), which are counted, not failed. CSV writes no field as
     * empty, so an empty case or detail is tried both as empty and as none.
     */
    public static AuditChain.Verification check(List<AuditEvent> events) {
        long checked = 0;
        AuditEvent before = null;
        for (AuditEvent e : events) {
            if (before != null && e.seq() <= before.seq()) {
                return AuditChain.Verification.broken(checked, e.seq(), "event " + e.seq() + " comes after event "
                        + before.seq() + " in the export (out of order or repeated)");
            }
            if (before != null && e.seq() == before.seq() + 1 && !before.hash().equals(e.prevHash())) {
                return AuditChain.Verification.broken(checked, e.seq(), "event " + e.seq() + " does not follow event "
                        + before.seq() + " (its previous hash differs)");
            }
            if (!hashMatches(e)) {
                return AuditChain.Verification.broken(checked, e.seq(), "event " + e.seq()
                        + " was changed after it was written (its content no longer matches its hash)");
            }
            before = e;
            checked++;
        }
        return new AuditChain.Verification(true, checked, 0, null);
    }

    private static boolean hashMatches(AuditEvent e) {
        for (String caseKey : alternatives(e.caseKey())) {
            for (String detail : alternatives(e.detail())) {
                if (AuditChain.hash(e.prevHash(), e.seq(), e.at(), e.actor(), caseKey, e.action(), detail).equals(e.hash())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> alternatives(String field) {
        return field == null || field.isEmpty() ? java.util.Arrays.asList(null, "") : List.of(field);
    }

    /** How many places in the export the chain continues with events not in it (a case's or a period's export). */
    public static long gaps(List<AuditEvent> events) {
        long gaps = 0;
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).seq() != events.get(i - 1).seq() + 1) {
                gaps++;
            }
        }
        return gaps;
    }
}
