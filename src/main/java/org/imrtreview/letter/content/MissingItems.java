package org.imrtreview.letter.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.imrtreview.constraint.library.PublishedConstraintCheck;
import org.imrtreview.constraint.library.PublishedConstraintCheck.LimitOfOtherOrgans;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.RowResult;

/**
 * Turns the evaluation's {@code missing} words (SPEC §5) into plain requests: what to send and why
 * the plan needs it. For a table cell missing in some rows, the organs concerned are named.
 */
public final class MissingItems {

    /** What to send, and why, in short sentences a member can read too. */
    record Item(String what, String why, Predicate<RowResult> rowLacks) { }

    private static final Map<String, Item> ITEMS = new LinkedHashMap<>();

    static {
        ITEMS.put("table", new Item(
                "The summary table that compares the 3D plan and the IMRT plan for each organ at risk.",
                "Our policy uses this table to see if only IMRT can keep the dose to nearby organs within safe limits.",
                null));
        ITEMS.put("organ", new Item(
                "The name of each organ at risk in the summary table.",
                "We must know which organ each dose limit protects.",
                r -> r.row().organ() == null || r.row().organ().isBlank()));
        ITEMS.put("constraint", new Item(
                "The dose limit for each organ, for example \"Max < 54 Gy\", written so it can be read.",
                "We check each plan's dose against this limit.",
                r -> r.constraint() == null || !r.constraint().readable()
                        || r.has(org.imrtreview.model.FlagCode.PRESCRIPTION_NEEDED)));
        ITEMS.put("source", new Item(
                "The source of each dose limit, for example RTOG, QUANTEC, or your own center's limits.",
                "Our policy asks for limits that are published or set by your center.",
                r -> r.row().source() == null || r.row().source().isBlank()));
        ITEMS.put("dose3d", new Item(
                "The dose each organ would get with the 3D plan.",
                "We compare it with the dose limit to see if the 3D plan is safe enough.",
                r -> r.limits().isEmpty() ? r.dose3d() == null : r.limits().stream().anyMatch(l -> l.dose3d() == null)));
        ITEMS.put("doseImrt", new Item(
                "The dose each organ would get with the IMRT plan.",
                "We compare it with the dose limit to see if IMRT does better than the 3D plan.",
                r -> r.limits().isEmpty() ? r.doseImrt() == null : r.limits().stream().anyMatch(l -> l.doseImrt() == null)));
        ITEMS.put("answer", new Item(
                "For each organ, a yes or no answer to: \"Can the dose limit only be met with IMRT?\"",
                "Our policy asks your doctor to answer this for each organ.",
                r -> r.submittedAnswer() == null));
        ITEMS.put("dvh", new Item(
                "Dose-volume histograms (DVHs) for both the 3D plan and the IMRT plan.",
                "A DVH is a graph of how much dose each organ gets. We use it to check the numbers in the table.",
                null));
        ITEMS.put("color", new Item(
                "Color copies of the DVH graphs.",
                "In black and white, we cannot tell the lines for each plan and organ apart.",
                null));
        ITEMS.put("history", new Item(
                "The clinical history: the diagnosis, past treatment, and the reason for radiation.",
                "Our policy needs it to understand your condition.",
                null));
        ITEMS.put("notes", new Item(
                "Recent physical exam or chart notes from your doctor.",
                "They show your current health and the treatment plan.",
                null));
        ITEMS.put("tables", new Item(
                "Which of your summary tables is the current one.",
                "We received two tables that give different doses or dose limits for the same organ, and we can only review one.",
                null));
        ITEMS.put("plan", new Item(
                "The dose charts (DVHs) and the summary table for the treatment plan your doctor asked us to approve.",
                "The charts or the table we received are for a plan with a different dose or number of treatments than the one requested, or two charts of the same plan do not agree.",
                null));
        ITEMS.put("site", new Item(
                "The treatment plan documents for the part of the body your doctor asked us to approve treatment for.",
                "The organ doses we received are for a different part of the body than the treatment requested.",
                null));
        ITEMS.put("imaging", new Item(
                "Reports of imaging tests, such as CT, MRI, or PET scans.",
                "They show where the tumor is and how close it is to nearby organs.",
                null));
    }

    private MissingItems() {
    }

    public static boolean known(String word) {
        return ITEMS.containsKey(word);
    }

    /**
     * One bullet per missing item, in the order the evaluation lists them, duplicates removed; then, per row whose cited
     * limit is another organ's, the question which limit applies to it ({@link #rowQuestions}).
     */
    public static List<String> describe(List<String> missing, List<RowResult> rows, List<ChecklistItem> checklist) {
        List<String> out = new ArrayList<>(describeWords(missing, rows, checklist));
        out.addAll(rowQuestions(rows));
        return out;
    }

    /**
     * Per row whose cited limit its source publishes for other organs only (decision 0545), the question to the
     * provider: which limit applies to this organ (decision 0574). Its values are then not asked for.
     */
    public static List<String> rowQuestions(List<RowResult> rows) {
        List<String> out = new ArrayList<>();
        limitsOfOtherOrgans(rows).forEach((row, limit) -> out.add(whichLimitItem(row, limit)));
        return out;
    }

