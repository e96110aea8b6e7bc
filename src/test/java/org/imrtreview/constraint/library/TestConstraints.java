package org.imrtreview.constraint.library;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Operator;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.Unit;

/** Builds parsed constraints for tests from compact text ("Dmax", "<", 54, "Gy"), independent of the row parser. */
final class TestConstraints {
    private static final Pattern D = Pattern.compile("D(\\d+(?:\\.\\d+)?)(cc|%)");
    private static final Pattern V = Pattern.compile("V(\\d+(?:\\.\\d+)?)Gy");

    private TestConstraints() {
    }

    static Constraint constraint(String metric, String operator, double value, String unit) {
        Unit u = unit(unit);
        Operator op = switch (operator) {
            case "<" -> Operator.LT;
            case "<=" -> Operator.LE;
            case ">" -> Operator.GT;
            default -> Operator.GE;
        };
        return new Constraint(metric + " " + operator + " " + value + " " + unit, metric(metric, u), op, new Quantity(value, u));
    }

    static Metric metric(String text, Unit limitUnit) {
        switch (text) {
            case "Dmax":
                return Metric.max();
            case "Dmean":
                return Metric.mean();
            default:
                break;
        }
        Matcher m = D.matcher(text);
        if (m.matches()) {
            return Metric.doseAtVolume(Double.parseDouble(m.group(1)), m.group(2).equals("cc") ? Unit.CC : Unit.PERCENT);
        }
        m = V.matcher(text);
        if (m.matches()) {
            return Metric.volumeAtDose(Double.parseDouble(m.group(1)), limitUnit);
        }
        throw new IllegalArgumentException(text);
    }

    static Unit unit(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "gy" -> Unit.GY;
            case "cgy" -> Unit.CGY;
            case "%" -> Unit.PERCENT;
            default -> Unit.CC;
        };
    }
}
