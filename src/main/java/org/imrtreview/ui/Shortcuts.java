package org.imrtreview.ui;

/** The keyboard shortcuts, as shown by Help ▸ Keyboard shortcuts (Ctrl is Cmd on macOS). */
final class Shortcuts {
    static final String TEXT = """
            Worklist and cases
              Ctrl+O            Open a case folder
              Ctrl+Shift+O      Open a workspace (a folder of case folders)
              Ctrl+N            New case from files
              Enter             Open the selected case (in the worklist)
              Ctrl+W            Back to the worklist
              Ctrl+.  /  Ctrl+, Next / previous case
              Ctrl+F            Filter the worklist
              F5                Reload

            Deciding
              Ctrl+Shift+A      Approve
              Ctrl+Shift+I      Request information (pend)
              Ctrl+Shift+R      Refer to a physician reviewer
              F2 or double-click  Correct a summary-table cell (Enter to keep, Esc to cancel)
              Ctrl+E            Type or correct the request details

            Letters and saving
              Ctrl+L            Preview the letter
              Ctrl+P            Print the letter
              Ctrl+Shift+S      Save the letter as PDF
              Ctrl+S            Save now (work is also saved automatically)

            View
              Ctrl+Shift+E      The selected document at full size in its own window
                                (second monitor; Page Up/Down turns pages, Esc closes)
              Ctrl+Shift+D      Dark theme on/off
              Ctrl+Shift+L      Published constraint library
              F1                This list
            """;

    private Shortcuts() {
    }
}
