package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.constraint.Laterality;
import org.imrtreview.constraint.OrganNames;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;

/**
 * Does the plan treat the side the request names (decision 0500)? Every plan of a paired site lists both sides'
 * organs (a right-lung plan has Lung_L and Lung_R, a left-breast plan the right breast), so a sided organ name by
 * itself says nothing. What does say which side the plan treats:
 * <ul>
 *   <li>a table row that calls a sided organ ipsilateral or contralateral ("Ipsilateral lung (Lung_L)": the
 *       tumour is on the left; "Contralateral breast (Breast_L)": on the right);</li>
 *   <li>a target named with a side, in the table or in a DVH export ("PTV_Lt_Breast", "CTV_Breast_R",
 *       "PTV_RUL").</li>
 * </ul>
 * The request's side comes from its ICD-10 codes (C34.11 is the right upper lobe, C50.912 the left breast), its
 * diagnosis descriptions and its treatment-site text. A request naming both sides, or none, turns the check off.
 * The finding ({@link ProblemCode#SITE_MISMATCH}, checklist item {@code site}) needs every side the evidence
 * states to be the other one: one statement of the requested side among them and nothing is raised. Digitised
 * legends are not read here (a misread letter must not raise it); only table cells and exported structure names.
 */
public final class SideCheck {

    /** Side words of the request's own texts: "Left breast", "Lt breast", "right upper lobe", "RUL". */
    private static final Pattern LEFT_WORDS = Pattern.compile(
            "(?<![A-Za-z])(?:(?i:left|lft|lul|lll|lingula\\w*)|Lt|lt|LT)(?![A-Za-z])");
    /** "RT" (radiotherapy) is not a side; "Rt" and "rt" are. */
    private static final Pattern RIGHT_WORDS = Pattern.compile(
            "(?<![A-Za-z])(?:(?i:right|rgt|rul|rml|rll)|Rt|rt)(?![A-Za-z])");
    private static final Pattern BOTH_WORDS = Pattern.compile("(?i)(?<![a-z])(?:bilateral|both|bilat)(?![a-z])");
    /** Lobe abbreviations in structure names ("PTV_RUL", "GTV_LLL"). */
    private static final Pattern LOBE = Pattern.compile("(?<![a-z])(rul|rml|rll|lul|lll)(?![a-z])");
    /** A target volume's name: it starts with PTV, CTV, GTV, ITV or iGTV ("PTV_Lt_Breast", "zPTV_L" is a helper). */
    private static final Pattern TARGET = Pattern.compile("(?i)^\\s*(?:ptv|ctv|gtv|itv|igtv)(?![a-z])");

    /**
     * ICD-10 codes that carry a side, and the index of the character that tells it ('1' right, '2' left; anything
     * else, e.g. '0' or '9', unspecified). Longest prefix wins.
     */
    private static final Map<String, Integer> SIDED_CODES = new LinkedHashMap<>();

    static {
        for (String lobe : List.of("C34.0", "C34.1", "C34.3", "C34.8", "C34.9")) {
            SIDED_CODES.put(lobe, 5);                                    // C34.11 right upper lobe, C34.12 left
        }
        SIDED_CODES.put("C78.0", 5);                                     // C78.01 secondary, right lung
        SIDED_CODES.put("C50", 6);                                       // C50.911 right female breast, C50.912 left
        SIDED_CODES.put("D05", 5);                                       // D05.11 intraductal, right breast
        SIDED_CODES.put("C64", 4);                                       // C64.1 right kidney, C64.2 left
        SIDED_CODES.put("C65", 4);                                       // renal pelvis
        SIDED_CODES.put("C66", 4);                                       // ureter
        SIDED_CODES.put("C79.0", 5);                                     // C79.01 secondary, right kidney
        SIDED_CODES.put("C56", 4);                                       // C56.1 right ovary
        SIDED_CODES.put("C62", 5);                                       // C62.11 right testis
        SIDED_CODES.put("C69", 5);                                       // C69.21 right retina
        SIDED_CODES.put("C74", 5);                                       // C74.01 right adrenal cortex
        SIDED_CODES.put("C79.7", 5);                                     // C79.71 secondary, right adrenal
    }

