package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0333: a remembering loader (the window) keeps the reading of a file it set aside after its time
 * budget when the reader goes on to finish it in full, and uses it on the next opening instead of reading
 * the file again — counted, not timed. Not kept: a reading that says it may be partial, one of a file whose
 * bytes changed, and anything of a loader without memory (commands), which still stops its readers.
 */
class LateReadingsTest {

    @TempDir
    Path tmp;

    /** A reader that is slower than its budget (a busy machine) and then finishes the file in full. */
    private static final class SlowReader implements FileHandler {
        final CountDownLatch released = new CountDownLatch(1);
        final AtomicInteger calls = new AtomicInteger();
        final boolean partial;
        volatile Thread last;
        volatile boolean interrupted;

        SlowReader(boolean partial) {
            this.partial = partial;
        }

        @Override
        public boolean accepts(String name, byte[] head) {
            return name.equals("notes.pdf");
        }

        @Override
        public void read(Path file, CaseBuilder into) {
            calls.incrementAndGet();
            last = Thread.currentThread();
            try {
                if (!released.await(60, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                Thread.currentThread().interrupt();
                into.mayBePartial();
                return;
            }
            if (partial) {
                into.mayBePartial();
            }
            into.document(new Document(into.name(file), DocumentKind.CLINICAL_HISTORY, null, null, "1", LoadState.LOADED,
                    "read in full"));
        }
    }

    private static CaseLoader loader(SlowReader reader) {
        List<FileHandler> handlers = new ArrayList<>();
        handlers.add(reader);
        handlers.add(new RequestJsonHandler());
        return new CaseLoader(handlers).withBudget(Duration.ofMillis(150), Duration.ofSeconds(30));
    }

    private Path caseWithNotes() throws Exception {
        Path c = tmp.resolve("case");
        Files.createDirectories(c);
        Files.writeString(c.resolve("notes.pdf"), "%PDF-1.4 notes");
        return c;
    }

    private static boolean setAside(ReviewCase rc) {
        return rc.problems().stream().anyMatch(p -> p.file().equals("notes.pdf") && p.message().startsWith("was set aside"));
    }

    private static boolean readInFull(ReviewCase rc) {
        return rc.documents().stream().anyMatch(d -> "read in full".equals(d.note()));
    }

    private static void awaitKept(CaseLoader loader, long count) throws InterruptedException {
        for (int i = 0; i < 3000 && loader.lateReadingsKept() < count; i++) {
            Thread.sleep(10); // waiting for the background reader, not measuring it
        }
    }

    @Test
    void aFileSetAsideAndFinishedLaterIsNotReadAgainOnTheNextOpening() throws Exception {
        Path c = caseWithNotes();
        SlowReader reader = new SlowReader(false);
        CaseLoader window = loader(reader).remembering(4);

        ReviewCase first = window.load(c);
        assertTrue(setAside(first), first.problems().toString());
        assertFalse(readInFull(first));

        reader.released.countDown(); // the busy machine catches up: the reader finishes the file
        awaitKept(window, 1);
        assertEquals(1, window.lateReadingsKept());
        assertFalse(reader.interrupted, "a remembering loader lets the reader finish");

        ReviewCase second = window.load(c);
        assertEquals(1, reader.calls.get(), "the file was not read again");
        assertEquals(1, window.lateReadingsUsed());
        assertFalse(setAside(second), second.problems().toString());
        assertTrue(readInFull(second));
        assertEquals(List.of(), second.problems());

        window.load(c); // and now the whole case is remembered (decision 0238)
        assertEquals(1, reader.calls.get());
        assertEquals(1, window.lateReadingsUsed());
    }

    @Test
    void aChangedFileIsReadAgain() throws Exception {
        Path c = caseWithNotes();
        SlowReader reader = new SlowReader(false);
        CaseLoader window = loader(reader).remembering(4);
        window.load(c);
        reader.released.countDown();
        awaitKept(window, 1);

        Files.writeString(c.resolve("notes.pdf"), "%PDF-1.4 notes, second version");
        ReviewCase again = window.load(c);
        assertEquals(2, reader.calls.get(), "other bytes: read again");
        assertEquals(0, window.lateReadingsUsed());
        assertTrue(readInFull(again));
    }

    @Test
    void aLateReadingThatMayBePartialIsNotKept() throws Exception {
        Path c = caseWithNotes();
        SlowReader reader = new SlowReader(true);
        CaseLoader window = loader(reader).remembering(4);
        window.load(c);
        reader.released.countDown();
        reader.last.join(60_000);
        assertEquals(0, window.lateReadingsKept());
        window.load(c);
        assertEquals(2, reader.calls.get());
    }

    @Test
    void aLoaderWithoutMemoryStillStopsTheReaderAndKeepsNothing() throws Exception {
        Path c = caseWithNotes();
        SlowReader reader = new SlowReader(false);
        CaseLoader command = loader(reader);
        ReviewCase rc = command.load(c);
        assertTrue(setAside(rc));
        reader.last.join(60_000);
        assertTrue(reader.interrupted, "asked to stop, as before (decision 0261)");
        assertEquals(0, command.lateReadingsKept());
        reader.released.countDown();
        command.load(c);
        assertEquals(2, reader.calls.get());
    }
}
