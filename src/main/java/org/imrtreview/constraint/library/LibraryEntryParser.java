package org.imrtreview.constraint.library;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.Metric;
import org.imrtreview.model.MetricKind;
import org.imrtreview.model.Operator;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.Unit;

/**
 * Turns one JSON entry of the library resource into a typed {@link PublishedConstraint}, checking
 * every field. Any inconsistency throws {@link LibraryFormatException} naming the entry: a
 * malformed entry must fail the build's tests, never reach the nurse.
 */
final class LibraryEntryParser {

    private static final Pattern DOSE_AT_VOLUME = Pattern.compile("D(\\d+(?:\\.\\d+)?)(cc|%)");
    private static final Pattern DOSE_COMPLEMENT = Pattern.compile("DC(\\d+(?:\\.\\d+)?)(cc|%)");
    private static final Pattern VOLUME_AT_DOSE = Pattern.compile("V(\\d+(?:\\.\\d+)?)Gy");

    private LibraryEntryParser() {
    }

    static PublishedConstraint parse(JsonNode node) {
        String id = text(node, "id", "?");
        try {
            return parseChecked(node, id);
        } catch (LibraryFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new LibraryFormatException("library entry " + id + ": " + e.getMessage(), e);
        }
    }

    private static PublishedConstraint parseChecked(JsonNode node, String id) {
        String organ = required(node, "organ", id);
        List<String> tg263 = new ArrayList<>();
        node.path("tg263").forEach(n -> tg263.add(n.asText()));
        if (tg263.isEmpty() || tg263.stream().anyMatch(String::isBlank)) {
            throw fail(id, "tg263 names missing");
        }
        String unitText = required(node, "unit", id);
        boolean relative = unitText.equals("%Rx");
        Unit limitUnit = relative ? Unit.PERCENT : unit(unitText, id);
        Metric metric = metric(required(node, "metric", id), limitUnit, node, id);
        if (metric.kind().yieldsDose() != (limitUnit.isDose() || relative)) {
            throw fail(id, "unit " + unitText + " does not fit metric " + metric.label());
        }
        Operator operator = operator(required(node, "operator", id), id);
        JsonNode value = node.get("value");
        if (value == null || !value.isNumber() || value.asDouble() <= 0) {
            throw fail(id, "value must be a positive number");
        }
        Regime regime = Regime.valueOf(required(node, "regime", id));
        Integer fractions = node.path("fractions").isNumber() ? node.get("fractions").asInt() : null;
        if ((regime == Regime.SBRT_SRS) != (fractions != null) || fractions != null && (fractions < 1 || fractions > 5)) {
            throw fail(id, "regime " + regime + " does not fit fractions " + fractions);
        }
        SourceGroup source = SourceGroup.valueOf(required(node, "source", id));
        if (!source.inLibrary()) {
            throw fail(id, "source " + source + " is not a library source");
        }
        String protocol = node.path("protocol").isTextual() ? node.get("protocol").asText() : null;
        String citation = required(node, "citation", id);
        if (citation.contains("http") || citation.contains("www.")) {
            throw fail(id, "citation must name the publication, not a web address");
        }
        Provenance provenance = Provenance.valueOf(required(node, "provenance", id));
        if (node.path("secondary").asBoolean() != (provenance == Provenance.SECONDARY)) {
            throw fail(id, "secondary flag disagrees with provenance " + provenance);
        }
        List<SourceGroup> also = new ArrayList<>();
        node.path("alsoCitedBy").forEach(n -> also.add(SourceGroup.valueOf(n.asText())));
        return new PublishedConstraint(id, organ, tg263, node.path("tg263Verified").asBoolean(true), metric, operator,
                new Quantity(value.asDouble(), limitUnit), relative, regime, fractions,
                text(node, "fractionation", ""), text(node, "endpoint", null), source, protocol,
                required(node, "sourceName", id), citation, provenance, also, text(node, "sourceDetail", ""));
    }

    /** Library metric strings: Dmax, Dmean, Dmin, D0.03cc, D1%, DC700cc, V20Gy (result unit from the limit), TD5/5. */
    static Metric metric(String text, Unit limitUnit, JsonNode node, String id) {
        switch (text) {
            case "Dmax":
                return Metric.max();
            case "Dmean":
                return Metric.mean();
            case "Dmin":
                return Metric.min();
            case "TD5/5":
                return new Metric(MetricKind.TOLERANCE_DOSE, null, null, Unit.GY);
            default:
                break;
        }
        Matcher m = DOSE_COMPLEMENT.matcher(text);
        if (m.matches()) {
            checkVolume(node, id, m);
            return new Metric(MetricKind.DOSE_COMPLEMENT, Double.parseDouble(m.group(1)), volumeUnit(m.group(2)), Unit.GY);
        }
        m = DOSE_AT_VOLUME.matcher(text);
        if (m.matches()) {
            checkVolume(node, id, m);
            return Metric.doseAtVolume(Double.parseDouble(m.group(1)), volumeUnit(m.group(2)));
        }
        m = VOLUME_AT_DOSE.matcher(text);
        if (m.matches()) {
            if (!limitUnit.isVolume()) {
                throw fail(id, "volume metric " + text + " needs a % or cc limit");
            }
            return Metric.volumeAtDose(Double.parseDouble(m.group(1)), limitUnit);
        }
        throw fail(id, "metric not understood: " + text);
    }

    private static void checkVolume(JsonNode node, String id, Matcher m) {
        double stated = node.path("volumeValue").asDouble(Double.NaN);
        if (Math.abs(stated - Double.parseDouble(m.group(1))) > 1e-9 || !m.group(2).equals(node.path("volumeUnit").asText())) {
            throw fail(id, "volumeValue/volumeUnit disagree with metric " + m.group());
        }
    }

    private static Unit volumeUnit(String text) {
        return text.equals("cc") ? Unit.CC : Unit.PERCENT;
    }

    private static Unit unit(String text, String id) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "gy" -> Unit.GY;
            case "cgy" -> Unit.CGY;
            case "%" -> Unit.PERCENT;
            case "cc" -> Unit.CC;
            default -> throw fail(id, "unit not understood: " + text);
        };
    }

    private static Operator operator(String text, String id) {
        return switch (text) {
            case "<" -> Operator.LT;
            case "<=" -> Operator.LE;
            case ">" -> Operator.GT;
            case ">=" -> Operator.GE;
            default -> throw fail(id, "operator not understood: " + text);
        };
    }

    private static String required(JsonNode node, String field, String id) {
        String value = text(node, field, null);
        if (value == null || value.isBlank()) {
            throw fail(id, "field '" + field + "' missing");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    private static LibraryFormatException fail(String id, String why) {
        return new LibraryFormatException("library entry " + id + ": " + why);
    }
}
