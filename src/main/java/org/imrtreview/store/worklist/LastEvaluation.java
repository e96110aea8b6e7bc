package org.imrtreview.store.worklist;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.imrtreview.model.Determination;

/**
 * The recommendation of a case's last evaluation in the window, kept beside the case in
 * {@code .imrt-review/last-evaluation.json} with what it was computed from (decision 0246): the case's
 * files ({@code files}: {@link org.imrtreview.intake.CaseLoader#contentKey}), the nurse's saved work that
 * changes an evaluation ({@code work}: {@link LastEvaluations#workKey}) and the program's build. The
 * worklist shows it only while all three are still the same. {@code via} says what evaluated it: the window
 * ({@link #WINDOW}, also when absent: records written before it was kept) or the {@code evaluate} command
 * ({@link #COMMAND}, decision 0314); {@code by} who (the workstation's or the command's user, may be null).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LastEvaluation(int version, Determination determination, Instant at, String program, String files,
                             String work, String via, String by) {
    public static final int CURRENT_VERSION = 1;
    public static final String WINDOW = "window";
    public static final String COMMAND = "evaluate command";

    public LastEvaluation(int version, Determination determination, Instant at, String program, String files, String work) {
        this(version, determination, at, program, files, work, WINDOW, null);
    }

    /** Whether the {@code evaluate} command made it (else the window). */
    public boolean byCommand() {
        return COMMAND.equals(via);
    }
}
