package org.imrtreview.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A summary table whose title states another prescription than the request (decision 0544): "Summary Analysis
 * of 3D vs IMRT Planning — 55 Gy in 20 fx" under a request for 60 Gy in 30 fractions. A physicist reads the table
 * as another plan's or another course's, the same finding as a DVH export prescribed another dose (0461).
 *
 * <p>Only a dose written with its number of fractions is read ("55 Gy in 20 fx", "6000 cGy / 30 fractions",
 * "1.8 Gy x 28 fx"), so a limit quoted in a title ("cord &lt; 45 Gy") is not taken for a prescription. The title
 * agrees when some dose it names is the request's total (or, times a stated number of fractions, for a dose per
 * fraction) within 0.5 Gy or 1 %, and some stated number of fractions is the request's when the request gives
 * them (a simultaneous boost's title names each dose level, "70 Gy / 63 Gy / 56 Gy in 35 fx": the requested one
 * is enough).
 */
public final class TitlePrescription {

    private static final Pattern STATED = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(c?gy)\\s*(?:in|/|x|×|over|,)?\\s*(\\d{1,2})\\s*(?:fx|fxs|fractions?|#)(?![a-z])",
            Pattern.CASE_INSENSITIVE);

    /** Every dose the title names: the levels of a simultaneous boost share one fraction count ("70 / 63 / 56 Gy in 35 fx"). */
    private static final Pattern DOSE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(c?gy)(?![a-z])", Pattern.CASE_INSENSITIVE);

    private TitlePrescription() {
    }

    record Stated(double gy, int fractions, String text) {
    }

    static List<Stated> stated(String title) {
        List<Stated> out = new ArrayList<>();
        if (title == null || title.isBlank()) {
            return out;
        }
        Matcher m = STATED.matcher(title);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1).replace(',', '.'));
            double gy = m.group(2).toLowerCase(Locale.ROOT).startsWith("c") ? v / 100 : v;
            int n = Integer.parseInt(m.group(3));
            if (gy > 0 && n > 0) {
                out.add(new Stated(gy, n, m.group().strip()));
            }
        }
        return out;
    }

    /** The sentence for the table's file when its title states only prescriptions other than the request's. */
    static Optional<String> differs(String title, Double requestedGy, Integer requestedFractions) {
        List<Stated> stated = stated(title);
        if (stated.isEmpty() || requestedGy == null || !(requestedGy > 0)) {
            return Optional.empty();
        }
        double tolerance = Math.max(0.5, 0.01 * requestedGy) + 1e-9;
        boolean fractions = requestedFractions == null || stated.stream().anyMatch(s -> s.fractions() == requestedFractions);
        boolean total = false;
        Matcher m = DOSE.matcher(title);
        while (m.find() && !total) {
            double v = Double.parseDouble(m.group(1).replace(',', '.'));
            double d = m.group(2).toLowerCase(Locale.ROOT).startsWith("c") ? v / 100 : v;
            total = Math.abs(d - requestedGy) <= tolerance
                    || stated.stream().anyMatch(s -> Math.abs(d * s.fractions() - requestedGy) <= tolerance);
        }
        if (fractions && total) {
            return Optional.empty();
        }
        String request = gy(requestedGy) + " Gy" + (requestedFractions == null ? "" : " in " + requestedFractions + " fractions");
        return Optional.of("is a summary table whose title states \"" + String.join("\", \"", stated.stream().map(Stated::text).toList())
                + "\", but the request is for " + request + ": the table may summarise another plan or course, so its "
                + "numbers cannot support the plan requested — ask for the summary table of the plan being requested "
                + "(or record why the difference does not matter)");
    }

    /**
     * Notes {@code PRESCRIPTION_DIFFERS} on the table's file when its title states another prescription than the
     * case folder's request.json (workbooks and CSV, decision 0544; PDF and scanned tables, 0640).
     */
    public static void check(CaseBuilder into, String file, String title) {
        check(into, file, title, null);
    }

    /**
     * As {@link #check(CaseBuilder, String, String)} for a table read by OCR from {@code where} ("page 4"): a
     * scan may misread a digit, so the sentence says where to read the title by eye.
     */
    public static void check(CaseBuilder into, String file, String title, String where) {
        if (title == null || title.isBlank()) {
            return;
        }
        Requested rx = requested(into.folder());
        differs(title, rx.gy(), rx.fractions())
                .map(why -> where == null ? why : why.replaceFirst("\", but the request", java.util.regex.Matcher.quoteReplacement(
                        "\" (read by OCR above the table on " + where + ": check it there), but the request")))
                .ifPresent(why -> into.problem(file, why, org.imrtreview.model.ProblemCode.PRESCRIPTION_DIFFERS));
    }

    /** The request's prescription: total dose in Gy and fractions, each null when not given. */
    record Requested(Double gy, Integer fractions) {
    }

    /** The request's prescription from the case folder's own request.json (as 0461 reads it for DVH exports). */
    static Requested requested(Path folder) {
        Double gy = DvhDataHandler.prescriptionGy(folder);
        Integer fx = null;
        if (gy != null) {
            try {
                Integer n = WrittenPrescription.fractions(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(folder.resolve("request.json").toFile()).path("prescription"));
                fx = n != null && n > 0 ? n : null;
            } catch (IOException | RuntimeException e) {
                fx = null;
            }
        }
        return new Requested(gy, fx);
    }

    private static String gy(double v) {
        return org.imrtreview.model.Metric.number(Math.round(v * 100) / 100.0);
    }
}
