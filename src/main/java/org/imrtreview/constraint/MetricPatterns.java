package org.imrtreview.constraint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.MetricKind;

/**
 * The metric spellings met in summary tables (normalised text), tried in order; each must end the
 * text before the comparison. Words before the metric ("cord Dmax") are returned as a prefix.
 */
final class MetricPatterns {

    private static final String NUM = Numbers.NUMBER;

    private record Spelling(Pattern pattern, MetricKind kind) { }

    private static final List<Spelling> SPELLINGS = new ArrayList<>();

    static {
        add("td\\s*5\\s*/\\s*5", MetricKind.TOLERANCE_DOSE);
        add("(?:d\\s*max|max(?:imum|imal)?(?:\\s+point)?(?:\\s+dose)?|(?:point\\s+)?dose)\\s*(?:to|in|at|within|\\()\\s*"
                + "(?:the\\s+)?(?:hottest\\s+|max(?:imum)?\\s+)?(" + NUM + ")\\s*(cc|%)\\s*\\)?", MetricKind.DOSE_AT_VOLUME);
        add("d\\s*\\(\\s*(" + NUM + ")\\s*(cc|%)\\s*\\)", MetricKind.DOSE_AT_VOLUME);
        add("dc\\s*(" + NUM + ")\\s*(cc|%)?", MetricKind.DOSE_COMPLEMENT);
        add("d\\s*(" + NUM + ")\\s*(cc|%)?", MetricKind.DOSE_AT_VOLUME);
        add("cv\\s*(" + NUM + ")\\s*(cgy|gy)?", MetricKind.VOLUME_COMPLEMENT);
        add("v\\s*(" + NUM + ")\\s*(cgy|gy|%)?", MetricKind.VOLUME_AT_DOSE);
        add("vol(?:ume)?\\s+(?:receiving|getting|at)\\s+(" + NUM + ")\\s*(cgy|gy)", MetricKind.VOLUME_AT_DOSE);
        add("d\\s*max|max(?:imum|imal)?(?:\\s+point)?(?:\\s+dose)?|point\\s+max(?:imum)?(?:\\s+dose)?"
                + "|(?:point|peak)\\s+dose|dose\\s+max(?:imum)?|hot\\s*spot", MetricKind.MAX);
        add("d\\s*mean|d\\s*avg|mean(?:\\s+[a-z]+){0,2}?\\s+dose|mean|average(?:\\s+dose)?|avg|mld|mhd|mld|mean\\s+dose",
                MetricKind.MEAN);
        add("d\\s*min|min(?:imum|imal)?(?:\\s+point)?(?:\\s+dose)?", MetricKind.MIN);
    }

    private MetricPatterns() {
    }

    private static void add(String regex, MetricKind kind) {
        SPELLINGS.add(new Spelling(Pattern.compile("(?:^|\\s)(?:" + regex + ")\\s*$"), kind));
    }

    /** The metric ending {@code left}, or null when none does. */
    static MetricMatch match(String left) {
        String t = left.trim();
        if (t.isEmpty()) {
            return null;
        }
        for (Spelling sp : SPELLINGS) {
            Matcher m = sp.pattern().matcher(t);
            if (m.find()) {
                String prefix = t.substring(0, m.start()).trim();
                Double parameter = m.groupCount() >= 1 && m.group(1) != null ? Numbers.parse(m.group(1)) : null;
                String unit = m.groupCount() >= 2 ? m.group(2) : null;
                return MetricMatch.of(sp.kind(), parameter, ConstraintParser.unit(unit), prefix);
            }
        }
        return null;
    }
}
