package org.imrtreview.ui.casereview;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.imrtreview.model.ReviewCase;

/**
 * Where the overlaid 3D vs IMRT DVH curves go. Shows the empty state until the case carries DVH
 * data and the chart module is present.
 */
public final class DvhChartSlot extends StackPane {
    private final Label empty = new Label("No DVH data in this submission.");

    public DvhChartSlot(CaseReviewViewModel vm) {
        setId("dvhChart");
        empty.getStyleClass().add("placeholder-text");
        empty.setWrapText(true);
        getChildren().add(empty);
        vm.effectiveProperty().addListener((o, a, c) -> show(c));
    }

    private void show(ReviewCase c) {
        if (c == null) {
            empty.setText("Loading…");
        } else if (c.dvhCurves().isEmpty()) {
            empty.setText("No DVH data in this submission. The submitted DVH images are under \"Submitted DVH images\".");
        } else {
            empty.setText(c.dvhCurves().size() + " DVH curves were read; the overlay chart is not available in this build.");
        }
    }
}
