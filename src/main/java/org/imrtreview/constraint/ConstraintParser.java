package org.imrtreview.constraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.Metric;
import org.imrtreview.model.MetricKind;
import org.imrtreview.model.Operator;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.Unit;

/**
 * Reads a constraint as providers write it — {@code Max < 54 Gy}, {@code Dmax ≤ 5400 cGy},
 * {@code Mean dose less than 26 Gy}, {@code D0.03cc[Gy] < 54}, {@code V20Gy[%] < 35},
 * {@code V45Gy < 195 cc}, {@code Max dose to 0.03 cc < 54 Gy}, {@code CV21Gy[cc] > 700} — into a
 * {@link Constraint}. Text it cannot read is kept verbatim as {@link Constraint#unparsed(String)}
 * with the reason; assumptions it makes (a bare {@code < 54 Gy} read as a maximum dose, a missing
 * comparison read as "at most") are listed in the reading so the evaluator can show them.
 * Pure and thread-safe. See docs/evaluation.md and docs/decisions/0010, 0011.
 */
public final class ConstraintParser {

    private static final String NUM = Numbers.NUMBER;
    /** Longer cells are notes, not constraints; the cap also bounds parsing time on hostile input. */
    static final int MAX_LENGTH = 300;
    private static final Pattern OPERATOR = Pattern.compile("[≤≥<>]");
    private static final Pattern FRACTIONS = Pattern.compile(
            "(?:\\b(?:in|over|x|@)\\s*|/\\s*|,\\s*)?\\b(\\d+)\\s*(?:fx|fxs|fractions?|fracs?|fr)\\b");
    private static final Pattern SINGLE_FRACTION = Pattern.compile("\\b(?:single|one)[ -]fraction\\b");
    private static final Pattern MULTI_PART = Pattern.compile("\\b(?:or|and)\\b|;");
    private static final Pattern LIMIT = Pattern.compile("^\\s*(" + NUM + ")\\s*(cgy|gy|%|cc)?(?![a-z0-9])(.*)$");
    private static final Pattern VOLUME_AFTER_LIMIT = Pattern.compile(
            "^\\s*\\(?\\s*(?:to|in|at|for|over)?\\s*(?:the\\s+)?(?:hottest\\s+|max(?:imum)?\\s+)?(" + NUM
                    + ")\\s*(cc|%)\\s*\\)?(?![a-z])(.*)$");
    private static final Pattern RESULT_UNIT = Pattern.compile("\\s*[\\[(]\\s*(cgy|gy|%|cc)\\s*[\\])]\\s*$");
    private static final Pattern NUMBER_TOKEN = Pattern.compile(NUM);
    private static final Pattern HARMLESS_REST = Pattern.compile(
            "\\b(?:dose|point|absolute|physical|total|abs|rel|relative|volume|vol)\\b");

    private static final Pattern EMPTY_PARENS = Pattern.compile("\\(\\s*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_COLON = Pattern.compile("[:=]\\s*$");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s.,;:*†‡#'\"-]+");

    private ConstraintParser() {
    }

    /** The constraint for {@code text}; {@link Constraint#unparsed(String)} when it cannot be read. */
    public static Constraint parse(String text) {
        return read(text).constraint();
    }

    /** The constraint with the interpretations made and, for unreadable text, the reason. */
    public static ConstraintReading read(String text) {
        if (text == null || text.isBlank()) {
            return ConstraintReading.unparsed(text, "the constraint cell is empty");
        }
        if (text.length() > MAX_LENGTH) {
            return ConstraintReading.unparsed(text, "the cell holds " + text.length()
                    + " characters, too long to be one constraint");
        }
        List<String> notes = new ArrayList<>();
        String s = OperatorWords.normalise(text);
        Integer fractions = null;
        Matcher fx = FRACTIONS.matcher(s);
        boolean mayNameFractions = s.contains("fx") || s.contains("fr");
        if (mayNameFractions && fx.find()) {
            fractions = Integer.parseInt(fx.group(1));
            s = fx.replaceAll(" ");
        } else if (mayNameFractions && SINGLE_FRACTION.matcher(s).find()) {
            fractions = 1;
            s = SINGLE_FRACTION.matcher(s).replaceAll(" ");
        }
        s = SPACES.matcher(EMPTY_PARENS.matcher(s).replaceAll(" ")).replaceAll(" ").trim();

        long operators = OPERATOR.matcher(s).results().count();
        if (operators > 1 || holdsTwoParts(s)) {
            return ConstraintReading.unparsed(text, "it holds more than one constraint; "
                    + "each constraint needs its own row (or confirm which one applies)");
        }
        String left;
        String right;
        Operator op;
        Matcher m = OPERATOR.matcher(s);
        if (m.find()) {
            op = operatorOf(m.group().charAt(0));
            left = s.substring(0, m.start());
            right = s.substring(m.end());
        } else {
            int split = splitWithoutOperator(s);
            if (split < 0) {
                return ConstraintReading.unparsed(text, "no comparison (such as < or ≤) and limit could be found");
            }
            op = Operator.LE;
            left = s.substring(0, split);
            right = s.substring(split);
            notes.add("no comparison sign is written; read as \"at most\" (≤)");
        }
        return build(text, left, right, op, fractions, notes);
    }

