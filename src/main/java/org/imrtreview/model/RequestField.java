package org.imrtreview.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One field of the {@link Request} named by its JSON path as request.json writes it ("prescription.totalDoseGy",
 * "member.id", "requestedCodes[2]"; "" is the whole request): what it is called in words a nurse and a provider read,
 * whether it may name the member (then its unreadable value is never quoted), and whether a request gives it a value
 * (the nurse's typed details settle an unreadable field, decision 0570).
 */
public record RequestField(String path) {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("", "the request details (the whole file)"),
            Map.entry("requestid", "the request ID"),
            Map.entry("receivedat", "the date the request was received"),
            Map.entry("urgency", "the urgency"),
            Map.entry("member", "the member's details"),
            Map.entry("member.name", "the member's name"),
            Map.entry("member.id", "the member ID"),
            Map.entry("member.dateofbirth", "the member's date of birth"),
            Map.entry("member.address", "the member's address"),
            Map.entry("plan", "the health plan"),
            Map.entry("plan.name", "the health plan's name"),
            Map.entry("plan.line", "the line of business"),
            Map.entry("requestingprovider", "the requesting provider"),
            Map.entry("treatingprovider", "the treating provider"),
            Map.entry("diagnosis", "the diagnosis"),
            Map.entry("treatmentsite", "the treatment site"),
            Map.entry("prescription", "the prescription"),
            Map.entry("prescription.totaldosegy", "the prescribed total dose"),
            Map.entry("prescription.fractions", "the number of fractions"),
            Map.entry("requestedcodes", "the requested codes"),
            Map.entry("plannedstart", "the planned start date"));

    public RequestField {
        path = path == null ? "" : path.strip();
    }

    /** The whole request file (it could not be read at all). */
    public static RequestField wholeRequest() {
        return new RequestField("");
    }

    public boolean whole() {
        return path.isEmpty();
    }

    /** "the prescribed total dose", "the requesting provider's NPI", "the diagnosis code"; the path itself when unknown. */
    public String words() {
        String key = path.replaceAll("\\[\\d+]", "").toLowerCase(Locale.ROOT);
        String known = WORDS.get(key);
        if (known != null) {
            return known;
        }
        int dot = key.lastIndexOf('.');
        if (dot > 0 && (key.startsWith("requestingprovider.") || key.startsWith("treatingprovider."))) {
            String part = key.substring(dot + 1);
            return WORDS.get(key.substring(0, dot)) + "'s " + (part.equals("npi") ? "NPI" : part);
        }
        if (key.startsWith("diagnosis.")) {
            return "the diagnosis " + key.substring("diagnosis.".length());
        }
        return "the field \"" + path + "\"";
    }

    /**
     * True when the field may hold who the member or a provider is (name, ID, birth date, address, phone): its
     * unreadable value is described by its shape, never quoted (evaluate's JSON carries no member identifiers).
     */
    public boolean personal() {
        String key = path.toLowerCase(Locale.ROOT);
        return key.startsWith("member") || key.startsWith("requestingprovider") || key.startsWith("treatingprovider")
                || key.startsWith("requestid");
    }

    /**
     * Whether {@code request} gives this field a value (a non-blank text, a non-empty list, any other non-null value).
     * The whole request counts as given once any of its details is.
     */
    public boolean presentIn(Request request) {
        if (request == null) {
            return false;
        }
        if (whole()) {
            return !request.equals(Request.empty()) && (request.requestId() != null || request.member() != null
                    || request.prescription() != null || request.requestedCodes() != null || request.diagnosis() != null);
        }
        Object at = request;
        for (String[] segment : segments()) {
            if (at == null) {
                return false;
            }
            at = segment[1] != null ? element(at, Integer.parseInt(segment[1])) : component(at, segment[0]);
        }
        return given(at);
    }

    private List<String[]> segments() {
        List<String[]> out = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    private static Object element(Object at, int index) {
        return at instanceof List<?> list && index >= 0 && index < list.size() ? list.get(index) : null;
    }

    private static Object component(Object at, String name) {
        if (at instanceof List<?> list) {
            // a single value the provider wrote where a list is read ("diagnosis": {...} read as one element)
            return list.isEmpty() ? null : component(list.get(0), name);
        }
        if (!at.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : at.getClass().getRecordComponents()) {
            if (c.getName().equalsIgnoreCase(name)) {
                try {
                    return c.getAccessor().invoke(at);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean given(Object value) {
        if (value instanceof String s) {
            return !s.isBlank();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty() && c.stream().anyMatch(RequestField::given);
        }
        return value != null;
    }
}
