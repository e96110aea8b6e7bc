package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.constraint.QuantityParser;
import org.imrtreview.constraint.SourceRecognizer;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Column;

/**
 * Which of a row's six cells are empty or unreadable, as SPEC §5 words. A row is complete when the
 * list is empty: organ, a readable constraint, a source, both values in the limit's unit and a
 * readable yes/no answer.
 */
final class RowCompleteness {

    private RowCompleteness() {
    }

    static List<String> missingWords(RowContext c) {
        List<String> words = unreadWords(c);
        // a deciding cell read by OCR and not yet confirmed is as good as unreadable (fail closed)
        for (String w : unconfirmedWords(c)) {
            if (!words.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * The words of deciding cells that were read by OCR, are doubted and not yet confirmed, and are not
     * empty or unreadable besides: the nurse confirms them from the page; nothing is missing from the table.
     */
    static List<String> unconfirmedWords(RowContext c) {
        List<String> unread = unreadWords(c);
        List<String> words = new ArrayList<>();
        if (c.reading() != null && c.reading().noNumericLimit()) {
            return words;
        }
        for (OcrDoubts.Doubt d : OcrDoubts.of(c)) {
            String w = d.cell().column().missingWord();
            if (d.deciding() && !unread.contains(w) && !words.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** The words of the cells that are empty or cannot be read as what they must hold. */
    private static List<String> unreadWords(RowContext c) {
        List<String> words = new ArrayList<>();
        if (c.reading() != null && c.reading().noNumericLimit()) {
            // "ALARA": read as written; it can never support, so nothing in it could be the missing evidence.
            return words;
        }
        if (blank(c.row().organ())) {
            words.add(Column.ORGAN.missingWord());
        }
        boolean unresolved = c.eachLimit().stream().anyMatch(l -> l.unresolved() != null);
        if (c.constraint() == null || !c.constraint().readable() || unresolved) {
            words.add(Column.CONSTRAINT.missingWord());
        }
        if (SourceRecognizer.isBlank(c.row().source())) {
            words.add(Column.SOURCE.missingWord());
        }
        boolean read3d = true;
        boolean readImrt = true;
        for (RowContext l : c.eachLimit()) {
            if (l.unresolved() == null) {
                read3d &= valueReadable(l.row().dose3d(), l.table3d(), l)
                        && ImpossibleValues.why(l, l.table3d(), l.dvh3d()) == null;
                readImrt &= valueReadable(l.row().doseImrt(), l.tableImrt(), l)
                        && ImpossibleValues.why(l, l.tableImrt(), l.dvhImrt()) == null;
            }
        }
        for (ConflictingRows.Conflict k : ConflictingRows.of(c)) {
            // two values for one organ and metric: which is the plan's is not known (decision 0405)
            read3d &= k.column() != Column.DOSE_3D;
            readImrt &= k.column() != Column.DOSE_IMRT;
        }
        for (Column k : OrganInDvh.of(c).map(OrganInDvh.Absence::columns).orElse(List.of())) {
            // the DVH evidence has no structure for this organ: the value cannot be checked (decision 0440)
            read3d &= k != Column.DOSE_3D;
            readImrt &= k != Column.DOSE_IMRT;
        }
        if (!read3d) {
            words.add(Column.DOSE_3D.missingWord());
        }
        if (!readImrt) {
            words.add(Column.DOSE_IMRT.missingWord());
        }
        if (c.answer() == null) {
            words.add(Column.ANSWER.missingWord());
        }
        return words;
    }

    /** A number was read; with a readable constraint it must also be in the limit's unit. */
    private static boolean valueReadable(String text, CellValue cell, RowContext c) {
        if (!QuantityParser.read(text).hasValue()) {
            return false;
        }
        return c.unit() == null || RowAssessor.comparable(cell, c.constraint()) != null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
