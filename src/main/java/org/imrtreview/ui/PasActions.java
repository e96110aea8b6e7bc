package org.imrtreview.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.imrtreview.letter.content.LetterAssetsException;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.logging.VisibleText;
import org.imrtreview.model.Evaluation;
import org.imrtreview.pas.ClaimLine;
import org.imrtreview.pas.ItemDecision;
import org.imrtreview.pas.PasDecision;
import org.imrtreview.pas.PasException;
import org.imrtreview.pas.PasResponder;
import org.imrtreview.pas.ReasonCodes;
import org.imrtreview.review.CaseReview;
import org.imrtreview.ui.common.BannerArea;
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.PhysicianStep;
import org.imrtreview.ui.common.DialogService;
import org.imrtreview.ui.common.ServiceLinesForm;

/**
 * The File menu's electronic-request actions (docs/pas.md): open a Da Vinci PAS request bundle as a
 * case, and answer the case on screen with a PAS response bundle and an X12 278 beside it. The
 * response reports the decision recorded with the case (the physician reviewer's when she has
 * decided, otherwise the nurse's), by the same rules as the {@code pas-response} command; anything
 * that stops it is said in a banner and nothing is written. After a physician reviewer's uphold or overturn
 * the case may be answered service line by service line instead (decision 0288).
 */
final class PasActions {

    private final WorkstationViewModel vm;
    private final DialogService dialogs;
    private final BannerArea banners;
    private final Clock clock;
    private final Consumer<Path> openBundle;
    private final Supplier<String> signer;
    /** Where the letter sent with a response is recorded as issued (the team store); null: nowhere. */
    private org.imrtreview.ui.casereview.LetterPane.IssuedLetters letterRecord;

