package org.imrtreview.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.intake.pdf.PacketResult;
import org.imrtreview.intake.pdf.PdfFigures;
import org.imrtreview.intake.pdf.PdfPacketReader;
import org.imrtreview.intake.pdf.PdfProgressListener;

/**
 * Companion to {@link PdfFigureBench} for a shared machine: median CPU time (and wall time) per
 * figure after warm-up, for the case-loading path (a one-page packet read with its figure digitised),
 * for the page read without digitising (what the figure adds is the difference), and for
 * {@link PdfFigures#digitize}. Prints to stdout (a tool, not product code).
 */
public final class PdfFigureCpuTime {

    private PdfFigureCpuTime() {
    }

    interface Work {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        Path dir = Files.createTempDirectory("pdf-figure-cpu");
        java.io.PrintStream out = System.out;
        out.printf(Locale.ROOT, "%-12s %-34s %10s %10s%n", "figure", "path", "cpu ms", "wall ms");
        for (PdfFigureFiles.Kind kind : PdfFigureFiles.Kind.values()) {
            Path f = PdfFigureFiles.write(dir, kind);
            PacketResult check = new PdfPacketReader(PdfProgressListener.NONE).read(f, "figure.pdf");
            if (check.curves().isEmpty()) {
                throw new IllegalStateException(kind + " was not digitised: " + check.documents());
            }
            measure(out, kind, "case load (page read + digitise)", warmup, runs,
                    () -> new PdfPacketReader(PdfProgressListener.NONE).read(f, "figure.pdf"));
            measure(out, kind, "PdfFigures.digitize (window, CLI)", warmup, runs,
                    () -> PdfFigures.digitize(f, "figure.pdf", 1, 1, DigitizeOptions.automatic()));
            measure(out, kind, "PdfFigures.image (pixels only)", warmup, runs, () -> PdfFigures.image(f, 1, 1));
        }
    }

    private static void measure(java.io.PrintStream out, PdfFigureFiles.Kind kind, String path, int warmup, int runs,
                                Work work) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] cpu = new double[runs];
        double[] wall = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            work.run();
            cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            wall[i] = (System.nanoTime() - w0) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        out.printf(Locale.ROOT, "%-12s %-34s %10.1f %10.1f%n", kind, path, cpu[runs / 2], wall[runs / 2]);
    }
}
