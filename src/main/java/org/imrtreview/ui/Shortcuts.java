package org.imrtreview.ui;

import java.util.List;
import org.imrtreview.ui.common.KeySheet.Key;
import org.imrtreview.ui.common.KeySheet.Section;

/** The keyboard shortcuts, as shown by Help ▸ Keyboard shortcuts (Ctrl is Cmd on macOS). */
final class Shortcuts {
    static final List<Section> SECTIONS = List.of(
            new Section("Worklist and cases", List.of(
                    new Key("Ctrl+O", "Open a case folder"),
                    new Key("Ctrl+Shift+O", "Open a workspace (a folder of case folders)"),
                    new Key("Ctrl+N", "New case from files"),
                    new Key("Enter", "Open the selected case (in the worklist)"),
                    new Key("Ctrl+W", "Back to the worklist"),
                    new Key("Ctrl+.  /  Ctrl+,", "Next / previous case (in the worklist's order and filter)"),
                    new Key("Ctrl+F", "Filter the worklist"),
                    new Key("F5", "Reload"),
                    new Key("Ctrl+Q", "Quit (all work is already saved)"))),
            new Section("Deciding", List.of(
                    new Key("Ctrl+Shift+A", "Approve"),
                    new Key("Ctrl+Shift+I", "Request information (pend)"),
                    new Key("Ctrl+Shift+R", "Refer to a physician reviewer"),
                    new Key("Ctrl+Shift+W  /  Ctrl+Shift+N", "To the reason box (why you decide so) / to the notes"),
                    new Key("F2 or double-click", "Correct a summary-table cell (Enter keeps, Esc cancels)"),
                    new Key("Ctrl+E", "Type or correct the request details"))),
            new Section("Letters and saving", List.of(
                    new Key("Ctrl+L", "Preview the letter"),
                    new Key("Ctrl+P", "Print the letter"),
                    new Key("Ctrl+Shift+S", "Save the letter as PDF"),
                    new Key("Ctrl+S", "Save now (work is also saved automatically)"))),
            new Section("View", List.of(
                    new Key("Ctrl+Shift+E", "The selected document at full size in its own window (second monitor;"
                            + " Page Up/Down turns pages, Esc closes)"),
                    new Key("Ctrl+plus  /  Ctrl+minus", "Larger / smaller text (remembered)"),
                    new Key("Ctrl+0", "Normal text size"),
                    new Key("Tab  /  Shift+Tab", "Next / previous control (the focused one is outlined)"),
                    new Key("Ctrl+Shift+D", "Dark theme on/off"),
                    new Key("Ctrl+Shift+L", "Published constraint library"),
                    new Key("F1", "This list"))));

    /** The list as plain text. */
    static final String TEXT = org.imrtreview.ui.common.KeySheet.text(SECTIONS);

    private Shortcuts() {
    }
}