    /** The bullets of the missing words alone (a PAS response names each word's documents apart). */
    public static List<String> describeWords(List<String> missing, List<RowResult> rows, List<ChecklistItem> checklist) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        // a row whose cited limit is published for other organs only: the question is which limit applies, not its values
        Map<RowResult, LimitOfOtherOrgans> otherOrgans = limitsOfOtherOrgans(rows);
        for (String word : missing) {
            if (word == null || word.isBlank() || !seen.add(word)) {
                continue;
            }
            Item item = ITEMS.get(word);
            if ("evidence".equals(word)) {
                out.add(damagedItem(checklist));
                continue;
            }
            if ("request".equals(word)) {
                out.add(unreadableRequestItem(checklist) + reviewerNote(word, checklist));
                continue;
            }
            if (item == null) {
                out.add(otherItem(word, checklist) + reviewerNote(word, checklist));
                continue;
            }
            StringBuilder sb = new StringBuilder(item.what()).append(' ').append(item.why());
            if (item.rowLacks() != null) {
                List<String> organs = organsLacking(rows, item.rowLacks().and(r -> !otherOrgans.containsKey(r)));
                if (organs.isEmpty() && !organsLacking(rows, item.rowLacks()).isEmpty()) {
                    continue; // only rows whose limit is another organ's lack it: asked below, per row
                }
                if (!organs.isEmpty()) {
                    sb.append(" Missing for: ").append(String.join(", ", organs)).append('.');
                }
            }
            out.add(sb.append(reviewerNote(word, checklist)).toString());
        }
        return out;
    }

    /**
     * Rows (by identity, in table order) whose {@code NO_PUBLISHED_MATCH} flag says the cited source publishes this exact
     * limit for other organs only (decision 0545).
     */
    private static Map<RowResult, LimitOfOtherOrgans> limitsOfOtherOrgans(List<RowResult> rows) {
        Map<RowResult, LimitOfOtherOrgans> out = new java.util.IdentityHashMap<>();
        Map<RowResult, LimitOfOtherOrgans> ordered = new LinkedHashMap<>();
        for (RowResult r : rows) {
            for (org.imrtreview.model.Flag f : r.flags()) {
                if (f.code() == org.imrtreview.model.FlagCode.NO_PUBLISHED_MATCH && !out.containsKey(r)) {
                    PublishedConstraintCheck.limitOfOtherOrgans(f.message()).ifPresent(l -> out.put(r, l));
                }
            }
        }
        rows.stream().filter(out::containsKey).forEach(r -> ordered.put(r, out.get(r)));
        return ordered;
    }

    /** "Which dose limit applies to the heart. The limit your table gives it, V65Gy < 50%, is published for the bladder …" */
    private static String whichLimitItem(RowResult row, LimitOfOtherOrgans limit) {
        String organ = row.row().organ() == null || row.row().organ().isBlank() ? "row " + row.row().number()
                : row.row().organ().strip();
        String others = limit.organs().size() == 1 ? limit.organs().get(0)
                : String.join(", ", limit.organs().subList(0, limit.organs().size() - 1)) + " and "
                        + limit.organs().get(limit.organs().size() - 1);
        return "Which dose limit applies to " + organ + ", with its source. The limit the table gives it, " + limit.limit()
                + ", is published for " + others + ", not for " + organ + ". We check each organ against a limit published"
                + " for that organ.";
    }

    /**
     * What the nurse wrote when she marked the item missing herself (a checklist override): the provider is
     * told exactly what is needed and why (issue 13: "the MRI is older than 60 days"), not asked again for
     * what it already sent.
     */
    static String reviewerNote(String word, List<ChecklistItem> checklist) {
        for (ChecklistItem c : checklist) {
            if (word.equals(c.key()) && c.overridden() && !c.satisfied() && c.note() != null && !c.note().isBlank()) {
                String note = c.note().strip();
                return " Our reviewer's note: " + note + (note.matches(".*[.!?]$") ? "" : ".");
            }
        }
        return "";
    }

    private static List<String> organsLacking(List<RowResult> rows, Predicate<RowResult> lacks) {
        List<String> organs = new ArrayList<>();
        for (RowResult r : rows) {
            if (lacks.test(r)) {
                String organ = r.row().organ();
                organs.add(organ == null || organ.isBlank() ? "row " + r.row().number() : organ.strip());
            }
        }
        return organs;
    }

    private static String damagedItem(List<ChecklistItem> checklist) {
        String files = checklist.stream().filter(c -> "evidence".equals(c.key())).map(ChecklistItem::evidence)
                .findFirst().orElse("").replaceFirst("^damaged or read only in part: ", "");
        return "A complete, readable copy of " + (files.isBlank() ? "the files that arrived damaged" : files)
                + ". The copy we received was damaged or could be read only in part, and it may hold the numbers we check.";
    }

    /**
     * The request's fields that could not be read (decision 0570), named in words ("the prescribed total dose"), never
     * with what was written there (it may name the member).
     */
    private static String unreadableRequestItem(List<ChecklistItem> checklist) {
        String evidence = checklist.stream().filter(c -> "request".equals(c.key())).map(ChecklistItem::evidence)
                .findFirst().orElse("");
        List<String> fields = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^could not be read: |; )(.+?) \\(").matcher(evidence);
        while (m.find()) {
            fields.add(m.group(1));
        }
        boolean whole = evidence.contains("the whole file");
        String what = whole || fields.isEmpty() ? "the request details" : String.join(", ", fields);
        return "A readable copy of " + what + ", written plainly (for example a dose as \"78 Gy\" and a date as"
                + " \"12/07/2026\"). What we received could not be read, and we must know what is requested.";
    }

    private static String otherItem(String word, List<ChecklistItem> checklist) {
        for (ChecklistItem c : checklist) {
            if (word.equals(c.key()) && c.label() != null && !c.label().isBlank()) {
                return c.label().strip() + ". We need it to finish the review.";
            }
        }
        return "Other information our reviewer asked for (" + word + "). We need it to finish the review.";
    }
}
