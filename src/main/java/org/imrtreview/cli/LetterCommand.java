package org.imrtreview.cli;

import org.imrtreview.files.WholeFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.imrtreview.intake.UnreadablePathException;
import org.imrtreview.review.CaseReview;
import org.imrtreview.review.CaseReviews;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.db.SharedCase;
import org.imrtreview.store.db.TeamStore;
import org.imrtreview.store.db.TeamStoreException;
import org.imrtreview.letter.content.LetterAssetsException;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.LetterContent;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.LetterOutcome;
import org.imrtreview.letter.content.LetterSigning;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.letter.content.ReviewerDecision;
import org.imrtreview.letter.pdf.LetterPdfRenderer;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code letter PATH --out FILE.pdf [--decision approve|deny|request-info] [--reviewer "Name, RN"]}
 * (SPEC §5, §6): evaluates the case and writes the decision letter. Without {@code --decision} the
 * letter follows the determination. With {@code --db} the case's work comes from the team store, the
 * login's account signs and the letter written is recorded there as issued (decision 0212). Exit 0 written; 1 error (templates, writing the file);
 * 2 PATH unreadable; 3 letter blocked because the case lacks something every letter must state.
 */
@Command(name = "letter", mixinStandardHelpOptions = true,
        description = "Write the decision letter (approval, request for information, or denial draft) as a PDF.")
public final class LetterCommand implements Callable<Integer> {

