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

    /** "6 Gy × 5", "6 Gy/fx x 5 fx": a dose per fraction and the number of fractions. */
    private static final Pattern PER_FRACTION_TIMES = Pattern.compile("(" + NUM + ")\\s*(cgy|gy)\\s*"
            + "(?:/\\s*(?:fx|fraction|fr)|per\\s+(?:fx|fraction))?\\s*x\\s*(\\d+)(?:\\s*(?:fx|fxs|fractions?|fr)\\b)?");
    /** "3 Gy/fx", "3 Gy per fraction": a dose per fraction, count not written. */
    private static final Pattern PER_FRACTION = Pattern.compile("(" + NUM + ")\\s*(cgy|gy)\\s*"
            + "(?:/\\s*(?:fx|fraction|fr)|per\\s+(?:fx|fraction))(?![a-z])");
    /** "% of Rx", "% of the prescription (dose)" after normalising ("of" is dropped). */
    private static final Pattern OF_PRESCRIPTION = Pattern.compile(
            "%\\s*(?:the\\s+)?(?:rx|prescription(?:\\s+dose)?|prescribed(?:\\s+dose)?|pd|prescr)\\b");
    /** A range as the limit: "20-25 Gy", "20 Gy - 25 Gy", "30 to 35%". */
    private static final Pattern RANGE = Pattern.compile("^\\s*(" + NUM + ")\\s*(cgy|gy|%|cc)?\\s*(?:-|to)\\s*("
            + NUM + ")\\s*(cgy|gy|%|cc)?(?![a-z0-9])(.*)$");
    /** "700 cc < 15 Gy": a critical volume in front of the comparison. */
    private static final Pattern CRITICAL_VOLUME = Pattern.compile("^(" + NUM + ")\\s*cc$");
    /** A parenthesis holding a comparison of its own: "(ideally < 20 Gy)". */
    private static final Pattern PARENTHETICAL_LIMIT = Pattern.compile("\\(([^()]*[<>≤≥][^()]*)\\)");
    /** Dxcc at or above this volume is a critical-volume limit (TG-101 tabulates from 200 cc, renal cortex). */
    static final double CRITICAL_VOLUME_CC = 200.0;
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
        if (NoNumericLimit.mayMatch(text) && NoNumericLimit.matches(OperatorWords.normalise(text))) {
            return ConstraintReading.noNumber(text);
        }
        List<String> parts = LimitSplitter.split(text);
        if (parts.size() <= 1) {
            return readOne(text, false);
        }
        List<ConstraintReading> readings = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ConstraintReading r = readOne(parts.get(i), true);
            if (!r.parsed()) {
                return ConstraintReading.unparsed(text, "it holds " + parts.size() + " limits and limit " + (i + 1) + " (\""
                        + parts.get(i).strip() + "\") could not be read: " + r.problem());
            }
            readings.add(r);
        }
        return ConstraintReading.allOf(text, readings, List.of());
    }

    /** One limit; {@code inList} when it is one of several in the cell (a metric must then be written). */
    private static ConstraintReading readOne(String text, boolean inList) {
        List<String> notes = new ArrayList<>();
        String s = OperatorWords.normalise(text);
        s = parentheticalLimits(s, notes);
        boolean ofPrescription = false;
        if (s.indexOf('%') >= 0) {
            Matcher rx = OF_PRESCRIPTION.matcher(s);
            if (rx.find()) {
                ofPrescription = true;
                s = rx.replaceAll("% ");
            }
        }
        Integer fractions = null;
        boolean perFraction = false;
        boolean mayBePerFraction = s.contains("gy") && (s.indexOf('x') >= 0 || s.indexOf('/') >= 0 || s.contains("per"));
        Matcher pft = PER_FRACTION_TIMES.matcher(s);
        if (mayBePerFraction && pft.find()) {
            perFraction = true;
            fractions = Integer.parseInt(pft.group(3));
            s = pft.replaceFirst(pft.group(1) + " " + pft.group(2));
        } else if (mayBePerFraction) {
            Matcher pf = PER_FRACTION.matcher(s);
            if (pf.find()) {
                perFraction = true;
                s = pf.replaceFirst(pf.group(1) + " " + pf.group(2));
            }
        }
        Matcher fx = FRACTIONS.matcher(s);
        boolean mayNameFractions = s.contains("fx") || s.contains("fr");
        if (fractions != null) {
            mayNameFractions = false;
        }
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
            return ConstraintReading.unparsed(text, s.matches(".*\\bor\\b.*")
                    ? "it offers alternative limits (\"or\"); correct the cell to the one that applies"
                    : "it holds more than one constraint and they could not be told apart; "
                    + "separate them with a comma or semicolon, or give each its own row");
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
        Notation n = new Notation(text, inList, ofPrescription, perFraction, fractions, notes);
        return build(n, left, right, op);
    }

    /** What {@link #readOne} found before the comparison was split off. */
    private static final class Notation {
        final String text;
        final boolean inList;
        boolean ofPrescription;
        boolean perFraction;
        Integer fractions;
        final List<String> notes;
        Double rangeOther;
        Unit rangeOtherUnit;
        String explanation;
        Constraint alternative;

        Notation(String text, boolean inList, boolean ofPrescription, boolean perFraction, Integer fractions,
                 List<String> notes) {
            this.text = text;
            this.inList = inList;
            this.ofPrescription = ofPrescription;
            this.perFraction = perFraction;
            this.fractions = fractions;
            this.notes = notes;
        }
    }

    private static ConstraintReading build(Notation n, String left, String right, Operator op) {
        String text = n.text;
        List<String> notes = n.notes;
        Integer fractions = n.fractions;
        Matcher range = right.indexOf('-') >= 0 || right.contains("to") ? RANGE.matcher(right) : null;
        Matcher lm = LIMIT.matcher(right);
        double limitValue;
        Unit limitUnit;
        String rest;
        if (range != null && range.matches() && validRange(range)) {
            double a = Numbers.parse(range.group(1));
            double b = Numbers.parse(range.group(3));
            Unit u = unit(range.group(4)) != null ? unit(range.group(4)) : unit(range.group(2));
            boolean upper = op.isUpperLimit();
            limitValue = upper ? a : b;
            n.rangeOther = upper ? b : a;
            n.rangeOtherUnit = u;
            limitUnit = u;
            rest = range.group(5);
        } else if (lm.matches()) {
            limitValue = Numbers.parse(lm.group(1));
            limitUnit = unit(lm.group(2));
            rest = lm.group(3);
        } else {
            return ConstraintReading.unparsed(text, "no limit value follows the comparison");
        }

        left = TRAILING_COLON.matcher(left).replaceAll("").trim();
        Unit resultUnit = null;
        Matcher ru = RESULT_UNIT.matcher(left);
        if (ru.find()) {
            resultUnit = unit(ru.group(1));
            left = left.substring(0, ru.start()).trim();
        }
        MetricMatch metric = MetricPatterns.match(left);
        Matcher cv = CRITICAL_VOLUME.matcher(left);
        if (metric == null && cv.matches()) {
            metric = MetricMatch.of(MetricKind.DOSE_COMPLEMENT, Numbers.parse(cv.group(1)), Unit.CC, "");
            n.notes.add("\"" + cv.group(1) + " cc\" before the limit is a critical volume (TG-101 style): at least "
                    + cv.group(1) + " cc must stay below the limit");
        }
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
        if (metric == null && n.inList) {
            return ConstraintReading.unparsed(text, "no metric (such as Max, Mean, D2cc or V20Gy) is written for this limit");
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
        if (metric.kind() == MetricKind.DOSE_AT_VOLUME && metric.parameterUnit() == Unit.CC
                && metric.parameter() >= CRITICAL_VOLUME_CC && op.isUpperLimit()) {
            notes.add("D" + Metric.number(metric.parameter()) + "cc with a volume this large is a critical-volume limit"
                    + " (TG-101 style): at least " + Metric.number(metric.parameter()) + " cc must stay below the limit"
                    + " (TG-263 DC" + Metric.number(metric.parameter()) + "cc), not the dose to the hottest "
                    + Metric.number(metric.parameter()) + " cc");
            metric = MetricMatch.of(MetricKind.DOSE_COMPLEMENT, metric.parameter(), Unit.CC, metric.prefix());
        }
        if (metric.kind() == MetricKind.VOLUME_AT_DOSE && !op.isUpperLimit() && limitUnit == Unit.CC) {
            String unitSymbol = metric.parameterUnit() == null ? "Gy" : metric.parameterUnit().symbol();
            String dose = Metric.number(metric.parameter()) + unitSymbol;
            notes.add("V" + dose + " > " + Metric.number(limitValue) + " cc protects nothing as written; read as a critical-volume"
                    + " limit: at least " + Metric.number(limitValue) + " cc must receive less than "
                    + Metric.number(metric.parameter()) + " " + unitSymbol + " (TG-263 CV" + dose + ", the comparison inverted)");
            metric = MetricMatch.of(MetricKind.VOLUME_COMPLEMENT, metric.parameter(), metric.parameterUnit(), metric.prefix());
        }
        ConstraintReading reading = metric.kind().yieldsDose()
                ? doseConstraint(n, metric, op, limitValue, limitUnit, resultUnit)
                : volumeConstraint(text, metric, op, limitValue, limitUnit, resultUnit, fractions, notes);
        return reading.parsed() ? complete(n, reading) : reading;
    }

    /** "20-25 Gy": low to high, one unit (so "54 Gy to 0.03 cc" is a limit and a volume, not a range). */
    private static boolean validRange(Matcher range) {
        Unit ua = unit(range.group(2));
        Unit ub = unit(range.group(4));
        return (ua == null || ub == null || ua == ub) && Numbers.parse(range.group(1)) < Numbers.parse(range.group(3));
    }

    /** Adds the range's other end, the per-fraction arithmetic and the critical-volume equivalent to a reading. */
    private static ConstraintReading complete(Notation n, ConstraintReading r) {
        Constraint c = r.constraint();
        Quantity loose = null;
        List<String> explanations = new ArrayList<>();
        if (n.rangeOther != null) {
            Unit u = n.rangeOtherUnit != null ? n.rangeOtherUnit : r.writtenUnit();
            loose = u == Unit.CGY ? new Quantity(n.rangeOther, Unit.CGY).inGy()
                    : new Quantity(n.rangeOther, c.limit().unit());
            String strict = c.limit().toString();
            explanations.add("range " + strict + " to " + loose + ": the IMRT value is compared with the stricter end ("
                    + strict + ") and the 3D value with the looser end (" + loose
                    + "), so \"only IMRT meets it\" holds whichever end applies");
        }
        boolean perFraction = n.perFraction;
        if (perFraction && !c.metric().kind().yieldsDose()) {
            return ConstraintReading.unparsed(n.text, "a dose per fraction is written for a volume limit");
        }
        if (perFraction && n.fractions != null) {
            Quantity perFx = c.limit();
            c = c.withLimit(new Quantity(perFx.value() * n.fractions, perFx.unit()));
            if (loose != null) {
                loose = new Quantity(loose.value() * n.fractions, loose.unit());
            }
            explanations.add(0, perFx + " per fraction × " + n.fractions + " fractions = " + c.limit());
            perFraction = false;
        }
        Constraint alternative = null;
        Metric m = c.metric();
        if (m.kind() == MetricKind.DOSE_COMPLEMENT && m.parameterUnit() == Unit.CC && c.limit().unit() == Unit.GY) {
            alternative = new Constraint(c.text(), new Metric(MetricKind.VOLUME_COMPLEMENT, c.limit().value(), Unit.GY, Unit.CC),
                    c.operator() == Operator.LT ? Operator.GE : Operator.GT, new Quantity(m.parameter(), Unit.CC));
        } else if (m.kind() == MetricKind.VOLUME_COMPLEMENT && c.limit().unit() == Unit.CC) {
            alternative = new Constraint(c.text(), new Metric(MetricKind.DOSE_COMPLEMENT, c.limit().value(), Unit.CC, Unit.GY),
                    c.operator() == Operator.GE ? Operator.LT : Operator.LE, new Quantity(m.parameter(), Unit.GY));
        }
        String explanation = explanations.isEmpty() ? null : String.join("; ", explanations);
        return new ConstraintReading(c, r.writtenUnit(), n.fractions, r.interpretations(), null,
                n.ofPrescription && c.limit().unit() == Unit.PERCENT && m.kind().yieldsDose(), perFraction, loose,
                alternative, explanation, false, List.of());
    }

    /** Drops "(ideally < 20 Gy)" when a limit stands outside the parentheses, and says so. */
    private static String parentheticalLimits(String s, List<String> notes) {
        if (s.indexOf('(') < 0) {
            return s;
        }
        Matcher m = PARENTHETICAL_LIMIT.matcher(s);
        String outside = m.replaceAll(" ");
        if (outside.equals(s) || !OPERATOR.matcher(outside).find()) {
            return s;
        }
        m.reset();
        while (m.find()) {
            notes.add("the words in parentheses \"" + m.group(1).strip() + "\" were not used; the limit outside them was");
        }
        return outside;
    }

    private static ConstraintReading doseConstraint(Notation n, MetricMatch mm, Operator op, double value, Unit unit,
                                                    Unit resultUnit) {
        String text = n.text;
        Integer fractions = n.fractions;
        List<String> notes = n.notes;
        if (unit == null && resultUnit != null && resultUnit.isDose()) {
            unit = resultUnit;
        }
        if (unit == null) {
            unit = value > DosePlausibility.MAX_PLAUSIBLE_GY ? Unit.CGY : Unit.GY;
            notes.add("no unit is written for the limit; read as " + unit.symbol());
        }
        if (unit == Unit.PERCENT && !n.perFraction) {
            if (!n.ofPrescription) {
                notes.add(mm.label() + " is a dose, so the limit in % is read as % of the prescription dose");
                n.ofPrescription = true;
            }
        } else if (!unit.isDose()) {
            return ConstraintReading.unparsed(text, mm.label() + " is a dose but the limit is given in " + unit.symbol());
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
