package org.imrtreview.constraint;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads free-text organ names (table cells) and structure names (DVH exports) as TG-263 organs with
 * laterality, and decides whether a structure stands for a table organ. Pure and thread-safe.
 *
 * <p>Reading order: split CamelCase ("BrainStem", "OpticNrv_L"), lift out a subtracted target
 * ("Lungs-GTV", "lung minus PTV"), a PRV expansion ("PRV5 SpinalCanal", "Cord_PRV05", "cord + 5 mm"),
 * side words ("Lt", "(left)", "_L", "both", "total", "contralateral"), then look the remaining words
 * up compacted ("brain stem" → "brainstem"), singular when plural ("Femoral heads" → both heads); when
 * the whole text is not an organ, the longest run of words that is one wins ("Brainstem (not
 * medulla)"). Helper structures (optimisation rings, "Rectum_opt", targets) are not organs.
 */
public final class OrganNames {

    private static final Pattern MINUS_TARGET = Pattern.compile(
            "\\s*(?:-|−|–|minus|excluding|excl\\.?|less|w/o|without|not|outside)\\s*\\(?\\s*(i?gtv|ctv|ptv|itv|target)s?\\b");
    private static final Pattern PRV = Pattern.compile(
            "(?<![a-z])prv\\s*(\\d+(?:\\.\\d+)?)?\\s*(mm|cm)?|\\+\\s*(\\d+(?:\\.\\d+)?)(?:\\s*-\\s*\\d+(?:\\.\\d+)?)?\\s*(mm|cm)\\b");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=[A-Za-z])(?=\\d)|(?<=\\d)(?=[A-Za-z])");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private static final Set<String> LEFT = Set.of("l", "lt", "left", "lft", "links", "sin");
    private static final Set<String> RIGHT = Set.of("r", "rt", "right", "rgt", "rechts", "dx");
    private static final Set<String> BOTH = Set.of("both", "bilateral", "bilat", "bil", "combined", "total",
            "whole", "all", "paired", "sum");
    private static final Set<String> UNSPECIFIED = Set.of("each", "either", "single", "one", "individual", "any");
    private static final Set<String> CONTRA = Set.of("contralateral", "contra", "spared", "opposite", "uninvolved");
    private static final Set<String> IPSI = Set.of("ipsilateral", "ipsi", "involved");
    private static final Set<String> NOISE = Set.of("gland", "glands", "the", "oar", "oars", "structure", "normal",
            "healthy", "and", "of", "mm", "cm", "nos", "organ", "at", "risk", "dvh", "s", "i", "m");
    /** Words that make a structure a planning helper, not an organ ("Rectum_opt", "Ring_PTV"). */
    private static final Set<String> HELPER = Set.of("opt", "optim", "avoid", "ring", "hot", "cold", "ptv", "gtv",
            "ctv", "itv", "igtv", "dose", "isodose", "tune", "tuning", "zz", "z", "help", "helper", "block", "expand");

    private OrganNames() {
    }

    /**
     * The side words written in a name, whatever organ it names: LEFT, RIGHT, BOTH, UNSPECIFIED, CONTRALATERAL,
     * IPSILATERAL ("Ipsilateral lung (Lung_L)" gives IPSILATERAL and LEFT; "PTV_Lt_Breast" gives LEFT). Used to
     * compare the side a table or DVH export treats with the request's (decision 0500).
     */
    public static Set<Laterality> sidesWritten(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<Laterality> sides = read(text).sides;
        return sides.isEmpty() ? Set.of() : EnumSet.copyOf(sides);
    }

    /** The organ a name stands for, or empty when it is not a recognised organ. */
    public static Optional<OrganName> normalise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Reading r = read(text);
        if (r.helper) {
            return Optional.empty();
        }
        Found found = lookup(r.tokens);
        if (found == null) {
            return Optional.empty();
        }
        Laterality side = side(found, r.sides);
        return Optional.of(new OrganName(text.strip(), found.entry.organ(), tg263(found.entry, side, r.minusTarget),
                side, r.prv, r.prvMarginMm, r.minusTarget));
    }

    /**
     * Up to three TG-263 names closest to an unrecognised name (edit distance on the compacted words),
     * for an {@code ORGAN_UNRECOGNIZED} flag: "Brian stem" → Brainstem.
     */
    public static List<String> suggestions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String compact = String.join("", singular(read(text).tokens));
        if (compact.isEmpty() || compact.length() > 2 * OrganCatalogue.longestSynonym()) {
            return List.of();
        }
        int allowed = Math.max(2, (int) Math.round(compact.length() * 0.4));
        record Candidate(String name, int distance) { }
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, OrganCatalogue.Entry> e : OrganCatalogue.synonyms().entrySet()) {
            if (e.getKey().length() < 3) {
                continue;
            }
            int d = Math.min(editDistance(compact, e.getKey()), prefixDistance(compact, e.getKey()));
            if (d <= allowed) {
                candidates.add(new Candidate(e.getValue().generic(), d));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance));
        Set<String> names = new LinkedHashSet<>();
        for (Candidate c : candidates) {
            names.add(c.name());
            if (names.size() == 3) {
                break;
            }
        }
        return List.copyOf(names);
    }

    /** How well the structure {@code structureName} stands for the table's {@code tableOrgan}. */
    public static OrganMatch match(String tableOrgan, String structureName) {
        Optional<OrganName> t = normalise(tableOrgan);
        Optional<OrganName> s = normalise(structureName);
        return t.isPresent() && s.isPresent() ? match(t.get(), s.get()) : OrganMatch.NONE;
    }

    /** As {@link #match(String, String)} for names already read. */
    public static OrganMatch match(OrganName table, OrganName structure) {
        if (table.prv() != structure.prv()) {
            return OrganMatch.NONE;
        }
        OrganCatalogue.Entry entry = OrganCatalogue.byOrgan(table.organ());
        if (!entry.members().isEmpty() && entry.members().contains(structure.organ())) {
            return OrganMatch.EACH_MEMBER;
        }
        if (!table.organ().equals(structure.organ())) {
            return OrganMatch.NONE;
        }
        OrganMatch bySide = sideMatch(entry, table.side(), structure.side());
        OrganMatch byTarget = Objects.equals(table.minusTarget(), structure.minusTarget())
                ? OrganMatch.EXACT : OrganMatch.TARGET_SUBTRACTION_DIFFERS;
        return bySide.ordinal() >= byTarget.ordinal() ? bySide : byTarget;
    }

    /**
     * Whether a structure could be the table's organ at all, however loosely: the same organ, a member of
     * the table organ's group or the group of it, with any PRV expansion or subtracted target, on a side the
     * table does not contradict ("Left parotid" is not "Parotid_R"; "Parotid (contralateral)" may be either).
     * Used to tell "the DVH data have no structure for this organ" from "which structure is meant is not
     * sure" (decision 0440).
     */
    public static boolean couldBe(OrganName table, OrganName structure) {
        boolean related = table.organ().equals(structure.organ());
        if (!related) {
            OrganCatalogue.Entry t = OrganCatalogue.byOrgan(table.organ());
            OrganCatalogue.Entry s = OrganCatalogue.byOrgan(structure.organ());
            related = t != null && t.members().contains(structure.organ())
                    || s != null && s.members().contains(table.organ());
        }
        return related && !(table.side().isSided() && structure.side().isSided() && table.side() != structure.side());
    }

    private static OrganMatch sideMatch(OrganCatalogue.Entry entry, Laterality table, Laterality structure) {
        if (table == structure) {
            return OrganMatch.EXACT;
        }
        return switch (table) {
            case NONE -> structure == Laterality.NONE ? OrganMatch.EXACT : OrganMatch.NONE;
            case LEFT, RIGHT -> OrganMatch.NONE;
            case BOTH -> structure.isSided() && entry.combined() == null ? OrganMatch.EACH_MEMBER : OrganMatch.NONE;
            case UNSPECIFIED, CONTRALATERAL, IPSILATERAL -> structure.isSided() ? OrganMatch.SIDE_UNKNOWN
                    : OrganMatch.NONE;
        };
    }

    // ---- reading ---------------------------------------------------------------------------------

    private static final class Reading {
        List<String> tokens = new ArrayList<>();
        Set<Laterality> sides = EnumSet.noneOf(Laterality.class);
        boolean prv;
        double prvMarginMm = Double.NaN;
        String minusTarget;
        boolean helper;
    }

    private static Reading read(String text) {
        Reading r = new Reading();
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace("œ", "oe").replace("Œ", "Oe");
        s = CAMEL.matcher(s).replaceAll(" ").replace('_', ' ');
        s = LETTER_DIGIT.matcher(s).replaceAll(" ");
        s = s.toLowerCase(Locale.ROOT);
        Matcher minus = MINUS_TARGET.matcher(s);
        if (minus.find()) {
            r.minusTarget = minus.group(1).toUpperCase(Locale.ROOT);
            s = s.substring(0, minus.start()) + " " + s.substring(minus.end());
        }
        Matcher prv = PRV.matcher(s);
        if (prv.find()) {
            r.prv = true;
            String number = prv.group(1) != null ? prv.group(1) : prv.group(3);
            String unit = prv.group(1) != null ? prv.group(2) : prv.group(4);
            if (number != null) {
                double margin = Double.parseDouble(number);
                // "PRV05" is TG-263's 5 mm; "PRV 0.5 cm" is written in cm.
                r.prvMarginMm = "cm".equals(unit) ? margin * 10 : margin;
            }
            s = s.substring(0, prv.start()) + " " + s.substring(prv.end());
        }
        s = s.replace("+", " ");
        for (String token : NON_ALNUM.split(s)) {
            if (token.isEmpty() || NOISE.contains(token) || token.chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (HELPER.contains(token)) {
                r.helper = true;
            } else if (LEFT.contains(token)) {
                r.sides.add(Laterality.LEFT);
            } else if (RIGHT.contains(token)) {
                r.sides.add(Laterality.RIGHT);
            } else if (BOTH.contains(token)) {
                r.sides.add(Laterality.BOTH);
            } else if (UNSPECIFIED.contains(token)) {
                r.sides.add(Laterality.UNSPECIFIED);
            } else if (CONTRA.contains(token)) {
                r.sides.add(Laterality.CONTRALATERAL);
            } else if (IPSI.contains(token)) {
                r.sides.add(Laterality.IPSILATERAL);
            } else {
                r.tokens.add(token);
            }
        }
        return r;
    }

    private record Found(OrganCatalogue.Entry entry, boolean plural) { }

    /**
     * Whole text first, then the longest run of words that names an organ (leftmost on ties). Runs
     * longer (in letters) than the longest synonym cannot match and are skipped, so the work is linear
     * in the cell's length: a 2,000-word cell costs as much as a few short ones (it used to try every
     * run, about cubic — minutes for a pasted paragraph).
     */
    private static Found lookup(List<String> tokens) {
        int n = tokens.size();
        int longest = OrganCatalogue.longestSynonym();
        List<String> singulars = singular(tokens);
        int[] plain = new int[n + 1];
        int[] single = new int[n + 1];
        for (int i = 0; i < n; i++) {
            plain[i + 1] = plain[i] + tokens.get(i).length();
            single[i + 1] = single[i] + singulars.get(i).length();
        }
        for (int length = Math.min(n, longest); length >= 1; length--) {
            for (int start = 0; start + length <= n; start++) {
                int end = start + length;
                boolean plainFits = plain[end] - plain[start] <= longest;
                boolean singleFits = single[end] - single[start] <= longest;
                if (!plainFits && !singleFits) {
                    continue;
                }
                List<String> run = tokens.subList(start, end);
                if (plainFits) {
                    OrganCatalogue.Entry exact = OrganCatalogue.bySynonym(String.join("", run));
                    if (exact != null) {
                        return new Found(exact, false);
                    }
                }
                List<String> singular = singulars.subList(start, end);
                if (singleFits && !singular.equals(run)) {
                    OrganCatalogue.Entry plural = OrganCatalogue.bySynonym(String.join("", singular));
                    if (plural != null) {
                        return new Found(plural, true);
                    }
                }
            }
        }
        return null;
    }

    private static List<String> singular(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            out.add(singular(t));
        }
        return out;
    }

    private static String singular(String word) {
        if (word.length() <= 3 || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")
                || word.endsWith("as")) {
            return word;
        }
        if (word.endsWith("ses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("ae")) {
            return word.substring(0, word.length() - 1);
        }
        if (word.endsWith("i")) {
            return word.substring(0, word.length() - 1) + "us";
        }
        if (word.endsWith("s")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static Laterality side(Found found, Set<Laterality> written) {
        OrganCatalogue.Entry e = found.entry;
        if (!e.paired()) {
            return Laterality.NONE;
        }
        boolean left = written.contains(Laterality.LEFT);
        boolean right = written.contains(Laterality.RIGHT);
        if (left && right) {
            return Laterality.BOTH;
        }
        if (left || right) {
            return left ? Laterality.LEFT : Laterality.RIGHT;
        }
        if (written.contains(Laterality.CONTRALATERAL)) {
            return Laterality.CONTRALATERAL;
        }
        if (written.contains(Laterality.IPSILATERAL)) {
            return Laterality.IPSILATERAL;
        }
        if (written.contains(Laterality.UNSPECIFIED)) {
            return Laterality.UNSPECIFIED;
        }
        if (written.contains(Laterality.BOTH) || found.plural || e.unsidedMeansBoth()) {
            return Laterality.BOTH;
        }
        return Laterality.UNSPECIFIED;
    }

    private static String tg263(OrganCatalogue.Entry e, Laterality side, String minusTarget) {
        String name;
        if (!e.paired()) {
            name = e.organ();
        } else if (side.isSided()) {
            name = e.organ() + side.suffix();
        } else if (side == Laterality.BOTH && e.combined() != null) {
            name = e.combined();
        } else {
            name = e.organ() + "_L|" + e.organ() + "_R";
        }
        return minusTarget == null || name.contains("|") ? name : name + "-" + minusTarget;
    }

    // ---- distances -------------------------------------------------------------------------------

    /** Levenshtein distance (insertions, deletions, substitutions), two rows of memory. */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Distance ignoring extra trailing letters, so a truncated name ("Brainst") still suggests. */
    private static int prefixDistance(String typed, String synonym) {
        if (typed.length() >= 4 && synonym.startsWith(typed)) {
            return 1;
        }
        return Integer.MAX_VALUE;
    }
}
