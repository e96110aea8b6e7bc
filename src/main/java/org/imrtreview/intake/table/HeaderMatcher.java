package org.imrtreview.intake.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the columns of a summary table from its header cells, whatever the clinic called them
 * ("OAR", "Organ(s) At Risk", "Structure"; "Source of Constraint", "Reference"; "3D-CRT plan";
 * "IMRT", "VMAT"; "Can constraint only be met with IMRT?", "Only achievable with IMRT? (Y/N)",
 * "IMRT required?" ...). Pure: it sees only header strings, so spreadsheet, CSV and PDF readers share
 * it.
 *
 * <p>Each cell is scored against every role; the strongest (cell, role) pairs are taken first so a
 * cell fills at most one role and a role at most one cell. Order matters because the wordings
 * overlap: "Can constraint only be met with IMRT?" mentions both a constraint and IMRT, and
 * "Source of Constraint" mentions a constraint — the answer and source cues therefore score above
 * the plan and constraint cues. VMAT, tomotherapy and RapidArc are forms of IMRT (decision 0021).
 */
public final class HeaderMatcher {

    private static final Set<String> THREE_D_TOKENS = Set.of("3d", "3dcrt", "crt", "conformal", "3dc", "3dconformal");
    private static final Set<String> IMRT_TOKENS = Set.of("imrt", "vmat", "tomo", "tomotherapy", "rapidarc", "helical",
            "arc", "arcs", "imrt/vmat", "vmat/imrt");
    private static final Pattern INTENSITY_MODULATED = Pattern.compile("\\bintensity modulated\\b");
    private static final Pattern ANSWER_ONLY = Pattern.compile("\\bonly\\b");
    private static final Pattern ANSWER_CUES = Pattern.compile(
            "\\b(required|necessary|needed|need|justified|justification|medically)\\b|\\by/n\\b|\\byes/no\\b|\\by or n\\b|\\byes or no\\b");
    private static final Pattern SOURCE_CUES = Pattern.compile(
            "\\b(source|sources|reference|references|ref|citation|cited|protocol|guideline|guidelines|literature|publication)\\b");
    private static final Pattern CONSTRAINT_CUES = Pattern.compile(
            "\\b(constraint|constraints|limit|limits|tolerance|tolerances|objective|objectives|goal|goals|criteria|criterion|threshold|restraint)\\b");
    private static final Pattern ORGAN_CUES = Pattern.compile(
            "\\b(organ|organs|oar|oars|structure|structures|roi|tissue|tissues|avoidance|critical)\\b|organ s");
    private static final Pattern METRIC_CUES = Pattern.compile("^(dvh )?(metric|parameter|dose metric|dvh parameter|index|measure)s?$");
    private static final Pattern UNIT_CUES = Pattern.compile("^units?$");
    private static final Pattern VERDICT_CUES = Pattern.compile(
            "\\b(meet|meets|met|pass|passes|passed|fail|fails|ok|comment|comments|note|notes|remarks|difference|diff|delta|reduction|improvement|change|benefit)\\b");

    private HeaderMatcher() {
    }

    private static final Pattern THREE_D_DASH = Pattern.compile("3\\s*-\\s*d");
    private static final Pattern THREE_D_CRT = Pattern.compile("3d\\s*-?\\s*crt");
    private static final Pattern INTENSITY = Pattern.compile("intensity[\\s-]+modulated");
    private static final Pattern PUNCTUATION = Pattern.compile("[^a-z0-9?/%]+");
    private static final Pattern SPACE = Pattern.compile(" ");

    /** Normalised form used for matching: lower case, "3-D" → "3d", punctuation to spaces. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        s = THREE_D_DASH.matcher(s).replaceAll("3d");
        s = THREE_D_CRT.matcher(s).replaceAll("3dcrt");
        s = INTENSITY.matcher(s).replaceAll("intensity modulated");
        return PUNCTUATION.matcher(s).replaceAll(" ").trim();
    }

    /** What one header cell mentions, computed once and scored against every role. */
    private record Features(String n, boolean mentions3d, boolean mentionsImrt, boolean answerish, boolean verdict) {
        static Features of(String headerText) {
            String n = normalise(headerText);
            boolean threeD = false;
            boolean imrt = INTENSITY_MODULATED.matcher(n).find();
            for (String token : SPACE.split(n.replace('?', ' '))) {
                threeD |= THREE_D_TOKENS.contains(token);
                imrt |= IMRT_TOKENS.contains(token);
            }
            return new Features(n, threeD, imrt, isAnswer(n, imrt), VERDICT_CUES.matcher(n).find());
        }
    }

    /** How strongly one header cell names {@code role}, 0 when not at all. */
    public static int score(String headerText, HeaderRole role) {
        return score(Features.of(headerText), role);
    }

