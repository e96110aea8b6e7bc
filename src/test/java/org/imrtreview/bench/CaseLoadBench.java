package org.imrtreview.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Warm time to load each bundled sample case (every file read, tables located, images decoded and
 * colour-checked, PDFs text-extracted and classified), and to load and evaluate it. Run from the
 * project root after {@code mvn -o -q test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.imrtreview.bench.CaseLoadBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Djava.awt.headless=true"})
public class CaseLoadBench {

    @Param({"01-brain-glioblastoma-criteria-met", "02-oropharynx-cgy-second-sheet-criteria-met", "03-lung-v20-csv-criteria-met",
        "04-prostate-xls-criteria-not-met", "05-spine-grayscale-fax-incomplete", "06-esophagus-answer-mismatch-not-met",
        "07-nasopharynx-missing-imaging-incomplete", "08-pelvis-formulas-criteria-met",
        "12-brain-mets-missing-value-incomplete"})
    public String sample;

    private Path folder;
    private final CaseLoader loader = CaseLoader.standard();
    private final Evaluator evaluator = Evaluator.standard();

    @Setup
    public void setUp() {
        folder = Path.of("samples", sample);
    }

    @Benchmark
    public ReviewCase load() throws Exception {
        return loader.load(folder);
    }

    @Benchmark
    public Evaluation loadAndEvaluate() throws Exception {
        return evaluator.evaluate(loader.load(folder));
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(CaseLoadBench.class.getSimpleName()).build()).run();
    }
}
