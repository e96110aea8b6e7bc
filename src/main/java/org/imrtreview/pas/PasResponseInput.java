package org.imrtreview.pas;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.imrtreview.model.Request;

/**
 * What a PAS response says, gathered by the command from the case: the request as reviewed, the
 * decision, the authorization (review) number, the approval's validity, the reasons in words, the
 * missing items (for a request for information, as SPEC §5 words with their sentences) and the
 * letter PDF (null when the response is pended for a physician, who has not written yet).
 */
public record PasResponseInput(Request request, PasDecision decision, String reviewNumber,
                               LocalDate validFrom, LocalDate validTo, List<String> reasons,
                               List<MissingItem> missing, byte[] letterPdf, String letterTitle,
                               OffsetDateTime created) {

    /** One missing item: its SPEC §5 word and the sentence the letter uses for it. */
    public record MissingItem(String word, String sentence) { }

    public PasResponseInput {
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
    }
}
