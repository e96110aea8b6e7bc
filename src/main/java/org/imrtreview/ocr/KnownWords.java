package org.imrtreview.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a dose table's own vocabulary read a letter or two wrong ("OUANTEC", "Fentoral",
 * "bitateral", "Dimax") or a metric with a digit read as a letter ("Dicc" for "D1cc", "VB0Gy" for
 * "V80Gy"), put right where only one spelling fits, and never silently: a word put right keeps the
 * doubt {@link OcrWord.Doubt#CORRECTED}, so its cell is shown as the known word but does not support
 * approval until the nurse has compared it with the page (decision 0320).
 * <ul>
 * <li><b>Known words</b>: the words of organ names, cited sources, metrics, units and table headers
 * ({@link #VOCABULARY}). A word of letters alone that is none of them is taken as the one that is
 * nearest, when it is at most one edit away (two for words of seven letters or more) and no other
 * known word is as near or one edit further. Words under four letters are left as read (too many
 * spellings lie one edit apart).</li>
 * <li><b>Metrics</b>: a word that is "D" or "V" followed by what reads as a number and a unit once
 * the letters the engine takes for digits are digits ("i", "l", "I", "|" for 1; "O", "o" for 0; "B"
 * for 8; "S" for 5) and "ce" is "cc" ("Dicc" is "D1cc", "Dlce" is "D1cc"). Only letters that look like
 * the digit are read as one.</li>
 * </ul>
 * Marks around the word ("(ight)", "‘OUANTEC") stay as they were; digits are never changed.
 */
final class KnownWords {

    /** Lower-case known word to the spelling it takes (acronyms and metrics keep theirs, others follow the word read). */
    private static final Map<String, String> VOCABULARY = new HashMap<>();

    static {
        // organs and their qualifiers (TG-263 names spelt out)
        words("brain brainstem stem spinal cord canal cauda equina sacral plexus brachial optic chiasm nerve nerves"
                + " cochlea cochleae lens lenses eye eyes globe retina temporal lobe lobes hippocampus hippocampi pituitary"
                + " gland glands parotid parotids submandibular oral cavity lips lip mandible larynx glottic supraglottic"
                + " pharyngeal constrictor constrictors esophagus oesophagus thyroid trachea bronchus bronchial tree"
                + " heart pericardium atrium ventricle coronary artery arteries aorta great vessels lung lungs breast"
                + " breasts chest wall skin liver kidney kidneys stomach duodenum bowel bowels small large colon"
                + " sigmoid rectum anus anal canal bladder penile bulb femoral femur head heads neck prostate urethra"
                + " vagina uterus ovary ovaries testis testes cauda pancreas spleen gallbladder bile duct ribs rib"
                + " joint temporomandibular cervical thoracic lumbar vertebra vertebrae body marrow bone"
                + " left right bilateral ipsilateral contralateral total normal combined minus whole both"
                + " upper lower inner outer middle ear"
                // organ words of the constraint library and TG-263 names the list lacked (decision 0521)
                + " bronchi chestwall chiasma genitals genitalia iliac ilium ileum jejunum renal cortex medulla intestine"
                + " loops airway airways proximal distal anterior posterior descending crest peritoneal pathway");
        // table headers and the words around the values
        words("organ organs structure structures risk constraint constraints dose doses source sources reference"
                + " criteria criterion plan plans planned only with without meets meet met required value values"
                + " volume volumes limit limits metric objective objectives achieved result results conformal"
                + " comment comments notes note protocol guideline guidelines published institutional boost phase"
                + " primary target yes none unknown");
        // metrics and units, in their own spelling
        fixed("Dmax", "Dmean", "Dmin", "Mean", "Max", "Min", "Median", "Gy", "cGy", "cc", "IMRT", "VMAT", "SBRT", "CRT",
                "GTV", "CTV", "PTV", "ITV", "OAR", "OARs");
        // cited sources (SourceRecognizer's names)
        fixed("QUANTEC", "HyTEC", "PENTEC", "CORSAIR", "RTOG", "NRG", "SWOG", "NSABP", "EORTC", "NCCN", "ICRU",
                "AAPM", "ASTRO", "ESTRO", "ACROP", "Emami", "Timmerman", "Alliance", "ECOG", "ACRIN", "JCOG", "TROG");
    }

    private static void words(String spaced) {
        for (String w : spaced.split(" ")) {
            VOCABULARY.putIfAbsent(w, null);
        }
    }

    private static void fixed(String... spellings) {
        for (String s : spellings) {
            VOCABULARY.put(s.toLowerCase(Locale.ROOT), s);
        }
    }

    /** Leading marks, the letters of the word, trailing marks ("(" "ight" ")", "‘" "OUANTEC" ""). */
    private static final Pattern LETTERS = Pattern.compile("^(\\P{L}*?)(\\p{L}+)(\\P{L}*)$");
    /** A metric whose number and unit were read with look-alike letters: D or V, the number, the unit. */
    private static final Pattern METRIC = Pattern.compile("^([DVWv])([0-9iIl|!OoBS]+(?:\\.[0-9iIl|!OoBS]+)?)(cc|ce|ec|ee|%|Gy|cGy)$");

    /**
     * A dose-volume metric whose unit's "G" a fax broke into other marks ("V45OVy", "V20@y", "V30Cy"): no metric
     * ends in anything but "Gy" after them (decision 0489). Digits are never changed.
     */
    private static final Pattern BROKEN_G_METRIC = Pattern.compile("^(V)(\\d{1,3}(?:\\.\\d)?)(?:OV|Ov|0V|@r|@|\\(|\\(i|\u00A9|C|O)y$");
    /** A metric before a comparison sign: "Dmean", "Dmax", "Mean", "V20Gy", "D2cc", "D95%". */
    private static final Pattern METRIC_BEFORE_SIGN = Pattern.compile("^(?:D?(?:max|mean|min|Max|Mean|Min)|[DV]\\d+(?:\\.\\d+)?(?:cc|%|Gy|cGy))$");

    /** Marks no value of a dose table holds before its number: quotes, a backtick, a tilde, an underscore. */
    private static final String LEADING_MARK = "[\"'`~_\u2018\u2019\u201C\u201D\u201E]";
    /** ... nor between its number and unit or after them: those, a point, a comma, a colon, a semicolon. */
    private static final String MARK = "[\"'`~_\u2018\u2019\u201C\u201D\u201E.,:;]";
    /** A number (a sign before it kept), marks, a unit, marks: "30'Gy", "318,", "27.3%.", "160.c¢", "“2640". */
    private static final Pattern VALUE_MARKS = Pattern.compile("^(" + LEADING_MARK + "*)([<>\u2264\u2265]?\\d+(?:\\.\\d+)?)("
            + MARK + "*)(%|Gy|cGy|cc|ce|c\u00A2|CC)?(" + MARK + "*)$");
    /** A known word, a point or comma, and the next word with no space: "NRG.GI-001". */
    private static final Pattern JOINED = Pattern.compile("^(\\p{L}{3,})[.,]([\\p{Lu}\\d][\\p{L}\\d-]*)$");

    /** Under this engine confidence a word of letters may be taken for the known word it is near (OcrDoubts.TRUSTED). */
    static final double UNSURE = 0.80;

    private KnownWords() {
    }

    /** The words, each one of the vocabulary read a little wrong put right and doubted. */
    static List<OcrWord> fix(List<OcrWord> words) {
        List<OcrWord> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            OcrWord w = words.get(i);
            if (specksAfterWord(words, i)) { // "Right optic ~ nerve": the word before carries the doubt
                out.set(out.size() - 1, out.get(out.size() - 1).doubted(OcrWord.Doubt.MARK_LEFT_OUT));
                continue;
            }
            OcrWord.Doubt why = OcrWord.Doubt.CORRECTED;
            OcrWord next = i + 1 < words.size() && words.get(i + 1).line() == w.line() ? words.get(i + 1) : null;
            String sign = "false".equalsIgnoreCase(System.getProperty("imrt.ocr.guillemets")) ? null
                    : comparisonSign(w.text(), next == null ? null : next.text());
            if (sign != null) { // "«" before a number is a "<" (decision 0372)
                out.add(w.withText(sign, spread(w, sign)).doubted(why));
                continue;
            }
            if (i > 0 && next != null && words.get(i - 1).line() == w.line()
                    && !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.letterSigns"))) {
                String letterSign = signReadAsLetter(words.get(i - 1).text(), w.text(), next.text());
                if (letterSign != null) { // "Dmean s 45 Gy": the "≤" a colour JPEG blurred into an "s" (decision 0489)
                    out.add(w.withText(letterSign, spread(w, letterSign)).doubted(why));
                    continue;
                }
            }
            String fixed = corrected(w.text(), w.confidence() < UNSURE);
            if (fixed == null && next != null && !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.doseMetrics"))) {
                fixed = doseMetric(w.text(), next.text());
            }
            if (fixed == null && i > 0 && words.get(i - 1).line() == w.line()
                    && !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.trialGroups"))) {
                fixed = trialGroup(words.get(i - 1).text(), w.text());
            }
            if (fixed == null && i > 0 && words.get(i - 1).line() == w.line() && endsInDigit(words.get(i - 1).text())) {
                fixed = unit(w.text());
                if (fixed == null && w.confidence() < UNSURE && !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.brokenGy"))) {
                    fixed = brokenGy(words.get(i - 1).text(), w.text()); // decision 0412
                }
            }
            if (fixed == null) {
                fixed = withoutMarks(w.text());
                why = OcrWord.Doubt.MARK_LEFT_OUT;
            }
            if (fixed == null && w.confidence() >= UNSURE && !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.nearKnown"))
                    && nearOneKnownWord(w.text())) {
                out.add(w.doubted(OcrWord.Doubt.NEAR_KNOWN_WORD)); // "Jung": left as read, doubted (decision 0371)
                continue;
            }
            out.add(fixed == null ? w : w.withText(fixed, spread(w, fixed)).doubted(why));
        }
        return out;
    }

    /**
     * A word of marks alone ("~", "'") after a word of letters on its line, with a word of letters or
     * nothing after it on that line: a speck no organ name or header holds, and not where a comparison
     * sign would be (that is before a number).
     */
    private static boolean specksAfterWord(List<OcrWord> words, int i) {
        OcrWord w = words.get(i);
        if (i == 0 || !w.text().matches(LEADING_MARK + "+")) {
            return false;
        }
        OcrWord before = words.get(i - 1);
        if (before.line() != w.line() || !before.text().matches("\\(?\\p{L}+")) {
            return false;
        }
        OcrWord after = i + 1 < words.size() ? words.get(i + 1) : null;
        return after == null || after.line() != w.line() || after.text().matches("\\p{L}+\\)?");
    }

    /**
     * A value with marks no value holds, the marks left out ("30'Gy" is "30 Gy", "318," is "318", "27.3%."
     * is "27.3%", "160.c¢" is "160 cc", "“2640" is "2640"), or a known word joined to the next by a point
     * ("NRG.GI-001" is "NRG GI-001"); null when there are none. Digits are never changed; the word is doubted.
     */
    static String withoutMarks(String text) {
        Matcher j = JOINED.matcher(text);
        if (j.matches() && VOCABULARY.containsKey(j.group(1).toLowerCase(Locale.ROOT))) {
            return j.group(1) + " " + j.group(2);
        }
        Matcher m = VALUE_MARKS.matcher(text);
        if (!m.matches() || m.group(1).isEmpty() && m.group(3).isEmpty() && m.group(5).isEmpty()) {
            return null;
        }
        String unit = m.group(4);
        if (unit == null) {
            return m.group(2);
        }
        String spelt = unit.equals("%") || unit.equals("Gy") || unit.equals("cGy") ? unit : "cc";
        // a mark between the number and a unit of letters stood where the space was
        return m.group(2) + (!m.group(3).isEmpty() && !unit.equals("%") ? " " : "") + spelt;
    }

    private static boolean endsInDigit(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1));
    }

    /** "ce", "CC", "c¢" after a number are "cc" (no other unit of a dose table looks like them). */
    static String unit(String text) {
        if (text.matches("ce|ec|ee|CC|Cc|cC|c\u00A2|\u00A2c|cc\\.|ce\\.")) {
            return "cc";
        }
        // a unit with a speck after it ("Gy:", "Gy.", "cGy,")
        Matcher m = Pattern.compile("^(Gy|cGy|cc|%)" + MARK + "+$").matcher(text);
        return m.matches() ? m.group(1) : null;
    }

    /** The "G" of "Gy" as a fax breaks it: "@", "(", "((", "(i", "(;", "©", "C" alone, each with an "r" or nothing after. */
    private static final Pattern BROKEN_GY = Pattern.compile("^(@|\\(|\\(\\(|\\(i|\\(;|\u00A9|\\(:)r?y$");

    /**
     * "Gy" for a unit the engine read unsurely with its "G" broken ("30 @ry" on the fine fax, where the "G" kept its
     * bow and lost its bar): after a dose of at most 100 (a unit of cGy or Gy; "y" ends no other unit), a word of a
     * "G" look-alike, maybe an "r", and "y". Null for anything else; doubted like every correction (decision 0412).
     */
    static String brokenGy(String number, String text) {
        if (!BROKEN_GY.matcher(text).matches()) {
            return null;
        }
        String digits = number.replaceAll("^[<>\u2264\u2265]", "");
        try {
            double v = Double.parseDouble(digits.replace(',', '.'));
            return v <= 100 ? "Gy" : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The word put right, or null when it is known, or unlike any known word, or like several.
     * {@code unsure}: the engine read it under {@link #UNSURE}; only then is a word of letters taken
     * for a known word it differs from (a word read surely, "medical", is not "Median").
     */
    static String corrected(String text, boolean unsure) {
        String metric = metric(text, unsure);
        if (metric != null) {
            return metric;
        }
        Matcher m = LETTERS.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String core = m.group(2);
        String lower = core.toLowerCase(Locale.ROOT);
        String before = marksOut(m.group(1));
        String after = marksOut(m.group(3));
        if (VOCABULARY.containsKey(lower)) {
            // a known word with a speck read beside it ("‘QUANTEC", "QUANTEC."): the speck goes, doubted
            // (a point only after four letters or more, whatever the confidence: "Ref." and "Max." are written so)
            boolean marks = !before.equals(m.group(1)) || !after.equals(m.group(3));
            boolean point = (m.group(1) + m.group(3)).indexOf('.') >= 0;
            return marks && core.length() >= 3 && (unsure || core.length() >= (point ? 4 : 3)) ? before + core + after : null;
        }
        if (core.length() < 4 || !unsure) {
            return null;
        }
        int allowed = core.length() >= 7 ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int second = Integer.MAX_VALUE;
        for (String known : VOCABULARY.keySet()) {
            if (known.length() < 4 || Math.abs(known.length() - lower.length()) > allowed + 1) {
                continue;
            }
            int d = distance(lower, known, allowed + 2);
            if (d < bestDistance) {
                second = bestDistance;
                bestDistance = d;
                best = known;
            } else if (d < second) {
                second = d;
            }
        }
        if (best == null || bestDistance > allowed || second <= bestDistance) {
            return null; // unlike every known word, or as like another: left as read
        }
        return before + spelt(best, core) + after;
    }

    /** One or two letters, then "max", "mean" or "min": a D-metric whose "D" was read as other letters ("Himax"). */
    private static final Pattern D_METRIC = Pattern.compile("^(\\p{L}{1,2})(max|mean|min)$");

    /**
     * "Dmax" for "Himax" when a comparison sign follows it on its line: a constraint starts with its metric,
     * and a word of one or two letters and "max" / "mean" / "min" before a sign is a D-metric whose "D" the
     * fax broke ("Hi", "Ol"); the tail is kept as read. Null when the word is known ("Dmax", "Mean") or no
     * sign follows. Doubted like every correction (decision 0374).
     */
    static String doseMetric(String text, String next) {
        if (next == null || next.isEmpty() || "<>\u2264\u2265".indexOf(next.charAt(0)) < 0) {
            return null;
        }
        Matcher m = D_METRIC.matcher(text);
        if (!m.matches() || VOCABULARY.containsKey(text.toLowerCase(Locale.ROOT)) || m.group(1).equals("D")) {
            return null;
        }
        return "D" + m.group(2);
    }

    /** An NRG trial's number read with the "I" of its group "GI" as a look-alike: "G1-001", "Gt-001", "Gl-001". */
    private static final Pattern GI_TRIAL = Pattern.compile("^G[1lt|!L\u00EDi](-\\d{3})$");

    /**
     * "GI-001" after "NRG" when the group's "I" was read as a look-alike ("NRG G1-001", "NRG Gt-001" on the fine
     * fax): NRG numbers its gastrointestinal trials GI-nnn, and no group of it is "G" and a digit or another
     * letter of these. Null for anything else; the word is doubted like every correction (decision 0373).
     */
    static String trialGroup(String before, String text) {
        if (!before.equals("NRG")) {
            return null;
        }
        Matcher m = GI_TRIAL.matcher(text);
        return m.matches() ? "GI" + m.group(1) : null;
    }

    /** A guillemet or doubled sign, alone or glued to its number: "«" "«<" "<<" (and "»" ...). Decision 0372. */
    private static final Pattern GUILLEMET_SIGN = Pattern.compile("^(\u00AB|\u00AB<|<\u00AB|<<|\u00AB\u00AB|\u00BB|\u00BB>|>\u00BB|>>|\u00BB\u00BB)(\\d[\\d.,]*.*)?$");

    /**
     * A "&lt;" the engine read as a guillemet ("«") or as two signs ("«&lt;", "&lt;&lt;") where a comparison
     * sign stands before a number, as "&lt;" (and "»" as "&gt;"); null when {@code text} is no such sign or
     * no number follows it. A dose table's cell never holds a guillemet or a doubled sign; the word is doubted,
     * so a "≤" read this way waits for the nurse like any other correction (decision 0372).
     */
    /**
     * "s" or "S" alone between a metric and a number is the "≤" it looks like (its bar and point blurred into one
     * curve): no word of a constraint is a lone "s" there. Shown "≤" and doubted, like every correction (decision
     * 0489). Null for anything else.
     */
    static String signReadAsLetter(String before, String text, String next) {
        if (!(text.equals("s") || text.equals("S")) || next == null || next.isEmpty() || !Character.isDigit(next.charAt(0))) {
            return null;
        }
        return METRIC_BEFORE_SIGN.matcher(before).matches() ? "\u2264" : null;
    }

    static String comparisonSign(String text, String next) {
        Matcher m = GUILLEMET_SIGN.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String number = m.group(2);
        if (number == null && (next == null || next.isEmpty() || !Character.isDigit(next.charAt(0)))) {
            return null;
        }
        String sign = m.group(1).indexOf('<') >= 0 || m.group(1).indexOf('\u00AB') >= 0 ? "<" : ">";
        return number == null ? sign : sign + number;
    }

    /**
     * A word of four letters or more, read surely, that is no known word but one letter from exactly one
     * ("Jung" for "lung" on a fax at 98 rows an inch, where the foot of the "l" reads as a "J"): the
     * engine is sure of it, so it is not put right, but it may be that word misread, so it is doubted
     * rather than passed as sure (decision 0371).
     */
    static boolean nearOneKnownWord(String text) {
        Matcher m = LETTERS.matcher(text);
        if (!m.matches()) {
            return false;
        }
        String lower = m.group(2).toLowerCase(Locale.ROOT);
        if (lower.length() < 4 || VOCABULARY.containsKey(lower)) {
            return false;
        }
        int near = 0;
        int twoApart = 0;
        // decision 0521: two letters swapped are one slip ("bwoel", "laryxn"), and letters the engine reads for one
        // ("ri", "rn", "in" for "m": "Norinal" for "Normal") are one too
        boolean shorter = NEAR_SHORT;
        boolean longWords = lower.length() >= 7 && !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.nearKnownTwo"));
        java.util.Set<String> lookAlike = shorter ? lookAlikes(lower) : java.util.Set.of();
        for (String known : VOCABULARY.keySet()) {
            if (known.length() >= 4 && Math.abs(known.length() - lower.length()) <= 1
                    && (shorter ? swapDistance(lower, known, 2) : distance(lower, known, 2)) == 1
                    || known.length() >= 4 && lookAlike.contains(known)) {
                near++;
            }
            // "Blactder" for "Bladder", read at 93 % on a fine fax: a long word two letters from one known word only
            // (decision 0489)
            if (longWords && known.length() >= 7 && Math.abs(known.length() - lower.length()) <= 2
                    && distance(lower, known, 3) <= 2) {
                twoApart++;
            }
        }
        return near == 1 || near == 0 && twoApart == 1;
    }

    /** Marks no word of a table holds next to it (quotes, a tilde, an underscore, a bar; at its end a point or colon). */
    private static String marksOut(String affix) {
        return affix.replaceAll("[\u2018\u2019\u201C\u201D\u201E\"'`~_|.:;]", "");
    }

    /**
     * "Dicc" as "D1cc", "VB0Gy" as "V80Gy", "W20Gy" as "V20Gy": null when the word is no such metric,
     * or reads as one already; a lower-case "v20Gy" only when read unsurely.
     */
    static String metric(String text, boolean unsure) {
        Matcher g = BROKEN_G_METRIC.matcher(text);
        if (g.matches() && !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.brokenGy"))) {
            return g.group(1) + g.group(2) + "Gy"; // "V45OVy": a "G" the fax broke into "OV" (decision 0489)
        }
        Matcher m = METRIC.matcher(text);
        if (!m.matches() && text.length() > 3 && Character.isLowerCase(text.charAt(1)) && Character.isDigit(text.charAt(2))) {
            // one letter between the metric's letter and its digits is a speck read as a letter ("Va80Gy")
            String without = text.charAt(0) + text.substring(2);
            m = METRIC.matcher(without);
            if (m.matches() && m.group(2).matches("[0-9.]+")) {
                return (m.group(1).equals("D") ? "D" : "V") + m.group(2) + (m.group(3).matches("[ce]{2}") ? "cc" : m.group(3));
            }
            return null;
        }
        if (!m.matches()) {
            return null;
        }
        StringBuilder number = new StringBuilder();
        for (char c : m.group(2).toCharArray()) {
            number.append(switch (c) {
                case 'i', 'I', 'l', '|', '!' -> '1';
                case 'O', 'o' -> '0';
                case 'B' -> '8';
                case 'S' -> '5';
                default -> c;
            });
        }
        String unit = m.group(3).matches("[ce]{2}") ? "cc" : m.group(3);
        String letter = m.group(1).equals("D") ? "D" : "V";
        String fixed = letter + number + unit;
        if (fixed.equals(text) || number.charAt(0) == '0' && (number.length() == 1 || number.charAt(1) != '.')) {
            return null; // already a metric, or a number no metric has ("V0Gy", "D05cc")
        }
        if (!unsure && fixed.equals(m.group(1).toUpperCase(Locale.ROOT) + m.group(2) + m.group(3))) {
            return null; // "v20Gy" read surely: the parser reads it as V20Gy already
        }
        return fixed;
    }

    /** The known word in the case of the word read: its own spelling for acronyms and metrics, else as read began. */
    private static String spelt(String known, String read) {
        String own = VOCABULARY.get(known);
        if (own != null) {
            return own;
        }
        if (read.chars().allMatch(Character::isUpperCase)) {
            return known.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(read.charAt(0)) ? Character.toUpperCase(known.charAt(0)) + known.substring(1) : known;
    }

    /**
     * Two letters the engine reads for one ("ri", "rn", "in", "nn" for "m"; "cl" for "d"), and one it reads for two
     * ("n" for "ri": "nght"), each with what it stands for.
     */
    private static final String[][] LOOK_ALIKES = {{"rn", "m"}, {"ri", "m"}, {"in", "m"}, {"nn", "m"}, {"cl", "d"}, {"vv", "w"},
            {"n", "ri"}, {"m", "rn"}}; // and one letter read for two: "nght" for "right

    /** The word with one pair of look-alike letters read as the one letter it may be ("norinal": "normal"). */
    static java.util.Set<String> lookAlikes(String lower) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String[] pair : LOOK_ALIKES) {
            for (int at = lower.indexOf(pair[0]); at >= 0; at = lower.indexOf(pair[0], at + 1)) {
                out.add(lower.substring(0, at) + pair[1] + lower.substring(at + pair[0].length()));
            }
        }
        return out;
    }

    /** Whether the doubts of decision 0521 (swapped letters; look-alike letters for one) apply. */
    static final boolean NEAR_SHORT = !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.nearKnownShort"));

    /**
     * Edits between two words where two neighbouring letters swapped count as one (the optimal string alignment
     * distance: "bwoel" is one from "bowel", where Levenshtein counts two), at most {@code cap} + 1.
     */
    static int swapDistance(String a, String b, int cap) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return Math.min(d[a.length()][b.length()], cap + 1);
    }

    /** Levenshtein distance, stopping early past {@code cap}. */
    static int distance(String a, String b, int cap) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The new text's characters spread over the word's box (the engine's no longer spell it). */
    private static List<OcrSymbol> spread(OcrWord w, String text) {
        List<OcrSymbol> out = new ArrayList<>();
        double step = (double) (w.x1() - w.x0()) / Math.max(1, text.length());
        for (int i = 0; i < text.length(); i++) {
            out.add(new OcrSymbol(String.valueOf(text.charAt(i)), (int) Math.round(w.x0() + i * step), w.y0(),
                    (int) Math.round(w.x0() + (i + 1) * step), w.y1()));
        }
        return out;
    }
}
