package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imrtreview.constraint.AnswerParser;
import org.imrtreview.constraint.ConstraintParser;
import org.imrtreview.constraint.QuantityParser;
import org.imrtreview.constraint.SourceRecognizer;
import org.imrtreview.constraint.ValueReading;
import org.imrtreview.model.Answer;
import org.imrtreview.model.Column;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.OcrCell;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;
import org.imrtreview.model.Unit;

/**
 * Which cells of a row read by OCR cannot be trusted yet: read with low confidence, or holding
 * what such a cell cannot hold — a dose or volume cell that is not one number with a unit, a
 * percentage above 100, a dose above 100 Gy (a lost decimal point: "283 Gy" for "28.3 Gy"), a
 * constraint that does not parse. Every column but the provider's answer decides the verdict or the
 * published check, so a doubt there keeps the row from supporting approval (and counts as an
 * unreadable cell) until the nurse confirms or corrects the cell. Decision 0154.
 */
public final class OcrDoubts {
    /** Below this engine confidence an OCR-read cell is not trusted. */
    public static final double TRUSTED = 0.80;

    /** One doubtful cell and why. {@code deciding}: the row's verdict or published check depends on it. */
    public record Doubt(OcrCell cell, String why, boolean deciding) {
    }

    private OcrDoubts() {
    }

    public static List<Doubt> of(RowContext c) {
        SummaryTable table = c.reviewCase().table();
        if (table == null || table.ocrCells().isEmpty()) {
            return List.of();
        }
        return ofRow(table, c.row());
    }

    /** Every doubtful OCR cell of the table (the bench scores the reader by exactly these). */
    public static List<Doubt> ofTable(SummaryTable table) {
        List<Doubt> out = new ArrayList<>();
        if (table != null && !table.ocrCells().isEmpty()) {
            for (SummaryRow row : table.rows()) {
                out.addAll(ofRow(table, row));
            }
        }
        return out;
    }

    /** Why the program doubts this OCR cell of the table (the flag's reason), or null when it does not. */
    public static String whyDoubted(SummaryTable table, OcrCell cell) {
        if (table == null || cell == null) {
            return null;
        }
        return table.rows().stream().filter(r -> r.number() == cell.row()).findFirst()
                .flatMap(r -> ofRow(table, r).stream().filter(d -> d.cell().equals(cell)).findFirst())
                .map(Doubt::why).orElse(null);
    }

    private static List<Doubt> ofRow(SummaryTable table, SummaryRow row) {
        List<Doubt> out = new ArrayList<>();
        for (OcrCell cell : table.ocrCells()) {
            if (cell.row() != row.number() || !same(cell.text(), row.cell(cell.column()))) {
                continue; // another row, or a value the nurse has since typed
            }
            String why = why(cell);
            if (why == null) {
                why = againstRow(cell, row);
            }
            if (why != null) {
                out.add(new Doubt(cell, why, cell.column() != Column.ANSWER));
            }
        }
        return out;
    }

    /**
     * A value that reads as a valid number but does not fit its own row: a unit of another kind than
     * the row's constraint limits (a dose where the constraint limits a volume: read from the wrong
     * row or column), ten times the other plan's value (a decimal point lost or added), or values
     * that contradict the provider's own yes/no ("97%" for 9.7 % beside 18.9 % against V80Gy &lt; 15 %
     * answered Yes: as read, neither plan meets it). Decision 0250.
     */
    static String againstRow(OcrCell cell, SummaryRow row) {
        if (cell.column() != Column.DOSE_3D && cell.column() != Column.DOSE_IMRT) {
            return null;
        }
        ValueReading v = QuantityParser.read(cell.text());
        if (!v.hasValue()) {
            return null;
        }
        Constraint k = ConstraintParser.parse(row.constraint());
        if (v.unit() != null && k != null && k.parsed() && k.limit().unit() != null
                && v.unit().isDose() != k.limit().unit().isDose()) {
            return "its unit (" + v.unit().symbol() + ") is not what the row's constraint limits ("
                    + k.limit().unit().symbol() + "): it may have been read from another row or column";
        }
        String other = row.cell(cell.column() == Column.DOSE_3D ? Column.DOSE_IMRT : Column.DOSE_3D);
        ValueReading o = other == null ? null : QuantityParser.read(other);
        if (o != null && o.hasValue() && o.unit() == v.unit() && v.value() > 0 && o.value() > 0
                && Math.max(v.value(), o.value()) >= 10 * Math.min(v.value(), o.value())) {
            return "ten times the other plan's value (" + other.strip() + "): a decimal point may have been lost or added";
        }
        Answer answer = AnswerParser.parse(row.answer());
        if (answer != null && o != null && o.hasValue() && k != null && k.parsed() && v.unit() == k.limit().unit()
                && o.unit() == v.unit()) {
            double v3d = cell.column() == Column.DOSE_3D ? v.value() : o.value();
            double vImrt = cell.column() == Column.DOSE_IMRT ? v.value() : o.value();
            boolean onlyImrt = !k.isMetBy(v3d) && k.isMetBy(vImrt);
            if ((answer == Answer.YES) != onlyImrt) {
                return "the values as read do not agree with the provider's answer (" + (answer == Answer.YES ? "Yes" : "No")
                        + "): a digit or decimal point may have been misread";
            }
        }
        return null;
    }

