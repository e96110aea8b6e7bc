package org.imrtreview.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one way the window runs slow work: {@code work} runs off the FX thread, then exactly one of
 * the callbacks runs on the FX thread (unless the task was cancelled first). Tests use
 * {@link DirectTaskExecutor}, which runs everything at once on the calling thread.
 */
public interface TaskExecutor {

    <T> Cancellable execute(String description, Callable<T> work, Consumer<? super T> onSuccess,
                            Consumer<Throwable> onFailure);

    /** How many tasks are running (drives the status bar's progress indicator). */
    ReadOnlyIntegerProperty runningProperty();

    /** Description of the most recently started running task, empty when idle. */
    ReadOnlyStringProperty messageProperty();

    void shutdown();

    /** The same threads as a plain executor, for components that schedule their own work (the chart). */
    java.util.concurrent.Executor executor();

    /** A handle to drop a task whose result is no longer wanted (the nurse opened another case). */
    interface Cancellable {
        void cancel();

        boolean isCancelled();
    }
}
