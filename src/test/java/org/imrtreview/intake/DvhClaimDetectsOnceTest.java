package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.imrtreview.dvh.DvhFormats;
import org.junit.jupiter.api.Test;

/**
 * Decision 0392: asking the DVH handler whether it claims a binary file of a case (a picture, a PDF, a
 * workbook) asks the DVH readers to recognise its head once, not twice; what it claims is unchanged — sample
 * 09's Eclipse exports yes, every other file of samples 01 and 09 no, and a damaged export (NUL bytes in an
 * Eclipse text) still yes.
 */
class DvhClaimDetectsOnceTest {
    private static final Path SAMPLES = Path.of("samples");

    private static byte[] head(Path file) throws Exception {
        byte[] all = Files.readAllBytes(file);
        return Arrays.copyOf(all, Math.min(all.length, 8192));
    }

    @Test
    void aBinaryFileIsDetectedOnceAndClaimsAreUnchanged() throws Exception {
        DvhDataHandler handler = new DvhDataHandler();
        int binary = 0;
        for (String sample : List.of("01-brain-glioblastoma-criteria-met", "09-prostate-dvh-data-mismatch")) {
            List<Path> files;
            try (Stream<Path> s = Files.list(SAMPLES.resolve(sample))) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                byte[] head = head(f);
                boolean hasNul = false;
                for (byte b : head) {
                    hasNul |= b == 0;
                }
                long before = DvhFormats.detections();
                boolean claimed = handler.accepts(name, head);
                long detections = DvhFormats.detections() - before;
                assertEquals(name.startsWith("Eclipse_DVH_"), claimed, name);
                if (hasNul) {
                    binary++;
                    assertEquals(1, detections, name + ": its head recognised once");
                }
            }
        }
        assertTrue(binary >= 8, "pictures, PDFs and the workbook are binary: " + binary);

        byte[] eclipse = head(SAMPLES.resolve("09-prostate-dvh-data-mismatch/Eclipse_DVH_IMRT.txt"));
        byte[] damaged = eclipse.clone();
        for (int i = 400; i < damaged.length; i += 97) {
            damaged[i] = 0;
        }
        assertTrue(handler.accepts("Eclipse_DVH_IMRT.txt", damaged), "a damaged export is still claimed");
    }
}
