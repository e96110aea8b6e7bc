package org.imrtreview.evaluate;

import java.util.List;
import org.imrtreview.model.Flag;

/** One evaluation rule: looks at a parsed row and returns its findings (empty when none). */
@FunctionalInterface
public interface RowRule {
    List<Flag> apply(RowContext row);
}
