package org.imrtreview.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate PATH [--format json|text]} (SPEC §5): loads a case folder or a single file,
 * evaluates it and prints the result. Exit 0 whatever the determination; 2 with a one-line reason
 * on stderr when PATH cannot be read at all.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a case folder (or a single submitted file) and print the determination.")
public final class EvaluateCommand implements Callable<Integer> {

    /** Output formats; lower-case so "--format json" matches as written in SPEC §5. */
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "Case folder or a single submitted file.")
    Path path;

    @Option(names = "--format", defaultValue = "text", paramLabel = "json|text",
            description = "Output format: text (for reading, default) or json (for scripts).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReviewCase reviewCase = CaseArgument.load(path, err);
        if (reviewCase == null) {
            return CaseArgument.UNREADABLE;
        }
        Evaluation evaluation = Evaluator.standard().evaluate(reviewCase);
        boolean unicode = terminalIsUnicode();
        out.print(format == Format.json ? new EvaluationJson(!unicode).write(reviewCase, evaluation) + "\n"
                : new EvaluationText(unicode).write(reviewCase, evaluation));
        out.flush();
        return 0;
    }

    /** Whether the console can show ✓, ≤ and accented names (Java 17 follows the locale, often ASCII). */
    static boolean terminalIsUnicode() {
        Charset cs = Charset.defaultCharset();
        return cs.name().toUpperCase().startsWith("UTF") && cs.newEncoder().canEncode("✓≤");
    }
}
