package org.imrtreview.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.imrtreview.intake.template.SummaryTemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code template --out FILE.xlsx}: writes the summary-analysis workbook a clinic can fill in. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes the summary-analysis template (Excel) that providers fill in and submit.")
public final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "Where to write the workbook, e.g. summary-template.xlsx.")
    Path out;

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    @Override
    public Integer call() {
        if (Files.exists(out) && !force) {
            spec.commandLine().getErr().println("error: " + out + " already exists (use --force to overwrite)");
            return 1;
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                new SummaryTemplateWriter().write(stream);
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: could not write " + out + ": " + e.getMessage());
            return 2;
        }
        spec.commandLine().getOut().println("Wrote the summary-analysis template to " + out);
        return 0;
    }
}
