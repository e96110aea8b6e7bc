package org.imrtreview.cli;

import org.imrtreview.files.WholeFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.letter.content.LetterAssetsException;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.pas.ItemDecision;
import org.imrtreview.pas.PasDecision;
import org.imrtreview.pas.PasException;
import org.imrtreview.pas.PasResponder;
import org.imrtreview.pas.ReasonCodes;
import org.imrtreview.pas.ReviewAction;
import org.imrtreview.store.AuditEntry;
import org.imrtreview.store.CaseEdits;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.db.SharedCase;
import org.imrtreview.store.db.TeamStore;
import org.imrtreview.store.db.TeamStoreException;
import org.imrtreview.store.persist.ReviewStateStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pas-response CASE --out response.json [--x12 response.x12] [--letter letter.pdf]
 * [--decision approve|request-info|pend|deny] [--physician "Name, MD"]}: answers a case that
 * arrived as a Da Vinci PAS bundle with a PAS ClaimResponse bundle and an X12 278 response, from the
 * decision recorded with the case (or the one given). The response is noted in the case's audit
 * trail; a denial records the deciding physician. Exit 0 written; 1 the response may not or cannot
 * be made (reason on stderr); 2 CASE unreadable.
 */
@Command(name = "pas-response", mixinStandardHelpOptions = true,
        description = "Write the decision of a PAS-submitted case as a PAS ClaimResponse bundle and an X12 278 response.")
