package org.imrtreview.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.imrtreview.pas.PasException;
import org.imrtreview.pas.PasImport;
import org.imrtreview.pas.PasImporter;

/** What the case-taking commands do with a PAS bundle given as CASE: make it a case first. */
final class PasCommands {

    private PasCommands() {
    }

    /** The case folder made from {@code bundle}, or null after printing why it cannot be one. */
    static Path materialise(Path bundle, PrintWriter err) {
        try {
            PasImport imported = new PasImporter().importBundle(bundle);
            err.println((imported.alreadyImported() ? "PAS bundle already imported: " : "Imported PAS bundle into ")
                    + imported.caseFolder());
            err.flush();
            return imported.caseFolder();
        } catch (PasException e) {
            err.println("error: " + bundle.getFileName() + " cannot be made into a case; nothing was imported:");
            e.problems().forEach(p -> err.println("  - " + TerminalText.escape(p)));
            err.flush();
            return null;
        }
    }
}
