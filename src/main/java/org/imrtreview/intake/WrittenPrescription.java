package org.imrtreview.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prescription in request.json written with its unit, read when it says one thing only (decision 0642):
 * {@code "totalDoseGy": "60 Gy"} or {@code "7800 cGy"}, {@code "fractions": "30 fx"}, {@code "prescription": "70 Gy
 * in 35 fx"}. Anything else written as text — words, a decimal comma, two doses, a dose with a per-fraction sign —
 * stays unreadable and holds the case (0570); a total read here still meets 0575's range.
 */
final class WrittenPrescription {
    private static final String DOSE = "(\\d{1,5}(?:\\.\\d+)?)\\s*(cgy|gy)";
    private static final String FX = "(\\d{1,3})\\s*(?:fx|fxs|fractions?)";
    private static final Pattern TOTAL = Pattern.compile(DOSE, Pattern.CASE_INSENSITIVE);
    private static final Pattern FRACTIONS = Pattern.compile("(\\d{1,3})(?:\\s*(?:fx|fxs|fractions?))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOTH = Pattern.compile(DOSE + "\\s*(?:in|/|over)\\s*" + FX, Pattern.CASE_INSENSITIVE);

    private WrittenPrescription() {
    }

    /** "60 Gy" → 60, "7800 cGy" → 78; null for anything else. */
    static Double gy(String text) {
        Matcher m = TOTAL.matcher(text.strip());
        return m.matches() ? dose(m.group(1), m.group(2)) : null;
    }

    /** "30", "30 fx", "30 fractions" → 30; null for anything else. */
    static Integer fractions(String text) {
        Matcher m = FRACTIONS.matcher(text.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static double dose(String number, String unit) {
        double v = Double.parseDouble(number);
        return unit.toLowerCase(Locale.ROOT).startsWith("c") ? v / 100 : v;
    }

    /**
     * Writes the prescription's fields that are written with their unit as the numbers they say, in place, and
     * returns a note for each ("… holds "7800 cGy", read as 78 Gy"); fields that say anything else are left as
     * they are for binding to refuse.
     */
    static List<String> normalise(ObjectNode tree) {
        List<String> notes = new ArrayList<>();
        JsonNode node = tree.path("prescription");
        if (node.isTextual()) {
            Matcher m = BOTH.matcher(node.asText().strip());
            if (m.matches()) {
                ObjectNode rx = tree.putObject("prescription");
                rx.put("totalDoseGy", dose(m.group(1), m.group(2)));
                rx.put("fractions", Integer.parseInt(m.group(3)));
                notes.add(note("prescription", node.asText(), number(rx.get("totalDoseGy").asDouble()) + " Gy in "
                        + m.group(3) + " fractions"));
            }
            return notes;
        }
        if (node instanceof ObjectNode rx) {
            JsonNode total = rx.path("totalDoseGy");
            Double gy = total.isTextual() && !isNumber(total.asText()) ? gy(total.asText()) : null;
            if (gy != null) {
                rx.put("totalDoseGy", gy);
                notes.add(note("prescription.totalDoseGy", total.asText(), number(gy) + " Gy"));
            }
            JsonNode fx = rx.path("fractions");
            Integer n = fx.isTextual() && !isNumber(fx.asText()) ? fractions(fx.asText()) : null;
            if (n != null) {
                rx.put("fractions", n);
                notes.add(note("prescription.fractions", fx.asText(), n + " fractions"));
            }
        }
        return notes;
    }

    /** The total of a request.json's prescription node, as a number or written with its unit; null otherwise. */
    static Double totalGy(JsonNode prescription) {
        if (prescription.isTextual()) {
            Matcher m = BOTH.matcher(prescription.asText().strip());
            return m.matches() ? dose(m.group(1), m.group(2)) : null;
        }
        JsonNode total = prescription.path("totalDoseGy");
        return total.isNumber() ? Double.valueOf(total.asDouble()) : total.isTextual() ? gy(total.asText()) : null;
    }

    /** The fraction count of a request.json's prescription node, as a number or written with its unit; null otherwise. */
    static Integer fractions(JsonNode prescription) {
        if (prescription.isTextual()) {
            Matcher m = BOTH.matcher(prescription.asText().strip());
            return m.matches() ? Integer.valueOf(m.group(3)) : null;
        }
        JsonNode fx = prescription.path("fractions");
        return fx.isInt() ? Integer.valueOf(fx.asInt()) : fx.isTextual() ? fractions(fx.asText()) : null;
    }

    private static boolean isNumber(String text) {
        return text.strip().matches("\\d+(?:\\.\\d+)?");
    }

    private static String note(String field, String written, String read) {
        return "field \"" + field + "\" holds \"" + written + "\", read as " + read + "; check it against"
                + " the provider's documents";
    }

    private static String number(double v) {
        return org.imrtreview.model.Metric.number(Math.round(v * 100) / 100.0);
    }
}
