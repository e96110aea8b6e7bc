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
        List<Problem> out = new ArrayList<>();
        Request.Member member = request == null ? null : request.member();
        if (member == null || claims == null) {
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (IdentityClaim c : claims) {
            List<String> parts = new ArrayList<>();
            if (c.name() != null && !blank(member.name()) && !namesMatch(member.name(), c.name())) {
                parts.add("patient name");
            }
            if (c.id() != null && !blank(member.id()) && !normaliseId(c.id()).equals(normaliseId(member.id()))) {
                parts.add("member ID");
            }
            if (c.dateOfBirth() != null && member.dateOfBirth() != null && !c.dateOfBirth().equals(member.dateOfBirth())) {
                parts.add("date of birth");
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

    static String normaliseId(String id) {
        return id.replaceAll("[\\s\\-_./]", "").toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