    private SideCheck() {
    }

    /** One statement of the treated side: where it is, the name as written, and which side it places the tumour on. */
    record Statement(String file, String where, String name, Laterality tumourSide, String why) {
    }

    /** The side the request names (LEFT or RIGHT), or empty when it names none or both. */
    public static Optional<Laterality> requestSide(Request request) {
        if (request == null) {
            return Optional.empty();
        }
        Set<Laterality> sides = EnumSet.noneOf(Laterality.class);
        if (request.diagnosis() != null) {
            for (Request.Diagnosis d : request.diagnosis()) {
                if (d == null) {
                    continue;
                }
                if (d.code() != null && !d.code().isBlank()) {
                    codeSide(d.code()).ifPresent(sides::add);
                }
                textSides(d.description(), sides);
            }
        }
        textSides(request.treatmentSite(), sides);
        if (sides.contains(Laterality.BOTH) || sides.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(sides.iterator().next());
    }

    /** The sides the words of {@code text} name ("left", "Rt", "bilateral"), as the request's own texts are read. */
    static Set<Laterality> textSides(String text) {
        Set<Laterality> sides = java.util.EnumSet.noneOf(Laterality.class);
        textSides(text, sides);
        return sides;
    }

    private static void textSides(String text, Set<Laterality> into) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (BOTH_WORDS.matcher(text).find()) {
            into.add(Laterality.BOTH);
        }
        if (LEFT_WORDS.matcher(text).find()) {
            into.add(Laterality.LEFT);
        }
        if (RIGHT_WORDS.matcher(text).find()) {
            into.add(Laterality.RIGHT);
        }
    }

    /** The side an ICD-10 code names, or empty (no side in the code, or unspecified). */
    static Optional<Laterality> codeSide(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (c.length() > 3 && c.charAt(3) != '.') {
            c = c.substring(0, 3) + "." + c.substring(3); // "C3411" -> "C34.11"
        }
        for (int len = Math.min(c.length(), 5); len >= 3; len--) {
            Integer at = SIDED_CODES.get(c.substring(0, len));
            if (at != null) {
                if (c.length() <= at) {
                    return Optional.empty();
                }
                return switch (c.charAt(at)) {
                    case '1' -> Optional.of(Laterality.RIGHT);
                    case '2' -> Optional.of(Laterality.LEFT);
                    default -> Optional.empty();
                };
            }
        }
        return Optional.empty();
    }

    /** What a name says about the side treated, or empty when it says nothing. */
    static Optional<Statement> statement(String file, String where, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Set<Laterality> written = EnumSet.noneOf(Laterality.class);
        written.addAll(OrganNames.sidesWritten(name));
        if (TARGET.matcher(name).find()) {
            Matcher lobe = LOBE.matcher(name.toLowerCase(Locale.ROOT).replace('_', ' '));
            while (lobe.find()) {
                written.add(lobe.group(1).charAt(0) == 'r' ? Laterality.RIGHT : Laterality.LEFT);
            }
            Optional<Laterality> side = oneSide(written);
            return side.map(s -> new Statement(file, where, name.strip(), s, "a target of the " + word(s) + " side"));
        }
        boolean ipsi = written.contains(Laterality.IPSILATERAL);
        boolean contra = written.contains(Laterality.CONTRALATERAL);
        if (ipsi == contra) {
            return Optional.empty();
        }
        Optional<Laterality> side = oneSide(written);
        if (side.isEmpty()) {
            return Optional.empty();
        }
        Laterality tumour = ipsi ? side.get() : opposite(side.get());
        String why = "the " + (ipsi ? "ipsilateral" : "contralateral") + " organ is the " + word(side.get()) + " one";
        return Optional.of(new Statement(file, where, name.strip(), tumour, why));
    }

    private static Optional<Laterality> oneSide(Set<Laterality> written) {
        boolean left = written.contains(Laterality.LEFT);
        boolean right = written.contains(Laterality.RIGHT);
        if (left == right) {
            return Optional.empty();
        }
        return Optional.of(left ? Laterality.LEFT : Laterality.RIGHT);
    }

