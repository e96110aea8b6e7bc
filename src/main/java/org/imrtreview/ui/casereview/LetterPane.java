package org.imrtreview.ui.casereview;

import org.imrtreview.files.WholeFiles;
import org.imrtreview.ui.letter.LetterBlockedException;
import org.imrtreview.ui.letter.LetterService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.imrtreview.letter.pdf.LetterPreview;
import org.imrtreview.review.CaseReview;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.ui.common.DialogService;
import org.imrtreview.ui.common.Notifier;
import org.imrtreview.ui.common.TaskExecutor;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * Letter preview, print and save as PDF. The preview is the PDF itself rendered page by page, so
 * what the nurse sees is what prints. The letter follows the recorded decision, or the
 * recommendation until one is recorded.
 */
public final class LetterPane extends BorderPane {
    private static final float PREVIEW_DPI = 96f;

    private final CaseReviewViewModel vm;
    private final LetterService letters;
    private final TaskExecutor tasks;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final ComboBox<NurseDecision> kind = new ComboBox<>();
    private final VBox pages = new VBox(12);
    private final Label status = new Label();
    private final TextField reviewer = new TextField();
    private final java.util.function.Function<ReviewCase, Path> outbox;
    private volatile IssuedLetters issued;
    private byte[] pdf;
    private NurseDecision pdfKind;
    /** The case the preview shows (its session): a letter of another case is never shown or saved here. */
    private CaseReview pdfOwner;

    public LetterPane(CaseReviewViewModel vm, LetterService letters, TaskExecutor tasks, Notifier notifier,
                      DialogService dialogs) {
        this(vm, letters, tasks, notifier, dialogs, c -> org.imrtreview.review.Outbox.defaultFor(c.folder(), null));
    }

