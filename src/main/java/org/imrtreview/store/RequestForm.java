package org.imrtreview.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.imrtreview.model.Request;

/**
 * Reads the request-details form back into a {@link Request}: the labels of
 * {@link RequestChanges#fields}, as typed. Dates are taken as ISO (2026-11-20) or US (11/20/2026);
 * the received time also with a time of day (local time zone unless an offset is typed). A value
 * that cannot be read is an error and nothing is saved; a value that reads but looks wrong (an NPI
 * whose check digit fails, a code that is not CPT/HCPCS-shaped, an ICD-10 code of the wrong shape)
 * is a warning and is saved as typed. Fields the form does not show ({@code other}) are kept.
 */
public final class RequestForm {
    private static final Pattern NPI = Pattern.compile("\\d{10}");
    private static final Pattern CODE = Pattern.compile("(\\d{4}[0-9A-Z]|[A-V]\\d{4})");
    private static final Pattern ICD10 = Pattern.compile("[A-TV-Z]\\d[0-9A-Z](\\.[0-9A-Z]{1,4})?");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT), DateTimeFormatter.ofPattern("M-d-uuuu", Locale.ROOT));
    private static final List<DateTimeFormatter> TIMES = List.of(DateTimeFormatter.ofPattern("H:mm", Locale.ROOT),
            DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH), DateTimeFormatter.ofPattern("h:mma", Locale.ENGLISH));

    /** The request as typed, or null when {@code errors} is not empty. */
    public record Result(Request request, List<String> errors, List<String> warnings) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final ZoneId zone;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private RequestForm(ZoneId zone) {
        this.zone = zone;
    }

    public static Result read(Map<String, String> typed, Request base, ZoneId zone) {
        return new RequestForm(zone).parse(typed, base == null ? Request.empty() : base);
    }

    private Result parse(Map<String, String> f, Request base) {
        String requestId = text(f, "Request ID");
        OffsetDateTime received = receivedAt(text(f, "Received"));
        Request.Urgency urgency = choice(f, "Urgency", Request.Urgency.class);
        Request.Member member = new Request.Member(text(f, "Member name"), text(f, "Member ID"),
                date(f, "Member date of birth"), lines(text(f, "Member address")));
        Request.HealthPlan plan = new Request.HealthPlan(text(f, "Health plan"), choice(f, "Line of business", Request.LineOfBusiness.class));
        Request.Provider requesting = provider(f, "Requesting provider");
        Request.Provider treating = provider(f, "Treating provider");
        List<Request.Diagnosis> diagnosis = diagnosis(text(f, "Diagnosis"));
        Double dose = number(f, "Prescription dose (Gy)", 0.5, 200);
        Double fractionsValue = number(f, "Fractions", 1, 100);
        Integer fractions = fractionsValue == null ? null : (int) Math.round(fractionsValue);
        if (fractionsValue != null && fractionsValue != Math.rint(fractionsValue)) {
            errors.add("Fractions: \"" + f.get("Fractions").strip() + "\" is not a whole number");
        }
        List<String> codes = codes(text(f, "Requested codes"));
        LocalDate start = date(f, "Planned start");
        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors), List.copyOf(warnings));
        }
        Request r = new Request(requestId, received, urgency, emptyToNull(member), emptyToNull(plan), requesting, treating,
                diagnosis, text(f, "Treatment site"), dose == null && fractions == null ? null : new Request.Prescription(dose, fractions),
                codes, start, base.other());
        return new Result(r, List.of(), List.copyOf(warnings));
    }

    private OffsetDateTime receivedAt(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException notIso) {
            // a local date and time, as typed from the fax cover sheet
        }
        try {
            return LocalDateTime.parse(s).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException notIsoLocal) {
            // try "date time" below
        }
        String[] parts = s.trim().split("[ T]+", 2);
        LocalDate day = parseDate(parts[0]);
        if (day != null) {
            if (parts.length == 1) {
                errors.add("Received: \"" + s + "\" needs a time of day too (e.g. " + day + " 09:30): turnaround is counted in hours");
                return null;
            }
            for (DateTimeFormatter t : TIMES) {
                try {
                    return LocalDateTime.of(day, java.time.LocalTime.parse(parts[1].trim().toUpperCase(Locale.ROOT), t))
                            .atZone(zone).toOffsetDateTime();
                } catch (DateTimeParseException e) {
                    // next pattern
                }
            }
        }
        errors.add("Received: \"" + s + "\" is not a date and time (e.g. 2026-11-20 09:30 or 11/20/2026 9:30 AM)");
        return null;
    }

    private LocalDate date(Map<String, String> f, String label) {
        String s = text(f, label);
        if (s == null) {
            return null;
        }
        LocalDate d = parseDate(s);
        if (d == null) {
            errors.add(label + ": \"" + s + "\" is not a date (e.g. 1958-03-14 or 03/14/1958)");
        }
        return d;
    }

    private static LocalDate parseDate(String s) {
        for (DateTimeFormatter fmt : DATES) {
            try {
                return LocalDate.parse(s.strip(), fmt);
            } catch (DateTimeParseException e) {
                // next pattern
            }
        }
        return null;
    }

    private Double number(Map<String, String> f, String label, double min, double max) {
        String s = text(f, label);
        if (s == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(s.replace(',', '.').replaceAll("(?i)\\s*(gy|fx|fractions?)$", ""));
            if (v < min || v > max) {
                errors.add(label + ": " + s + " is outside " + org.imrtreview.model.Metric.number(min) + "–"
                        + org.imrtreview.model.Metric.number(max));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(label + ": \"" + s + "\" is not a number");
            return null;
        }
    }

    private <E extends Enum<E>> E choice(Map<String, String> f, String label, Class<E> type) {
        String s = text(f, label);
        if (s == null) {
            return null;
        }
        String key = s.toUpperCase(Locale.ROOT).replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        errors.add(label + ": \"" + s + "\" is not one of " + Arrays.toString(type.getEnumConstants()));
        return null;
    }

    private Request.Provider provider(Map<String, String> f, String role) {
        String npi = text(f, role + " NPI");
        if (npi != null) {
            String digits = npi.replaceAll("[\\s-]", "");
            if (!NPI.matcher(digits).matches()) {
                warnings.add(role + " NPI \"" + npi + "\" is not 10 digits");
            } else if (!npiCheckDigitValid(digits)) {
                warnings.add(role + " NPI " + digits + " fails its check digit: check for a typing error");
            } else {
                npi = digits;
            }
        }
        Request.Provider p = new Request.Provider(text(f, role + " name"), npi, text(f, role + " facility"),
                lines(text(f, role + " address")), text(f, role + " phone"), text(f, role + " fax"));
        return p.name() == null && p.npi() == null && p.facility() == null && p.address() == null && p.phone() == null
                && p.fax() == null ? null : p;
    }

    /** The NPI check digit: Luhn over the 9 digits prefixed with 80840 (CMS NPI standard). */
    static boolean npiCheckDigitValid(String tenDigits) {
        String full = "80840" + tenDigits;
        int sum = 0;
        boolean doubleIt = false;
        for (int i = full.length() - 1; i >= 0; i--) {
            int d = full.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    private List<Request.Diagnosis> diagnosis(String s) {
        if (s == null) {
            return null;
        }
        List<Request.Diagnosis> out = new ArrayList<>();
        for (String item : s.split("[;\\n]")) {
            String t = item.strip();
            if (t.isEmpty()) {
                continue;
            }
            String[] parts = t.split("\\s+", 2);
            String code = parts[0].toUpperCase(Locale.ROOT).replaceAll("[,:]$", "");
            if (ICD10.matcher(code).matches()) {
                out.add(new Request.Diagnosis(code, parts.length > 1 ? parts[1].strip() : null));
            } else {
                warnings.add("Diagnosis \"" + t + "\" does not start with an ICD-10-CM code (e.g. C71.1)");
                out.add(new Request.Diagnosis(null, t));
            }
        }
        return out.isEmpty() ? null : out;
    }

    private List<String> codes(String s) {
        if (s == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String c : s.split("[,;\\s]+")) {
            String code = c.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(code).matches()) {
                warnings.add("Requested code \"" + code + "\" is not a CPT or HCPCS code (5 characters, e.g. 77385 or G6015)");
            }
            out.add(code);
        }
        return out.isEmpty() ? null : out;
    }

    private static List<String> lines(String s) {
        if (s == null) {
            return null;
        }
        List<String> out = Arrays.stream(s.split("\\s*[/\\n]\\s*")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        return out.isEmpty() ? null : out;
    }

    private static Request.Member emptyToNull(Request.Member m) {
        return m.name() == null && m.id() == null && m.dateOfBirth() == null && m.address() == null ? null : m;
    }

    private static Request.HealthPlan emptyToNull(Request.HealthPlan p) {
        return p.name() == null && p.line() == null ? null : p;
    }

    private static String text(Map<String, String> f, String label) {
        String s = f.get(label);
        return s == null || s.isBlank() ? null : s.strip();
    }
}
