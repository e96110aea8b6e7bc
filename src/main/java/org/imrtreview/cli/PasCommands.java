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

    /** A bundle's case for a reading that writes nothing: {@code temporary} is removed once it is read. */
    record ReadOnlyCase(Path folder, Path temporary) {
    }

    /**
     * The case of {@code bundle} for {@code evaluate --read-only}, which writes nothing beside the bundle: the case an
     * earlier import made (with her saved work) when there is one, else the bundle made into a case in a temporary
     * folder of its own. Null after printing why it cannot be one.
     */
    static ReadOnlyCase readOnly(Path bundle, PrintWriter err) {
        PasImporter importer = new PasImporter();
        try {
            java.util.Optional<Path> earlier = importer.earlierImport(bundle, org.imrtreview.pas.PasInbox.forBundle(bundle));
            if (earlier.isPresent()) {
                err.println("PAS bundle already imported: " + earlier.get());
                err.flush();
                return new ReadOnlyCase(earlier.get(), null);
            }
            Path temporary = java.nio.file.Files.createTempDirectory("imrt-pas-read-only-");
            try {
                PasImport imported = importer.importBundle(bundle, temporary);
                err.println("PAS bundle read without importing it (--read-only): nothing was written beside it");
                err.flush();
                return new ReadOnlyCase(imported.caseFolder(), temporary);
            } catch (PasException | RuntimeException e) {
                PasImporter.deleteTree(temporary);
                throw e;
            }
        } catch (PasException e) {
            err.println("error: " + bundle.getFileName() + " cannot be made into a case:");
            e.problems().forEach(p -> err.println("  - " + TerminalText.escape(p)));
            err.flush();
            return null;
        } catch (java.io.IOException e) {
            err.println("error: " + bundle.getFileName() + " could not be read without importing it: no temporary"
                    + " folder could be made (" + e.getClass().getSimpleName() + ")");
            err.flush();
            return null;
        }
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
