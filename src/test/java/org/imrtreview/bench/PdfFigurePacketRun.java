package org.imrtreview.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.digitize.SyntheticDvhCorpus;
import org.imrtreview.intake.pdf.PacketResult;
import org.imrtreview.intake.pdf.PdfPacketReader;
import org.imrtreview.intake.pdf.PdfProgressListener;
import org.imrtreview.intake.pdf.fixtures.FigurePdfs;
import org.imrtreview.intake.pdf.fixtures.PacketPages;

/**
 * A 60-page packet with 40 DVH figures (20 embedded 1600x1000 pictures, half of them JPEG, and 20
 * vector plots) between chart-note pages, read with every figure digitised. Run it in a small heap
 * ({@code -Xmx64m}, as bench/pdf-figures-bench.sh does) to show that figures are digitised one at a
 * time. Prints to stdout (a tool, not product code).
 */
public final class PdfFigurePacketRun {

    private PdfFigurePacketRun() {
    }

    public static void main(String[] args) throws Exception {
        Path f = Files.createTempDirectory("pdf-figure-packet").resolve("packet-60.pdf");
        try (PDDocument doc = new PDDocument()) {
            var picture = SyntheticDvhCorpus.make(12).image();
            for (int i = 0; i < 60; i++) {
                switch (i % 3) {
                    case 0 -> PacketPages.prosePage(doc, PacketPages.NOTES);
                    case 1 -> FigurePdfs.rasterDvhPage(doc, picture, FigurePdfs.Placement.SCALED, i % 2 == 0,
                            "Figure " + i + ". DVH, 3D plan");
                    default -> FigurePdfs.vectorDvhPage(doc, FigurePdfs.headAndNeck(), FigurePdfs.PlotStyle.standard(80),
                            "Figure " + i + ". DVH, IMRT plan");
                }
            }
            doc.save(f.toFile());
        }
        Runtime rt = Runtime.getRuntime();
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        PacketResult r = new PdfPacketReader(PdfProgressListener.NONE).read(f, "packet-60.pdf");
        double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
        long digitised = r.documents().stream().filter(d -> d.note() != null && d.note().contains("curves digitised")).count();
        System.out.printf(Locale.ROOT, "%d pages, %d figures digitised, %d curves; %.1f s wall, %.1f s CPU (%.0f ms CPU per figure);"
                        + " heap limit %d MB%n", r.pageCount(), digitised, r.curves().size(), (System.nanoTime() - t0) / 1e9, cpu,
                1000 * cpu / Math.max(1, digitised), rt.maxMemory() >> 20);
    }
}
