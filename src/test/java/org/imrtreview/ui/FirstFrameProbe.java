package org.imrtreview.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.Stage;
import org.imrtreview.ui.common.TaskExecutor;

/**
 * Main class of the JVM that {@link FirstFrameClassesTest} starts with {@code -Xlog:class+load}: opens the
 * workstation's window as {@code java -jar} does (headless Monocle here), with every background task held
 * (the workspace scan never runs, so nothing loads beside the window), and loads {@link Shown} the moment
 * the window is showing: the class log's lines before {@code Shown} are what the first frame cost.
 */
public final class FirstFrameProbe {

    private FirstFrameProbe() {
    }

    /** Loaded (and so logged) when the window shows. */
    static final class Shown {
        private Shown() {
        }

        static void mark() {
            // loading this class is the mark
        }
    }

    public static void main(String[] args) throws Exception {
        WorkstationApp.services = () -> WorkstationServices.standard().withTasks(new HeldTasks());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.showingProperty().addListener((o, a, showing) -> {
                if (showing) {
                    Shown.mark();
                }
            });
            try {
                new WorkstationApp().start(stage);
                System.out.println(stage.isShowing() ? "window showing" : "window not showing");
            } finally {
                started.countDown();
            }
        });
        boolean done = started.await(5, TimeUnit.MINUTES);
        System.out.flush();
        Runtime.getRuntime().halt(done ? 0 : 3);
    }

    /** Takes every task and runs none. */
    private static final class HeldTasks implements TaskExecutor {
        private final SimpleIntegerProperty running = new SimpleIntegerProperty();
        private final SimpleStringProperty message = new SimpleStringProperty("");

        @Override
        public <T> Cancellable execute(String description, Callable<T> work, Consumer<? super T> onSuccess,
                                       Consumer<Throwable> onFailure) {
            return new Cancellable() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
        }

        @Override
        public ReadOnlyIntegerProperty runningProperty() {
            return running;
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message;
        }

        @Override
        public void shutdown() {
        }

        @Override
        public java.util.concurrent.Executor executor() {
            return Runnable::run;
        }
    }
}
