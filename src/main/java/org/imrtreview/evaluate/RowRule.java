package org.imrtreview.evaluate;

import java.util.List;
import org.imrtreview.model.Flag;

/** One evaluation rule: looks at a parsed row and returns its findings (empty when none). */
@FunctionalInterface
public interface RowRule {
    List<Flag> apply(RowContext row);

    /**
     * True for rules about one limit and its values (unit conversions, missing values, the
     * published-constraint check …): on a row whose cell holds several limits they run once per
     * limit, and their flags name the limit. Rules about the row (organ, source, answer) run once.
     */
    default boolean eachLimit() {
        return false;
    }
}
