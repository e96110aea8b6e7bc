package org.imrtreview.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;

/**
 * Names every shown control that is only an icon (a button or label with a graphic and no text) and lacks a
 * tooltip for the mouse or an accessible text for a screen reader (issue 13: "tooltips and accessible text
 * for every icon-only control (flags)").
 */
final class IconOnlyControls {

    private IconOnlyControls() {
    }

    static List<String> unnamed(Node root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if ((node instanceof ButtonBase || node.getClass() == Label.class) && node instanceof Labeled l
                && (l.getText() == null || l.getText().isBlank()) && l.getGraphic() != null
                && !(l.getGraphic() instanceof Parent)) {
            String what = CutText.where(l) + " (" + l.getGraphic().getClass().getSimpleName() + ")";
            if (l.getTooltip() == null || l.getTooltip().getText() == null || l.getTooltip().getText().isBlank()) {
                found.add(what + ": icon without a tooltip");
            }
            if (l.getAccessibleText() == null || l.getAccessibleText().isBlank()) {
                found.add(what + ": icon without an accessible text");
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }
}
