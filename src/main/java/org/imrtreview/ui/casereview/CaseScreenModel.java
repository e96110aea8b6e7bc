package org.imrtreview.ui.casereview;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;

/**
 * What the case screen needs of the window: the case on screen, whether one is loading and which
 * folder, its file names while it loads, and where its letters go. The window's view-model
 * implements it, so the screen does not depend on the window (no package cycle).
 */
public interface CaseScreenModel {

    CaseReviewViewModel review();

    ReadOnlyObjectProperty<Path> openCaseProperty();

    ReadOnlyBooleanProperty caseLoadingProperty();

    /** File names of the case being loaded, shown as "loading" until the case is read. */
    ObservableList<String> loadingFiles();

    /** Where letters and exports of a case go (never inside a case folder). */
    Path outboxFor(Path caseFolder);
}
