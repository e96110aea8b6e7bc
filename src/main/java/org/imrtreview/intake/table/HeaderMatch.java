package org.imrtreview.intake.table;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.imrtreview.model.Column;

/**
 * The columns recognised in one header row: the grid column index and header text for each role,
 * and a score (higher is a more convincing header). Immutable.
 */
public record HeaderMatch(Map<HeaderRole, Integer> columns, Map<HeaderRole, String> texts, int score) {

    public HeaderMatch {
        columns = Collections.unmodifiableMap(copy(columns));
        texts = Collections.unmodifiableMap(copy(texts));
    }

    private static <V> Map<HeaderRole, V> copy(Map<HeaderRole, V> in) {
        Map<HeaderRole, V> out = new EnumMap<>(HeaderRole.class);
        out.putAll(in);
        return out;
    }

    public static HeaderMatch none() {
        return new HeaderMatch(Map.of(), Map.of(), 0);
    }

    /** How many of the six policy columns were recognised. */
    public int requiredFound() {
        int n = 0;
        for (HeaderRole r : columns.keySet()) {
            if (r.column() != null) {
                n++;
            }
        }
        return n;
    }

    public boolean has(HeaderRole role) {
        return columns.containsKey(role);
    }

    public Integer index(HeaderRole role) {
        return columns.get(role);
    }

    /** The header text for each recognised policy column, as {@code SummaryTable.headers} wants it. */
    public Map<Column, String> policyHeaders() {
        Map<Column, String> out = new EnumMap<>(Column.class);
        texts.forEach((role, text) -> {
            if (role.column() != null) {
                out.put(role.column(), text);
            }
        });
        return out;
    }

    /**
     * Whether this looks like the header of a summary table rather than a title or a data row:
     * at least three policy columns, including the organ or both plan doses.
     */
    public boolean isPlausibleHeader() {
        return requiredFound() >= 3 && (has(HeaderRole.ORGAN) || has(HeaderRole.DOSE_3D) && has(HeaderRole.DOSE_IMRT));
    }
}
