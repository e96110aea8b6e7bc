package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.constraint.CitedSource;
import org.imrtreview.constraint.SourceRecognizer;
import org.imrtreview.evaluate.rule.Wording;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.LimitResult;
import org.imrtreview.model.RowResult;

/**
 * Plain-language sentences a nurse can paste into a letter: the determination, one sentence per row
 * with its numbers, and one per missing item. Organ names and numbers only; no member identifiers.
 */
final class ReasonWriter {

    private ReasonWriter() {
    }

    static List<String> write(Determination determination, List<RowOutcome> rows, List<ChecklistItem> checklist,
                              List<String> missing) {
        List<String> reasons = new ArrayList<>();
        reasons.add(determinationSentence(determination, rows, checklist));
        for (RowOutcome row : rows) {
            reasons.add(rowSentence(row));
        }
        for (String word : missing) {
            boolean toConfirm = rows.stream().anyMatch(r -> r.unconfirmedWords().contains(word))
                    && rows.stream().noneMatch(r -> r.missingWords().contains(word) && !r.unconfirmedWords().contains(word));
            reasons.add(toConfirm ? "To confirm from the scanned page: " + MissingWords.full(word) + " (read with doubt)."
                    : "Missing: " + MissingWords.full(word) + ".");
        }
        return reasons;
    }

    private static String determinationSentence(Determination d, List<RowOutcome> rows, List<ChecklistItem> checklist) {
        return switch (d) {
            case CRITERIA_MET -> "Criteria met: the required documentation is present and only the IMRT plan meets the "
                    + "constraint for " + andList(rows.stream().filter(r -> r.result().supports()).map(RowOutcome::organ).toList())
                    + ", so IMRT may be approved under policy criterion I.";
            case CRITERIA_NOT_MET -> rows.isEmpty()
                    ? "Criteria not met: no table rows could be evaluated, so the submission does not show that only IMRT "
                            + "can meet published constraints (policy criterion II); refer to a physician reviewer."
                    : blockedByPublishedCheck(rows).isEmpty()
                    ? "Criteria not met: the documentation is complete, but for no organ at risk does only the IMRT plan "
                            + "meet the constraint (policy criterion II); refer to a physician reviewer."
                    : "Criteria not met as submitted: only the IMRT plan meets the cited constraint for "
                            + String.join(", ", blockedByPublishedCheck(rows)) + ", but not the constraint its source "
                            + "publishes for this organ, metric and fractionation, and no other row shows that only IMRT "
                            + "meets a published constraint (policy criterion II); the physician reviewer decides.";
            case INCOMPLETE -> checklist.stream().anyMatch(i -> i.key().equals("identity") && !i.satisfied())
                    ? "On hold: the submission holds a second request or evidence naming another patient; resolve it "
                            + "before any decision or letter."
                    : checklist.stream().anyMatch(i -> !i.satisfied())
                    ? "Incomplete: required documentation is missing; request additional information from the provider."
                    : rows.stream().allMatch(r -> r.unconfirmedWords().containsAll(r.missingWords()))
                    ? "Incomplete until confirmed: no row shows that only IMRT meets a constraint yet, because cells it"
                            + " depends on were read from a scan with doubt; confirm or correct them against the scanned"
                            + " page, and request from the provider only what cannot be read there."
                    : rows.stream().anyMatch(r -> !r.unconfirmedWords().isEmpty())
                    ? "Incomplete: no complete row shows that only IMRT meets a constraint, and some table cells are empty,"
                            + " unreadable or read from a scan with doubt; confirm or correct the doubted cells against the"
                            + " scanned page, then request the missing values from the provider."
                    : "Incomplete: no complete row shows that only IMRT meets a constraint, and some table cells are empty "
                            + "or unreadable; request the missing values from the provider.";
        };
    }

    /** Organs whose "only IMRT meets it" holds only under a constraint differing from the published one. */
    private static List<String> blockedByPublishedCheck(List<RowOutcome> rows) {
        return rows.stream().filter(r -> Boolean.TRUE.equals(r.result().onlyImrtMeets()) && r.result().complete()
                        && r.result().flags().stream().anyMatch(Flag::blocksSupport))
                .map(RowOutcome::organ).toList();
    }