public final class PasResponseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder made from a PAS bundle (or the bundle itself).")
    Path path;

    @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "Where to write the PAS response Bundle.")
    Path out;

    @Option(names = "--x12", paramLabel = "FILE.x12", description = "Where to write the X12 278 response (default: beside --out, .x12).")
    Path x12;

    @Option(names = "--letter", paramLabel = "FILE.pdf", description = "Also write the letter PDF here.")
    Path letter;

    @Option(names = "--decision", paramLabel = "approve|request-info|pend|deny|modify",
            description = "Default: the decision recorded with the case in the workstation. modify: decided service line "
                    + "by service line with --item (X12 A2 certified in part / A6 modified), after a physician reviewer's "
                    + "recorded decision.")
    String decision;

    @Option(names = "--item", paramLabel = "SEQ=approve|SEQ=approve:UNITS|SEQ=deny",
            description = "With --decision modify: one Claim item's decision, for every item (A1, A6 with fewer units, A3).")
    java.util.List<String> items = new java.util.ArrayList<>();

    @Option(names = "--item-reason", paramLabel = "SEQ=TEXT",
            description = "With --decision modify: the reason for a line not certified or cut (default: the physician's rationale).")
    java.util.List<String> itemReasons = new java.util.ArrayList<>();

    @Option(names = "--physician", paramLabel = "\"Name, MD\"",
            description = "Optional check: the physician who upheld the denial recorded with the case.")
    String physician;

    @Option(names = "--reviewer", paramLabel = "\"Name, RN\"", description = "The nurse sending the response (for the letter;"
            + " with --db your account in the team store, and --reviewer, if given, must name it).")
    String reviewer;

    @picocli.CommandLine.Mixin
    CaseDbOption db = new CaseDbOption();

    @Option(names = "--sender-id", defaultValue = "IMRTREVIEW", paramLabel = "ID", description = "X12 interchange sender ID (the plan's).")
    String senderId;

    @Option(names = "--receiver-id", defaultValue = "PROVIDER", paramLabel = "ID", description = "X12 interchange receiver ID.")
    String receiverId;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReviewCase submitted = CaseArgument.load(path, err);
        if (submitted == null) {
            return CaseArgument.UNREADABLE;
        }
        if (db.given()) {
            TeamStore team = db.open(err);
            if (team == null) {
                return CaseDbOption.UNREACHABLE;
            }
            try {
                ReviewerIdentity me = CaseDbOption.account(team, reviewer, "--reviewer", err);
                if (me == null) {
                    return 1;
                }
                SharedCase shared = CaseDbOption.openForWork(team, submitted.folder(), err);
                if (shared == null) {
                    return 1;
                }
                try {
                    return respond(submitted, shared.saved(), me.signature(), new Recorder() {
                        @Override
                        public void save(ReviewState next) {
                            shared.save(next);
                        }

                        @Override
                        public String letter(byte[] pdf, String fileName, String kind) {
                            return team.issueLetter(shared.key(), pdf, fileName, kind, TeamStore.IssuedAs.SENT);
                        }
                    }, team.user(), o, err);
                } finally {
                    shared.release();
                }
            } finally {
                CaseDbOption.close(team);
            }
        }
        ReviewStateStore store = new ReviewStateStore();
        Path folder = submitted.folder();
        return respond(submitted, store.load(folder).state(), reviewer, next -> store.save(folder, next),
                System.getProperty("user.name", "unknown"), o, err);
    }

    /**
     * Where the response is recorded: the case's review work (its audit trail) and, on the team store, the
     * letter sent with it as issued (SHA-256).
     */
    @FunctionalInterface
    interface Recorder {
        void save(ReviewState next) throws IOException;

        /** Records the letter sent with the response; its SHA-256, or null where letters are not recorded. */
        default String letter(byte[] pdf, String fileName, String kind) {
            return null;
        }
    }

    private int respond(ReviewCase submitted, ReviewState state, String sender, Recorder recorder, String user,
                        PrintWriter o, PrintWriter err) {
        // the case as the workstation shows it: the submission with every piece of saved work applied (cell edits,
        // typed request details, checklist decisions, DVH structure and plan choices, digitised curves), evaluated
        // by the same code (decision 0462); before, only cell edits and request details were applied here
        ReviewCase reviewCase;
        Evaluation evaluation;
        if (submitted.folder() != null) {
            // the submission read for the CASE argument, not read a second time
            org.imrtreview.review.CaseReviews reviews = org.imrtreview.review.CaseReviews.standard(java.time.Clock.systemUTC(), user);
            org.imrtreview.review.CaseReview review = reviews.view(reviews.read(submitted, state, java.util.List.of()), false);
            // the recorded decision is sent only while it stands on the case as the workstation shows it (decision 0450)
            if (decision == null && state.decision() != null && state.physicianDecision() == null) {
                java.util.Optional<String> outdated = review.decisionOutdated();
                if (outdated.isPresent()) {
                    CaseArgument.fail(err, outdated.get() + " (give --decision to send one anyway)");
                    return 1;
                }
            }
            if (review.evaluation() == null) {
                CaseArgument.fail(err, review.evaluationError());
                return 1;
            }
            reviewCase = review.effective();
            evaluation = review.evaluation();
        } else {
            reviewCase = CaseEdits.apply(submitted, state.edits());
            if (state.request() != null) {
                reviewCase = reviewCase.withRequest(state.request());
            }
            evaluation = Evaluator.standard().evaluate(reviewCase);
        }
        try {
            Reviewer doctor = physician == null ? null : Reviewer.parse(physician, null);
            // a denial is sent only with the physician's recorded uphold, signed as she upheld it (decision 0220)
            PasDecision chosen = PasDecision.resolve(decision, itemDecisions(), state.decision(), state.physicianDecision(),
                    evaluation.determination(), doctor, Reviewer.parse(sender, null), java.time.ZoneId.systemDefault());
            PasResponder.Response response = new PasResponder(LetterComposer.standard(), ReasonCodes.standard())
                    .respond(reviewCase, evaluation, chosen, OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), senderId, receiverId);
            Path x12Out = x12 != null ? x12 : out.resolveSibling(baseName(out) + ".x12");
            write(out, response.fhirJson().getBytes(StandardCharsets.UTF_8));
            write(x12Out, response.x12().getBytes(StandardCharsets.US_ASCII));
            if (letter != null && response.letterPdf() != null) {
                write(letter, response.letterPdf());
            }
            try {
                record(recorder, user, state, chosen, response);
            } catch (TeamStoreException e) {
                CaseArgument.fail(err, "the response was written but could not be recorded in the team store: " + e.getMessage()
                        + " Do not send it; run the command again when the case is free.");
                return 1;
            }
            String sha256 = response.letterPdf() == null ? null : recorder.letter(response.letterPdf(),
                    letter != null ? letter.getFileName().toString() : baseName(out) + "-letter.pdf", String.valueOf(chosen.letter()));
            ReviewAction action = chosen.action();
            o.println("Determination: " + evaluation.determination().title());
            o.println("Response: " + action.code() + " " + action.display() + PasResponder.lines(chosen)
                    + (chosen.pend() == PasDecision.Pend.NONE ? "" : " (" + (chosen.pend() == PasDecision.Pend.PHYSICIAN_REVIEW
                    ? "referred to a physician reviewer" : "more information requested") + ")")
                    + ", review number " + response.reviewNumber());
            o.println("Wrote " + out + " and " + x12Out + (letter != null && response.letterPdf() != null ? " and " + letter : ""));
            if (response.letterPdf() == null) {
                o.println("No letter: a request with the physician reviewer is answered as pended, without a letter.");
            }
            if (sha256 != null) {
                o.println("Recorded in the team store: the response in the case's audit trail, its letter as issued (SHA-256 "
                        + sha256 + ")");
            }
            o.flush();
            return 0;
        } catch (PasException e) {
            CaseArgument.fail(err, e.getMessage());
            return 1;
        } catch (LetterAssetsException e) {
            CaseArgument.fail(err, "the letter templates or settings are wrong: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            CaseArgument.fail(err, "could not write the response: " + e.getMessage());
            return 1;
        }
    }

    /** The --item decisions with their --item-reason texts. */
    private java.util.List<ItemDecision> itemDecisions() throws PasException {
        java.util.Map<Integer, String> reasons = new java.util.HashMap<>();
        for (String r : itemReasons) {
            int eq = r.indexOf('=');
            try {
                reasons.put(Integer.parseInt(r.substring(0, Math.max(eq, 0)).strip()), r.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new PasException("--item-reason " + r + ": write SEQ=TEXT");
            }
        }
        java.util.List<ItemDecision> out = new java.util.ArrayList<>();
        for (String spec : items) {
            ItemDecision d = ItemDecision.parse(spec);
            String reason = reasons.remove(d.sequence());
            out.add(reason == null || reason.isBlank() ? d : d.withReason(reason));
        }
        if (!reasons.isEmpty()) {
            throw new PasException("--item-reason for line(s) " + reasons.keySet() + " without an --item for them");
        }
        return out;
    }

    /** The response goes into the case's audit trail; a denial names the physician who decided it. */
    private static void record(Recorder recorder, String user, ReviewState state, PasDecision chosen,
                               PasResponder.Response response) throws IOException {
        Instant now = Instant.now();
        ReviewState next = state;
        if (chosen.action() == ReviewAction.NOT_CERTIFIED) {
            next = next.withAudit(new AuditEntry(now, user, "Physician decision",
                    "Not certified (denied) by " + chosen.decidedBy().signature()));
        } else if (chosen.byLine()) {
            next = next.withAudit(new AuditEntry(now, user, "Physician decision",
                    chosen.action().display() + " by " + chosen.decidedBy().signature() + PasResponder.lines(chosen)));
        }
        next = next.withAudit(new AuditEntry(now, user, "PAS response written", response.auditDetail()));
        recorder.save(next);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        WholeFiles.replace(target, bytes, ".pas-");
    }
}
