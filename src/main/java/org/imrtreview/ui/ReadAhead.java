package org.imrtreview.ui;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the case the nurse will most likely open next — the next one in the worklist as shown, or the
 * first one while she looks at the list — once she has stayed on what she is looking at for a moment
 * (decision 0297). The reading goes through the window's own remembering loader (decision 0238) and
 * nothing else: when she opens that case its files are fingerprinted again and, byte for byte the same,
 * the reading is the one she would have waited for; changed, they are read again. No review state is
 * read or written, no case is opened or marked opened, and the result is thrown away here.
 *
 * <p>Opening any case first {@link #claim claims} it: a read ahead of another folder is stopped
 * (interrupted: the loader keeps nothing it did not finish) so her case has the machine; a read ahead of
 * that very folder already under way is waited for, so the case is never read twice at once.
 */
final class ReadAhead {
    private static final Logger LOG = LoggerFactory.getLogger(ReadAhead.class);

    /** Reads one case folder (the window's remembering loader). */
    @FunctionalInterface
    interface Reader {
        void read(Path folder) throws Exception;
    }

    private final Reader reader;
    private final long delayMs;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "imrt-read-ahead");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private Path folder;
    private Future<?> pending;
    private AtomicBoolean started = new AtomicBoolean();

    ReadAhead(Reader reader, long delayMs) {
        this.reader = reader;
        this.delayMs = delayMs;
    }

    /** Reads {@code next} after the delay unless another case is opened or read ahead first; null: nothing. */
    synchronized void after(Path next) {
        stop();
        if (next == null) {
            return;
        }
        folder = next;
        AtomicBoolean begun = new AtomicBoolean();
        started = begun;
        pending = thread.schedule(() -> {
            begun.set(true);
            long t0 = System.nanoTime();
            try {
                reader.read(next);
                LOG.debug("next case read ahead in {} ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (Exception | LinkageError e) {
                LOG.debug("reading the next case ahead stopped: {}", e.getClass().getSimpleName());
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs {@code warmUp} on this thread now, before any case is read ahead (decision 0312): it reads no
     * case, and a case read ahead or opened meanwhile finds what it loaded. It is given whether a case has
     * started to open, and stops between its parts once one has.
     */
    void warmUp(java.util.function.Consumer<java.util.function.BooleanSupplier> warmUp) {
        thread.execute(() -> {
            try {
                // told when a case starts to open: the rest is left to her case's own reading, so the two
                // do not share the machine's cores for long
                warmUp.accept(() -> caseOpened);
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("warm-up stopped: {}", e.getClass().getSimpleName());
            }
        });
    }

    private volatile boolean caseOpened;

    /** Whether a case has started to open since this window began (the warm-up stops then). */
    boolean caseOpened() {
        return caseOpened;
    }

    /**
     * Called as {@code open} starts to open (FX thread). Returns what the opening should wait for before
     * reading: the read ahead of this very folder when it has begun, else nothing (any other is stopped).
     */
    synchronized Future<?> claim(Path open) {
        caseOpened = true;
        if (pending != null && open.equals(folder) && started.get()) {
            Future<?> same = pending;
            pending = null;
            folder = null;
            return same;
        }
        stop();
        return null;
    }

    /** Whether {@code candidate} is being (or was last) read ahead and its reading has begun. */
    synchronized boolean begun(Path candidate) {
        return pending != null && candidate.equals(folder) && started.get();
    }

    private void stop() {
        if (pending != null) {
            pending.cancel(true);
        }
        pending = null;
        folder = null;
    }

    /** Waits for a claimed read ahead to end, however it ends (the opening then reads or reuses it). */
    static void await(Future<?> claimed) throws InterruptedException {
        if (claimed == null) {
            return;
        }
        try {
            claimed.get();
        } catch (ExecutionException | CancellationException e) {
            // the opening reads the case itself
        }
    }

    void shutdown() {
        thread.shutdownNow();
    }
}