    /**
     * The request contradicting itself: its diagnoses (codes and their descriptions) name one side and its treatment
     * site the other ("Left lung" with C34.11, the right upper lobe), neither saying both. One finding on the
     * request; the evidence is then not compared (which side would it be compared with?).
     */
    static Optional<Problem> requestContradicts(Request request) {
        if (request == null || request.diagnosis() == null) {
            return Optional.empty();
        }
        Set<Laterality> diagnosed = EnumSet.noneOf(Laterality.class);
        for (Request.Diagnosis d : request.diagnosis()) {
            if (d != null) {
                if (d.code() != null && !d.code().isBlank()) {
                    codeSide(d.code()).ifPresent(diagnosed::add);
                }
                textSides(d.description(), diagnosed);
            }
        }
        Set<Laterality> site = EnumSet.noneOf(Laterality.class);
        textSides(request.treatmentSite(), site);
        if (diagnosed.size() != 1 || site.size() != 1 || diagnosed.contains(Laterality.BOTH)
                || site.contains(Laterality.BOTH) || diagnosed.equals(site)) {
            return Optional.empty();
        }
        List<String> codes = request.diagnosis().stream().filter(d -> d != null && d.code() != null
                && !d.code().isBlank()).map(d -> d.code().strip()).toList();
        return Optional.of(new Problem(null, "The request contradicts itself: its diagnosis"
                + (codes.isEmpty() ? "" : " " + String.join(", ", codes)) + " is of the "
                + word(diagnosed.iterator().next()) + " side but its treatment site \"" + request.treatmentSite().strip()
                + "\" names the " + word(site.iterator().next()) + " — ask which side the plan treats and correct the request details "
                + "(or record why both fit)", ProblemCode.SITE_MISMATCH));
    }

    /** The findings for {@code rc}: one per file whose statements all name the other side. */
    static List<Problem> check(ReviewCase rc) {
        Optional<Problem> itself = requestContradicts(rc.request());
        if (itself.isPresent()) {
            return List.of(itself.get());
        }
        Optional<Laterality> requested = requestSide(rc.request());
        if (requested.isEmpty()) {
            return List.of();
        }
        List<Statement> statements = new ArrayList<>();
        SummaryTable table = rc.table();
        if (table != null) {
            for (SummaryRow row : table.rows()) {
                statement(table.file(), "row " + row.number(), row.organ()).ifPresent(statements::add);
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        for (DvhCurve curve : rc.dvhCurves()) {
            if (curve.digitised() || !seen.add(curve.sourceFile() + "\u0000" + curve.structure())) {
                continue;
            }
            statement(curve.sourceFile(), "structure", curve.structure()).ifPresent(statements::add);
        }
        if (statements.isEmpty() || statements.stream().anyMatch(s -> s.tumourSide() == requested.get())) {
            return List.of(); // nothing stated, or the requested side stated somewhere: no contradiction held
        }
        Map<String, List<Statement>> byFile = new LinkedHashMap<>();
        for (Statement s : statements) {
            byFile.computeIfAbsent(s.file() == null ? "" : s.file(), k -> new ArrayList<>()).add(s);
        }
        String other = word(opposite(requested.get()));
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<String, List<Statement>> e : byFile.entrySet()) {
            List<String> named = e.getValue().stream()
                    .map(s -> "\"" + s.name() + "\" (" + s.where() + ": " + s.why() + ")").distinct().toList();
            String message = "places the plan on the " + other + " side — " + String.join("; ", named)
                    + " — but the request (" + SiteCheck.what(rc.request()) + ") is for the " + word(requested.get())
                    + " side: the plan may be another case's or another patient's, or the request's side may be "
                    + "mistyped, so its rows cannot support this request — ask which side the plan treats (or record "
                    + "why the sides fit)";
            out.add(new Problem(e.getKey().isEmpty() ? null : e.getKey(), message, ProblemCode.SITE_MISMATCH));
        }
        return out;
    }

    private static Laterality opposite(Laterality side) {
        return side == Laterality.LEFT ? Laterality.RIGHT : Laterality.LEFT;
    }

    private static String word(Laterality side) {
        return side == Laterality.LEFT ? "left" : "right";
    }
}
