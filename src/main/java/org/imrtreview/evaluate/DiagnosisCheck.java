package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imrtreview.constraint.Laterality;
import org.imrtreview.model.IdentityClaim;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;

/**
 * Is a clinical document about the diagnosis requested (decision 0502)? A consult whose labelled diagnosis line
 * says "Referring diagnosis: C61 Malignant neoplasm of prostate" filed with a lung request (C34.11) is another
 * case's document, or the request is mistyped; so is "Dx: C34.12" (left lung) with a right-lung request.
 *
 * <p>Only ICD-10 codes on labelled diagnosis lines are read ({@code IdentityLines}), never prose: a lung patient's
 * note may well mention his old prostate cancer. Not compared: lines read by OCR (a misread digit is another
 * site), a request or a document with a secondary code (C77–C79: the primary and its metastasis are different
 * regions by nature), codes that place nothing or can be anywhere. The region and side tables are
 * {@link SiteCheck}'s and {@link SideCheck}'s.
 */
final class DiagnosisCheck {

    private DiagnosisCheck() {
    }

    static List<Problem> check(ReviewCase rc) {
        Request request = rc.request();
        if (request == null) {
            return List.of();
        }
        Map<String, Set<String>> byFile = new LinkedHashMap<>();
        for (IdentityClaim c : rc.identities()) {
            if (c.file() == null || c.diagnoses().isEmpty() || c.where() != null && c.where().contains("read by OCR")) {
                continue;
            }
            byFile.computeIfAbsent(c.file(), k -> new LinkedHashSet<>()).addAll(c.diagnoses());
        }
        if (byFile.isEmpty()) {
            return List.of();
        }
        Set<SiteCheck.Region> requested = secondary(requestCodes(request)) ? Set.of() : SiteCheck.requestRegions(request);
        Optional<Laterality> side = SideCheck.requestSide(request);
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : byFile.entrySet()) {
            List<String> codes = new ArrayList<>(e.getValue());
            if (codes.stream().anyMatch(c -> requestCodes(request).contains(normal(c)))) {
                continue; // the document states the request's own diagnosis (among others)
            }
            Set<SiteCheck.Region> regions = regions(codes);
            if (!requested.isEmpty() && !regions.isEmpty() && regions.stream().noneMatch(requested::contains)) {
                out.add(new Problem(e.getKey(), "states the diagnosis " + String.join(", ", codes) + " (a labelled "
                        + "diagnosis line), of the " + SiteCheck.words(regions) + ", but the request (" + SiteCheck.what(request)
                        + ") is for the " + SiteCheck.words(requested) + ": it may be another case's or another patient's "
                        + "document, or the request's diagnosis may be mistyped — ask which site the plan treats and for "
                        + "the documents of this request (or record why they fit)", ProblemCode.SITE_MISMATCH));
                continue;
            }
            if (side.isPresent()) {
                Set<Laterality> sides = EnumSet.noneOf(Laterality.class);
                Set<String> organs = new LinkedHashSet<>();
                requestCodes(request).forEach(c -> organs.add(c.substring(0, Math.min(3, c.length()))));
                // sides of the same organ only (C34 with C34): a breast code's side says nothing about a lung's
                codes.stream().filter(c -> organs.contains(normal(c).substring(0, Math.min(3, normal(c).length()))))
                        .forEach(c -> SideCheck.codeSide(c).ifPresent(sides::add));
                if (sides.size() == 1 && !sides.contains(side.get())) {
                    String other = sides.contains(Laterality.LEFT) ? "left" : "right";
                    out.add(new Problem(e.getKey(), "states the diagnosis " + String.join(", ", codes) + " (a labelled "
                            + "diagnosis line), of the " + other + " side, but the request (" + SiteCheck.what(request)
                            + ") is for the " + (other.equals("left") ? "right" : "left") + " side: it may be another "
                            + "case's or another patient's document, or the request's side may be mistyped — ask which "
                            + "side the plan treats (or record why they fit)", ProblemCode.SITE_MISMATCH));
                }
            }
        }
        return out;
    }

    /** The regions the codes place together; empty when any of them is not placed, can be anywhere or is secondary. */
    private static Set<SiteCheck.Region> regions(List<String> codes) {
        if (secondary(codes)) {
            return Set.of();
        }
        Set<SiteCheck.Region> regions = EnumSet.noneOf(SiteCheck.Region.class);
        for (String c : codes) {
            Optional<Set<SiteCheck.Region>> r = SiteCheck.codeRegions(c);
            if (r.isEmpty() || r.get().isEmpty()) {
                return Set.of();
            }
            regions.addAll(r.get());
        }
        return regions;
    }

    private static boolean secondary(List<String> codes) {
        return codes.stream().map(DiagnosisCheck::normal).anyMatch(c -> c.startsWith("C77") || c.startsWith("C78")
                || c.startsWith("C79"));
    }

    private static List<String> requestCodes(Request request) {
        return request.diagnosis() == null ? List.of() : request.diagnosis().stream()
                .filter(d -> d != null && d.code() != null && !d.code().isBlank()).map(d -> normal(d.code())).toList();
    }

    private static String normal(String code) {
        return code.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace(".", "");
    }

}
