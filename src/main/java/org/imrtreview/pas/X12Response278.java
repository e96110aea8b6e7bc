package org.imrtreview.pas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imrtreview.model.Request;

/**
 * The decision as an X12 005010X217 278 response (Health Care Services Review — Response), one
 * segment a line: the envelope (ISA/GS/ST), BHT, the UMO (2000A/2010A NM1*X3), the requester
 * (2000B/2010B NM1*1P), the subscriber (2000C/2010C NM1*IL, DMG), the patient event (2000E: TRN, UM,
 * HCR, REF, DTP, HI, MSG) and one service level per requested code (2000F: TRN, UM, HCR, REF, DTP,
 * SV1), then SE/GE/IEA. Separators: {@code *} element, {@code :} component, {@code ^} repetition,
 * {@code ~} segment; sender text is cleaned of them. Interchange IDs come from the caller (the
 * plan's trading-partner agreement); the layout follows the guide's segment names as docs/pas.md
 * lists them — the TR3 itself is X12's licensed text and was not available to check against.
 */
final class X12Response278 {

    /** X12 1365 service type "6": radiation therapy. */
    static final String SERVICE_TYPE_RADIATION = "6";

    private final List<String> segments = new ArrayList<>();

    String write(PasResponseInput in, PasBundle source, String senderId, String receiverId, int controlNumber,
                 ReasonCodes.Code reason) {
        return write(in, source, senderId, receiverId, controlNumber, reason, a -> reason);
    }

    /** {@code lineReason}: the HCR03 reason of a service line whose code differs from the request's (decision 0268). */
    String write(PasResponseInput in, PasBundle source, String senderId, String receiverId, int controlNumber,
                 ReasonCodes.Code reason, java.util.function.Function<ReviewAction, ReasonCodes.Code> lineReason) {
        Request r = in.request();
        ObjectNode claim = source.ofType("Claim").get(0);
        String date = in.created().format(DateTimeFormatter.BASIC_ISO_DATE).substring(0, 8);
        String time = in.created().format(DateTimeFormatter.ofPattern("HHmm"));
        String control = String.format(Locale.ROOT, "%09d", controlNumber);
        String isa = "ISA*00*" + pad("", 10) + "*00*" + pad("", 10) + "*ZZ*" + pad(clean(senderId), 15) + "*ZZ*"
                + pad(clean(receiverId), 15) + "*" + date.substring(2) + "*" + time + "*^*00501*" + control + "*0*P*:~";
        List<String> out = new ArrayList<>();
        out.add(isa);
        out.add(seg("GS", "HI", clean(senderId), clean(receiverId), date, time, Integer.toString(controlNumber), "X", "005010X217"));
        segments.add(seg("ST", "278", "0001", "005010X217"));
        segments.add(seg("BHT", "0007", "11", clean(r.requestId()), date, time));
        int hl = 0;
        segments.add(seg("HL", Integer.toString(++hl), "", "20", "1"));
        String planName = r.plan() == null ? null : r.plan().name();
        String payerId = identifierValue(source.resolve(claim.path("insurer")), "PI");
        segments.add(seg("NM1", "X3", "2", clean(planName), "", "", "", "", payerId == null ? "" : "PI", clean(payerId)));
        segments.add(seg("HL", Integer.toString(++hl), "1", "21", "1"));
        Request.Provider p = r.requestingProvider();
        String[] providerName = p == null || p.name() == null ? new String[] {"", ""} : lastFirst(p.name());
        boolean person = p != null && p.name() != null && (p.facility() != null || providerName[1].length() > 0)
                && !"Organization".equals(PasBundle.type(source.resolve(claim.path("provider"))));
        segments.add(seg("NM1", "1P", person ? "1" : "2", clean(person ? providerName[0] : p == null ? "" : p.name()),
                person ? clean(providerName[1]) : "", "", "", "", p != null && p.npi() != null ? "XX" : "",
                p == null ? "" : clean(p.npi())));
        segments.add(seg("HL", Integer.toString(++hl), "2", "22", "1"));
        Request.Member m = r.member();
        String[] memberName = m == null || m.name() == null ? new String[] {"", ""} : lastFirst(m.name());
        segments.add(seg("NM1", "IL", "1", clean(memberName[0]), clean(memberName[1]), "", "", "", "MI",
                m == null ? "" : clean(m.id())));
        if (m != null && m.dateOfBirth() != null) {
            segments.add(seg("DMG", "D8", m.dateOfBirth().format(DateTimeFormatter.BASIC_ISO_DATE)));
        }
        int event = ++hl;
        segments.add(seg("HL", Integer.toString(event), "3", "EV", "1"));
        segments.add(seg("TRN", "2", clean(r.requestId()), "9" + clean(senderId)));
        segments.add(seg("UM", "HS", "I", SERVICE_TYPE_RADIATION));
        decision(in, in.decision().action(), reason, date);
        if (r.diagnosis() != null && !r.diagnosis().isEmpty()) {
            List<String> hi = new ArrayList<>();
            hi.add("HI");
            for (int i = 0; i < r.diagnosis().size() && i < 12; i++) {
                String code = r.diagnosis().get(i).code();
                if (code != null) {
                    hi.add((i == 0 ? "ABK" : "ABF") + ":" + clean(code).replace(".", ""));
                }
            }
            if (hi.size() > 1) {
                segments.add(String.join("*", hi) + "~");
            }
        }
        String message = String.join(" ", in.reasons());
        if (!message.isBlank()) {
            segments.add(seg("MSG", clean(message.length() > 264 ? message.substring(0, 261) + "..." : message)));
        }
        int sequence = 0;
        for (JsonNode item : claim.path("item")) {
            sequence++;
            String code = item.path("productOrService").path("coding").path(0).path("code").asText("");
            segments.add(seg("HL", Integer.toString(++hl), Integer.toString(event), "SS", "0"));
            segments.add(seg("TRN", "2", clean(r.requestId()) + "-" + item.path("sequence").asInt(sequence), "9" + clean(senderId)));
            segments.add(seg("UM", "HS", "I", SERVICE_TYPE_RADIATION));
            int itemSequence = item.path("sequence").asInt(sequence);
            ReviewAction lineAction = in.decision().actionFor(itemSequence);
            decision(in, lineAction, lineAction == in.decision().action() ? reason : lineReason.apply(lineAction), date);
            ItemDecision line = in.decision().item(itemSequence);
            if (!code.isBlank()) {
                // a line certified with fewer units (A6) carries the units certified
                String quantity = line != null && line.units() != null ? Integer.toString(line.units())
                        : item.path("quantity").path("value").isNumber() ? item.path("quantity").path("value").asText() : "1";
                segments.add(seg("SV1", "HC:" + clean(code), "", "UN", clean(quantity)));
            }
        }
        segments.add(seg("SE", Integer.toString(segments.size() + 1), "0001"));
        out.addAll(segments);
        out.add(seg("GE", "1", Integer.toString(controlNumber)));
        out.add(seg("IEA", "1", control));
        return String.join("\n", out) + "\n";
    }

