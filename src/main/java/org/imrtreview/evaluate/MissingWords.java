package org.imrtreview.evaluate;

import java.util.List;
import java.util.Map;

/**
 * What a missing-item key ({@code "color"}, {@code "doseImrt"}, ...) means in words people read. The keys
 * are the SPEC §5 vocabulary of {@code Evaluation.missing()} and stay in JSON; every screen, console line
 * and letter shows these words instead (issue 13: no internal codes shown to people).
 */
public final class MissingWords {

    private record Words(String brief, String full) {
    }

    private static final Map<String, Words> WORDS = Map.ofEntries(
            Map.entry("table", new Words("summary table",
                    "the summary analysis table comparing the 3D and IMRT plans for each organ at risk")),
            Map.entry("organ", new Words("organ names", "the organ-at-risk column of the summary table")),
            Map.entry("constraint", new Words("dose constraints", "the dose constraint for each organ at risk")),
            Map.entry("source", new Words("constraint sources",
                    "the source of each dose constraint (for example RTOG, QUANTEC or institutional)")),
            Map.entry("dose3d", new Words("3D plan values", "the dose achieved with the 3D plan for each organ at risk")),
            Map.entry("doseImrt", new Words("IMRT plan values", "the dose achieved with the IMRT plan for each organ at risk")),
            Map.entry("answer", new Words("provider's yes/no answers",
                    "the answer (yes or no) to \"Can the constraint only be met with IMRT?\" for each organ")),
            Map.entry("dvh", new Words("DVH images of both plans",
                    "comparative dose-volume histograms (DVHs) for both the 3D and the IMRT plan")),
            Map.entry("color", new Words("DVH images in colour",
                    "the DVHs in colour (black-and-white or grayscale copies cannot be read reliably)")),
            Map.entry("history", new Words("clinical history", "clinical history")),
            Map.entry("notes", new Words("chart notes", "physical/chart notes")),
            Map.entry("imaging", new Words("imaging report", "imaging reports")),
            Map.entry("evidence", new Words("undamaged copies of the deciding files",
                    "a complete, undamaged copy of every file that could hold the deciding numbers "
                    + "(a damaged or partly read file cannot support a decision)")),
            Map.entry("tables", new Words("which summary table is current",
                    "confirmation of which summary table is current (two submitted tables give different values or constraints "
                    + "for the same organ)")),
            Map.entry("plan", new Words("DVHs and table of the plan requested",
                    "DVHs and the summary table of the plan being requested (a submitted DVH export's plan, or the "
                    + "summary table's title, states a different prescription than the request, or two DVH exports of one "
                    + "plan disagree)")),
            Map.entry("site", new Words("which site the plan treats",
                    "confirmation of which site the plan treats, and the documents of this request (the summary "
                    + "table's organs are of another body region, or the plan of the other side, than the request's diagnosis and "
                    + "treatment site)")),
            Map.entry("request", new Words("request details that could not be read",
                    "the request details that could not be read (a field of the request holds a value that is no "
                    + "value of its kind, such as a dose in words or a date that is no date; type it in from the "
                    + "provider's documents or ask the provider)")),
            Map.entry("identity", new Words("confirmation the files are this member's",
                    "confirmation that every file is about this member (a second request, or evidence "
                    + "naming another patient, was found)")));

    private MissingWords() {
    }

    /** A short phrase for a screen or console line, e.g. "DVH images in colour". Unknown keys are returned unchanged. */
    public static String brief(String key) {
        Words w = WORDS.get(key);
        return w == null ? key : w.brief();
    }

    /** The full phrase for a reason sentence, e.g. "the DVHs in colour (black-and-white ...)". */
    public static String full(String key) {
        Words w = WORDS.get(key);
        return w == null ? key : w.full();
    }

    /** "summary table, chart notes" for a list of keys. */
    public static String briefList(List<String> keys) {
        return String.join(", ", keys.stream().map(MissingWords::brief).toList());
    }
}
