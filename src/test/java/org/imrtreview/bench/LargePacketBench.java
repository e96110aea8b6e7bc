package org.imrtreview.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.imrtreview.intake.pdf.fixtures.PacketPages;
import org.imrtreview.intake.pdf.PacketResult;
import org.imrtreview.intake.pdf.PdfPacketReader;

/**
 * Reads a generated 500-page packet and prints time per page and peak heap. Run in a small heap
 * (bench/pdf-tables.sh uses -Xmx64m) to show that a long packet streams page by page.
 */
public final class LargePacketBench {

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path dir = Files.createTempDirectory("packet-bench");
        Path pdf = PacketPages.largePacket(dir.resolve("packet.pdf"), pages);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        int[] progress = new int[1];
        PacketResult r = new PdfPacketReader((f, done, count) -> progress[0] = done).read(pdf, "packet.pdf");
        double ms = (System.nanoTime() - start) / 1e6;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "packet: %d pages (%d KB), %d progress reports, %d documents, table at %s%n", pages,
                Files.size(pdf) / 1024, progress[0], r.documents().size(), r.table() == null ? "-" : r.table().location());
        System.out.printf(Locale.ROOT, "read in %.0f ms = %.2f ms/page; peak heap %.1f MB (max heap %d MB)%n", ms,
                ms / pages, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        Files.deleteIfExists(pdf);
        Files.deleteIfExists(dir);
    }
}
