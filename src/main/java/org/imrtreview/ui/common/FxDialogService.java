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

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
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
        note.setPromptText("Why (required), e.g. \"chart notes are on pages 7-9 of the fax packet\"");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        VBox content = new VBox(8, new Label("Automatic finding: " + (item.satisfied() ? "present" : "missing")
                + (item.evidence() == null ? "" : " (" + item.evidence() + ")")), present, missing, new Label("Note"), note);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType("Save override", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(note.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ok
                ? new ChecklistOverride(item.key(), present.isSelected(), note.getText().strip()) : null);
        return dialog.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
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
        area.setPrefSize(560, 360);
        alert.getDialogPane().setContent(area);
        alert.showAndWait();
    }

    private static void setInitial(DirectoryChooser chooser, Path initial) {
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
    }
}
