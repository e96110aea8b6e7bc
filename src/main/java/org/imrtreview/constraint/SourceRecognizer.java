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

    /** {@code hints}: lower-case literals one of which the text must contain before the pattern is tried. */
    private record Known(Pattern pattern, String name, boolean institutional, String... hints) {
        boolean worthTrying(String lower) {
            for (String h : hints) {
                if (lower.contains(h)) {
                    return true;
                }
            }
            return hints.length == 0;
        }
    }

    private static final Pattern BLANK = Pattern.compile("(?i)n/?a|[-–—?]+|none|unknown");

    private static final List<Known> KNOWN = new ArrayList<>();

    static {
        known("quant[ae]c", "QUANTEC", "quant");
        known("hy-?tec", "HyTEC", "hy");
        known("pen-?tec", "PENTEC", "pen");
        known("corsair", "CORSAIR", "corsair");
        known("(?:aapm\\s*)?(?:tg|task\\s*group)\\s*[-#]?\\s*101|benedict", "AAPM TG-101", "101", "benedict");
        known("uk\\s*sabr|sabr\\s*(?:uk\\s*)?consortium", "UK SABR Consortium", "sabr");
        known("timmerman", "Timmerman", "timmerman");
        known("emami", "Emami", "emami");
        known("rtog(?:\\s*(?:#|no\\.?|protocol)?\\s*[-:]?\\s*(\\d{3,4}))?", "RTOG", "rtog");
        known("nrg(?:\\s*(?:oncology)?\\s*[-#]?\\s*([a-z]{1,3}\\s*-?\\d{3,4}))?", "NRG", "nrg");
        known("swog(?:\\s*[-#]?\\s*(s?\\d{3,4}))?", "SWOG", "swog");
        known("nsabp(?:\\s*[-#]?\\s*([a-z]-?\\d{1,3}))?", "NSABP", "nsabp");
        known("alliance|calgb", "Alliance", "alliance", "calgb");
        known("ecog(?:-?\\s*acrin)?", "ECOG-ACRIN", "ecog");
        known("eortc(?:\\s*[-#]?\\s*(\\d{4,5}))?", "EORTC", "eortc");
        known("cctg|ncic(?:\\s*ctg)?", "CCTG", "cctg", "ncic");
        known("cog|children'?s oncology group", "COG", "cog", "children");
        known("gog", "GOG", "gog");
        known("jcog(?:\\s*(\\d{4}))?", "JCOG", "jcog");
        known("trog", "TROG", "trog");
        known("estro(?:\\s*[-/]?\\s*acrop)?|acrop", "ESTRO", "estro", "acrop");
        known("nccn", "NCCN", "nccn");
        known("icru(?:\\s*(?:report)?\\s*(\\d{2,3}))?", "ICRU", "icru");
        known("aapm", "AAPM", "aapm");
        known("astro", "ASTRO", "astro");
        known("nci(?! ctg)", "NCI", "nci");
        SourceRecognizer.KNOWN.add(new Known(Pattern.compile(
                "(?<![a-z])(?:institution(?:al)?|inst\\.?|in-?house|departmental|department(?:al)? protocol"
                        + "|house (?:policy|standard|protocol)|dept\\.?\\s*(?:standard|protocol|policy)|local (?:protocol|policy|standard)|our (?:clinic|protocol|institution))(?![a-z])",
                Pattern.CASE_INSENSITIVE), "Institutional", true, "inst", "house", "depart", "dept", "local", "our "));
        SourceRecognizer.KNOWN.add(new Known(Pattern.compile(
                "(?<![a-z])(?:et\\s+al|pmid|doi|int\\s*j\\s*radiat|ijrobp|red journal|radiother\\s*oncol|pract\\s*radiat|lancet|jco)(?![a-z])",
                Pattern.CASE_INSENSITIVE), "Published literature", false, "et al", "pmid", "doi", "int", "ijrobp", "red journal",
                "radiother", "pract", "lancet", "jco"));
    }

    /** Only the start of a long cell is searched; a citation is short. */
    private static final int MAX_LENGTH = 500;

    private SourceRecognizer() {
    }

    private static void known(String regex, String name, String... hints) {
        KNOWN.add(new Known(Pattern.compile("(?<![a-z])(?:" + regex + ")(?![a-z])", Pattern.CASE_INSENSITIVE), name, false, hints));
    }

    /** True when no source is written: empty, "n/a", "—", "?", "unknown". */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank() || BLANK.matcher(text.trim()).matches();
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
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (Known k : KNOWN) {
            if (!k.worthTrying(lower)) {
                continue;
            }
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
