package org.imrtreview.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.imrtreview.intake.CaseLoader;

/**
 * Companion to {@link CaseLoadBench} for a shared, oversubscribed machine: after warming up, reports
 * per sample the median <em>CPU</em> time of the loading thread (what one case costs, independent of
 * other processes competing for the cores) next to the median wall time. Run from the project root:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.imrtreview.bench.CaseLoadCpuTime}.
 * Prints to stdout (a tool, not product code).
 */
public final class CaseLoadCpuTime {

    private CaseLoadCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = 15;
        int runs = 15;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        CaseLoader loader = CaseLoader.standard();
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            samples = s.filter(Files::isDirectory).sorted().toList();
        }
        for (int i = 0; i < warmup; i++) {
            for (Path p : samples) {
                loader.load(p);
            }
        }
        java.io.PrintStream out = System.out;
        out.printf(Locale.ROOT, "%-46s %10s %10s%n", "sample", "cpu ms", "wall ms");
        for (Path p : samples) {
            double[] cpu = new double[runs];
            double[] wall = new double[runs];
            for (int i = 0; i < runs; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                loader.load(p);
                cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
                wall[i] = (System.nanoTime() - w0) / 1e6;
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            out.printf(Locale.ROOT, "%-46s %10.1f %10.1f%n", p.getFileName(), cpu[runs / 2], wall[runs / 2]);
        }
    }
}
