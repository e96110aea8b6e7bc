package org.imrtreview.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.imrtreview.pas.PasException;
import org.imrtreview.pas.PasImport;
import org.imrtreview.pas.PasImporter;
import org.imrtreview.pas.PasInbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pas-import BUNDLE [--inbox DIR]}: makes a Da Vinci PAS request bundle into a case folder
 * and prints where. Exit 0 imported (or already imported), 2 the bundle cannot be a case.
 */
@Command(name = "pas-import", mixinStandardHelpOptions = true,
        description = "Make a Da Vinci PAS request bundle (FHIR JSON) into a case folder in pas-inbox/.")
public final class PasImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "The PAS request Bundle (.json).")
    Path bundle;

    @Option(names = "--inbox", paramLabel = "DIR", description = "Where the case folder goes (default: pas-inbox beside the bundle).")
    Path inbox;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            PasImport imported = new PasImporter().importBundle(bundle, inbox != null ? inbox : PasInbox.forBundle(bundle));
            out.println((imported.alreadyImported() ? "Already imported: " : "Imported request ")
                    + TerminalText.escape(imported.requestId()) + " into " + TerminalText.escape(imported.caseFolder().toString()));
            imported.documents().forEach(d -> out.println("  " + TerminalText.escape(d)));
            out.flush();
            return 0;
        } catch (PasException e) {
            err.println("error: " + bundle.getFileName() + " cannot be made into a case; nothing was imported:");
            e.problems().forEach(p -> err.println("  - " + TerminalText.escape(p)));
            err.flush();
            return CaseArgument.UNREADABLE;
        }
    }
}
