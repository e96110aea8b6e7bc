package org.imrtreview.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.intake.UnreadablePathException;
import org.imrtreview.review.CaseEvaluator;
import org.imrtreview.review.CaseReview;
import org.imrtreview.review.CaseReviews;
import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.store.worklist.LastEvaluation;
import org.imrtreview.store.worklist.LastEvaluations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate PATH [--format json|text] [--as-submitted] [--read-only]} (SPEC §5): loads a case folder or a
 * single file, evaluates it and prints the result. Exit 0 whatever the determination; 2 with a one-line reason
 * on stderr when PATH cannot be read at all. A case folder evaluated with its saved work keeps the
 * recommendation beside it for the worklist, as the window does (decision 0314); {@code --read-only} writes
 * nothing beside the case.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a case folder (or a single submitted file) and print the determination.")
public final class EvaluateCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluateCommand.class);

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

    @Option(names = "--read-only",
            description = "Write nothing beside the case: no kept results of digitising or OCR, and the recommendation"
                    + " is not kept for the worklist.")
    boolean readOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (readOnly && org.imrtreview.pas.PasInbox.isBundle(path)) {
            // a bundle read with --read-only is not imported beside it: read from a temporary case, then removed
            PasCommands.ReadOnlyCase bundleCase = PasCommands.readOnly(path, err);
            if (bundleCase == null) {
                return CaseArgument.UNREADABLE;
            }
            try {
                return evaluate(bundleCase.folder(), out, err);
            } finally {
                if (bundleCase.temporary() != null) {
                    org.imrtreview.pas.PasImporter.deleteTree(bundleCase.temporary());
                }
            }
        }
        Path target = CaseArgument.caseFolder(path, err);
        if (target == null) {
            return CaseArgument.UNREADABLE;
        }
        return evaluate(target, out, err);
    }

    private Integer evaluate(Path target, PrintWriter out, PrintWriter err) {
        // the case's files as they are before reading: a recommendation kept is keyed on them (decisions 0246, 0314)
        boolean keep = !readOnly && !asSubmitted && java.nio.file.Files.isDirectory(target);
        String filesKey = keep ? CaseLoader.contentKey(target) : null;
        Clock clock = Clock.systemUTC();
        String user = System.getProperty("user.name", "");
        CaseReviews reviews = new CaseReviews(readOnly ? CaseLoader.standard().readOnly() : CaseLoader.standard(),
                new ReviewStateStore(clock), CaseEvaluator.standard(), clock, user);
        CaseReviews.Read read;
        try {
            read = reviews.read(target, asSubmitted);
        } catch (UnreadablePathException e) {
            CaseArgument.fail(err, e.getMessage());
            return CaseArgument.UNREADABLE;
        }
        // the same review the workstation shows: saved work applied unless --as-submitted (decision 0140)
        CaseReview review = reviews.view(read, asSubmitted);
        ReviewCase reviewCase = review.effective();
        Evaluation evaluation = review.evaluation();
        if (evaluation == null) {
            CaseArgument.fail(err, review.evaluationError());
            return 1;
        }
        if (filesKey != null && read.stateProblem() == null) {
            keepForWorklist(target, LastEvaluations.of(evaluation.determination(), read.saved(), filesKey,
                    clock.instant(), LastEvaluation.COMMAND, user));
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

    /**
     * Keeps the recommendation beside the case as the window does (decision 0314): the worklist shows it while
     * the files, the saved work and the program are those it was made from. A folder that cannot be written
     * keeps nothing; the evaluation printed is the same.
     */
    private static void keepForWorklist(Path folder, LastEvaluation kept) {
        if (kept.work() == null) {
            return;
        }
        try {
            LastEvaluations.save(folder, kept);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.debug("recommendation not kept beside the case: {}", e.getClass().getSimpleName());
        }
    }

    /** Whether the console can show ✓, ≤ and accented names (Java 17 follows the locale, often ASCII). */
    static boolean terminalIsUnicode() {
        Charset cs = Charset.defaultCharset();
        return cs.name().toUpperCase().startsWith("UTF") && cs.newEncoder().canEncode("✓≤");
    }
}