    /** {@code outbox}: where letters of a case are saved by default (never its own folder). */
    public LetterPane(CaseReviewViewModel vm, LetterService letters, TaskExecutor tasks, Notifier notifier,
                      DialogService dialogs, java.util.function.Function<ReviewCase, Path> outbox) {
        this.vm = vm;
        this.outbox = outbox;
        this.letters = letters;
        this.tasks = tasks;
        this.notifier = notifier;
        this.dialogs = dialogs;
        getStyleClass().add("letter-pane");
        kind.getItems().addAll(NurseDecision.values());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(NurseDecision d) {
                return d == null ? "" : switch (d) {
                    case APPROVE -> "Approval letter";
                    case REQUEST_INFO -> "Request for information";
                    case REFER -> "Draft denial (for physician signature)";
                };
            }

            @Override
            public NurseDecision fromString(String s) {
                return null;
            }
        });
        Button refresh = new Button("Preview", new FontIcon(MaterialDesignR.REFRESH));
        refresh.setId("letterPreviewButton");
        refresh.setOnAction(e -> preview());
        Button print = new Button("Print…", new FontIcon(MaterialDesignP.PRINTER));
        print.setOnAction(e -> print());
        Button save = new Button("Save as PDF…", new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.setOnAction(e -> saveAs());
        status.getStyleClass().add("text-muted");
        reviewer.setId("letterReviewer");
        reviewer.setPromptText("Signed by: Name, RN");
        reviewer.setPrefColumnCount(14);
        reviewer.setTooltip(new javafx.scene.control.Tooltip("Your name and credentials as they appear on the letter"));
        reviewer.textProperty().addListener((o, a, b) -> invalidate());
        // a flow, not a row: in a narrow pane the buttons go onto a second line whole ("Prev… Pri…", issue 13)
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {kind, refresh, print, save}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setWrapText(true);
        status.setMaxWidth(360);
        javafx.scene.layout.FlowPane tools = new javafx.scene.layout.FlowPane(6, 6, kind, reviewer, refresh, status, print, save);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("viewer-tools");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.getStyleClass().add("letter-pages");
        pages.setId("letterPages");
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        setTop(tools);
        setCenter(scroll);
        boolean on = letters.available();
        // a case open read-only (another reviewer edits it in the team store) issues no letter
        // nor one whose files changed since it was read, until she reloads (decision 0550)
        javafx.beans.binding.BooleanBinding changed = vm.filesChangedProperty().isNotNull();
        print.disableProperty().bind(vm.editableProperty().not().or(changed).or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !on)));
        save.disableProperty().bind(vm.editableProperty().not().or(changed).or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !on)));
        print.setId("letterPrintButton");
        save.setId("letterSaveButton");
        // a disabled button shows no tooltip of its own: the row's tooltip says why while they are off
        javafx.scene.control.Tooltip heldTip = new javafx.scene.control.Tooltip(CaseReviewViewModel.heldUntilReload("Letters are"));
        changed.addListener((o, was, is) -> {
            if (is) {
                javafx.scene.control.Tooltip.install(tools, heldTip);
            } else {
                javafx.scene.control.Tooltip.uninstall(tools, heldTip);
            }
        });
        refresh.setDisable(!on);
        kind.setDisable(!on);
        placeholder(on ? "Choose Preview to see the letter." : "Letters are not available in this build.");
        vm.stateProperty().addListener((o, a, s) -> {
            followDecision();
            if (a != null && s != null && !a.physician().equals(s.physician())) {
                invalidate(); // the physician acted: the denial is now signed, or the letter an approval
            }
        });
        // a case closing takes its letter with it
        vm.sessionProperty().addListener((o, a, s) -> {
            pdfOwner = null;
            status.setText("");
            invalidate();
        });
        vm.evaluationProperty().addListener((o, a, e) -> {
            followDecision();
            invalidate();
        });
        kind.valueProperty().addListener((o, a, b) -> invalidate());
    }

    private void followDecision() {
        NurseDecision chosen = vm.session() == null ? null : vm.session().letterDecision();
        if (chosen != null && chosen != kind.getValue()) {
            kind.setValue(chosen);
        }
    }

    private void invalidate() {
        pdf = null;
        if (letters.available()) {
            placeholder("Choose Preview to see the letter.");
        }
    }

    private void placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("placeholder-text");
        pages.getChildren().setAll(l);
    }

    /** Renders the letter and its preview pages off the FX thread. */
    public void preview() {
        withLetter(bytes -> { });
    }

    private void withLetter(java.util.function.Consumer<byte[]> then) {
        CaseReview owner = vm.session();
        ReviewCase c = vm.effectiveProperty().get();
        Evaluation e = vm.evaluation();
        NurseDecision d = kind.getValue();
        if (!letters.available() || c == null || e == null || d == null) {
            notifier.warning(!letters.available() ? "Letters are not available in this build."
                    : "The letter needs an evaluated case.");
            return;
        }
        if (pdf != null && pdfKind == d && pdfOwner == owner) {
            then.accept(pdf);
            return;
        }
        String signer = reviewer.getText();
        // a denial is final and signed only once a physician upheld it (decision 0220); else a draft naming none
        org.imrtreview.letter.content.LetterSigning signing = d == NurseDecision.REFER && owner != null
                ? owner.letterSigning(java.time.ZoneId.systemDefault()) : null;
        status.setText("Preparing letter…");
        tasks.execute("Preparing the letter", () -> {
            byte[] bytes = letters.render(c, e, d, signer, signing);
            return new Rendered(bytes, renderPages(bytes));
        }, r -> {
            if (owner != vm.session()) {
                return; // the case closed while its letter was prepared
            }
            pdf = r.pdf();
            pdfKind = d;
            pdfOwner = owner;
            status.setText(r.pages().size() + (r.pages().size() == 1 ? " page" : " pages"));
            pages.getChildren().clear();
            for (Image img : r.pages()) {
                ImageView view = new ImageView(img);
                view.setPreserveRatio(true);
                view.setFitWidth(Math.min(img.getWidth(), 820));
                view.getStyleClass().add("letter-page");
                pages.getChildren().add(view);
            }
            then.accept(r.pdf());
        }, err -> {
            if (owner != vm.session()) {
                return;
            }
            status.setText("");
            if (err instanceof LetterBlockedException) {
                // the composer words its hint for the command line; here the field is "Signed by". It
                // is said in the pane only: a banner would outlive the fix (typing the name)
                String text = err.getMessage().replace("(for example --reviewer \"Name, RN\")",
                        "(type it in \"Signed by\", e.g. \"Jane Doe, RN\")")
                        .replace("mark that checklist item as missing", "press Override… beside that item under "
                                + "Required documentation (right panel), mark it missing");
                placeholder(text);
            } else {
                placeholder("The letter could not be prepared: " + message(err));
                notifier.error("The letter could not be prepared: " + message(err));
            }
        });
    }

    private record Rendered(byte[] pdf, List<Image> pages) {
    }

    private static List<Image> renderPages(byte[] bytes) throws java.io.IOException {
        List<Image> images = new ArrayList<>();
        for (var page : LetterPreview.renderPages(bytes, PREVIEW_DPI)) {
            images.add(SwingFXUtils.toFXImage(page, null));
        }
        return images;
    }

    public void print() {
        if (issueRefused()) {
            return;
        }
        withLetter(bytes -> {
            ReviewCase c = vm.effectiveProperty().get();
            IssuedLetters record = issued;
            String letterKind = kind.getValue().name();
            String name = signedName(letters.fileName(c, kind.getValue()));
            // the printer may answer after she moved on to the next case: what it says is about this one (0553)
            CaseReview owner = vm.session();
            Notifier notifier = vm.noticesAbout(owner);
            tasks.execute("Printing the letter", () -> {
                LetterService.PrintOutcome outcome = letters.print(bytes, "IMRT letter");
                if (!outcome.printed() || record == null) {
                    return new Printed(outcome, null, null);
                }
                // on the team store a letter printed is recorded as issued, by its SHA-256, like one saved (issue 18)
                try {
                    return new Printed(outcome, record.issued(c.folder(), bytes, name, letterKind, "PRINTED"), null);
                } catch (Exception e) {
                    return new Printed(outcome, null, e);
                }
            }, printed -> {
                LetterService.PrintOutcome outcome = printed.outcome();
                if (printed.notRecorded() != null) {
                    notifier.error(outcome.message() + " But the team store did not record it: " + message(printed.notRecorded())
                            + " Tell your lead which letter was printed.");
                } else if (outcome.printed()) {
                    notifier.success(outcome.message() + (printed.sha() == null ? ""
                            : " Recorded in the team store (SHA-256 " + printed.sha().substring(0, 12) + "…)."));
                } else if (owner != vm.session()) {
                    // "save it instead?" would save the letter of the case open now, not of the one she printed
                    notifier.warning("The letter was not printed: " + outcome.message() + " Open the case again to save"
                            + " its letter as a PDF.");
                } else {
                    notifier.warning(outcome.message());
                    // the printer's message ends "— save as PDF instead."; the question says it once
                    String why = outcome.message().replaceFirst("\\s*\u2014\\s*save as PDF instead\\.?$", ".");
                    if (dialogs.confirm("No printer", why + "\n\nSave the letter as a PDF instead?")) {
                        saveAs();
                    }
                }
            }, err -> notifier.error("The letter could not be printed: " + message(err)));
        });
    }

    private record Printed(LetterService.PrintOutcome outcome, String sha, Exception notRecorded) {
    }

    /** Who signs, as typed above the letter ("Name, RN"), or empty. */
    public String signer() {
        return reviewer.getText() == null ? "" : reviewer.getText();
    }

    /**
     * Whether printing or saving is refused: the case is read-only here, or the letter states no decision
     * that stands (none recorded, one recorded on another recommendation, or another kind; decision 0450).
     */
    private boolean issueRefused() {
        if (readOnlyRefused()) {
            return true;
        }
        CaseReview owner = vm.session();
        // the files looked at again now, not only at the 15-s tick: a letter of a decision recorded before they
        // changed would state it on evidence that moved since (decision 0550)
        if (owner != null && vm.evidenceChanged().isPresent()) {
            var recorded = owner.state().decision();
            notifier.warning("No letter is printed or saved: the files of this case changed since it was read"
                    + (recorded == null ? "" : ", and your decision (" + recorded.decision().title() + ") stands on them as"
                    + " they were read") + ". Reload the case (F5) and look at what changed before a letter goes out.");
            return true;
        }
        java.util.Optional<String> problem = owner == null ? java.util.Optional.empty() : owner.letterIssueProblem(kind.getValue());
        problem.ifPresent(p -> {
            notifier.warning(p);
        });
        return problem.isPresent();
    }

    private boolean readOnlyRefused() {
        if (vm.editable()) {
            return false;
        }
        notifier.warning("This case is open read-only here (" + vm.readOnlyReasonProperty().get()
                + "): no letter is printed or saved from it.");
        return true;
    }

    public void saveAs() {
        if (issueRefused()) {
            return;
        }
        withLetter(bytes -> {
            ReviewCase c = vm.effectiveProperty().get();
            // letters go to the outbox, never into the submission (decision 0144)
            Path folder = outbox.apply(c);
            try {
                Files.createDirectories(folder);
            } catch (java.io.IOException e) {
                folder = null;
            }
            dialogs.chooseSaveLocation("Save letter as PDF", folder,
                    signedName(letters.fileName(c, kind.getValue())), "PDF document", ".pdf").ifPresent(target -> {
                        Path file = target.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? target
                                : target.resolveSibling(target.getFileName() + ".pdf");
                        IssuedLetters record = issued;
                        String letterKind = kind.getValue().name();
                        Notifier notifier = vm.noticesAbout(vm.session()); // said about this case, whenever it ends (0553)
                        tasks.execute("Saving the letter", () -> {
                            // a failed or interrupted save never leaves half a letter under the name she chose
                            WholeFiles.replace(file, bytes, ".letter-");
                            // on the team store the letter saved is recorded as issued, by its SHA-256 (decision 0212)
                            return record == null ? null : record.issued(c.folder(), bytes, file.getFileName().toString(), letterKind, "SAVED");
                        }, sha -> notifier.success("Letter saved as " + file.getFileName() + " in " + file.getParent() + "."
                                        + (sha == null ? "" : " Recorded in the team store (SHA-256 " + sha.substring(0, 12) + "…).")),
                                err -> notifier.error("The letter could not be saved to " + file + " or recorded: " + message(err)));
                    });
        });
    }

    /** Where a letter saved from this pane is recorded as issued (the team store); null: nowhere but the file. */
    public void recordIssuedIn(IssuedLetters where) {
        this.issued = where;
    }

    /**
     * Records a letter issued for a case (blocking; called off the FX thread): {@code how} is SAVED or
     * PRINTED (the team store's {@code IssuedAs}); returns its SHA-256.
     */
    @FunctionalInterface
    public interface IssuedLetters {
        String issued(Path caseFolder, byte[] pdf, String fileName, String kind, String how) throws Exception;
    }

    /** The "signed by" field; the window binds it to the remembered reviewer name. */
    public TextField reviewerField() {
        return reviewer;
    }

    public VBox pagesBox() {
        return pages;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }



    /** An upheld denial is saved as the denial, not as a draft for the physician. */
    private String signedName(String name) {
        CaseReview owner = vm.session();
        return owner != null && kind.getValue() == NurseDecision.REFER && owner.letterSigning(java.time.ZoneId.systemDefault()) != null
                ? name.replace("draft-denial-for-physician", "denial") : name;
    }
}
