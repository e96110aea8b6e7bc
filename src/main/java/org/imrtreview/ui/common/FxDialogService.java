package org.imrtreview.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.ChecklistOverride;

/** The real dialogs, owned by the main window so they open on the nurse's current monitor. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final TextScale textScale;

    public FxDialogService(Supplier<Window> owner) {
        this(owner, null);
    }

    /** Dialogs at the main window's text size ({@code textScale} may be null: the normal size). */
    public FxDialogService(Supplier<Window> owner, TextScale textScale) {
        this.owner = owner;
        this.textScale = textScale;
    }

    private <T> Optional<T> showAndWait(Dialog<T> dialog) {
        if (textScale != null) {
            textScale.dress(dialog.getDialogPane());
        }
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseCaseFolder(Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open case folder");
        setInitial(chooser, initial);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseWorkspace(Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open workspace (a folder of case folders)");
        setInitial(chooser, initial);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public List<Path> chooseCaseFiles(Path initial) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the submitted files for a new case");
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFile(String title, Path initialFolder, String extensionDescription, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extensionDescription, "*" + extension));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveLocation(String title, Path initialFolder, String suggestedName,
                                             String extensionDescription, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extensionDescription, "*" + extension));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<ChecklistOverride> askChecklistOverride(ChecklistItem item) {
        Dialog<ChecklistOverride> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Override checklist item");
        dialog.setHeaderText(item.label());
        ToggleGroup group = new ToggleGroup();
        RadioButton present = new RadioButton("Present — the documentation is in the submission");
        RadioButton missing = new RadioButton("Missing — the documentation is not in the submission");
        present.setToggleGroup(group);
        missing.setToggleGroup(group);
        (item.satisfied() ? missing : present).setSelected(true);
        TextArea note = new TextArea();
        note.setId("overrideNote");
        WholePrompt.keep(note, 3);
        note.setWrapText(true);
        Label noteLabel = new Label();
        noteLabel.setWrapText(true);
        noteLabel.setLabelFor(note);
        // marked missing, the note is what the provider reads in the request for information (issue 13 item 4):
        // what exactly is needed and why, not a bare "Reports of imaging tests" for something already sent
        Runnable words = () -> {
            boolean asking = missing.isSelected();
            noteLabel.setText(asking ? ChecklistNotes.MISSING_LABEL : ChecklistNotes.PRESENT_LABEL);
            note.setPromptText(asking ? ChecklistNotes.MISSING_EXAMPLE : ChecklistNotes.PRESENT_EXAMPLE);
            note.setAccessibleText(noteLabel.getText());
        };
        group.selectedToggleProperty().addListener((o, a, b) -> words.run());
        words.run();
        VBox content = new VBox(8, new Label("Automatic finding: " + (item.satisfied() ? "present" : "missing")
                + (item.evidence() == null ? "" : " (" + org.imrtreview.logging.VisibleText.escape(item.evidence()) + ")")), present, missing, noteLabel, note);
        content.setStyle("-fx-pref-width: 37em;"); // 520 px at the normal 14 px: wider with a larger text size
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType("Save override", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(note.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ok
                ? new ChecklistOverride(item.key(), present.isSelected(), note.getText().strip()) : null);
        return showAndWait(dialog);
    }

    @Override
    public Optional<List<org.imrtreview.pas.ItemDecision>> askServiceLines(String header, ServiceLinesForm form) {
        Dialog<List<org.imrtreview.pas.ItemDecision>> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Decide each service line");
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(new ServiceLinesPane(form));
        ButtonType ok = new ButtonType("Write response…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).setId("serviceLinesOk");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(form.problemProperty().isNotEmpty());
        dialog.setResultConverter(b -> b == ok && form.problemProperty().get().isEmpty() ? form.decisions() : null);
        return showAndWait(dialog);
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        return showAndWait(alert).filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String question) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(question);
        return showAndWait(dialog).map(String::strip).filter(t -> !t.isEmpty());
    }

    @Override
    public void showText(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setStyle("-fx-pref-width: 40em; -fx-pref-height: 26em;"); // 560 x 360 px at the normal text size
        alert.getDialogPane().setContent(area);
        showAndWait(alert);
    }

    /** The shortcuts laid out in aligned columns, scrolling only when the screen is too small for them. */
    @Override
    public void showKeys(String title, List<KeySheet.Section> sections) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setGraphic(null);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(KeySheet.node(sections));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        double screen = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight();
        scroll.setMaxHeight(screen - 200); // the sheet's own size, scrolling only on a very small screen
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        showAndWait(alert);
    }

    @Override
    public Optional<org.imrtreview.store.ReviewerIdentity> askIdentity(org.imrtreview.store.ReviewerIdentity current) {
        Dialog<org.imrtreview.store.ReviewerIdentity> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Who is using this workstation");
        dialog.setHeaderText("Your name, credentials and role are recorded with what you decide and printed on letters.");
        javafx.scene.control.TextField name = new javafx.scene.control.TextField(current == null || current.name() == null
                ? "" : current.name());
        name.setId("identityName");
        name.setPromptText("e.g. Helen Vance");
        javafx.scene.control.TextField credentials = new javafx.scene.control.TextField(current == null
                || current.credentials() == null ? "" : current.credentials());
        credentials.setId("identityCredentials");
        credentials.setPromptText("e.g. RN, or MD, Radiation Oncology");
        javafx.scene.control.ChoiceBox<org.imrtreview.store.ReviewerRole> role = new javafx.scene.control.ChoiceBox<>();
        role.getItems().setAll(org.imrtreview.store.ReviewerRole.values());
        role.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.imrtreview.store.ReviewerRole r) {
                return r == null ? "" : r.title();
            }

            @Override
            public org.imrtreview.store.ReviewerRole fromString(String s) {
                return null;
            }
        });
        role.setValue(current == null ? org.imrtreview.store.ReviewerRole.NURSE : current.role());
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Credentials"), credentials);
        grid.addRow(2, new Label("Role"), role);
        Label note = new Label("Only a physician reviewer (MD or DO) may uphold or overturn a denial; a nurse refers.");
        note.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, grid, note));
        ButtonType ok = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ok
                ? new org.imrtreview.store.ReviewerIdentity(name.getText(), credentials.getText(), role.getValue()) : null);
        return showAndWait(dialog);
    }

    private static void setInitial(DirectoryChooser chooser, Path initial) {
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
    }
}
