package org.imrtreview.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imrtreview.model.Request;

/**
 * The request details as labelled text fields, and what changed between two versions of them, in
 * words for the audit trail ("Member ID: \"\" → \"ZRH602214775\""). Identifiers are part of the
 * trail on purpose: it stays beside the case, like the submission it describes, and is never logged.
 */
public final class RequestChanges {

    private RequestChanges() {
    }

    /** Every field the nurse can type, by label, in form order; blank fields are empty strings. */
    public static Map<String, String> fields(Request r) {
        Request q = r == null ? Request.empty() : r;
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Request ID", text(q.requestId()));
        m.put("Received", q.receivedAt() == null ? "" : q.receivedAt().toString());
        m.put("Urgency", q.urgency() == null ? "" : q.urgency().name());
        m.put("Member name", q.member() == null ? "" : text(q.member().name()));
        m.put("Member ID", q.member() == null ? "" : text(q.member().id()));
        m.put("Member date of birth", q.member() == null || q.member().dateOfBirth() == null ? "" : q.member().dateOfBirth().toString());
        m.put("Member address", q.member() == null ? "" : lines(q.member().address()));
        m.put("Health plan", q.plan() == null ? "" : text(q.plan().name()));
        m.put("Line of business", q.plan() == null || q.plan().line() == null ? "" : q.plan().line().name());
        provider(m, "Requesting provider", q.requestingProvider());
        provider(m, "Treating provider", q.treatingProvider());
        m.put("Diagnosis", q.diagnosis() == null ? "" : String.join("; ", q.diagnosis().stream()
                .map(d -> (text(d.code()) + " " + text(d.description())).strip()).toList()));
        m.put("Treatment site", text(q.treatmentSite()));
        m.put("Prescription dose (Gy)", q.prescription() == null || q.prescription().totalDoseGy() == null ? ""
                : org.imrtreview.model.Metric.number(q.prescription().totalDoseGy()));
        m.put("Fractions", q.prescription() == null || q.prescription().fractions() == null ? ""
                : q.prescription().fractions().toString());
        m.put("Requested codes", q.requestedCodes() == null ? "" : String.join(", ", q.requestedCodes()));
        m.put("Planned start", q.plannedStart() == null ? "" : q.plannedStart().toString());
        return m;
    }

    /** The changed fields, in form order, each as "Label: \"before\" → \"after\"". */
    public static List<String> describe(Request before, Request after) {
        Map<String, String> a = fields(before);
        Map<String, String> b = fields(after);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : b.entrySet()) {
            String was = a.getOrDefault(e.getKey(), "");
            if (!Objects.equals(was, e.getValue())) {
                out.add(e.getKey() + ": \"" + was + "\" → \"" + e.getValue() + "\"");
            }
        }
        return out;
    }

    private static void provider(Map<String, String> m, String role, Request.Provider p) {
        m.put(role + " name", p == null ? "" : text(p.name()));
        m.put(role + " NPI", p == null ? "" : text(p.npi()));
        m.put(role + " facility", p == null ? "" : text(p.facility()));
        m.put(role + " address", p == null ? "" : lines(p.address()));
        m.put(role + " phone", p == null ? "" : text(p.phone()));
        m.put(role + " fax", p == null ? "" : text(p.fax()));
    }

    private static String lines(List<String> lines) {
        return lines == null ? "" : String.join(" / ", lines);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
