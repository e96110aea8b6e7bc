package org.imrtreview.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs tasks on a small pool of daemon threads and reports back on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService pool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Deque<String> descriptions = new ArrayDeque<>();

    public FxTaskExecutor() {
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "imrt-task-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Cancellable execute(String description, Callable<T> work, Consumer<? super T> onSuccess,
                                   Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        started(description);
        Future<?> future = pool.submit(() -> {
            T result = null;
            Throwable failure = null;
            try {
                result = work.call();
            } catch (Throwable e) {
                failure = e;
            }
            T finalResult = result;
            Throwable finalFailure = failure;
            Platform.runLater(() -> {
                finished(description);
                if (cancelled.get()) {
                    return;
                }
                if (finalFailure == null) {
                    onSuccess.accept(finalResult);
                } else {
                    LOG.warn("background task '{}' failed: {}", description, finalFailure.toString());
                    onFailure.accept(finalFailure);
                }
            });
        });
        return new Cancellable() {
            @Override
            public void cancel() {
                cancelled.set(true);
                future.cancel(false);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    private void started(String description) {
        runOnFx(() -> {
            descriptions.push(description);
            running.set(running.get() + 1);
            message.set(org.imrtreview.logging.VisibleText.escape(description));
        });
    }

    private void finished(String description) {
        descriptions.remove(description);
        running.set(Math.max(0, running.get() - 1));
        message.set(descriptions.isEmpty() ? "" : org.imrtreview.logging.VisibleText.escape(descriptions.peek()));
    }

    private static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public java.util.concurrent.Executor executor() {
        return pool;
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
