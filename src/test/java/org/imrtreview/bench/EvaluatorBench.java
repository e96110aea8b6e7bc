package org.imrtreview.bench;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.imrtreview.constraint.ConstraintParser;
import org.imrtreview.constraint.QuantityParser;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.Column;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Core throughput: parse + evaluate a realistic 12-row head-and-neck summary table (mixed notations,
 * cGy cells, a V-metric, an unparsed constraint, an answer mismatch). {@code rowsPerSecond} reports
 * rows/s (12 operations per invocation); {@code caseEvaluation} the time per whole case.
 * Run with bench/run-bench.sh.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EvaluatorBench {

    public static final List<SummaryRow> ROWS = List.of(
            row(1, "Brainstem", "Max < 54 Gy", "QUANTEC", "62 Gy", "52 Gy", "Yes (only IMRT meets constraint)"),
            row(2, "Spinal cord", "Dmax ≤ 4500 cGy", "RTOG 0615", "4380", "3920", "No (both meet constraint)"),
            row(3, "Parotid, left", "Mean dose < 26 Gy", "QUANTEC", "31.2 Gy", "24.8 Gy", "Yes"),
            row(4, "Parotid, right", "Mean[Gy] < 26", "QUANTEC", "22,4", "18,9", "No"),
            row(5, "Optic chiasm", "D0.03cc[Gy] < 54", "NRG HN001", "55.1 Gy", "53.2 Gy", "Yes"),
            row(6, "Mandible", "Max dose to 0.03 cc < 70 Gy", "RTOG", "68 Gy", "66 Gy", "No (both meet constraint)"),
            row(7, "Larynx", "Mean < 44 Gy", "QUANTEC", "52 Gy", "47 Gy", "No (neither meets constraint)"),
            row(8, "Oral cavity", "mean <30Gy", "institutional", "38 Gy", "29 Gy", "Yes"),
            row(9, "Esophagus", "V35Gy[%] < 50", "QUANTEC", "58%", "41%", "Yes"),
            row(10, "Cochlea, left", "Mean ≤ 45 Gy", "QUANTEC", "40", "36", "Yes"),
            row(11, "Brachial plexus", "< 66 Gy", "RTOG", "5800 cGy", "5200 cGy", "No"),
            row(12, "Lips", "as low as reasonably achievable", "Dr preference", "20 Gy", "12 Gy", "n/a"));

    ReviewCase reviewCase;
    private Evaluator evaluator;

    private static SummaryRow row(int n, String organ, String constraint, String source, String d3, String imrt, String answer) {
        return new SummaryRow(n, organ, constraint, source, d3, imrt, answer, "Sheet1!A" + (n + 4));
    }

    @org.openjdk.jmh.annotations.Setup
    public void setUp() {
        Map<Column, String> headers = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            headers.put(c, c.title());
        }
        List<Document> docs = List.of(
                new Document("dvh.png", DocumentKind.DVH_IMAGE, PlanKind.BOTH, true, null, LoadState.LOADED, null),
                Document.of("history.pdf", DocumentKind.CLINICAL_HISTORY),
                Document.of("notes.pdf", DocumentKind.CHART_NOTES),
                Document.of("ct.pdf", DocumentKind.IMAGING_REPORT));
        reviewCase = new ReviewCase(Path.of("case"), null, docs,
                new SummaryTable("summary.xlsx", "Sheet1!A4:F16", headers, ROWS), List.of(), List.of());
        evaluator = Evaluator.standard();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(12)
    public Evaluation rowsPerSecond() {
        return evaluator.evaluate(reviewCase);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Evaluation caseEvaluation() {
        return evaluator.evaluate(reviewCase);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(12)
    public void constraintAndValueParsingPerRow(Blackhole bh) {
        for (SummaryRow r : ROWS) {
            var reading = ConstraintParser.read(r.constraint());
            bh.consume(QuantityParser.cell(r.dose3d(), reading));
            bh.consume(QuantityParser.cell(r.doseImrt(), reading));
        }
    }
}