    private static int score(Features f, HeaderRole role) {
        String n = f.n();
        if (n.isEmpty()) {
            return 0;
        }
        boolean answerish = f.answerish();
        return switch (role) {
            case ANSWER -> answerish ? (ANSWER_ONLY.matcher(n).find() ? 100 : 90) : n.equals("answer") ? 80 : 0;
            case SOURCE -> !answerish && SOURCE_CUES.matcher(n).find() ? 95 : 0;
            case DOSE_3D -> !answerish && f.mentions3d() && !f.mentionsImrt() && !f.verdict() ? 85 : 0;
            case DOSE_IMRT -> !answerish && f.mentionsImrt() && !f.mentions3d() && !f.verdict() ? 85 : 0;
            case CONSTRAINT -> !answerish && CONSTRAINT_CUES.matcher(n).find() ? (n.contains("dose") ? 80 : 70) : 0;
            case ORGAN -> ORGAN_CUES.matcher(n).find() && !answerish ? 75 : 0;
            case METRIC -> METRIC_CUES.matcher(n).matches() ? 60 : 0;
            case UNIT -> UNIT_CUES.matcher(n).matches() ? 60 : 0;
            case IGNORED -> !answerish && f.verdict() ? 90 : 0;
        };
    }

    private static boolean isAnswer(String n, boolean mentionsImrt) {
        if (n.startsWith("can constraint") || n.startsWith("can dose") || n.contains("only with imrt")
                || n.contains("imrt only") || n.contains("only imrt") || n.contains("only through imrt")) {
            return true;
        }
        if (ANSWER_ONLY.matcher(n).find() && (mentionsImrt || n.contains("met") || n.contains("achiev"))) {
            return true;
        }
        return mentionsImrt && ANSWER_CUES.matcher(n).find() || n.contains("y/n") || n.contains("yes/no");
    }

    /**
     * Maps a header row (cell texts, blanks allowed) to roles. Score: 100 per policy column found,
     * plus the cell scores, so a row naming more columns always wins.
     */
    public static HeaderMatch match(List<String> headerCells) {
        List<int[]> candidates = new ArrayList<>(); // {cell, roleOrdinal, score}
        for (int i = 0; i < headerCells.size(); i++) {
            String text = headerCells.get(i);
            if (text == null || text.isBlank() || text.length() > 120) {
                continue;
            }
            Features features = Features.of(text);
            for (HeaderRole role : HeaderRole.values()) {
                int s = score(features, role);
                if (s > 0) {
                    candidates.add(new int[] {i, role.ordinal(), s});
                }
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> -c[2]).thenComparingInt(c -> c[0]));
        Map<HeaderRole, Integer> columns = new EnumMap<>(HeaderRole.class);
        Map<HeaderRole, String> texts = new EnumMap<>(HeaderRole.class);
        Set<Integer> usedCells = new HashSet<>();
        int total = 0;
        for (int[] c : candidates) {
            HeaderRole role = HeaderRole.values()[c[1]];
            if (usedCells.contains(c[0]) || columns.containsKey(role)) {
                continue;
            }
            usedCells.add(c[0]);
            if (role == HeaderRole.IGNORED) {
                continue;
            }
            columns.put(role, c[0]);
            texts.put(role, clean(headerCells.get(c[0])));
            total += c[2] + (role.column() != null ? 100 : 0);
        }
        return new HeaderMatch(columns, texts, total);
    }

    /**
     * Header cells of {@code headerCells} that {@code match} left unused but that read as the {@code role}
     * column at least as well as the cell it chose ("IMRT_v1" | "IMRT_v2", "Plan 3D" | "3D-CRT (final)"):
     * the table could be read with either (decision 0406).
     */
    public static List<Integer> rivals(List<String> headerCells, HeaderMatch match, HeaderRole role) {
        List<Integer> out = new ArrayList<>();
        Integer chosen = match.index(role);
        if (chosen == null || chosen >= headerCells.size()) {
            return out;
        }
        int chosenScore = score(headerCells.get(chosen), role);
        Set<Integer> used = new HashSet<>(match.columns().values());
        for (int i = 0; i < headerCells.size(); i++) {
            String text = headerCells.get(i);
            if (used.contains(i) || text == null || text.isBlank() || text.length() > 120) {
                continue;
            }
            Features f = Features.of(text);
            int best = 0;
            HeaderRole bestRole = null;
            for (HeaderRole r : HeaderRole.values()) {
                int s = score(f, r);
                if (s > best) {
                    best = s;
                    bestRole = r;
                }
            }
            if (bestRole == role && best >= chosenScore) {
                out.add(i);
            }
        }
        return out;
    }

    static String clean(String text) {
        return text == null ? "" : text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }
}
