package org.imrtreview.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.imrtreview.dvh.DvhExport;
import org.imrtreview.dvh.DvhFormats;
import org.imrtreview.dvh.DvhMetrics;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Unit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse time of a 50-structure, 2-plan Eclipse export at Eclipse's default 1 cGy bins (100 curves of
 * up to ~8,000 rows, ~30 MB) and metric throughput on one 8,000-point curve. Run:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main DvhBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class DvhBenchmark {

    private byte[] export;
    private DvhCurve curve;
    private final List<Metric> metrics = List.of(Metric.max(), Metric.mean(), Metric.min(),
            Metric.doseAtVolume(0.03, Unit.CC), Metric.doseAtVolume(95, Unit.PERCENT), Metric.volumeAtDose(20, Unit.PERCENT),
            Metric.volumeAtDose(45, Unit.CC));

    @Setup
    public void setUp() throws Exception {
        export = eclipse(50, new String[] {"3D CRT", "IMRT"}).getBytes(StandardCharsets.UTF_8);
        DvhExport read = DvhFormats.read("bench.txt", export, null);
        if (read.curves().size() != 100 || !read.problems().isEmpty()) {
            throw new IllegalStateException("benchmark export misread: " + read.curves().size() + " " + read.problems());
        }
        curve = read.curves().get(1);
    }

    /** A realistic two-plan export: each structure's cumulative curve falls smoothly to its own maximum dose. */
    static String eclipse(int structures, String[] plans) {
        StringBuilder s = new StringBuilder(32 << 20);
        s.append("Patient Name         : Bench, Mark\nPatient ID           : 0000\nComment              : bench\n")
                .append("Type                 : Cumulative Dose Volume Histogram\n\n");
        for (String p : plans) {
            s.append("Plan: ").append(p).append("\nCourse: C1\nPrescribed dose [cGy]: 7800.0\n% for dose (%): 100.0\n\n");
        }
        for (String p : plans) {
            for (int k = 0; k < structures; k++) {
                int maxCgy = 3000 + (k * 97) % 5200;
                s.append("Structure: OAR_").append(k).append("\nPlan: ").append(p).append("\nCourse: C1\nVolume [cm³]: ")
                        .append(20 + k).append(".0\nMin Dose [cGy]: 0.0\nMax Dose [cGy]: ").append(maxCgy)
                        .append("\nMean Dose [cGy]: 1000.0\n\nDose [cGy] Ratio of Total Structure Volume [%]\n");
                for (int d = 0; d <= maxCgy; d++) {
                    double x = (double) d / maxCgy;
                    double v = 100 * Math.pow(1 - x, 2.2);
                    s.append(String.format(Locale.ROOT, "%10d %25.6g%n", d, v));
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public DvhExport parseFiftyStructureTwoPlanEclipseExport() throws Exception {
        return DvhFormats.read("bench.txt", export, null);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void sevenMetricsOnOneCurve(Blackhole bh) {
        for (Metric m : metrics) {
            bh.consume(DvhMetrics.compute(curve, m, 78.0));
        }
    }
}
