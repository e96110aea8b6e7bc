package org.imrtreview.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.imrtreview.evaluate.DvhEvidenceSource;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.evaluate.StandardRules;
import org.imrtreview.evaluate.rule.PublishedConstraintRule;
import org.imrtreview.model.ReviewCase;

/**
 * Companion to {@link EvaluatorBench} for shared machines: measures the evaluating thread's CPU
 * time (not wall time), so other processes competing for the cores do not inflate the result.
 * Prints µs of CPU per 12-row case and rows per CPU-second, for the shipped evaluator and for the
 * review core alone (no published-constraint check, no DVH evidence). Run by bench/run-bench.sh.
 */
public final class EvaluatorCpuTime {

    private static final int WARM_UP = 5_000;
    private static final int MEASURED = 5_000;

    private EvaluatorCpuTime() {
    }

    public static void main(String[] args) {
        EvaluatorBench bench = new EvaluatorBench();
        bench.setUp();
        ReviewCase reviewCase = bench.reviewCase;
        List<RowRule> coreRules = StandardRules.all().stream().filter(r -> !(r instanceof PublishedConstraintRule)).toList();
        report("shipped evaluator (Evaluator.standard())", Evaluator.standard(), reviewCase);
        report("review core only (no published check, no DVH evidence)", new Evaluator(coreRules, DvhEvidenceSource.none()),
                reviewCase);
    }

    private static void report(String name, Evaluator evaluator, ReviewCase reviewCase) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int rows = reviewCase.table().rows().size();
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += evaluator.evaluate(reviewCase).rows().size();
        }
        long cpu = mx.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            sink += evaluator.evaluate(reviewCase).rows().size();
        }
        double cpuUs = (mx.getCurrentThreadCpuTime() - cpu) / 1000.0 / MEASURED;
        double wallUs = (System.nanoTime() - wall) / 1000.0 / MEASURED;
        System.out.printf(Locale.ROOT, "%-58s %8.1f µs CPU/case  %9.0f rows/CPU-s  %7.0f cases/CPU-s  (wall %.1f µs/case)%n",
                name, cpuUs, rows * 1e6 / cpuUs, 1e6 / cpuUs, wallUs);
        if (sink == 42) {
            System.out.println();
        }
    }
}
