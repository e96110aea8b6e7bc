package org.imrtreview.store.worklist;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.imrtreview.model.Determination;

/**
 * The recommendation of a case's last evaluation in the window, kept beside the case in
 * {@code .imrt-review/last-evaluation.json} with what it was computed from (decision 0246): the case's
 * files ({@code files}: {@link org.imrtreview.intake.CaseLoader#contentKey}), the nurse's saved work that
 * changes an evaluation ({@code work}: {@link LastEvaluations#workKey}) and the program's build. The
 * worklist shows it only while all three are still the same.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LastEvaluation(int version, Determination determination, Instant at, String program, String files,
                             String work) {
    public static final int CURRENT_VERSION = 1;
}
