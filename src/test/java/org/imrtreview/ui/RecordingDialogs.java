package org.imrtreview.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.ui.common.DialogService;

/** Dialogs answered by the test: what to return is set beforehand, what was asked is recorded. */
final class RecordingDialogs implements DialogService {
    final List<String> asked = new ArrayList<>();
    Path folderAnswer;
    Path saveAnswer;
    ChecklistOverride overrideAnswer;
    boolean confirmAnswer;
    org.imrtreview.store.ReviewerIdentity identityAnswer;
    String textAnswer;
    /** The real service-line dialog to show (a test drives it), or null: answer {@link #serviceLinesAnswer}. */
    DialogService serviceLinesDialog;
    List<org.imrtreview.pas.ItemDecision> serviceLinesAnswer;

    @Override
    public Optional<List<org.imrtreview.pas.ItemDecision>> askServiceLines(String header,
                                                                           org.imrtreview.ui.common.ServiceLinesForm form) {
        asked.add("service lines " + header);
        return serviceLinesDialog != null ? serviceLinesDialog.askServiceLines(header, form) : Optional.ofNullable(serviceLinesAnswer);
    }

    @Override
    public Optional<String> askText(String title, String question) {
        asked.add("text " + title);
        return Optional.ofNullable(textAnswer);
    }

    @Override
    public Optional<org.imrtreview.store.ReviewerIdentity> askIdentity(org.imrtreview.store.ReviewerIdentity current) {
        asked.add("identity");
        return Optional.ofNullable(identityAnswer);
    }

    @Override
    public Optional<Path> chooseCaseFolder(Path initial) {
        asked.add("case folder");
        return Optional.ofNullable(folderAnswer);
    }

    @Override
    public Optional<Path> chooseWorkspace(Path initial) {
        asked.add("workspace");
        return Optional.ofNullable(folderAnswer);
    }

    @Override
    public List<Path> chooseCaseFiles(Path initial) {
        asked.add("case files");
        return List.of();
    }

    Path fileAnswer;

    @Override
    public Optional<Path> chooseFile(String title, Path initialFolder, String extensionDescription, String extension) {
        asked.add("open " + title);
        return Optional.ofNullable(fileAnswer);
    }

    @Override
    public Optional<Path> chooseSaveLocation(String title, Path initialFolder, String suggestedName,
                                             String extensionDescription, String extension) {
        asked.add("save " + suggestedName);
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public Optional<ChecklistOverride> askChecklistOverride(ChecklistItem item) {
        asked.add("override " + item.key());
        return Optional.ofNullable(overrideAnswer);
    }

    @Override
    public boolean confirm(String title, String message) {
        asked.add("confirm " + title);
        return confirmAnswer;
    }

    @Override
    public void showText(String title, String text) {
        asked.add("text " + title);
    }

    @Override
    public void showKeys(String title, List<org.imrtreview.ui.common.KeySheet.Section> sections) {
        asked.add("keys " + title);
    }
}
