package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Flag;
import org.imrtreview.model.LimitResult;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;
import org.imrtreview.model.SummaryRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates a case per SPEC §4: every table row is parsed, compared with its constraint exactly as
 * written, checked by the {@link RowRule}s; the documentation checklist is built (with the nurse's
 * overrides); the determination follows:
 * <ol>
 *   <li>INCOMPLETE when required documentation is missing, when the evidence names another member
 *       or a second request is present, or when a file that could hold the deciding numbers is damaged
 *       (SPEC §4 "Fail closed"; these findings are checklist items the nurse resolves);</li>
 *   <li>else CRITERIA_MET when a complete row shows only IMRT meets its constraint and no rule
 *       blocks it;</li>
 *   <li>else INCOMPLETE when some row has an empty or unreadable cell (the missing value could be
 *       the evidence);</li>
 *   <li>else CRITERIA_NOT_MET.</li>
 * </ol>
 * Pure and thread-safe: one instance serves the CLI, the batch runner and the window.
 */
public final class Evaluator {
    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

    /** SPEC §5 words in the order the {@code missing} list uses. */
    private static final List<String> WORD_ORDER = List.of("table", "organ", "constraint", "source", "dose3d",
            "doseImrt", "answer", "dvh", "color", "history", "notes", "imaging", "evidence", "tables", "plan", "site",
            "request", "identity");

    private static final java.util.regex.Pattern FOOTNOTE = java.util.regex.Pattern.compile(
            "[*†‡¹²³]|(?i)(?:notes?|footnotes?|source|sources|abbreviations?|key|legend|reference|references)\\s*[:.-]");

    private final List<RowRule> rules;
    private final DvhEvidenceSource evidence;
    private final RowAssessor assessor;

    public Evaluator(List<RowRule> rules, DvhEvidenceSource evidence) {
        this.rules = List.copyOf(rules);
        this.evidence = evidence == null ? DvhEvidenceSource.none() : evidence;
        this.assessor = new RowAssessor(this.evidence);
    }

    /** The rules and evidence sources the product ships. */
    public static Evaluator standard() {
        return new Evaluator(StandardRules.all(), new CurveEvidenceSource());
    }

    /** The same rules with another DVH evidence source (e.g. with the reviewer's structure choices). */
    public Evaluator withEvidence(DvhEvidenceSource source) {
        return new Evaluator(rules, source);
    }

    public List<RowRule> rules() {
        return rules;
    }

    public Evaluation evaluate(ReviewCase reviewCase) {
        return evaluate(reviewCase, List.of());
    }

    public Evaluation evaluate(ReviewCase reviewCase, List<ChecklistOverride> overrides) {
        // an unreadable request field holds the case until the request in force gives it (0570)
        List<Problem> problems = UnreadableRequest.settle(reviewCase.problems(), reviewCase.request());
        java.time.LocalDate today = java.time.LocalDate.now();
        problems.addAll(IdentityCheck.requestBirthDate(reviewCase.request(), today)); // born after the request (0501)
        problems.addAll(RequestDates.check(reviewCase.request(), today)); // a start before receipt, a future receipt
        problems.addAll(IdentityCheck.check(reviewCase.request(), reviewCase.identities()));
        problems.addAll(FileNameIdentity.check(reviewCase));
        problems.addAll(SiteCheck.check(reviewCase)); // a table of another body region than requested (0463)
        problems.addAll(SideCheck.check(reviewCase)); // a plan of the other side than requested (0500)
        problems.addAll(DiagnosisCheck.check(reviewCase)); // a document of another diagnosis (0502)
        problems.addAll(ExportsAgree.check(reviewCase)); // two DVH exports of one plan that disagree (0546)
        List<RowContext> contexts = new ArrayList<>();
        if (reviewCase.table() != null) {
            for (SummaryRow row : reviewCase.table().rows()) {
                if (!notAnOrganRow(row)) {
                    contexts.add(assessor.assess(reviewCase, row));
                }
            }
        }
        // the data's plans the other way round from the table's columns: no column is known to be its plan (0442)
        java.util.Optional<SwappedPlans.Finding> swapped = SwappedPlans.of(contexts);
        // a row's values that fit another organ's exported data: said beside the mismatch, no verdict changes (0541)
        java.util.Map<RowContext, Flag> otherOrgan = ValuesOfAnotherOrgan.of(reviewCase, contexts, evidence);
        List<RowOutcome> rows = new ArrayList<>();
        for (RowContext c : contexts) {
            rows.add(evaluateRow(c, swapped.map(SwappedPlans.Finding::flag).orElse(null), otherOrgan.get(c)));
        }
        List<ChecklistItem> checklist = DocumentationChecklist.build(reviewCase, overrides, problems);
        List<String> documentationMissing = documentationMissing(checklist, reviewCase);
        boolean anySupports = rows.stream().anyMatch(r -> r.result().supports());
        Set<String> cellWords = new LinkedHashSet<>();
        if (!anySupports) {
            rows.forEach(r -> cellWords.addAll(r.missingWords()));
        }
        Determination determination;
        if (!documentationMissing.isEmpty()) {
            determination = Determination.INCOMPLETE;
        } else if (anySupports) {
            determination = Determination.CRITERIA_MET;
        } else if (!cellWords.isEmpty()) {
            determination = Determination.INCOMPLETE;
        } else {
            determination = Determination.CRITERIA_NOT_MET;
        }
        Set<String> missing = new LinkedHashSet<>(documentationMissing);
        missing.addAll(cellWords);
        List<String> ordered = WORD_ORDER.stream().filter(missing::contains).toList();
        List<String> reasons = ReasonWriter.write(determination, rows, checklist, ordered);
        return new Evaluation(determination, rows.stream().map(RowOutcome::result).toList(), reviewCase.documents(),
                checklist, ordered, reasons, problems);
    }

