package org.imrtreview.evaluate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imrtreview.model.IdentityClaim;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.Request;

/**
 * One member per case (SPEC §4 "Fail closed"): each identity the evidence states is compared with the
 * request's member. Names are matched tolerantly — "Last, First" or "First Last", case, accents,
 * middle names and initials, titles — IDs exactly after removing spaces and dashes, birth dates
 * exactly. Anything that disagrees is a {@link ProblemCode#MEMBER_MISMATCH} finding. The sentences
 * say which file and which part disagrees, never the identifiers themselves (they reach JSON output).
 */
public final class IdentityCheck {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "jr", "sr", "ii", "iii", "iv",
            "md", "phd", "rn", "mx");

    private IdentityCheck() {
    }

    public static List<Problem> check(Request request, List<IdentityClaim> claims) {
        return check(request, claims, java.time.LocalDate.now());
    }

    /**
     * A member birth date after the request was received (or after {@code today}) is the request's own slip, not
     * another patient in the evidence: one finding on the request (decision 0501), and {@link #check} does not
     * compare the evidence's birth dates with it.
     */
    public static List<Problem> requestBirthDate(Request request, java.time.LocalDate today) {
        java.time.LocalDate bornBy = RequestDates.receivedOrToday(request, today);
        if (!impossibleBirth(request, today)) {
            return List.of();
        }
        return List.of(new Problem(null, "The request's member date of birth is after " + (bornBy.equals(today)
                ? "today" : "the date the request was received (" + bornBy + ")") + ": no member is born after "
                + "their request, so the request's birth date is mistyped (or another record's), and the evidence's "
                + "birth dates cannot be checked against it. Correct the date of birth in the request details; no "
                + "letter can be made until it is resolved", ProblemCode.MEMBER_MISMATCH));
    }

    private static boolean impossibleBirth(Request request, java.time.LocalDate today) {
        Request.Member member = request == null ? null : request.member();
        return member != null && member.dateOfBirth() != null
                && member.dateOfBirth().isAfter(RequestDates.receivedOrToday(request, today));
    }

    static List<Problem> check(Request request, List<IdentityClaim> claims, java.time.LocalDate today) {
        List<Problem> out = new ArrayList<>();
        Request.Member member = request == null ? null : request.member();
        if (member == null || claims == null) {
            return out;
        }
        boolean impossibleBirth = impossibleBirth(request, today);
        Set<String> seen = new LinkedHashSet<>();
        for (IdentityClaim c : claims) {
            List<String> parts = new ArrayList<>();
            boolean ocr = c.where() != null && c.where().contains("read by OCR");
            if (c.name() != null && !blank(member.name()) && !namesMatch(member.name(), c.name())
                    && !(ocr && withinOcrError(normaliseName(member.name()), normaliseName(c.name()), 3))) {
                parts.add("patient name");
            }
            if (c.id() != null && !blank(member.id()) && !sameId(c.id(), member.id())) {
                String asked = ocrShape(normaliseId(member.id()));
                String read = ocrShape(normaliseId(c.id()));
                if (!(ocr && withinOcrError(asked, read, 2))) {
                    parts.add("member ID");
                } else if (!asked.equals(read)) {
                    // within what OCR misreads, but a character differs that no look-alike explains: another
                    // member's ID one digit off reads the same way, so the nurse looks at it (decision 0560)
                    String where = c.where() == null ? "" : " (" + c.where() + ")";
                    String message = "states a member ID" + where + " that is close to the request's but not the same:"
                            + " a scan can misread a digit, so the case is not held on it — look at the ID on the page;"
                            + " if it is another member's, this document is not this member's";
                    if (seen.add(c.file() + "|" + message)) {
                        out.add(new Problem(c.file(), message));
                    }
                }
            }
            if (c.dateOfBirth() != null && member.dateOfBirth() != null && !impossibleBirth
                    && !c.dateOfBirth().equals(member.dateOfBirth())) {
                parts.add("date of birth");
            }
            if (c.dateOfBirthNoDate() && member.dateOfBirth() != null) {
                String where = c.where() == null ? "" : " (" + c.where() + ")";
                String message = "states a date of birth that is no calendar date" + where + ": a typing slip, or "
                        + "another patient's record. Check that this evidence belongs to this member before deciding;"
                        + " no letter can be made until it is resolved";
                if (seen.add(c.file() + "|" + message)) {
                    out.add(new Problem(c.file(), message, ProblemCode.MEMBER_MISMATCH));
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            String where = c.where() == null ? "" : " (" + c.where() + ")";
            String message = "names another patient" + where + ": its " + String.join(" and ", parts)
                    + (parts.size() == 1 ? " does" : " do") + " not match the member in the request. Check that this "
                    + "evidence belongs to this member before deciding; no letter can be made until it is resolved";
            if (seen.add(c.file() + "|" + message)) {
                out.add(new Problem(c.file(), message, ProblemCode.MEMBER_MISMATCH));
            }
        }
        return out;
    }

    /**
     * True when the two names can be the same person: every word (two letters or more) of the shorter
     * name is in the longer one, at least one word is shared, and every initial matches a word's first
     * letter in the other name.
     */
    static boolean namesMatch(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        List<String> fullA = wa.stream().filter(w -> w.length() > 1).toList();
        List<String> fullB = wb.stream().filter(w -> w.length() > 1).toList();
        if (fullA.isEmpty() || fullB.isEmpty()) {
            return true; // nothing to compare: not a finding
        }
        List<String> shorter = fullA.size() <= fullB.size() ? fullA : fullB;
        List<String> longer = shorter == fullA ? fullB : fullA;
        if (!longer.containsAll(shorter)) {
            return false;
        }
        return initialsFit(wa, wb) && initialsFit(wb, wa);
    }

    /** Each initial of {@code from} starts a word of {@code other}, unless {@code other} is the shorter name (it omits it). */
    private static boolean initialsFit(List<String> from, List<String> other) {
        if (other.size() < from.size()) {
            return true;
        }
        for (String w : from) {
            if (w.length() == 1 && other.stream().noneMatch(o -> o.charAt(0) == w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    static List<String> words(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !TITLES.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * A line read by OCR from a scan or fax is compared allowing the misreadings OCR makes (O/0, I/l/1, S/5,
     * B/8, Z/2 and up to {@code edits} characters changed): a fax of this member's own cover sheet must not
     * read as another patient. Another patient's ID or name differs in far more than that (decision 0131).
     */
    static boolean withinOcrError(String a, String b, int edits) {
        if (a.isEmpty() || b.isEmpty() || Math.abs(a.length() - b.length()) > edits) {
            return false;
        }
        return org.imrtreview.constraint.OrganNames.editDistance(a, b) <= Math.min(edits, Math.max(1, a.length() / 5));
    }

    static String ocrShape(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        for (char ch : id.toCharArray()) {
            sb.append(switch (ch) {
                case 'O', 'Q', 'D' -> '0';
                case 'I', 'L', '|' -> '1';
                case 'S' -> '5';
                case 'B' -> '8';
                case 'Z' -> '2';
                case 'G' -> '6';
                default -> ch;
            });
        }
        return sb.toString();
    }

    private static String normaliseName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}]", "")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * One member ID written two ways: separators, spaces and case aside, and for an ID of digits only, leading
     * zeros aside ("0048213" and "48213": a spreadsheet drops them). A zero inside a lettered ID
     * ("ZRH0330218856" against "ZRH330218856") is another ID.
     */
    static boolean sameId(String a, String b) {
        String x = normaliseId(a);
        String y = normaliseId(b);
        if (x.equals(y)) {
            return true;
        }
        return x.matches("\\d+") && y.matches("\\d+") && x.replaceFirst("^0+(?=\\d)", "").equals(y.replaceFirst("^0+(?=\\d)", ""));
    }

    static String normaliseId(String id) {
        return id.replaceAll("[\\s\\-_./]", "").toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
