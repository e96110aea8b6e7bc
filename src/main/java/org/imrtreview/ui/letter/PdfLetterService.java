package org.imrtreview.ui.letter;

import java.time.Clock;
import java.time.LocalDate;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.LetterOutcome;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.letter.content.ReviewerDecision;
import org.imrtreview.letter.pdf.LetterPdfRenderer;
import org.imrtreview.letter.pdf.LetterPrinter;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.store.NurseDecision;

/**
 * The letter module behind the case screen: composes the letter for the nurse's decision (a
 * referral gives the denial draft for the physician), renders the PDF, prints it. A letter the case
 * cannot support yet (no member name, ID, …) fails with {@link LetterBlockedException} whose
 * message lists what to fill in; the pane shows it.
 *
 * <p>The reviewer named in the letter: what the nurse typed in "Signed by" ("Name, RN"), else the
 * system property {@code imrt.reviewer}, else {@code reviewer.name} and
 * {@code reviewer.credentials} of the letter settings.
 */
public final class PdfLetterService implements LetterService {

    public static final String REVIEWER_PROPERTY = "imrt.reviewer";

    private final LetterComposer composer;
    private final LetterPdfRenderer renderer = new LetterPdfRenderer();
    private final LetterPrinter printer;
    private final Clock clock;

    public PdfLetterService(LetterComposer composer, LetterPrinter printer, Clock clock) {
        this.composer = composer;
        this.printer = printer;
        this.clock = clock;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public byte[] render(ReviewCase reviewCase, Evaluation evaluation, NurseDecision decision, String signedBy)
            throws Exception {
        LetterKind kind = switch (decision) {
            case APPROVE -> LetterKind.APPROVAL;
            case REQUEST_INFO -> LetterKind.REQUEST_INFO;
            case REFER -> LetterKind.DENIAL_DRAFT;
        };
        LetterOutcome outcome = composer.compose(reviewCase, evaluation, ReviewerDecision.of(kind, reviewer(signedBy)),
                LocalDate.now(clock));
        if (outcome instanceof LetterOutcome.Blocked blocked) {
            throw new LetterBlockedException(blocked.message());
        }
        return renderer.render(((LetterOutcome.Ready) outcome).content());
    }

    static Reviewer reviewer(String signedBy) {
        if (signedBy != null && !signedBy.isBlank()) {
            return Reviewer.parse(signedBy, null);
        }
        String configured = System.getProperty(REVIEWER_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Reviewer.parse(configured, null);
        }
        return new Reviewer(null, null, null);
    }

    @Override
    public PrintOutcome print(byte[] pdf, String jobName) {
        LetterPrinter.PrintResult r = printer.print(pdf, jobName, true);
        return new PrintOutcome(r.printed(), r.message());
    }
}