    private static ConstraintReading build(String text, String left, String right, Operator op, Integer fractions,
                                           List<String> notes) {
        Matcher lm = LIMIT.matcher(right);
        if (!lm.matches()) {
            return ConstraintReading.unparsed(text, "no limit value follows the comparison");
        }
        double limitValue = Numbers.parse(lm.group(1));
        Unit limitUnit = unit(lm.group(2));
        String rest = lm.group(3);

        left = TRAILING_COLON.matcher(left).replaceAll("").trim();
        Unit resultUnit = null;
        Matcher ru = RESULT_UNIT.matcher(left);
        if (ru.find()) {
            resultUnit = unit(ru.group(1));
            left = left.substring(0, ru.start()).trim();
        }
        MetricMatch metric = MetricPatterns.match(left);
        if (metric == null && !left.isEmpty()) {
            return ConstraintReading.unparsed(text, "the metric \"" + left.trim() + "\" is not one the workstation knows");
        }
        // "Max < 54 Gy to 0.03 cc": the volume after the limit turns a maximum into a D(volume) metric.
        Matcher va = VOLUME_AFTER_LIMIT.matcher(rest);
        if (va.matches() && (metric == null || metric.kind() == MetricKind.MAX)) {
            metric = MetricMatch.doseAtVolume(Numbers.parse(va.group(1)), unit(va.group(2)), metric == null ? "" : metric.prefix());
            rest = va.group(3);
        }
        String restProblem = restProblem(rest, notes);
        if (restProblem != null) {
            return ConstraintReading.unparsed(text, restProblem);
        }
        if (metric == null) {
            if (limitUnit == Unit.GY || limitUnit == Unit.CGY) {
                notes.add("no metric is written; read as a maximum dose (Dmax), as in the policy's example table");
                metric = MetricMatch.of(MetricKind.MAX, null, null, "");
            } else {
                return ConstraintReading.unparsed(text, "no metric (such as Max, Mean, D2cc or V20Gy) is written");
            }
        }
        if (!metric.prefix().isEmpty()) {
            notes.add("ignored the words \"" + metric.prefix() + "\" before the metric");
        }
        return metric.kind().yieldsDose()
                ? doseConstraint(text, metric, op, limitValue, limitUnit, resultUnit, fractions, notes)
                : volumeConstraint(text, metric, op, limitValue, limitUnit, resultUnit, fractions, notes);
    }

    private static ConstraintReading doseConstraint(String text, MetricMatch mm, Operator op, double value, Unit unit,
                                                    Unit resultUnit, Integer fractions, List<String> notes) {
        if (unit == null && resultUnit != null && resultUnit.isDose()) {
            unit = resultUnit;
        }
        if (unit == null) {
            unit = value > DosePlausibility.MAX_PLAUSIBLE_GY ? Unit.CGY : Unit.GY;
            notes.add("no unit is written for the limit; read as " + unit.symbol());
        }
        if (!unit.isDose()) {
            return ConstraintReading.unparsed(text, mm.label() + " is a dose but the limit is given in "
                    + unit.symbol() + (unit == Unit.PERCENT ? " (of the prescription?)" : ""));
        }
        Metric metric;
        if (mm.kind() == MetricKind.DOSE_AT_VOLUME || mm.kind() == MetricKind.DOSE_COMPLEMENT) {
            Unit volumeUnit = mm.parameterUnit();
            if (volumeUnit == null) {
                volumeUnit = Unit.PERCENT;
                notes.add("D" + Metric.number(mm.parameter()) + " has no volume unit; read as D"
                        + Metric.number(mm.parameter()) + "% (percent of the organ's volume)");
            }
            if (!volumeUnit.isVolume()) {
                return ConstraintReading.unparsed(text, "the volume of the D metric is given in " + volumeUnit.symbol());
            }
            metric = new Metric(mm.kind(), mm.parameter(), volumeUnit, Unit.GY);
        } else {
            metric = new Metric(mm.kind(), null, null, Unit.GY);
        }
        Quantity limit = new Quantity(value, unit).inGy();
        return new ConstraintReading(new Constraint(text, metric, op, limit), unit, fractions, notes, null);
    }

