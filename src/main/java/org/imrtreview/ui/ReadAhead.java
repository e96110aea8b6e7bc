package org.imrtreview.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the cases the nurse will most likely open next — the ones after hers in the worklist as shown, or
 * the first ones while she looks at the list — once she has stayed on what she is looking at for a moment
 * (decision 0297), one after the other on one thread, the ones after the next only once she has stayed
 * longer (decision 0495). The reading goes through the window's own remembering loader (decision 0238) and
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
    /** The cases of the chain under way, in the order they are read; null: none. */
    private List<Path> chain;
    /** How many of {@link #chain} have begun to be read (the last of them is being read, or all are done). */
    private AtomicInteger reachedOf = new AtomicInteger();
    /** Set when she opens the case being read: the chain ends once that reading ends. */
    private AtomicBoolean stopAfterCurrent = new AtomicBoolean();
    private Future<?> pending;

    /** The case the chain under way is reading now (null between readings and while it waits). */
    private AtomicReference<Path> readingOf = new AtomicReference<>();
    /** Milliseconds she stays on a case before the cases after the next one are read (decision 0495). */
    private final long laterMs;

    ReadAhead(Reader reader, long delayMs) {
        this(reader, delayMs, delayMs);
    }

    /**
     * Reads the first case of a chain {@code delayMs} after it is asked for and the others only once
     * {@code laterMs} have passed since (she stays on the case she opened, rather than going through them).
     */
    ReadAhead(Reader reader, long delayMs, long laterMs) {
        this.reader = reader;
        this.delayMs = delayMs;
        this.laterMs = Math.max(delayMs, laterMs);
    }

    /** Reads {@code next} after the delay unless another case is opened or read ahead first; null: nothing. */
    synchronized void after(Path next) {
        after(next == null ? List.of() : List.of(next));
    }

    /**
     * Reads the cases of {@code next} one after the other, in that order, on this thread: the first after the
     * delay, the others once she has stayed the later delay (decision 0495). The chain ends when they are all
     * read, or when a case is opened or another chain is asked for (the reading under way is stopped then,
     * unless it is of the case being opened, which is waited for). Empty: nothing is read.
     */
    synchronized void after(List<Path> next) {
        stop();
        if (next.isEmpty()) {
            return;
        }
        List<Path> cases = List.copyOf(next);
        chain = cases;
        AtomicInteger at = new AtomicInteger();
        AtomicBoolean stopAfter = new AtomicBoolean();
        AtomicReference<Path> reading = new AtomicReference<>();
        stopAfterCurrent = stopAfter;
        reachedOf = at;
        readingOf = reading; // a stopped chain still winding down its reading is never waited for
        long settled = System.nanoTime();
        pending = thread.schedule(() -> {
            for (int i = 0; i < cases.size(); i++) {
                Path folder = cases.get(i);
                if (i == 1 && !waitUntil(settled + TimeUnit.MILLISECONDS.toNanos(laterMs), stopAfter)) {
                    return; // she moved on before the cases after the next were worth reading
                }
                synchronized (this) {
                    if (stopAfter.get() || Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    at.incrementAndGet();
                    reading.set(folder);
                }
                long t0 = System.nanoTime();
                try {
                    reader.read(folder);
                    LOG.debug("a case read ahead in {} ms", (System.nanoTime() - t0) / 1_000_000);
                } catch (Exception | LinkageError e) {
                    // this case is read when she opens it; the next ones are still read ahead unless stopped
                    LOG.debug("reading a case ahead stopped: {}", e.getClass().getSimpleName());
                } finally {
                    synchronized (this) {
                        reading.set(null);
                    }
                }
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    /** Sleeps until {@code deadline} (nanoTime); false when stopped or interrupted meanwhile. */
    private static boolean waitUntil(long deadline, AtomicBoolean stopped) {
        try {
            for (long left = deadline - System.nanoTime(); left > 0 && !stopped.get(); left = deadline - System.nanoTime()) {
                TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !stopped.get();
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
        if (pending != null && open.equals(readingOf.get())) {
            // the chain ends with this reading, which the opening waits for
            stopAfterCurrent.set(true);
            Future<?> same = pending;
            pending = null;
            chain = null;
            return same;
        }
        stop();
        return null;
    }

    /** Whether {@code candidate} is in the chain under way (or done) and its reading has begun. */
    synchronized boolean begun(Path candidate) {
        if (pending == null || chain == null) {
            return false;
        }
        int n = reachedOf.get();
        return chain.subList(0, n).contains(candidate);
    }

    /** Whether the chain under way has read every case it was given (tests). */
    synchronized boolean finished() {
        return pending != null && pending.isDone() && chain != null && reachedOf.get() == chain.size();
    }

    private void stop() {
        stopAfterCurrent.set(true);
        if (pending != null) {
            pending.cancel(true);
        }
        pending = null;
        chain = null;
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
