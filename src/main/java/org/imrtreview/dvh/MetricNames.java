package org.imrtreview.dvh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.Metric;
import org.imrtreview.model.MetricKind;
import org.imrtreview.model.Unit;

/**
 * Reads DVH metric names in TG-263 / Mayo form and the usual clinical shorthands: {@code Dmax},
 * {@code Max[Gy]}, {@code Mean}, {@code Dmin}, {@code D95%}, {@code D2cc[Gy]}, {@code D0.03cc},
 * {@code V20Gy[%]}, {@code V20} (Gy), {@code V45Gy[cc]}, {@code V95%[%]} (of prescription),
 * {@code DC700cc[Gy]}, {@code CV20Gy[cc]}. The bracket names the result unit; without it, doses are
 * in Gy and volumes in %.
 */
public final class MetricNames {

    private static final Pattern SIMPLE = Pattern.compile("(?i)^(d?max|d?mean|d?min|maxdose|meandose|mindose)(?:\\[(c?gy|%)])?$");
    private static final Pattern QUERY = Pattern.compile(
            "(?i)^(dc|cv|d|v)\\s*(\\d+(?:\\.\\d+)?)\\s*(cc|cm3|%|gy|cgy)?(?:\\[(c?gy|%|cc)])?$");

    private MetricNames() {
    }

    public static Metric parse(String text) {
        String t = text.strip().replace(" ", "");
        Matcher s = SIMPLE.matcher(t);
        if (s.matches()) {
            String k = s.group(1).toLowerCase(Locale.ROOT);
            Unit unit = unit(s.group(2), Unit.GY);
            MetricKind kind = k.contains("max") ? MetricKind.MAX : k.contains("mean") ? MetricKind.MEAN : MetricKind.MIN;
            return new Metric(kind, null, null, unit);
        }
        Matcher q = QUERY.matcher(t);
        if (!q.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a DVH metric (examples: Dmax, Mean, D95%, D0.03cc, "
                    + "V20Gy[%], V45Gy[cc])");
        }
        String type = q.group(1).toLowerCase(Locale.ROOT);
        double value = Double.parseDouble(q.group(2));
        String qu = q.group(3) == null ? null : q.group(3).toLowerCase(Locale.ROOT);
        if (type.equals("d") || type.equals("dc")) {
            Unit volumeUnit = qu == null || qu.equals("%") ? Unit.PERCENT : qu.startsWith("c") && !qu.equals("cgy") ? Unit.CC : null;
            if (volumeUnit == null) {
                throw new IllegalArgumentException("'" + text + "': a D metric takes a volume in % or cc");
            }
            return new Metric(type.equals("d") ? MetricKind.DOSE_AT_VOLUME : MetricKind.DOSE_COMPLEMENT, value, volumeUnit,
                    unit(q.group(4), Unit.GY));
        }
        Unit doseUnit = qu == null || qu.equals("gy") ? Unit.GY : qu.equals("cgy") ? Unit.CGY : qu.equals("%") ? Unit.PERCENT : null;
        if (doseUnit == null) {
            throw new IllegalArgumentException("'" + text + "': a V metric takes a dose in Gy, cGy or % of prescription");
        }
        return new Metric(type.equals("v") ? MetricKind.VOLUME_AT_DOSE : MetricKind.VOLUME_COMPLEMENT, value, doseUnit,
                unit(q.group(4), Unit.PERCENT));
    }

    /** Comma-separated list; brackets may contain no commas so a plain split is safe. */
    public static List<Metric> parseList(String text) {
        List<Metric> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(parse(part));
            }
        }
        return out;
    }

    /** The key used in reports: {@code Dmax[Gy]}, {@code V20Gy[%]}, {@code D0.03cc[Gy]}. */
    public static String key(Metric m) {
        return m.label() + "[" + m.resultUnit().symbol() + "]";
    }

    private static Unit unit(String text, Unit fallback) {
        if (text == null) {
            return fallback;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "gy" -> Unit.GY;
            case "cgy" -> Unit.CGY;
            case "%" -> Unit.PERCENT;
            case "cc" -> Unit.CC;
            default -> fallback;
        };
    }
}