    private static ConstraintReading volumeConstraint(String text, MetricMatch mm, Operator op, double value, Unit unit,
                                                      Unit resultUnit, Integer fractions, List<String> notes) {
        if (unit == null && resultUnit != null && resultUnit.isVolume()) {
            unit = resultUnit;
        }
        if (unit == null) {
            return ConstraintReading.unparsed(text, "no unit is written for the volume limit (% or cc?)");
        }
        if (!unit.isVolume()) {
            return ConstraintReading.unparsed(text, mm.label() + " is a volume but the limit is given in " + unit.symbol());
        }
        Unit doseUnit = mm.parameterUnit() == null ? Unit.GY : mm.parameterUnit();
        if (!doseUnit.isDose()) {
            return ConstraintReading.unparsed(text, "V" + Metric.number(mm.parameter())
                    + "% is relative to the prescription dose, which the constraint does not state");
        }
        double doseGy = new Quantity(mm.parameter(), doseUnit).inGy().value();
        Metric metric = new Metric(mm.kind(), doseGy, Unit.GY, unit);
        return new ConstraintReading(new Constraint(text, metric, op, new Quantity(value, unit)), unit, fractions,
                notes, null);
    }

    /** Words left after the limit: harmless ones are dropped, others noted; more numbers make it unreadable. */
    private static String restProblem(String rest, List<String> notes) {
        if (rest.isBlank()) {
            return null;
        }
        String r = BRACKETED.matcher(rest).replaceAll(" ");
        r = PUNCTUATION.matcher(HARMLESS_REST.matcher(r).replaceAll(" ")).replaceAll(" ").trim();
        if (r.isEmpty()) {
            return null;
        }
        if (NUMBER_TOKEN.matcher(r).find()) {
            return "unexpected numbers after the limit: \"" + r + "\"";
        }
        notes.add("ignored the words \"" + r + "\" after the limit");
        return null;
    }

    private static boolean holdsTwoParts(String s) {
        if (!s.contains("or") && !s.contains("and") && s.indexOf(';') < 0) {
            return false;
        }
        String[] parts = MULTI_PART.split(s);
        int withNumbers = 0;
        for (String part : parts) {
            if (NUMBER_TOKEN.matcher(part).find()) {
                withNumbers++;
            }
        }
        return withNumbers > 1;
    }

    /** For "Max 54 Gy" / "Dmax: 54 Gy": the position of the limit after a recognisable metric, or -1. */
    private static int splitWithoutOperator(String s) {
        List<Integer> starts = new ArrayList<>();
        Matcher n = NUMBER_TOKEN.matcher(s);
        while (n.find()) {
            starts.add(n.start());
        }
        for (int i = starts.size() - 1; i >= 0; i--) {
            int pos = starts.get(i);
            String left = TRAILING_COLON.matcher(s.substring(0, pos)).replaceAll("").trim();
            Matcher ru = RESULT_UNIT.matcher(left);
            if (ru.find()) {
                left = left.substring(0, ru.start()).trim();
            }
            MetricMatch mm = MetricPatterns.match(left);
            if (!left.isEmpty() && mm != null && mm.prefix().isEmpty() && LIMIT.matcher(s.substring(pos)).matches()) {
                return pos;
            }
        }
        return -1;
    }

    private static Operator operatorOf(char c) {
        return switch (c) {
            case '<' -> Operator.LT;
            case '≤' -> Operator.LE;
            case '>' -> Operator.GT;
            default -> Operator.GE;
        };
    }

    static Unit unit(String token) {
        if (token == null) {
            return null;
        }
        return switch (token.toLowerCase(Locale.ROOT)) {
            case "gy" -> Unit.GY;
            case "cgy" -> Unit.CGY;
            case "%" -> Unit.PERCENT;
            case "cc" -> Unit.CC;
            default -> null;
        };
    }
}
