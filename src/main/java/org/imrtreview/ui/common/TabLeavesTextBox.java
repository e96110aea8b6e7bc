package org.imrtreview.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab go on to the next and the previous control from a text box she writes prose in (the notes, the
 * reason, the physician's rationale) instead of typing a tab character there: working by keyboard, Tab into the notes
 * was a trap — the keyboard stayed in the box and every Tab added an invisible character to the saved note (decision
 * 0665). Ctrl+Tab does the same, as in every JavaFX text area; nobody needs a tab character in a note.
 */
public final class TabLeavesTextBox {

    private TabLeavesTextBox() {
    }

    public static void install(TextArea box) {
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // the text area's own Ctrl+Tab / Ctrl+Shift+Tab: focus traversal, the same order as everywhere else
                box.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
    }
}
