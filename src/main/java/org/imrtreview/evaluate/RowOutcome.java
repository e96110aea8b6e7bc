package org.imrtreview.evaluate;

import java.util.List;
import org.imrtreview.model.RowResult;

/** A row's result with the SPEC §5 words of its empty or unreadable cells. */
record RowOutcome(RowResult result, List<String> missingWords) {

    String organ() {
        String organ = result.row().organ();
        return organ == null || organ.isBlank() ? "Row " + result.row().number() : organ.trim();
    }
}
