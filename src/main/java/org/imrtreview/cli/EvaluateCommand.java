package org.imrtreview.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.imrtreview.review.CaseReview;
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

    @Option(names = "--as-submitted",
            description = "Evaluate the submitted files alone, without the reviewer's saved work (cell corrections,"
                    + " checklist overrides, typed request details, DVH and digitising choices).")
    boolean asSubmitted;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // the same review the workstation shows: saved work applied unless --as-submitted (decision 0140)
        CaseReview review = CaseArgument.review(path, asSubmitted, err);
        if (review == null) {
            return CaseArgument.UNREADABLE;
        }
        ReviewCase reviewCase = review.effective();
        Evaluation evaluation = review.evaluation();
        if (evaluation == null) {
            CaseArgument.fail(err, review.evaluationError());
            return 1;
        }
        boolean unicode = terminalIsUnicode();
        if (format == Format.json) {
            EvaluationJson json = new EvaluationJson(!unicode);
            ObjectNode tree = json.tree(reviewCase, evaluation);
            tree.set("review", ReviewJson.of(new com.fasterxml.jackson.databind.ObjectMapper(), review.applied()));
            out.print(ReviewJson.write(tree, !unicode) + "\n");
        } else {
            out.print(ReviewJson.text(review.applied()) + new EvaluationText(unicode).write(reviewCase, evaluation));
        }
        out.flush();
        return 0;
    }

    /** Whether the console can show ✓, ≤ and accented names (Java 17 follows the locale, often ASCII). */
    static boolean terminalIsUnicode() {
        Charset cs = Charset.defaultCharset();
        return cs.name().toUpperCase().startsWith("UTF") && cs.newEncoder().canEncode("✓≤");
    }
}
