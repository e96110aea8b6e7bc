package org.imrtreview.constraint.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the "source of constraint" cell: "QUANTEC", "Quantec", "RTOG 0631", "RTOG #0631",
 * "NRG/RTOG 1016", "TG-101", "AAPM TG101", "CORSAIR", "NCCN", "Emami", "institutional",
 * "UK SABR consensus", "SWOG S1826" ... → canonical {@link CitedSource}s. A cell may cite several
 * ("QUANTEC / RTOG 0225"). Nothing recognised → the caller flags SOURCE_UNRECOGNIZED (not an error:
 * the nurse should see it).
 */
public final class SourceCatalog {

    private record Pattern2(SourceGroup group, Pattern pattern) {
    }

    private static final String NUM = "\\s*(?:#|no\\.?|number|protocol|trial|study)?\\s*[-:]?\\s*";

    private static final List<Pattern2> PATTERNS = List.of(
            p(SourceGroup.QUANTEC, "\\bquantec\\b|\\bmarks\\s+(?:lb\\s+)?(?:et\\s+al\\.?\\s*)?\\(?2010"),
            p(SourceGroup.AAPM_TG101, "\\btg\\s*[-#]?\\s*101\\b|task\\s*group\\s*(?:no\\.?\\s*)?101|\\bbenedict\\b"
                    + "|\\baapm\\b(?!\\s*(?:tg|task\\s*group)\\s*[-#]?\\s*(?!101)\\d)"),
            p(SourceGroup.RTOG, "\\brtog\\b(?:" + NUM + "(\\d{3,4}))?"),
            p(SourceGroup.NRG, "\\bnrg\\b(?:\\s*oncology)?(?:[\\s-]*((?:hn|gu|gy|lu|cc|bn|br|gi|bcc|bn)\\s*-?\\s*\\d{3,4}))?"),
            p(SourceGroup.SWOG, "\\bswog\\b(?:" + NUM + "(s?\\s*-?\\d{4}))?"),
            p(SourceGroup.ECOG_ACRIN, "\\becog\\b|\\bacrin\\b"),
            p(SourceGroup.NSABP, "\\bnsabp\\b(?:" + NUM + "(b\\s*-?\\s*\\d{2}))?"),
            p(SourceGroup.ALLIANCE, "\\balliance\\b|\\bcalgb\\b"),
            p(SourceGroup.COG, "\\bcog\\b|children'?s\\s+oncology\\s+group"),
            p(SourceGroup.EORTC, "\\beortc\\b(?:" + NUM + "(\\d{5}))?"),
            p(SourceGroup.CORSAIR, "\\bcorsair\\b|\\bbisello\\b"),
            p(SourceGroup.NCCN, "\\bnccn\\b"),
            p(SourceGroup.EMAMI, "\\bemami\\b"),
            p(SourceGroup.UK_SABR, "\\buk\\s*sabr\\b|\\bsabr\\s*(?:uk|consortium)\\b|\\bhanna\\b.*2018|\\bdiez\\b.*2022"),
            p(SourceGroup.HYTEC, "\\bhytec\\b"),
            p(SourceGroup.PENTEC, "\\bpentec\\b"),
            p(SourceGroup.TIMMERMAN, "\\btimmerman\\b"),
            p(SourceGroup.ICRU, "\\bicru\\b"),
            p(SourceGroup.INSTITUTIONAL, "\\binstitution|\\binst\\.?(?:\\s|$)|\\bin[-\\s]?house\\b|\\bdepartment(?:al)?\\b"
                    + "|\\bour\\s+(?:clinic|center|centre|practice|protocol|department|standard)|\\blocal\\s+(?:protocol|standard|guideline)"
                    + "|\\bphysician\\s+(?:preference|directive)|\\bclinic\\s+(?:protocol|standard)"));

    private SourceCatalog() {
    }

    private static Pattern2 p(SourceGroup group, String regex) {
        return new Pattern2(group, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    /** Every source named in the cell, in order of appearance; empty when none is recognised or the cell is blank. */
    public static List<CitedSource> recognise(String cell) {
        List<CitedSource> found = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return found;
        }
        List<int[]> order = new ArrayList<>();
        for (Pattern2 p : PATTERNS) {
            Matcher m = p.pattern().matcher(cell);
            while (m.find()) {
                String protocol = m.groupCount() >= 1 ? normaliseProtocol(p.group(), m.group(1)) : null;
                CitedSource source = new CitedSource(p.group(), protocol, m.group().trim());
                if (found.stream().noneMatch(s -> s.group() == source.group() && java.util.Objects.equals(s.protocol(), protocol))) {
                    order.add(new int[] {m.start(), found.size()});
                    found.add(source);
                }
            }
        }
        addRtogBehindNrg(cell, found, order);
        order.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<CitedSource> sorted = new ArrayList<>();
        order.forEach(o -> sorted.add(found.get(o[1])));
        return sorted;
    }

    /** "NRG/RTOG 1016" names an RTOG protocol number run under NRG: keep both. "NRG 1016" alone means RTOG 1016 too. */
    private static void addRtogBehindNrg(String cell, List<CitedSource> found, List<int[]> order) {
        Matcher m = Pattern.compile("\\bnrg\\b[\\s/-]*(?:rtog)?" + NUM + "(\\d{4})\\b", Pattern.CASE_INSENSITIVE).matcher(cell);
        if (m.find()) {
            CitedSource rtog = new CitedSource(SourceGroup.RTOG, m.group(1), m.group().trim());
            if (found.stream().noneMatch(s -> s.group() == SourceGroup.RTOG && m.group(1).equals(s.protocol()))) {
                order.add(new int[] {m.start(), found.size()});
                found.add(rtog);
            }
        }
    }

    /** True when the cell names something, yet no known source. */
    public static boolean unrecognised(String cell) {
        return cell != null && !cell.isBlank() && recognise(cell).isEmpty();
    }

    static String normaliseProtocol(SourceGroup group, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String compact = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return switch (group) {
            case RTOG -> compact.length() == 3 ? "0" + compact : compact;
            case SWOG -> compact.startsWith("S") ? compact : "S" + compact;
            case NSABP -> "B-" + compact.substring(1);
            default -> compact;
        };
    }
}
