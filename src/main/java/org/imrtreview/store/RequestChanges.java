package org.imrtreview.store;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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

    /** {@link #fields(Request, ZoneId)} in the workstation's time zone. */
    public static Map<String, String> fields(Request r) {
        return fields(r, ZoneId.systemDefault());
    }

    /**
     * Every field the nurse can type, by label, in form order; blank fields are empty strings. The received
     * time reads as it was typed: "2026-11-19 10:30" when it is a time of {@code zone} (issue 13 item 9: a time
     * typed as local came back as "2026-11-19T10:30Z"), with its offset only when it was sent with another one.
     */
    public static Map<String, String> fields(Request r, ZoneId zone) {
        Request q = r == null ? Request.empty() : r;
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Request ID", text(q.requestId()));
        m.put("Received", received(q.receivedAt(), zone));
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

    /** {@link #describe(Request, Request, ZoneId)} in the workstation's time zone. */
    public static List<String> describe(Request before, Request after) {
        return describe(before, after, ZoneId.systemDefault());
    }

    /**
     * The changed fields, in form order, each as "Label: \"before\" → \"after\"". Received times are compared
     * as instants: the same moment written with another offset is no change.
     */
    public static List<String> describe(Request before, Request after, ZoneId zone) {
        Map<String, String> a = fields(before, zone);
        Map<String, String> b = fields(after, zone);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : b.entrySet()) {
            String was = a.getOrDefault(e.getKey(), "");
            if (e.getKey().equals("Received") && sameInstant(before, after)) {
                continue;
            }
            if (!Objects.equals(was, e.getValue())) {
                out.add(e.getKey() + ": \"" + was + "\" → \"" + e.getValue() + "\"");
            }
        }
        return out;
    }

    /** "2026-11-19 10:30" in {@code zone} when the time carries that zone's offset; ISO with its offset otherwise. */
    static String received(OffsetDateTime at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        boolean local = zone.getRules().getOffset(at.toInstant()).equals(at.getOffset());
        LocalDateTime t = at.toLocalDateTime();
        String time = t.toLocalDate() + " " + (t.getSecond() == 0 && t.getNano() == 0
                ? String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute()) : t.toLocalTime().toString());
        return local ? time : at.toString();
    }

    private static boolean sameInstant(Request before, Request after) {
        OffsetDateTime a = before == null ? null : before.receivedAt();
        OffsetDateTime b = after == null ? null : after.receivedAt();
        return a != null && b != null && a.isEqual(b);
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
