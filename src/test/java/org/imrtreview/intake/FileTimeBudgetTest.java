package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.imrtreview.digitize.LegendOcrOff;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.pdf.PacketPdfHandler;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Decision 0261: one file never hangs the case; a file set aside makes the case INCOMPLETE, naming it. */
@ExtendWith(LegendOcrOff.class)
class FileTimeBudgetTest {

    @TempDir
    Path tmp;

    /** A reader stuck on {@code fileName}: it ignores being asked to stop, then adds a document anyway. */
    private static final class StuckReader implements FileHandler {
        final String fileName;
        final CountDownLatch released = new CountDownLatch(1);

        StuckReader(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public boolean accepts(String name, byte[] head) {
            return name.equals(fileName);
        }

        @Override
        public void read(Path file, CaseBuilder into) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < until) {
                try {
                    released.await(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException ignored) {
                    // a hostile file keeps its reader busy whatever it is asked
                }
            }
            into.document(new Document(into.name(file), DocumentKind.CLINICAL_HISTORY, null, null, null, LoadState.LOADED,
                    "read too late"));
        }
    }

    /** A reader that is slow but says after every step that it got somewhere (a long fax packet). */
    private static final class SlowButSteady implements FileHandler {
        @Override
        public boolean accepts(String name, byte[] head) {
            return name.equals("long_packet.pdf");
        }

        @Override
        public void read(Path file, CaseBuilder into) {
            for (int page = 0; page < 12; page++) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                ReadProgress.made();
            }
            into.document(new Document(into.name(file), DocumentKind.CLINICAL_HISTORY, null, null, "1-12", LoadState.LOADED,
                    "twelve pages"));
        }
    }

    private static List<FileHandler> standardAfter(FileHandler first) {
        List<FileHandler> handlers = new ArrayList<>();
        handlers.add(first);
        handlers.addAll(List.of(new EmptyFileHandler(), new RequestJsonHandler(), new DvhDataHandler(), new PacketPdfHandler(),
                new ImageHandler(), new SpreadsheetTableHandler()));
        return handlers;
    }

    private Path sample(String name) throws IOException {
        Path to = tmp.resolve(name);
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(Path.of("samples", name))) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }

    @Test
    void aStuckClinicalPdfIsSetAsideAndTheApprovableCaseBecomesIncomplete() throws Exception {
        Path c = sample("01-brain-glioblastoma-criteria-met");
        StuckReader stuck = new StuckReader("progress_notes.pdf");
        CaseLoader loader = new CaseLoader(standardAfter(stuck)).withBudget(Duration.ofMillis(400), Duration.ofSeconds(3));
        long start = System.nanoTime();
        ReviewCase rc = loader.load(c);
        long ms = (System.nanoTime() - start) / 1_000_000;
        stuck.released.countDown();

        List<Problem> setAside = rc.problems().stream().filter(p -> p.file().equals("progress_notes.pdf")).toList();
        assertEquals(1, setAside.size(), rc.problems().toString());
        assertEquals(ProblemCode.EVIDENCE_DAMAGED, setAside.get(0).code());
        assertTrue(setAside.get(0).message().startsWith("was set aside: its reading made no progress for 400 ms"),
                setAside.get(0).message());
        assertTrue(rc.documents().stream().noneMatch(d -> "read too late".equals(d.note())));
        assertTrue(ms < 30_000, "the case opened without waiting for the stuck file: " + ms + " ms");

        Evaluation e = Evaluator.standard().evaluate(rc);
        assertEquals(Determination.INCOMPLETE, e.determination(), "never criteria met without the file");
        assertTrue(e.missing().contains("evidence"), e.missing().toString());
        // what the abandoned reader still does later never reaches the case it was set aside from
        Thread.sleep(100);
        assertTrue(rc.documents().stream().noneMatch(d -> "read too late".equals(d.note())));
    }

    @Test
    void aLongFileThatKeepsMakingProgressIsReadToTheEnd() throws Exception {
        Path c = tmp.resolve("case");
        Files.createDirectories(c);
        Files.write(c.resolve("long_packet.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        ReviewCase rc = new CaseLoader(standardAfter(new SlowButSteady()))
                .withBudget(Duration.ofMillis(400), Duration.ofSeconds(20)).load(c);
        assertEquals(List.of(), rc.problems());
        assertEquals("twelve pages", rc.documents().get(0).note());

        ReviewCase cut = new CaseLoader(standardAfter(new SlowButSteady()))
                .withBudget(Duration.ofMillis(400), Duration.ofMillis(600)).load(c);
        assertTrue(cut.problems().get(0).message().startsWith("was set aside: its reading took longer than 600 ms"),
                cut.problems().toString());
    }
}
