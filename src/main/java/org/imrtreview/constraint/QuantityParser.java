package org.imrtreview.constraint;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.Unit;

/**
 * Reads the 3D and IMRT cells of a row: {@code 58 Gy}, {@code 5800 cGy}, {@code 5,800 cGy},
 * {@code 52,4 Gy}, {@code 38%}, {@code 170 cc}, {@code 52 Gy (max)}, {@code <0.1 cc}, {@code n/a}.
 * {@link #cell(String, ConstraintReading)} then puts the value in the constraint's unit (SPEC §4:
 * cGy→Gy; a value written without unit takes the constraint's unit; a unit-less "5400" against a Gy
 * limit is read as cGy), marking every conversion. Pure and thread-safe.
 */
public final class QuantityParser {

    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "n/?a|n\\.a|-+|none|nil|not applicable|not available|not reported|not calculated|not done|nd|tbd|pending|\\?+|"
                    + "not contoured|not evaluated|ne");
    private static final Pattern VALUE = Pattern.compile("(" + Numbers.NUMBER + ")\\s*(cgy|gy|%|cc)?");
    private static final Pattern LEADING_LABEL = Pattern.compile(
            "^(?:d\\s*max|max(?:imum)?(?:\\s+dose)?|d\\s*mean|mean(?:\\s+dose)?|d\\s*min|min(?:imum)?|"
                    + "v\\s*" + Numbers.NUMBER + "\\s*(?:cgy|gy)?|d\\s*" + Numbers.NUMBER + "\\s*(?:cc|%)?)\\s*[:=]\\s*");
    private static final Pattern APPROXIMATELY = Pattern.compile("^(?:~|≈|approx(?:imately)?\\.?|about|ca\\.?|circa)\\s*");
    private static final Pattern BOUND = Pattern.compile("^(?:<=?|≤|&lt;)\\s*");

    private static final Pattern CUBIC_CM = Pattern.compile("cm\\s*(?:\\^\\s*3|³|3)(?![0-9])|\\bml\\b");
    private static final Pattern CENTIGRAY = Pattern.compile("\\bc\\s?gy\\b|\\bcenti\\s*grays?\\b");
    private static final Pattern GRAY = Pattern.compile("\\bgrays?\\b");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*]");
    private static final Pattern FOOTNOTE = Pattern.compile("[*†‡]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A value cell longer than this is a note, not a value. */
    static final int MAX_LENGTH = 120;

    private QuantityParser() {
    }

    /** The number and unit written in {@code text}, without reference to any constraint. */
    public static ValueReading read(String text) {
        if (text == null || text.isBlank()) {
            return ValueReading.blank(text);
        }
        if (text.length() > MAX_LENGTH) {
            return ValueReading.unreadable(text, "the cell holds " + text.length() + " characters, not a single value");
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replace('–', '-').replace('—', '-');
        if (t.contains("cm") || t.contains("ml")) {
            t = CUBIC_CM.matcher(t).replaceAll("cc");
        }
        if (t.contains("gy") || t.contains("gray")) {
            t = GRAY.matcher(CENTIGRAY.matcher(t).replaceAll("cgy")).replaceAll("gy");
        }
        if (t.indexOf('(') >= 0 || t.indexOf('[') >= 0) {
            t = BRACKETED.matcher(t).replaceAll(" ");
        }
        t = SPACES.matcher(FOOTNOTE.matcher(t).replaceAll(" ")).replaceAll(" ").trim();
        if (t.endsWith(".") && (t.length() < 2 || !Character.isDigit(t.charAt(t.length() - 2)))) {
            t = t.substring(0, t.length() - 1).trim();
        }
        if (t.isEmpty() || NOT_APPLICABLE.matcher(t).matches()) {
            return ValueReading.blank(text);
        }
        t = LEADING_LABEL.matcher(t).replaceFirst("");
        t = APPROXIMATELY.matcher(t).replaceFirst("");
        boolean bound = false;
        Matcher b = BOUND.matcher(t);
        if (b.find()) {
            bound = true;
            t = t.substring(b.end());
        }
        Matcher m = VALUE.matcher(t);
        if (!m.matches()) {
            return ValueReading.unreadable(text, "\"" + text.trim() + "\" is not a single number with a unit");
        }
        double value = Numbers.parse(m.group(1));
        Unit unit = ConstraintParser.unit(m.group(2));
        String note = bound ? "given as an upper bound (\"" + text.trim() + "\"); compared at the bound" : null;
        return new ValueReading(text, value, unit, ValueReading.Status.VALUE, bound, note);
    }

    /**
     * The cell's value in the unit of the constraint's limit, {@code converted} when cGy became Gy.
     * A value in a unit that cannot be compared with the limit (cc against a % limit) keeps its own
     * unit; the evaluator then treats it as not comparable. An unreadable or blank cell has no
     * quantity. With an unparsed constraint, only explicit units are kept.
     */
    public static CellValue cell(String text, ConstraintReading constraint) {
        ValueReading r = read(text);
        if (!r.hasValue()) {
            return CellValue.missing(text);
        }
        double v = r.value();
        Unit written = r.unit();
        if (constraint == null || !constraint.parsed()) {
            if (written == null) {
                return CellValue.missing(text);
            }
            return written == Unit.CGY ? new CellValue(text, new Quantity(v, Unit.CGY).inGy(), true)
                    : new CellValue(text, new Quantity(v, written), false);
        }
        Unit target = constraint.constraint().limit().unit();
        if (target == Unit.GY) {
            Unit assumed = written != null ? written : unitlessDose(v, constraint);
            if (assumed == Unit.CGY) {
                return new CellValue(text, new Quantity(v, Unit.CGY).inGy(), true);
            }
            return new CellValue(text, new Quantity(v, assumed), false);
        }
        if (written == null && fractionOfWhole(v, constraint)) {
            return CellValue.missing(text); // "0.45" against "V20 < 35%": 0.45 % or 45 %? Not guessed (decision 0505)
        }
        return new CellValue(text, new Quantity(v, written == null ? target : written), false);
    }

    /**
     * True when a volume written without unit, strictly between 0 and 1, is compared with a percentage limit above
     * 1 %, when it reads as a fraction of the whole ("0.45" = 45 %) and as a percentage ("0.45 %") that fall on
     * different sides of the limit. Neither is guessed (decision 0505); when both readings agree, the percentage is kept.
     */
    public static boolean fractionOfWhole(double value, ConstraintReading constraint) {
        return value > 0 && value < 1 && constraint != null && constraint.parsed()
                && constraint.constraint().metric() != null && !constraint.constraint().metric().kind().yieldsDose()
                && constraint.constraint().limit().unit() == Unit.PERCENT && constraint.constraint().limit().value() > 1
                && !constraint.constraint().composite()
                && constraint.constraint().isMetBy(value) != constraint.constraint().isMetBy(value * 100);
    }

    /** The unit of a dose written without one: the constraint's written unit, or cGy when Gy is implausible. */
    public static Unit unitlessDose(double value, ConstraintReading constraint) {
        if (constraint.writtenUnit() == Unit.CGY) {
            return Unit.CGY;
        }
        return DosePlausibility.plausibleGy(value) ? Unit.GY : Unit.CGY;
    }
}