    private void decision(PasResponseInput in, ReviewAction action, ReasonCodes.Code reason, String issued) {
        segments.add(seg("HCR", action.code(), clean(in.reviewNumber()), reason == null ? "" : clean(reason.code())));
        segments.add(seg("REF", action.authorizes() ? "BB" : "NT", clean(in.reviewNumber())));
        segments.add(seg("DTP", "102", "D8", issued));
        if (action.authorizes()) {
            segments.add(seg("DTP", "007", "D8", in.validFrom().format(DateTimeFormatter.BASIC_ISO_DATE)));
            segments.add(seg("DTP", "036", "D8", in.validTo().format(DateTimeFormatter.BASIC_ISO_DATE)));
        }
    }

    /** A segment with trailing empty elements dropped, as the guide requires. */
    static String seg(String id, String... elements) {
        int last = elements.length;
        while (last > 0 && (elements[last - 1] == null || elements[last - 1].isEmpty())) {
            last--;
        }
        StringBuilder sb = new StringBuilder(id);
        for (int i = 0; i < last; i++) {
            sb.append('*').append(elements[i] == null ? "" : elements[i]);
        }
        return sb.append('~').toString();
    }

    /** Sender text made safe for X12: separators and control characters removed, upper case. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("[*~:^\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT);
    }

    private static String pad(String s, int width) {
        String t = s.length() > width ? s.substring(0, width) : s;
        return t + " ".repeat(width - t.length());
    }

    /** {"Last", "First"} from "First Middle Last" or "Last, First". */
    static String[] lastFirst(String name) {
        String n = name.strip();
        int comma = n.indexOf(',');
        if (comma > 0) {
            return new String[] {n.substring(0, comma).strip(), n.substring(comma + 1).strip().split("\\s+")[0]};
        }
        int space = n.lastIndexOf(' ');
        return space < 0 ? new String[] {n, ""} : new String[] {n.substring(space + 1), n.substring(0, n.indexOf(' '))};
    }

    private static String identifierValue(JsonNode resource, String ignoredQualifier) {
        if (resource == null) {
            return null;
        }
        String v = resource.path("identifier").path(0).path("value").asText("");
        return v.isBlank() ? null : v;
    }
}