    PasActions(WorkstationViewModel vm, DialogService dialogs, BannerArea banners, Clock clock,
               Consumer<Path> openBundle, Supplier<String> signer) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.banners = banners;
        this.clock = clock;
        this.openBundle = openBundle;
        this.signer = signer;
    }

    /** On the team store: the letter sent inside a response is recorded as issued (SENT), like one saved or printed. */
    void recordLettersIn(org.imrtreview.ui.casereview.LetterPane.IssuedLetters where) {
        this.letterRecord = where;
    }

    void openRequestBundle() {
        Path initial = vm.worklist().folderProperty().get();
        dialogs.chooseFile("Open PAS request bundle", initial, "FHIR JSON (PAS request Bundle)", ".json")
                .ifPresent(openBundle);
    }

    void exportResponse() {
        CaseReview session = answerable();
        if (session == null) {
            return;
        }
        // a decision recorded on another recommendation (the case changed since) is not sent (decision 0450)
        if (session.decisionOutdated().isPresent()) {
            banners.warning("No PAS response was written: " + session.decisionOutdated().get());
            return;
        }
        PasDecision decision;
        try {
            decision = PasDecision.resolve(null, session.state().decision(), session.state().physicianDecision(),
                    session.evaluation().determination(), null, Reviewer.parse(signer.get(), null), ZoneId.systemDefault());
        } catch (PasException e) {
            banners.warning("No PAS response was written: " + e.getMessage() + ".");
            return;
        }
        write(session, decision);
    }

    /**
     * Answers service line by service line (decision 0288), by the rules of {@code pas-response --decision modify}
     * (decision 0268): only after a physician reviewer's recorded uphold or overturn, every Claim item decided
     * once, approve / approve fewer units / deny with a reason for each line not approved in full.
     */
    void exportByServiceLine() {
        CaseReview session = answerable();
        if (session == null) {
            return;
        }
        PhysicianStep physician = session.state().physicianDecision();
        if (physician == null || (physician.action() != PhysicianAction.UPHOLD && physician.action() != PhysicianAction.OVERTURN)) {
            banners.warning("No PAS response was written: only a physician reviewer may deny a service line or approve fewer "
                    + "units. Refer the case to the physician reviewer; once she upholds or overturns it (Physician review), "
                    + "answer line by line.");
            return;
        }
        List<ClaimLine> claimLines;
        try {
            claimLines = PasResponder.claimLines(session.folder());
        } catch (PasException e) {
            banners.error("No PAS response was written: " + e.getMessage() + ".");
            return;
        }
        ServiceLinesForm form = new ServiceLinesForm(claimLines, physician.rationale());
        String header = physician.physician().signature() + ": " + physician.action().done().toLowerCase(Locale.ROOT)
                + " on " + physician.at().atZone(ZoneId.systemDefault()).toLocalDate()
                + ". Decide each service line of request " + VisibleText.escape(requestId(session)) + ".";
        List<ItemDecision> items = dialogs.askServiceLines(header, form).orElse(null);
        if (items == null) {
            return;
        }
        PasDecision decision;
        try {
            decision = PasDecision.resolve("modify", items, session.state().decision(), physician,
                    session.evaluation().determination(), null, Reviewer.parse(signer.get(), null), ZoneId.systemDefault());
        } catch (PasException e) {
            banners.warning("No PAS response was written: " + e.getMessage() + ".");
            return;
        }
        write(session, decision);
    }

    /** The open case when it can be answered with a PAS response, else null with the reason in a banner. */
    private CaseReview answerable() {
        CaseReview session = vm.review().session();
        if (session == null) {
            banners.warning("Open a case first.");
            return null;
        }
        if (!vm.review().editable()) {
            banners.warning("This case is open read-only here (" + vm.review().readOnlyReasonProperty().get()
                    + "): no response is sent from it.");
            return null;
        }
        if (vm.review().evidenceChanged().isPresent()) {
            // the decision answered was made on the files as they were read (decision 0550)
            banners.warning("No PAS response was written: the files of this case changed since it was read. Reload the"
                    + " case (F5) and look at what changed before the decision is sent.");
            return null;
        }
        if (!PasResponder.arrivedAsBundle(session.folder())) {
            banners.warning("This case did not arrive as a PAS request bundle, so there is no electronic request to answer: "
                    + "send the letter instead.");
            return null;
        }
        if (session.evaluation() == null) {
            banners.warning("The case has not been evaluated yet; answer it when the evaluation is shown.");
            return null;
        }
        return session;
    }

    private static String requestId(CaseReview session) {
        return session.effective().request() == null ? "request" : session.effective().request().requestId();
    }

    private void write(CaseReview session, PasDecision decision) {
        Path folder = session.folder();
        Evaluation evaluation = session.evaluation();
        Path target = dialogs.chooseSaveLocation("Export decision as PAS response", folder.getParent(),
                safe(requestId(session)) + "-pas-response.json", "FHIR JSON (PAS response Bundle)", ".json").orElse(null);
        if (target == null) {
            return;
        }
        PasResponder.Response response;
        try {
            response = new PasResponder(LetterComposer.standard(), ReasonCodes.standard()).respond(session.effective(), evaluation,
                    decision, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), "IMRTREVIEW", "PROVIDER");
        } catch (PasException e) {
            banners.error("No PAS response was written: " + e.getMessage() + ".");
            return;
        } catch (LetterAssetsException | IOException e) {
            banners.error("No PAS response was written: the letter templates or settings could not be read: " + e.getMessage());
            return;
        }
        Path x12;
        try {
            x12 = response.write(target);
        } catch (IOException e) {
            banners.error("The PAS response could not be written to " + target + ": " + e.getMessage());
            return;
        }
        if (decision.byLine()) {
            // as pas-response records it: the physician's decision line by line, then the response
            vm.review().recordSent("Physician decision", decision.action().display() + " by " + decision.decidedBy().signature()
                    + PasResponder.lines(decision));
        }
        vm.review().recordSent("PAS response written", response.auditDetail() + " (" + target.getFileName() + ")");
        String sha = null;
        if (letterRecord != null && response.letterPdf() != null) {
            try {
                sha = letterRecord.issued(folder, response.letterPdf(), safe(requestId(session)) + "-pas-response-letter.pdf",
                        String.valueOf(decision.letter()), "SENT");
            } catch (Exception e) {
                banners.error("The PAS response was written to " + target.getFileName() + " but its letter could not be recorded"
                        + " in the team store: " + e.getMessage() + " Do not send it; export it again when the store answers.");
                return;
            }
        }
        String recorded = sha == null ? "" : " Its letter is recorded in the team store (SHA-256 " + sha.substring(0, 12) + "…).";
        banners.info("PAS response " + decision.action().code() + " " + decision.action().display() + PasResponder.lines(decision)
                + (decision.pend() == PasDecision.Pend.ADDITIONAL_INFORMATION ? " (more information requested)"
                : decision.pend() == PasDecision.Pend.PHYSICIAN_REVIEW ? " (with the physician reviewer)" : "")
                + ", review number " + response.reviewNumber() + ", written to " + target.getFileName() + " and "
                + x12.getFileName() + " in " + target.getParent() + "." + recorded);
    }

    private static String safe(String s) {
        String t = s == null ? "" : s.replaceAll("[^A-Za-z0-9._-]", "_");
        return t.isEmpty() ? "request" : t;
    }
}
