package org.imrtreview.store.persist;

import org.imrtreview.store.ReviewState;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves review states in the background, one writer thread, in order. Rapid changes to one case
 * collapse into one write of the latest state (typing a note does not write a file per keystroke
 * backlog), and {@link #flush()} waits until everything asked for is on disk.
 */
public final class AutoSaver implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AutoSaver.class);

    private final StateSink store;
    private final BiConsumer<Path, String> onFailure;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "review-state-writer");
        t.setDaemon(true);
        return t;
    });
    private final Map<Path, ReviewState> pending = new LinkedHashMap<>();

    /** {@code onFailure} receives the case folder and a sentence for the nurse when a save fails. */
    public AutoSaver(StateSink store, BiConsumer<Path, String> onFailure) {
        this.store = store;
        this.onFailure = onFailure;
    }

    public void save(Path caseFolder, ReviewState state) {
        boolean schedule;
        synchronized (pending) {
            schedule = pending.put(caseFolder, state) == null;
        }
        if (schedule) {
            writer.execute(() -> writeLatest(caseFolder));
        }
    }

    private void writeLatest(Path caseFolder) {
        ReviewState state;
        synchronized (pending) {
            state = pending.remove(caseFolder);
        }
        if (state == null) {
            return;
        }
        try {
            store.save(caseFolder, state);
        } catch (StateSink.Refused e) {
            LOG.warn("review state not saved: the store refused it");
            onFailure.accept(caseFolder, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not save review state: {}", e.getClass().getSimpleName());
            onFailure.accept(caseFolder, "Your work on this case could not be saved ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage())
                    + "). Check that the case folder is writable.");
        }
    }

    /** Blocks until every state handed to {@link #save} so far has been written (or has failed). */
    public void flush() {
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("waiting for review-state writes failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        flush();
        writer.shutdown();
    }
}