    private static String rowSentence(RowOutcome o) {
        RowResult r = o.result();
        String organ = o.organ();
        if (r.has(FlagCode.NO_NUMERIC_LIMIT)) {
            return organ + ": the constraint " + Wording.quoted(r.row().constraint()) + " asks for a dose as low as possible"
                    + " without a number, so this row cannot show that only IMRT meets a limit.";
        }
        if (r.constraint() == null || !r.constraint().readable() || r.limits().isEmpty()) {
            return organ + ": the constraint " + Wording.quoted(r.row().constraint())
                    + " could not be read, so this row cannot be judged.";
        }
        String constraint = r.readAs();
        if (r.has(FlagCode.PRESCRIPTION_NEEDED)) {
            return organ + ": " + constraint + " depends on the prescription, which is not known, so this row cannot be"
                    + " judged yet.";
        }
        String numbers = numbers(r);
        if (r.meets3d() == null || r.meetsImrt() == null) {
            String which = r.meets3d() == null && r.meetsImrt() == null ? "the 3D and IMRT values are"
                    : r.meets3d() == null ? "the 3D value is" : "the IMRT value is";
            return organ + ": " + which + " missing or unreadable, so " + constraint + " cannot be judged.";
        }
        String every = r.multiLimit() ? " every limit of " : " ";
        if (r.onlyImrtMeets()) {
            String sentence = organ + ": only the IMRT plan meets" + every + constraint + " (" + numbers + ", " + source(r) + ").";
            if (!r.supports()) {
                sentence += " This row does not count towards approval: " + whyNotSupporting(o);
            }
            return sentence;
        }
        if (r.meets3d() && r.meetsImrt()) {
            return organ + ": both plans meet" + every + constraint + " (" + numbers + "), so IMRT is not needed for this organ.";
        }
        if (!r.meets3d() && !r.meetsImrt()) {
            return organ + ": neither plan meets" + every + constraint + " (" + numbers
                    + "), so this organ does not show that IMRT is needed.";
        }
        return organ + ": only the 3D plan meets" + every + constraint + " (" + numbers + "); IMRT does worse for this organ.";
    }

    /** "3D 62 Gy, IMRT 52 Gy"; per limit for a row with several ("V20Gy: 3D 38%, IMRT 29%; Dmean: …"). */
    private static String numbers(RowResult r) {
        if (!r.multiLimit()) {
            LimitResult l = r.limits().get(0);
            return "3D " + planValue(r.dose3d(), r.table3d(), l) + ", IMRT " + planValue(r.doseImrt(), r.tableImrt(), l);
        }
        List<String> parts = new ArrayList<>();
        for (LimitResult l : r.limits()) {
            parts.add(l.constraint().metric().label() + ": 3D " + planValue(l.dose3d(), l.table3d(), l) + ", IMRT "
                    + planValue(l.doseImrt(), l.tableImrt(), l));
        }
        return String.join("; ", parts);
    }

    /** The value used, saying so when it came from the DVH data rather than the table. */
    private static String planValue(Double used, org.imrtreview.model.CellValue table, LimitResult r) {
        org.imrtreview.model.Unit unit = r.constraint().limit().unit();
        String value = Wording.value(used, unit);
        boolean fromTable = used != null && table != null && table.present() && table.quantity().unit() == unit
                && Math.abs(table.quantity().value() - used) < 1e-9;
        if (used == null || fromTable) {
            return value;
        }
        String tableText = table != null && table.present() && table.quantity().unit() == unit
                ? Wording.value(table.quantity().value(), unit) : "no value";
        return value + " from the submitted DVH data, table " + tableText;
    }

    /** "A", "A and B", "A, B and C". */
    static String andList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String whyNotSupporting(RowOutcome o) {
        List<String> why = new ArrayList<>();
        List<String> missing = o.missingWords().stream().filter(w -> !o.unconfirmedWords().contains(w)).toList();
        if (!missing.isEmpty()) {
            why.add("the row is incomplete (" + MissingWords.briefList(missing) + " missing)");
        }
        // an unconfirmed OCR reading is said by its own flag (read as …, confirm or correct): not "missing"
        for (Flag f : o.result().flags()) {
            if (f.blocksSupport()) {
                why.add(f.message());
            }
        }
        String s = String.join("; ", why);
        return s.endsWith(".") ? s : s + ".";
    }

    private static String source(RowResult r) {
        String text = r.row().source();
        if (text == null || text.isBlank()) {
            return "no source given";
        }
        return SourceRecognizer.recognize(text).map(CitedSource::display).orElse(text.trim());
    }
}
