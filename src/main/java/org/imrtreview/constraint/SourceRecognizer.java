package org.imrtreview.constraint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the source cited for a constraint — cooperative groups (RTOG, NRG, SWOG, NSABP,
 * Alliance, ECOG-ACRIN, EORTC, CCTG, COG, GOG, JCOG, TROG), compilations (QUANTEC, HyTEC, PENTEC,
 * CORSAIR, AAPM TG-101, Emami, Timmerman, UK SABR Consortium, ESTRO/ACROP, NCCN, ICRU) and
 * institutional constraints — and returns a canonical name (plus protocol number when written, e.g.
 * "RTOG #0631" → RTOG 0631). Literature citations ("Marks et al 2010", a PMID or DOI) are
 * recognised as "Published literature". Free text like "physician preference" is not a source.
 * The published-constraint library keys on the canonical names.
 */
public final class SourceRecognizer {

    private record Known(Pattern pattern, String name, boolean institutional) { }

    private static final List<Known> KNOWN = new ArrayList<>();

    static {
        known("quant[ae]c", "QUANTEC");
        known("hy-?tec", "HyTEC");
        known("pen-?tec", "PENTEC");
        known("corsair", "CORSAIR");
        known("(?:aapm\\s*)?(?:tg|task\\s*group)\\s*[-#]?\\s*101", "AAPM TG-101");
        known("uk\\s*sabr|sabr\\s*(?:uk\\s*)?consortium", "UK SABR Consortium");
        known("timmerman", "Timmerman");
        known("emami", "Emami");
        known("rtog(?:\\s*(?:#|no\\.?|protocol)?\\s*(\\d{3,4}))?", "RTOG");
        known("nrg(?:\\s*(?:oncology)?\\s*[-#]?\\s*([a-z]{1,3}\\s*-?\\d{3,4}))?", "NRG");
        known("swog(?:\\s*[-#]?\\s*(s?\\d{3,4}))?", "SWOG");
        known("nsabp(?:\\s*[-#]?\\s*([a-z]-?\\d{1,3}))?", "NSABP");
        known("alliance|calgb", "Alliance");
        known("ecog(?:-?\\s*acrin)?", "ECOG-ACRIN");
        known("eortc(?:\\s*[-#]?\\s*(\\d{4,5}))?", "EORTC");
        known("cctg|ncic(?:\\s*ctg)?", "CCTG");
        known("cog|children'?s oncology group", "COG");
        known("gog", "GOG");
        known("jcog(?:\\s*(\\d{4}))?", "JCOG");
        known("trog", "TROG");
        known("estro(?:\\s*[-/]?\\s*acrop)?|acrop", "ESTRO");
        known("nccn", "NCCN");
        known("icru(?:\\s*(?:report)?\\s*(\\d{2,3}))?", "ICRU");
        known("aapm", "AAPM");
        known("astro", "ASTRO");
        known("nci(?! ctg)", "NCI");
        SourceRecognizer.KNOWN.add(new Known(Pattern.compile(
                "(?<![a-z])(?:institution(?:al)?|inst\\.?|in-?house|departmental|department(?:al)? protocol"
                        + "|house (?:policy|standard|protocol)|local (?:protocol|policy|standard)|our (?:clinic|protocol|institution))(?![a-z])",
                Pattern.CASE_INSENSITIVE), "Institutional", true));
        SourceRecognizer.KNOWN.add(new Known(Pattern.compile(
                "(?<![a-z])(?:et\\s+al|pmid|doi|int\\s*j\\s*radiat|ijrobp|red journal|radiother\\s*oncol|pract\\s*radiat|lancet|jco)(?![a-z])",
                Pattern.CASE_INSENSITIVE), "Published literature", false));
    }

    private SourceRecognizer() {
    }

    private static void known(String regex, String name) {
        KNOWN.add(new Known(Pattern.compile("(?<![a-z])(?:" + regex + ")(?![a-z])", Pattern.CASE_INSENSITIVE), name, false));
    }

    /** The first source named in {@code text} (by position), or empty when none is recognised. */
    public static Optional<CitedSource> recognize(String text) {
        List<CitedSource> all = recognizeAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every source named in {@code text}, in the order written ("QUANTEC / RTOG 0617" gives two). */
    public static List<CitedSource> recognizeAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        record Hit(int at, CitedSource source) { }
        List<Hit> hits = new ArrayList<>();
        for (Known k : KNOWN) {
            Matcher m = k.pattern().matcher(text);
            if (m.find() && hits.stream().noneMatch(h -> h.source().name().equals(k.name()))) {
                String protocol = m.groupCount() >= 1 && m.group(1) != null ? m.group(1).toUpperCase().replace(" ", "") : null;
                hits.add(new Hit(m.start(), new CitedSource(k.name(), protocol, k.institutional())));
            }
        }
        // "AAPM TG-101" also matches the bare "AAPM"; keep the more specific one.
        if (hits.stream().anyMatch(h -> h.source().name().equals("AAPM TG-101"))) {
            hits.removeIf(h -> h.source().name().equals("AAPM"));
        }
        hits.sort(Comparator.comparingInt(Hit::at));
        return hits.stream().map(Hit::source).toList();
    }
}
