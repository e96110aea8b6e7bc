package org.imrtreview.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A text box tall enough for its whole prompt: the prompt says what the box is for ("Reason for this case
 * (required when your decision differs from the recommendation)"), and in a 300-px side panel it wraps to
 * three lines in a box of two, so the line that says when it is required was cut. The box keeps at least its
 * own rows and grows to the prompt's lines at its width and text size; it does not shrink when she types, so
 * nothing below it jumps.
 */
public final class WholePrompt {

    private WholePrompt() {
    }

    public static void keep(TextArea area, int rows) {
        area.setPrefRowCount(rows);
        Runnable fit = () -> fit(area, rows);
        area.widthProperty().addListener((o, a, b) -> fit.run());
        area.fontProperty().addListener((o, a, b) -> fit.run());
        area.promptTextProperty().addListener((o, a, b) -> fit.run());
        area.skinProperty().addListener((o, a, b) -> fit.run());
    }

    private static void fit(TextArea area, int rows) {
        String prompt = area.getPromptText();
        if (prompt == null || prompt.isBlank() || !(area.lookup(".content") instanceof Region content)) {
            return;
        }
        // the same wrapping width the box's skin gives its text: the content's width inside its padding
        double width = area.getWidth() - area.snappedLeftInset() - area.snappedRightInset()
                - content.snappedLeftInset() - content.snappedRightInset();
        if (width <= 0) {
            return;
        }
        Text probe = new Text(prompt);
        probe.setFont(area.getFont());
        double line = probe.getLayoutBounds().getHeight();
        probe.setWrappingWidth(width);
        int lines = (int) Math.round(probe.getLayoutBounds().getHeight() / line);
        int wanted = Math.max(rows, lines);
        if (area.getPrefRowCount() != wanted) {
            area.setPrefRowCount(wanted);
        }
    }
}
