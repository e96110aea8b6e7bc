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
 * note may well mention his old prostate cancer. Lines read by OCR (a scanned or faxed packet's consult) are
 * compared too, but a misread digit is another site: such a line holds the case only when its own words name the
 * code's site or side ("C61 Malignant neoplasm of prostate"), else it is a note to check the code on the page
 * (decision 0526). Not compared: a request or a document with a secondary code (C77–C79: the primary and its metastasis are different
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
        // per file, and apart within a file: what its text layer states, and what OCR read on its scanned pages
        Map<String, Stated> byFile = new LinkedHashMap<>();
        for (IdentityClaim c : rc.identities()) {
            if (c.file() == null || c.diagnoses().isEmpty()) {
                continue;
            }
            boolean ocr = c.where() != null && c.where().contains("read by OCR");
            Stated st = byFile.computeIfAbsent((ocr ? "ocr|" : "text|") + c.file(), k -> new Stated(c.file(), ocr));
            st.codes.addAll(c.diagnoses());
            st.words.addAll(c.diagnosisWords());
            if (c.where() != null) {
                st.wheres.add(c.where().replace(" (read by OCR)", ""));
            }
        }
        if (byFile.isEmpty()) {
            return List.of();
        }
        Set<SiteCheck.Region> requested = secondary(requestCodes(request)) ? Set.of() : SiteCheck.requestRegions(request);
        Optional<Laterality> side = SideCheck.requestSide(request);
        List<Problem> out = new ArrayList<>();
        for (Stated e : byFile.values()) {
            List<String> codes = new ArrayList<>(e.codes);
            if (codes.stream().anyMatch(c -> requestCodes(request).contains(normal(c)))) {
                continue; // the document states the request's own diagnosis (among others)
            }
            String words = String.join(" ", e.words);
            Set<SiteCheck.Region> regions = regions(codes);
            if (!requested.isEmpty() && !regions.isEmpty() && regions.stream().noneMatch(requested::contains)) {
                String mismatch = "of the " + SiteCheck.words(regions) + ", but the request (" + SiteCheck.what(request)
                        + ") is for the " + SiteCheck.words(requested);
                if (!e.ocr) {
                    out.add(new Problem(e.file, "states the diagnosis " + String.join(", ", codes) + " (a labelled "
                            + "diagnosis line), " + mismatch + ": it may be another case's or another patient's "
                            + "document, or the request's diagnosis may be mistyped — ask which site the plan treats and for "
                            + "the documents of this request (or record why they fit)", ProblemCode.SITE_MISMATCH));
                } else {
                    // read by OCR: held only when the line's own words name the code's region, not the request's
                    Set<SiteCheck.Region> said = SiteCheck.siteWordRegions(words);
                    boolean sure = !said.isEmpty() && said.stream().noneMatch(requested::contains)
                            && said.stream().anyMatch(regions::contains);
                    out.add(ocrFinding(e, codes, mismatch, sure, "site", "which site the plan treats"));
                }
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
                    String mismatch = "of the " + other + " side, but the request (" + SiteCheck.what(request)
                            + ") is for the " + (other.equals("left") ? "right" : "left") + " side";
                    if (!e.ocr) {
                        out.add(new Problem(e.file, "states the diagnosis " + String.join(", ", codes) + " (a labelled "
                                + "diagnosis line), " + mismatch + ": it may be another case's or another patient's "
                                + "document, or the request's side may be mistyped — ask which side the plan treats (or "
                                + "record why they fit)", ProblemCode.SITE_MISMATCH));
                    } else {
                        // read by OCR: held only when the line's own words name that side and no other
                        boolean sure = SideCheck.textSides(words).equals(sides);
                        out.add(ocrFinding(e, codes, mismatch, sure, "side", "which side the plan treats"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A labelled diagnosis line read by OCR that does not fit the request (decision 0526). A misread digit is another
     * site (C34 read C54) or side (C34.11 read C34.12), so the code alone never holds the case: {@code sure} (the
     * line's own words name the same site or side as its code) holds it as a text page's line does; otherwise the
     * nurse gets a note naming the page, to check the code there.
     */
    private static Problem ocrFinding(Stated e, List<String> codes, String mismatch, boolean sure, String what,
                                      String ask) {
        String where = e.wheres.isEmpty() ? "" : " on " + String.join(", ", e.wheres);
        String read = "states the diagnosis " + String.join(", ", codes) + " (a labelled diagnosis line read by OCR"
                + where + "), " + mismatch;
        if (sure) {
            return new Problem(e.file, read + "; the line's own words say the same (\"" + abbreviate(String.join(" ", e.words))
                    + "\"): it may be another case's or another patient's document, or the request's " + what + " may "
                    + "be mistyped — ask " + ask + " and for the documents of this request (or record why they fit)",
                    ProblemCode.SITE_MISMATCH);
        }
        return new Problem(e.file, read + ". A scan can misread a digit of a code, and the line's words do not confirm "
                + "it, so the case is not held on it: look at the code on the page — if it is another diagnosis, the "
                + "document may be another case's");
    }

    private static String abbreviate(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= 80 ? t : t.substring(0, 79) + "\u2026";
    }

    /** What one file states on its labelled diagnosis lines: by its text layer, or read by OCR. */
    private static final class Stated {
        final String file;
        final boolean ocr;
        final Set<String> codes = new LinkedHashSet<>();
        final List<String> words = new ArrayList<>();
        final Set<String> wheres = new LinkedHashSet<>();

        Stated(String file, boolean ocr) {
            this.file = file;
            this.ocr = ocr;
        }
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
