package org.imrtreview.ui.letter;

import java.nio.file.Path;
import org.imrtreview.letter.content.LetterSigning;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.store.NurseDecision;

/**
 * What the case screen needs from the letter module: the letter PDF for a decision, and printing.
 * Preview pages are rendered from the same bytes, so screen and paper are identical.
 */
public interface LetterService {

    /** False while no letter module is installed: the pane then says so instead of failing. */
    boolean available();

    /**
     * The letter for {@code decision} (a referral yields the draft denial for the physician's
     * signature), signed by {@code reviewer} ("Name, RN"; blank: the plan's default reviewer).
     * Throws {@link LetterBlockedException} when the case lacks something the letter must state.
     */
    byte[] render(ReviewCase reviewCase, Evaluation evaluation, NurseDecision decision, String reviewer)
            throws Exception;

    /**
     * The letter for {@code decision}; for a referral, {@code signing} (the physician's recorded uphold)
     * makes the denial final and signed, and without it the denial is a draft naming no physician.
     */
    default byte[] render(ReviewCase reviewCase, Evaluation evaluation, NurseDecision decision, String reviewer,
                          LetterSigning signing) throws Exception {
        return render(reviewCase, evaluation, decision, reviewer);
    }

    /** Prints the PDF; returns a sentence for the nurse (printed, or why not and what to do instead). */
    PrintOutcome print(byte[] pdf, String jobName) throws Exception;

    record PrintOutcome(boolean printed, String message) {
    }

    /** Suggested file name for "Save as PDF". */
    default String fileName(ReviewCase reviewCase, NurseDecision decision) {
        String id = reviewCase.request().requestId() == null ? reviewCase.folder().getFileName().toString()
                : reviewCase.request().requestId();
        String kind = switch (decision) {
            case APPROVE -> "approval";
            case REQUEST_INFO -> "request-for-information";
            case REFER -> "draft-denial-for-physician";
        };
        return (id + "-" + kind + ".pdf").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static LetterService unavailable() {
        return new LetterService() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public byte[] render(ReviewCase c, Evaluation e, NurseDecision d, String reviewer) {
                throw new UnsupportedOperationException("letters are not available in this build");
            }

            @Override
            public PrintOutcome print(byte[] pdf, String jobName) {
                return new PrintOutcome(false, "Printing is not available in this build.");
            }
        };
    }

    /** Where a saved letter goes by default: the outbox beside the case, never the case folder (decision 0144). */
    static Path defaultFolder(ReviewCase reviewCase) {
        return org.imrtreview.review.Outbox.defaultFor(reviewCase.folder(), null);
    }
}
