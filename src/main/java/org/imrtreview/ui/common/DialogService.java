package org.imrtreview.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.ChecklistOverride;

/** Every dialog the window shows goes through here, so tests can answer them without a stage. */
public interface DialogService {

    Optional<Path> chooseCaseFolder(Path initial);

    Optional<Path> chooseWorkspace(Path initial);

    List<Path> chooseCaseFiles(Path initial);

    /** One existing file to open, of the given extension (e.g. ".json"). */
    Optional<Path> chooseFile(String title, Path initialFolder, String extensionDescription, String extension);

    Optional<Path> chooseSaveLocation(String title, Path initialFolder, String suggestedName, String extensionDescription,
                                      String extension);

    /** Asks the nurse to mark a checklist item present or missing, with a required note. */
    Optional<ChecklistOverride> askChecklistOverride(ChecklistItem item);

    boolean confirm(String title, String message);

    void showText(String title, String text);

    /** Shows a list of keyboard shortcuts, keys and actions in aligned columns. */
    default void showKeys(String title, List<KeySheet.Section> sections) {
        showText(title, KeySheet.text(sections));
    }

    /**
     * Asks who is using the workstation: name, credentials and role ({@code current} filled in).
     * Empty when she cancels. Tests answer without a stage.
     */
    default Optional<org.imrtreview.store.ReviewerIdentity> askIdentity(org.imrtreview.store.ReviewerIdentity current) {
        return Optional.empty();
    }

    /**
     * Asks for a line of text (e.g. a lead's reason for taking a case over); empty when she cancels or
     * leaves it blank. Tests answer without a stage.
     */
    default Optional<String> askText(String title, String question) {
        return Optional.empty();
    }

    /**
     * Asks for each service line's decision of a PAS request (decision 0288): {@code header} says who decided
     * the case and how; the answer is the form's decisions, empty when she cancels. Tests answer without a stage.
     */
    default Optional<List<org.imrtreview.pas.ItemDecision>> askServiceLines(String header, ServiceLinesForm form) {
        return Optional.empty();
    }
}
