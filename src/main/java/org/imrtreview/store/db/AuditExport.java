package org.imrtreview.store.db;

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
        write(events, out, false);
    }

    public static void json(List<AuditEvent> events, Writer out) throws IOException {
        write(events, out, true);
    }

    private static void write(List<AuditEvent> events, Writer out, boolean json) throws IOException {
        Sink sink = sink(out, json);
        for (AuditEvent e : events) {
            sink.add(e);
        }
        sink.finish();
    }

    /**
     * An export written one event at a time (an export of years of events holds none of them in memory):
     * {@link #add} each in chain order, then {@link #finish}; the writer is flushed, not closed.
     */
    public interface Sink {
        void add(AuditEvent e) throws IOException;

        void finish() throws IOException;
    }

    /** A CSV or JSON export onto {@code out}, as {@link #csv} and {@link #json} write it. */
    public static Sink sink(Writer out, boolean json) throws IOException {
        if (json) {
            com.fasterxml.jackson.core.JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out);
            g.useDefaultPrettyPrinter();
            g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            return new Sink() {
                @Override
                public void add(AuditEvent e) throws IOException {
                    g.writeStartObject();
                    g.writeNumberField("seq", e.seq());
                    g.writeStringField("at", e.at().toString());
                    g.writeStringField("actor", e.actor());
                    g.writeStringField("case", e.caseKey());
                    g.writeStringField("action", e.action());
                    g.writeStringField("detail", e.detail());
                    g.writeStringField("prevHash", e.prevHash());
                    g.writeStringField("hash", e.hash());
                    g.writeEndObject();
                }

                @Override
                public void finish() throws IOException {
                    g.writeEndArray();
                    g.close(); // the generator, not the writer
                    out.flush();
                }
            };
        }
        CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get());
        return new Sink() {
            @Override
            public void add(AuditEvent e) throws IOException {
                p.printRecord(e.seq(), e.at(), e.actor(), e.caseKey(), e.action(), e.detail(), e.prevHash(), e.hash());
            }

            @Override
            public void finish() throws IOException {
                p.flush();
            }
        };
    }

    /** Reads back an export written by {@link #csv} or {@link #json} (by its first character: '[' is JSON). */
    public static List<AuditEvent> read(Reader in) throws IOException {
        List<AuditEvent> out = new ArrayList<>();
        read(in, out::add);
        return out;
    }

    /** Reads an export event by event, handing each to {@code each} in the file's order (nothing kept). */
    public static void read(Reader in, java.util.function.Consumer<AuditEvent> each) throws IOException {
        java.io.BufferedReader r = new java.io.BufferedReader(in);
        r.mark(16);
        int first = r.read();
        while (first == '\uFEFF' || Character.isWhitespace(first)) {
            first = r.read();
        }
        r.reset();
        if (first == '[') {
            try (com.fasterxml.jackson.core.JsonParser p = Json.MAPPER.getFactory().createParser(r)) {
                p.setCodec(Json.MAPPER);
                if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                    throw new IOException("not a JSON array of audit events");
                }
                while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    JsonNode n = p.readValueAsTree();
                    each.accept(new AuditEvent(n.path("seq").asLong(), Instant.parse(n.path("at").asText()), text(n, "actor"),
                            text(n, "case"), text(n, "action"), text(n, "detail"), text(n, "prevHash"), text(n, "hash")));
                }
            }
            return;
        }
        for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            each.accept(new AuditEvent(Long.parseLong(rec.get("seq")), Instant.parse(rec.get("at")), rec.get("actor"),
                    rec.get("case"), rec.get("action"), rec.get("detail"), rec.get("prev_hash"), rec.get("hash")));
        }
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
        Check check = new Check();
        events.forEach(check);
        return check.result();
    }

    /**
     * {@link #check} one event at a time (an export read as it streams): feed the events in the file's order,
     * then ask {@link #result} and {@link #gaps}. Events after the first broken one are counted, not checked.
     */
    public static final class Check implements java.util.function.Consumer<AuditEvent> {
        private AuditEvent before;
        private long checked;
        private long read;
        private long gaps;
        private AuditChain.Verification broken;

        @Override
        public void accept(AuditEvent e) {
            read++;
            if (broken != null) {
                return;
            }
            if (before != null && e.seq() <= before.seq()) {
                broken = AuditChain.Verification.broken(checked, e.seq(), "event " + e.seq() + " comes after event "
                        + before.seq() + " in the export (out of order or repeated)");
                return;
            }
            if (before != null && e.seq() == before.seq() + 1 && !before.hash().equals(e.prevHash())) {
                broken = AuditChain.Verification.broken(checked, e.seq(), "event " + e.seq() + " does not follow event "
                        + before.seq() + " (its previous hash differs)");
                return;
            }
            if (!hashMatches(e)) {
                broken = AuditChain.Verification.broken(checked, e.seq(), "event " + e.seq()
                        + " was changed after it was written (its content no longer matches its hash)");
                return;
            }
            if (before != null && e.seq() != before.seq() + 1) {
                gaps++;
            }
            before = e;
            checked++;
        }

        public AuditChain.Verification result() {
            return broken != null ? broken : new AuditChain.Verification(true, checked, 0, null);
        }

        /** Places where the chain continues with events not in the export (up to the first broken event). */
        public long gaps() {
            return gaps;
        }

        /** Events read, checked or not. */
        public long read() {
            return read;
        }
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