    private RowOutcome evaluateRow(RowContext c, Flag tableWide, Flag note) {
        SummaryRow row = c.row();
        List<Flag> flags = new ArrayList<>();
        for (RowRule rule : rules) {
            if (!c.multiLimit() || !rule.eachLimit()) {
                flags.addAll(apply(rule, c, row));
                continue;
            }
            List<RowContext> limits = c.limits();
            for (int i = 0; i < limits.size(); i++) {
                String prefix = "Limit " + (i + 1) + " of " + limits.size() + " (" + limits.get(i).describe() + "): ";
                for (Flag f : apply(rule, limits.get(i), row)) {
                    flags.add(new Flag(f.code(), prefix + f.message(), f.blocksSupport(),
                            f.plain() == null ? null : "for the limit " + limits.get(i).constraint().canonical() + ", " + f.plain()));
                }
            }
        }
        if (note != null) {
            flags.add(note);
        }
        List<String> missingWords = RowCompleteness.missingWords(c);
        if (tableWide != null) {
            flags.add(tableWide);
            missingWords = withValueWords(missingWords);
        }
        boolean complete = missingWords.isEmpty();
        boolean supports = complete && Boolean.TRUE.equals(c.onlyImrtMeets()) && flags.stream().noneMatch(Flag::blocksSupport);
        List<LimitResult> limits = new ArrayList<>();
        for (RowContext l : c.eachLimit()) {
            if (l.constraint() != null && l.constraint().parsed()) {
                limits.add(new LimitResult(l.constraint(), l.limit3d(), l.explanation(), l.table3d(), l.tableImrt(),
                        l.dvh3d() == null ? null : l.dvh3d().value(), l.dvhImrt() == null ? null : l.dvhImrt().value(),
                        l.dose3d(), l.doseImrt(), l.meets3d(), l.meetsImrt()));
            }
        }
        RowResult result = new RowResult(row, c.constraint(), c.table3d(), c.tableImrt(),
                c.dvh3d() == null ? null : c.dvh3d().value(), c.dvhImrt() == null ? null : c.dvhImrt().value(),
                c.dose3d(), c.doseImrt(), c.meets3d(), c.meetsImrt(), c.onlyImrtMeets(), c.answer(), complete, supports,
                flags, limits);
        return new RowOutcome(result, missingWords, RowCompleteness.unconfirmedWords(c));
    }

    /** The row's missing words with both value columns added (their plans are in doubt), in column order. */
    private static List<String> withValueWords(List<String> words) {
        Set<String> all = new LinkedHashSet<>(words);
        all.add(Column.DOSE_3D.missingWord());
        all.add(Column.DOSE_IMRT.missingWord());
        List<String> out = new ArrayList<>();
        for (Column col : Column.values()) {
            if (all.contains(col.missingWord())) {
                out.add(col.missingWord());
            }
        }
        all.stream().filter(w -> !out.contains(w)).forEach(out::add);
        return out;
    }

    private static List<Flag> apply(RowRule rule, RowContext c, SummaryRow row) {
        try {
            List<Flag> found = rule.apply(c);
            return found == null ? List.of() : found;
        } catch (RuntimeException e) {
            // One faulty rule must not lose the whole evaluation; the others still report.
            LOG.warn("rule {} failed on row {}: {}", rule.getClass().getSimpleName(), row.number(), e.getClass().getSimpleName());
            return List.of();
        }
    }

    /**
     * Unsatisfied checklist items. The six column items are left out when there is no usable table:
     * "table" already says it all.
     */
    private static List<String> documentationMissing(List<ChecklistItem> checklist, ReviewCase reviewCase) {
        boolean tableUsable = reviewCase.table() != null && checklist.stream()
                .anyMatch(i -> i.key().equals(DocumentationChecklist.TABLE) && i.satisfied());
        List<String> words = new ArrayList<>();
        for (ChecklistItem item : checklist) {
            boolean column = isColumn(item.key());
            if (!item.satisfied() && (!column || tableUsable)) {
                words.add(item.key());
            }
        }
        return words;
    }

    private static boolean isColumn(String key) {
        for (Column c : Column.values()) {
            if (c.missingWord().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rows that are not about an organ: entirely blank, or a footnote written in the first column
     * ("* Institutional constraints per ...", "Note: ...") with every other cell empty.
     */
    private static boolean notAnOrganRow(SummaryRow row) {
        for (Column c : Column.values()) {
            String cell = row.cell(c);
            if (c != Column.ORGAN && cell != null && !cell.isBlank()) {
                return false;
            }
        }
        String organ = row.organ() == null ? "" : row.organ().strip();
        return organ.isEmpty() || FOOTNOTE.matcher(organ).lookingAt();
    }
}
