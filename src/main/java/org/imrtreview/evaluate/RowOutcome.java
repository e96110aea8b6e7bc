package org.imrtreview.evaluate;

import java.util.List;
import org.imrtreview.model.RowResult;

/**
 * A row's result with the SPEC §5 words of its empty or unreadable cells ({@code missingWords}, which
 * count a deciding cell read by OCR and not yet confirmed as unreadable) and, of those, the words of the
 * cells that were read and only wait for the nurse's confirmation ({@code unconfirmedWords}): the
 * reasons say of those that they are to be confirmed, not that the provider left them out.
 */
record RowOutcome(RowResult result, List<String> missingWords, List<String> unconfirmedWords) {

    String organ() {
        String organ = result.row().organ();
        return organ == null || organ.isBlank() ? "Row " + result.row().number() : organ.trim();
    }
}
