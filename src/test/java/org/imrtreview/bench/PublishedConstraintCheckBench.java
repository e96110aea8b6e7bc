package org.imrtreview.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imrtreview.constraint.library.CitedConstraint;
import org.imrtreview.constraint.library.ConstraintLibrary;
import org.imrtreview.constraint.library.Fractionation;
import org.imrtreview.constraint.library.LibraryStructures;
import org.imrtreview.constraint.library.PublishedConstraintCheck;
import org.imrtreview.constraint.library.SourceCatalog;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Operator;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.Unit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Published-constraint check throughput: {@code checkRows} compares 8 prepared rows (match, stricter,
 * fractionation mismatch, no match, institutional) with the library — rows/s; {@code resolveAndCheck}
 * includes organ-name and source recognition as the row rule does; {@code loadLibrary} parses and
 * validates the 376-entry resource (start-up cost). Run: bench/run-library-bench.sh.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class PublishedConstraintCheckBench {

    private record Raw(String organ, Constraint constraint, String source) { }

    private static final List<Raw> RAW = List.of(
            new Raw("Brainstem", c(Metric.max(), Operator.LT, 54), "QUANTEC"),
            new Raw("Parotids (combined)", c(Metric.mean(), Operator.LT, 20), "Quantec"),
            new Raw("Spinal cord", c(Metric.max(), Operator.LE, 45), "RTOG 0225"),
            new Raw("Larynx", c(Metric.mean(), Operator.LT, 35), "QUANTEC"),
            new Raw("Cord", c(Metric.max(), Operator.LT, 21.9), "TG-101"),
            new Raw("Lt parotid", c(Metric.mean(), Operator.LT, 26), "SWOG S1826"),
            new Raw("Oral cavity", c(Metric.mean(), Operator.LT, 30), "Institutional"),
            new Raw("Mandible", c(Metric.max(), Operator.LT, 70), "RTOG #0225"));

    private final Fractionation fx = new Fractionation(70, 35);
    private PublishedConstraintCheck check;
    private List<CitedConstraint> prepared;

    private static Constraint c(Metric m, Operator op, double limit) {
        return new Constraint("x", m, op, new Quantity(limit, Unit.GY));
    }

    @Setup
    public void setUp() {
        check = PublishedConstraintCheck.standard();
        prepared = RAW.stream().map(r -> new CitedConstraint(LibraryStructures.of(r.organ()), r.constraint(),
                SourceCatalog.recognise(r.source()), fx, 60.0, 40.0)).toList();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(8)
    public void checkRows(Blackhole bh) {
        for (CitedConstraint row : prepared) {
            bh.consume(check.check(row));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(8)
    public void resolveAndCheck(Blackhole bh) {
        for (Raw r : RAW) {
            bh.consume(check.check(new CitedConstraint(LibraryStructures.of(r.organ()), r.constraint(),
                    SourceCatalog.recognise(r.source()), fx, 60.0, 40.0)));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ConstraintLibrary loadLibrary() throws Exception {
        try (var in = ConstraintLibrary.class.getResourceAsStream(ConstraintLibrary.RESOURCE)) {
            return ConstraintLibrary.read(in);
        }
    }
}