    static String why(OcrCell cell) {
        String invalid = switch (cell.column()) {
            case DOSE_3D, DOSE_IMRT -> invalidValue(cell.text());
            case CONSTRAINT -> invalidConstraint(cell.text());
            case ANSWER -> AnswerParser.parse(cell.text()) == null ? "not a clear yes or no" : answerMarks(cell.text());
            case ORGAN -> "false".equalsIgnoreCase(System.getProperty("imrt.ocr.organSigns")) ? null : organSign(cell.text());
            case SOURCE -> !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.sourceSigns")) && signIn(cell.text())
                    ? "with a comparison sign, which no source's name holds: words of the constraint beside it may have been"
                            + " read into this cell" // decision 0486: "Dmax < 45 Gy QUANTEC", which is recognised as QUANTEC
                    : SourceRecognizer.isBlank(cell.text()) || SourceRecognizer.recognize(cell.text()).isPresent() ? null
                    : "not a source the program knows (such as QUANTEC, RTOG 0617 or Institutional): letters may have been"
                            + " misread"; // decision 0323
            default -> null;
        };
        if (invalid == null && cell.column() != Column.ANSWER) {
            invalid = strayMark(cell.column(), cell.text());
        }
        if (invalid != null) {
            return invalid;
        }
        if (cell.doubt() != null) {
            return cell.doubt();
        }
        if (cell.confidence() < TRUSTED) {
            return String.format(Locale.ROOT, "read with low confidence (%.0f %%)", cell.confidence() * 100);
        }
        return null;
    }

    /**
     * An organ name holding a comparison sign ("Pharyngeal Mean < 50 Gy constrictors boost phase"): no organ
     * is named with one, so words of the constraint column were read into the organ's cell (a lost ruling or
     * a tight column on a fax). Decision 0486.
     */
    static String organSign(String text) {
        if (!signIn(text)) {
            return null;
        }
        return "with a comparison sign, which no organ's name holds: words of the constraint beside it may have been"
                + " read into this cell";
    }

    /** Whether the text holds a comparison sign ("<", ">", "≤", "≥", "="). */
    private static boolean signIn(String text) {
        return text != null && text.chars().anyMatch(c -> c == '<' || c == '>' || c == '\u2264' || c == '\u2265' || c == '=');
    }

    private static String invalidValue(String text) {
        ValueReading r = QuantityParser.read(text);
        if (r.status() == ValueReading.Status.UNREADABLE) {
            return "not one number with a unit, as a dose or volume cell holds";
        }
        if (r.hasValue() && r.unit() == Unit.PERCENT && r.value() > 100) {
            return "a percentage above 100";
        }
        if (r.hasValue() && r.unit() == Unit.GY && r.value() > 100) {
            return "a dose above 100 Gy (a decimal point may have been lost)";
        }
        return null;
    }

    private static String invalidConstraint(String text) {
        Constraint k = ConstraintParser.parse(text);
        if (k == null || !k.parsed()) {
            return "not a constraint the program can read";
        }
        // read from a scan, what a typed table may leave out was more likely lost by the reader:
        // a faint "<", a unit on a wrapped line, speck remains before or after the limit
        for (String note : ConstraintParser.read(text).interpretations()) {
            if (note.startsWith("no comparison sign")) {
                return "without a comparison sign (a faint \"<\" may have been lost in the scan)";
            }
            if (note.startsWith("no unit is written") || note.contains("has no volume unit")) {
                return "without a unit for its limit (a unit on a second line or a faint one may have been lost)";
            }
            if (note.startsWith("no metric is written")) {
                return "without a metric (such as Dmax or V20Gy: it may have been lost in the scan)";
            }
            if (note.startsWith("ignored the words")) {
                return "with words around the limit the program did not use (" + note.substring("ignored the words ".length())
                        + ": they may be specks read as text)";
            }
        }
        if (k.limit().unit() == Unit.PERCENT && k.limit().value() > 100) {
            return "a limit above 100 %";
        }
        if (k.limit().unit() == Unit.GY && k.limit().value() > 100) {
            return "a limit above 100 Gy (a decimal point may have been lost)";
        }
        return null;
    }

