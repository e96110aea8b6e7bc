package org.imrtreview.ui.letter;

import java.time.Clock;
import java.time.LocalDate;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.LetterOutcome;
import org.imrtreview.letter.content.LetterSigning;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.letter.content.ReviewerDecision;
import org.imrtreview.letter.pdf.LetterPdfRenderer;
import org.imrtreview.letter.pdf.LetterPrinter;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.store.NurseDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The product's letters: the letter module's composer, PDF renderer and printer behind {@link LetterService}. */
public final class Letters implements LetterService {
    private static final Logger LOG = LoggerFactory.getLogger(Letters.class);

    private final LetterComposer composer;
    private final Clock clock;
    private final LetterPrinter printer;

    Letters(LetterComposer composer, LetterPrinter printer, Clock clock) {
        this.composer = composer;
        this.printer = printer;
        this.clock = clock;
    }

    /** The shipped letters, or an unavailable service (saying why in the log) when the templates are broken. */
    public static LetterService standard() {
        try {
            return new Letters(LetterComposer.standard(), new LetterPrinter(), Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            LOG.warn("letter templates could not be loaded: {}", e.getMessage());
            return LetterService.unavailable();
        }
    }

    public static LetterKind kindFor(NurseDecision decision) {
        return switch (decision) {
            case APPROVE -> LetterKind.APPROVAL;
            case REQUEST_INFO -> LetterKind.REQUEST_INFO;
            case REFER -> LetterKind.DENIAL_DRAFT;
        };
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public byte[] render(ReviewCase reviewCase, Evaluation evaluation, NurseDecision decision, String reviewer)
            throws Exception {
        return render(reviewCase, evaluation, decision, reviewer, null);
    }

    @Override
    public byte[] render(ReviewCase reviewCase, Evaluation evaluation, NurseDecision decision, String reviewer,
                         LetterSigning signing) throws Exception {
        ReviewerDecision who = new ReviewerDecision(kindFor(decision), Reviewer.parse(reviewer, null),
                kindFor(decision) == LetterKind.DENIAL_DRAFT ? signing : null);
        LetterOutcome outcome = composer.compose(reviewCase, evaluation, who, LocalDate.now(clock));
        if (outcome instanceof LetterOutcome.Blocked blocked) {
            throw new LetterBlockedException(blocked.message());
        }
        return new LetterPdfRenderer().render(((LetterOutcome.Ready) outcome).content());
    }

    @Override
    public PrintOutcome print(byte[] pdf, String jobName) {
        LetterPrinter.PrintResult result = printer.print(pdf, jobName, true);
        return new PrintOutcome(result.printed(), result.message());
    }
}