    /** Exit code of a letter that cannot be produced until the case is completed. */
    public static final int BLOCKED = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "Case folder or a single submitted file.")
    Path path;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the letter.")
    Path out;

    @Option(names = "--decision", paramLabel = "approve|deny|request-info",
            description = "The reviewer's decision; default: what the evaluation recommends.")
    String decision;

    @Option(names = "--reviewer", paramLabel = "\"Name, RN\"",
            description = "Reviewer's name and credentials (default: reviewer.name in the letter settings; with --db your"
                    + " account in the team store, and --reviewer, if given, must name it).")
    String reviewer;

    @Option(names = "--reviewer-phone", paramLabel = "PHONE", description = "Reviewer's direct phone number.")
    String reviewerPhone;

    @Option(names = "--physician", paramLabel = "\"Name, MD\"",
            hidden = true, description = "No longer taken: a denial is signed by the physician who upholds it.")
    String physician;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Letter date (default: today).")
    LocalDate date;

    @picocli.CommandLine.Mixin
    CaseDbOption db = new CaseDbOption();

    @Option(names = "--as-submitted",
            description = "Write the letter from the submitted files alone, without the reviewer's saved work.")
    boolean asSubmitted;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LetterKind kind;
        try {
            kind = decision == null ? null : LetterKind.parse(decision);
        } catch (IllegalArgumentException e) {
            CaseArgument.fail(err, e.getMessage());
            return 1;
        }
        LetterComposer composer;
        try {
            composer = LetterComposer.standard();
        } catch (LetterAssetsException e) {
            CaseArgument.fail(err, "the letter templates or settings are wrong: " + e.getMessage());
            return 1;
        }
        if (physician != null) {
            CaseArgument.fail(err, "--physician is no longer taken: a denial is signed by the physician reviewer who"
                    + " upholds it, recorded with the case (`physician decide CASE uphold`); until then it is a draft"
                    + " that names no physician.");
            return 1;
        }
        if (db.given()) {
            return onTeamStore(kind, composer, o, err);
        }
        // the same review the workstation shows: saved work applied unless --as-submitted (decision 0140)
        CaseReview review = CaseArgument.review(path, asSubmitted, err);
        if (review == null) {
            return CaseArgument.UNREADABLE;
        }
        return issue(review, Reviewer.parse(reviewer, reviewerPhone), reviewer != null, kind, composer, o, err, null);
    }

    /**
     * The letter from the case's work in the team store (its decision, the physician's uphold), signed by
     * the login's account, and recorded there as issued (SHA-256 of the PDF) — decision 0212.
     */
    private int onTeamStore(LetterKind kind, LetterComposer composer, PrintWriter o, PrintWriter err) {
        if (asSubmitted) {
            CaseArgument.fail(err, "--as-submitted and --db do not go together: a letter issued on the team store follows"
                    + " the work recorded there.");
            return 1;
        }
        TeamStore team = db.open(err);
        if (team == null) {
            return CaseDbOption.UNREACHABLE;
        }
        try {
            ReviewerIdentity me = CaseDbOption.account(team, reviewer, "--reviewer", err);
            if (me == null) {
                return 1;
            }
            Path folder = CaseArgument.caseFolder(path, err);
            if (folder == null) {
                return CaseArgument.UNREADABLE;
            }
            if (!Files.isDirectory(folder)) {
                CaseArgument.fail(err, path + " is not a case folder (with --db the letter follows the case's work in the team store)");
                return CaseArgument.UNREADABLE;
            }
            SharedCase shared = CaseDbOption.openForWork(team, folder, err);
            if (shared == null) {
                return 1;
            }
            try {
                CaseReviews reviews = CaseReviews.standard(Clock.systemUTC(), team.user());
                CaseReview review = reviews.view(reviews.read(folder, shared.saved(), shared.notices()), false);
                return issue(review, new Reviewer(me.name(), me.credentials(), reviewerPhone), false, kind, composer, o, err,
                        (bytes, letterKind) -> team.saveLetter(shared.key(), bytes, out.getFileName().toString(), letterKind.name()));
            } catch (UnreadablePathException e) {
                CaseArgument.fail(err, e.getMessage());
                return CaseArgument.UNREADABLE;
            } finally {
                shared.release();
            }
        } finally {
            CaseDbOption.close(team);
        }
    }

    /** Records a letter written as issued; returns its SHA-256. */
    @FunctionalInterface
    interface Issued {
        String record(byte[] pdf, LetterKind kind);
    }

    /**
     * Composes and writes the letter. {@code signerGiven}: the signer was named (else an approval the
     * physician made by overturning is hers); {@code issued} (null: none) records the written letter.
     */
    private int issue(CaseReview review, Reviewer signer, boolean signerGiven, LetterKind kind, LetterComposer composer,
                      PrintWriter o, PrintWriter err, Issued issued) {
        ReviewCase reviewCase = review.effective();
        Evaluation evaluation = review.evaluation();
        if (evaluation == null) {
            CaseArgument.fail(err, review.evaluationError());
            return 1;
        }
        // a recorded decision made on another recommendation (the case changed since) is not sent unasked (decision 0450)
        if (kind == null && review.decisionOutdated().isPresent()) {
            err.println("Letter blocked: " + review.decisionOutdated().get().replace("until then no letter or PAS response goes out",
                    "until then no letter follows it (give --decision to write one anyway)") + " No letter was written.");
            err.flush();
            return BLOCKED;
        }
        // without --decision: the physician's decision, else the nurse's recorded decision, else the recommendation
        LetterKind chosen = kind != null ? kind : review.letterDecision() != null
                ? org.imrtreview.letter.content.LetterKind.valueOf(switch (review.letterDecision()) {
                    case APPROVE -> "APPROVAL";
                    case REQUEST_INFO -> "REQUEST_INFO";
                    case REFER -> "DENIAL_DRAFT";
                }) : LetterKind.recommendedFor(evaluation.determination());
        // a denial is final only with the upheld decision recorded by a physician reviewer (decision 0220)
        LetterSigning signing = chosen == LetterKind.DENIAL_DRAFT ? review.letterSigning(java.time.ZoneId.systemDefault()) : null;
        Reviewer preparedBy = signer;
        org.imrtreview.store.PhysicianStep physicianDecided = review.physicianDecision();
        if (!signerGiven && chosen == LetterKind.APPROVAL && physicianDecided != null) {
            // an approval the physician made by overturning the denial is hers
            preparedBy = new Reviewer(physicianDecided.physician().name(), physicianDecided.physician().credentials(), reviewerPhone);
        }
        ReviewerDecision reviewerDecision = new ReviewerDecision(chosen, preparedBy, signing);
        LetterOutcome outcome = composer.compose(reviewCase, evaluation, reviewerDecision,
                date == null ? LocalDate.now() : date);
        if (outcome instanceof LetterOutcome.Blocked blocked) {
            err.println("Letter blocked: the " + chosen.title()
                    + " letter needs information the case does not have:");
            blocked.missing().forEach(m -> err.println("  - " + TerminalText.escape(m)
                    + (m.startsWith("reviewer name") ? " — give it with --reviewer \"Name, RN\" or reviewer.name in the letter settings" : "")));
            // the request-details advice only where a request detail is missing: not for "items to request" (a
            // checklist override), the identity question or the reviewer (the tour's request-info on sample 01)
            boolean requestDetail = blocked.missing().stream().anyMatch(m -> !m.startsWith("items to request")
                    && !m.startsWith("the identity question") && !m.startsWith("reviewer ") && !m.startsWith("the signing physician"));
            err.println(requestDetail ? "Add it to request.json, or type it in the workstation (Case ▸ Request details): this"
                    + " command uses what is typed there. No letter was written." : "No letter was written.");
            err.flush();
            return BLOCKED;
        }
        if (chosen == LetterKind.APPROVAL && !review.requestDetailsMissing().isEmpty()) {
            err.println("Letter blocked: an approval must name the " + String.join(", ", review.requestDetailsMissing())
                    + ". Add them to request.json or type them in the workstation (Case ▸ Request details)."
                    + " No letter was written.");
            err.flush();
            return BLOCKED;
        }
        LetterContent content = ((LetterOutcome.Ready) outcome).content();
        try {
            LetterPdfRenderer.Rendered pdf = new LetterPdfRenderer().renderLetter(content);
            write(pdf.pdf());
            String sha256 = null;
            if (issued != null) {
                try {
                    sha256 = issued.record(pdf.pdf(), chosen);
                } catch (TeamStoreException e) {
                    // not recorded, so not issued: no letter is left that the team's record does not know
                    Files.deleteIfExists(out.toAbsolutePath());
                    CaseArgument.fail(err, "the letter could not be recorded in the team store (" + e.getMessage()
                            + "); no letter was written.");
                    return 1;
                }
            }
            o.println(review.applied().summary());
            o.println("Determination: " + evaluation.determination().title());
            o.println("Wrote " + (chosen == LetterKind.DENIAL_DRAFT && signing != null ? "denial letter signed by "
                    + signing.physician().signature() : chosen.title() + " letter") + " (" + pdf.pages() + " pages) to " + out);
            o.println("Readability of the member-facing text: " + content.readability().summary() + " — goal: 50 or more");
            if (sha256 != null) {
                o.println("Recorded in the team store as issued: SHA-256 " + sha256);
            }
            content.warnings().forEach(w -> o.println("Note: " + TerminalText.escape(w)));
            if (pdf.substitutionNote() != null) {
                o.println("Note: " + pdf.substitutionNote());
            }
            o.flush();
            return 0;
        } catch (IOException e) {
            CaseArgument.fail(err, "could not write " + out + ": " + e.getMessage());
            return 1;
        }
    }

    /** Writes through a temporary file so a failed run never leaves half a PDF under the real name. */
    private void write(byte[] pdf) throws IOException {
        WholeFiles.replace(out, pdf, ".letter-");
    }
}