    /**
     * A mark that the column's cells never hold, as a speck, a stain or the remains of a ruling
     * read as text: quotes, underscores, bars, colons; a point that is not a decimal point (in a
     * name: not after a short abbreviation such as "Lt."); a hyphen or comma not between letters or
     * digits; in a number, unit or constraint a comma even between digits ("50,1 Gy": a point read
     * as a comma, or a comma for a point; decision 0255). Decision 0251.
     */
    static String strayMark(Column column, String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        boolean numeric = column == Column.DOSE_3D || column == Column.DOSE_IMRT || column == Column.CONSTRAINT;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char before = i > 0 ? t.charAt(i - 1) : ' ';
            char after = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            boolean stray = switch (c) {
                case '"', '\u201C', '\u201D', '\u201E', '\u2018', '\u2019', '`', '\'', '_', '|', '~', '^', '*', '{', '}',
                     '[', ']', '@', '#', '$', ';', ':', '!', '?', '\\', '\u00AB', '\u00BB' -> true;
                case '.' -> numeric ? !(Character.isDigit(before) && Character.isDigit(after))
                        : !abbreviationPoint(t, i);
                case ',' -> Character.isDigit(before) && Character.isDigit(after) ? numeric
                        : !(Character.isLetterOrDigit(before) || before == '%' || before == ')')
                                || !Character.isWhitespace(after) || i + 1 >= t.length();
                case '-', '\u2013', '\u2014' -> numeric ? !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after))
                        && !(before == ' ' && after == ' ' && c == '\u2013')
                        : !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after));
                default -> false;
            };
            if (stray) {
                return "with a mark \"" + c + "\" that is no part of " + (numeric ? "a number, unit or constraint" : "a name")
                        + " (a speck or the remains of a ruling on the scan may have been read as text)";
            }
        }
        return null;
    }

    /**
     * An answer holding a mark no answer holds (a quote, colon, underscore or bar: "Yes:" is a speck
     * beside "Yes"; a point or comma, "No.": decision 0375), or two answers ("No No": two rows read as one where a ruling was lost).
     * Decision 0255.
     */
    static String answerMarks(String text) {
        String t = text.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean point = (c == '.' || c == ',') && !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.answerPoints"));
            // a dash with a letter on one side only ("No-"): a speck or a ruling's end; "Yes - only with IMRT" and
            // "Yes-only" keep theirs (decision 0486)
            if ((c == '-' || c == '\u2013' || c == '\u2014') && !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.answerDashes"))) {
                boolean letterBefore = i > 0 && Character.isLetterOrDigit(t.charAt(i - 1));
                boolean letterAfter = i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
                boolean spaceBefore = i > 0 && t.charAt(i - 1) == ' ';
                boolean spaceAfter = i + 1 < t.length() && t.charAt(i + 1) == ' ';
                point = !(letterBefore && letterAfter) && !(spaceBefore && spaceAfter);
            }
            if (point || "\"\u201C\u201D\u201E\u2018\u2019`'_|~^*{}[]@#$;:!\\\u00AB\u00BB".indexOf(c) >= 0) {
                return "with a mark \"" + c + "\" that is no part of an answer (a speck or the remains of a ruling on the scan"
                        + " may have been read as text)";
            }
        }
        java.util.regex.Matcher m = TWO_ANSWERS.matcher(t);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n >= 2 ? "more than one yes or no (two rows may have been read as one)" : null;
    }

    private static final java.util.regex.Pattern TWO_ANSWERS = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}])(yes|no)(?![\\p{L}])");

    /** A point after a short word ("Lt.", "Rt.", "Ref.") that starts a name part, followed by a space or the end. */
    private static boolean abbreviationPoint(String t, int i) {
        int start = i;
        while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
            start--;
        }
        int letters = i - start;
        boolean ends = i + 1 >= t.length() || t.charAt(i + 1) == ' ';
        return letters >= 1 && letters <= 3 && ends;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
    }
}
