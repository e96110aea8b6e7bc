package org.imrtreview.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.imrtreview.letter.content.LetterAssetsException;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.model.Evaluation;
import org.imrtreview.pas.PasDecision;
import org.imrtreview.pas.PasException;
import org.imrtreview.pas.PasResponder;
import org.imrtreview.pas.ReasonCodes;
import org.imrtreview.review.CaseReview;
import org.imrtreview.ui.common.BannerArea;
import org.imrtreview.ui.common.DialogService;

/**
 * The File menu's electronic-request actions (docs/pas.md): open a Da Vinci PAS request bundle as a
 * case, and answer the case on screen with a PAS response bundle and an X12 278 beside it. The
 * response reports the decision recorded with the case (the physician reviewer's when she has
 * decided, otherwise the nurse's), by the same rules as the {@code pas-response} command; anything
 * that stops it is said in a banner and nothing is written.
 */
final class PasActions {

    private final WorkstationViewModel vm;
    private final DialogService dialogs;
    private final BannerArea banners;
    private final Clock clock;
    private final Consumer<Path> openBundle;
    private final Supplier<String> signer;

    PasActions(WorkstationViewModel vm, DialogService dialogs, BannerArea banners, Clock clock,
               Consumer<Path> openBundle, Supplier<String> signer) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.banners = banners;
        this.clock = clock;
        this.openBundle = openBundle;
        this.signer = signer;
    }

    void openRequestBundle() {
        Path initial = vm.worklist().folderProperty().get();
        dialogs.chooseFile("Open PAS request bundle", initial, "FHIR JSON (PAS request Bundle)", ".json")
                .ifPresent(openBundle);
    }

    void exportResponse() {
        CaseReview session = vm.review().session();
        if (session == null) {
            banners.warning("Open a case first.");
            return;
        }
        if (!vm.review().editable()) {
            banners.warning("This case is open read-only here (" + vm.review().readOnlyReasonProperty().get()
                    + "): no response is sent from it.");
            return;
        }
        Path folder = session.folder();
        if (!PasResponder.arrivedAsBundle(folder)) {
            banners.warning("This case did not arrive as a PAS request bundle, so there is no electronic request to answer: "
                    + "send the letter instead.");
            return;
        }
        Evaluation evaluation = session.evaluation();
        if (evaluation == null) {
            banners.warning("The case has not been evaluated yet; answer it when the evaluation is shown.");
            return;
        }
        PasDecision decision;
        try {
            decision = PasDecision.resolve(null, session.state().decision(), session.state().physicianDecision(),
                    evaluation.determination(), null, Reviewer.parse(signer.get(), null), java.time.ZoneId.systemDefault());
        } catch (PasException e) {
            banners.warning("No PAS response was written: " + e.getMessage() + ".");
            return;
        }
        String requestId = session.effective().request() == null ? "request" : session.effective().request().requestId();
        Path target = dialogs.chooseSaveLocation("Export decision as PAS response", folder.getParent(),
                safe(requestId) + "-pas-response.json", "FHIR JSON (PAS response Bundle)", ".json").orElse(null);
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
        vm.review().recordSent("PAS response written", response.auditDetail() + " (" + target.getFileName() + ")");
        banners.info("PAS response " + decision.action().code() + " " + decision.action().display()
                + (decision.pend() == PasDecision.Pend.ADDITIONAL_INFORMATION ? " (more information requested)"
                : decision.pend() == PasDecision.Pend.PHYSICIAN_REVIEW ? " (with the physician reviewer)" : "")
                + ", review number " + response.reviewNumber() + ", written to " + target.getFileName() + " and "
                + x12.getFileName() + " in " + target.getParent() + ".");
    }

    private static String safe(String s) {
        String t = s == null ? "" : s.replaceAll("[^A-Za-z0-9._-]", "_");
        return t.isEmpty() ? "request" : t;
    }
}
