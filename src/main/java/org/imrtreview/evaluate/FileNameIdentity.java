package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imrtreview.model.Document;
import org.imrtreview.model.IdentityClaim;
import org.imrtreview.model.Problem;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;

/**
 * Who a file's name says it is about (decision 0286). Only two patterns count, because file names
 * are mostly plan, site, document and provider names:
 * <ul>
 * <li>a person's name at the start: two or three capitalised words (and middle initials) ("Doe_John_DVH.pdf",
 * "John Doe - IMRT plan.xlsx", "DOE, JOHN_dvh.txt"; all-capital words of three letters or fewer are
 * read as acronyms), none of them a word documents are named with
 * (plan, summary, brain, consult, Eclipse …), followed by a word that says what the file is
 * (DVH, IMRT, plan, table, notes, report, MRI …), and not the name of the request's providers;</li>
 * <li>a member ID: a word with the exact shape of the request's member ID (same length, letters and
 * digits in the same places, at least six digits) — "00012345_plan.xlsx" against member ID
 * 00098765. Dates, request numbers and other numbers never have that shape by chance often.</li>
 * </ul>
 * One-word names ("Delgado_IMRT_constraints.xlsx", "Okafor_DVH.pdf") are not compared: a surname
 * alone is as often the physician's. The claims go through {@link IdentityCheck} like any other.
 */
final class FileNameIdentity {

    /** Words documents are named with: never part of a person's name in a file name. */
    private static final Set<String> NOT_NAMES = Set.of("summary", "analysis", "consultation", "consult", "history",
            "progress", "note", "notes", "document", "eclipse", "pinnacle", "monaco", "raystation", "tomotherapy",
            "aria", "mosaiq", "brain", "lung", "prostate", "head", "neck", "breast", "pelvis", "spine", "liver",
            "plan", "plans", "final", "draft", "scan", "fax", "page", "report", "table", "comparison", "constraints",
            "constraint", "justification", "clinical", "chart", "clinic", "visit", "follow", "up", "patient",
            "member", "request", "prior", "authorization", "auth", "radiation", "oncology", "dose", "volume",
            "histogram", "structure", "structures", "template", "filled", "copy", "new", "old", "revised", "image",
            "left", "right", "whole", "boost", "phase", "course", "sum", "total", "cover", "sheet", "letter",
            "physics", "dosimetry", "medical", "necessity", "records", "record", "imaging", "pathology", "path",
            "operative", "discharge", "admission", "treatment", "simulation", "sim", "contour", "contours",
            "organ", "organs", "risk", "target", "tumor", "tumour", "cancer", "carcinoma", "glioblastoma",
            "esophagus", "rectum", "bladder", "cord", "heart", "kidney", "parotid", "cochlea", "chiasm",
            "optic", "nerve", "femoral", "bowel", "stomach", "duodenum", "larynx", "mandible", "oral", "cavity",
            "cervix", "uterus", "anal", "anus", "nasopharynx", "hippocampus", "hippocampal", "avoidance",
            "and", "vs", "the", "for", "of", "with", "signed", "scanned", "attachment", "attachments", "packet",
            "submission", "resubmission", "appeal", "lab", "labs", "results", "pet", "ct", "mri", "xray");

    /** Words that say what a file is: a person's name must be followed by one of them. */
    private static final Set<String> WHAT_IT_IS = Set.of("dvh", "dvhs", "imrt", "vmat", "3d", "3dcrt", "crt",
            "plan", "plans", "table", "summary", "constraints", "notes", "note", "consult", "consultation",
            "history", "report", "mri", "ct", "pet", "petct", "chart", "records", "oar", "comparison", "analysis",
            "eclipse", "pinnacle", "monaco", "raystation", "scan", "fax", "progress", "clinical", "justification");

    private FileNameIdentity() {
    }

    static List<Problem> check(ReviewCase rc) {
        Request request = rc.request();
        if (request == null || request.member() == null) {
            return List.of();
        }
        Set<String> files = new LinkedHashSet<>();
        for (Document d : rc.documents()) {
            files.add(d.file());
        }
        if (rc.table() != null) {
            files.add(rc.table().file());
        }
        for (Problem p : rc.problems()) {
            files.add(p.file());
        }
        List<IdentityClaim> claims = new ArrayList<>();
        for (String f : files) {
            IdentityClaim c = claim(f, request);
            if (c != null) {
                claims.add(c);
            }
        }
        return IdentityCheck.check(request, claims);
    }

    /** The identity {@code file}'s name states, or null when it states none in a pattern this reads. */
    static IdentityClaim claim(String file, Request request) {
        if (file == null || file.isBlank()) {
            return null;
        }
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        if (name.equalsIgnoreCase("request")) {
            return null;
        }
        String[] words = name.split("[\\s_\\-.,]+");
        String person = person(words, request);
        String id = memberId(words, request);
        if (person == null && id == null) {
            return null;
        }
        return new IdentityClaim(file, "file name", person, id, null);
    }

    private static String person(String[] words, Request request) {
        int n = 0;
        int full = 0;
        while (n < words.length && n < 4) {
            if (nameWord(words[n])) {
                full++;
            } else if (n == 0 || !(words[n].length() == 1 && Character.isUpperCase(words[n].charAt(0)))) {
                break; // a middle initial ("Ellison_Margaret_T_…") but never a first one
            }
            n++;
        }
        if (full < 2 || full > 3 || n >= words.length || !WHAT_IT_IS.contains(words[n].toLowerCase(Locale.ROOT))) {
            return null;
        }
        String person = String.join(" ", java.util.Arrays.copyOf(words, n));
        for (Request.Provider p : new Request.Provider[] {request.requestingProvider(), request.treatingProvider()}) {
            if (p != null && p.name() != null && IdentityCheck.namesMatch(p.name(), person)) {
                return null; // the physician's own name on the file
            }
        }
        return person;
    }

    /** "Doe", "DOE", "O'Brien", "McDonald": a capitalised word of letters, not a document word. */
    private static boolean nameWord(String w) {
        if (w.length() < 2 || w.length() > 20 || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        if (!w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '\'')) {
            return false;
        }
        if (w.length() <= 3 && w.equals(w.toUpperCase(Locale.ROOT))) {
            return false; // IMRT, CT, OAR, PTV: acronyms
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return !NOT_NAMES.contains(lower) && !WHAT_IT_IS.contains(lower);
    }

    private static String memberId(String[] words, Request request) {
        String memberId = request.member().id();
        if (memberId == null || memberId.isBlank()) {
            return null;
        }
        Set<String> known = new java.util.HashSet<>();
        if (request.requestId() != null) {
            known.add(IdentityCheck.normaliseId(request.requestId()));
        }
        for (Request.Provider p : new Request.Provider[] {request.requestingProvider(), request.treatingProvider()}) {
            if (p != null && p.npi() != null) {
                known.add(IdentityCheck.normaliseId(p.npi()));
            }
        }
        String shape = shape(IdentityCheck.normaliseId(memberId));
        if (shape.chars().filter(ch -> ch == '9').count() < 6) {
            return null;
        }
        for (String w : words) {
            if (shape(w.toUpperCase(Locale.ROOT)).equals(shape) && !known.contains(IdentityCheck.normaliseId(w))) {
                return w;
            }
        }
        return null;
    }

    /** Letters as 'A', digits as '9', anything else kept. */
    private static String shape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            sb.append(Character.isDigit(ch) ? '9' : Character.isLetter(ch) ? 'A' : ch);
        }
        return sb.toString();
    }
}
