package org.imrtreview.store.db;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
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

    public static void csv(List<AuditEvent> events, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
            for (AuditEvent e : events) {
                p.printRecord(e.seq(), e.at(), e.actor(), e.caseKey(), e.action(), e.detail(), e.prevHash(), e.hash());
            }
        }
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
        Json.MAPPER.writeValue(out, array);
    }
}
