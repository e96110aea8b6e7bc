package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.imrtreview.intake.pdf.fixtures.PacketPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 500-page packet (chart notes for months, the table somewhere in the middle) is read page by
 * page with progress after every page, and reading can be cancelled. Memory use is measured by
 * bench/pdf-tables.sh, which reads the same packet in a 64 MB heap.
 */
class LargePacketTest {
    static final int PAGES = 500;
    @TempDir
    static Path dir;
    static Path packet;

    @BeforeAll
    static void writePacket() throws IOException {
        packet = PacketPages.largePacket(dir.resolve("packet-500.pdf"), PAGES);
    }

    @Test
    void fiveHundredPagePacketIsReadWithProgressAfterEveryPage() {
        List<Integer> progress = new ArrayList<>();
        PacketResult r = new PdfPacketReader((file, done, count) -> {
            assertEquals(PAGES, count);
            progress.add(done);
        }).read(packet, "packet-500.pdf");
        assertEquals(PAGES, progress.size());
        assertEquals(1, progress.get(0));
        assertEquals(PAGES, progress.get(PAGES - 1));
        assertNotNull(r.table());
        assertEquals("page 250, header row 1, rows 2-8", r.table().location());
        assertEquals(List.of("CLINICAL_HISTORY 1", "CHART_NOTES 2-249", "SUMMARY_TABLE 250", "CHART_NOTES 251-499",
                "IMAGING_REPORT 500"), r.documents().stream().map(d -> d.kind() + " " + d.pages()).toList());
    }

    @Test
    void interruptingTheReadingThreadStopsAtTheNextPageAndKeepsWhatWasRead() throws Exception {
        AtomicReference<PacketResult> result = new AtomicReference<>();
        Thread reader = new Thread(() -> result.set(new PdfPacketReader((file, done, count) -> {
            if (done == 10) {
                Thread.currentThread().interrupt();
            }
        }).read(packet, "packet-500.pdf")));
        reader.start();
        reader.join(60_000);
        PacketResult r = result.get();
        assertTrue(r.problems().contains("reading stopped after page 10 of 500 (cancelled); the rest was not read"),
                r.problems()::toString);
        assertEquals("CHART_NOTES 2-10", r.documents().get(1).kind() + " " + r.documents().get(1).pages());
    }
}
