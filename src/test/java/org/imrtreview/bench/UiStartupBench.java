package org.imrtreview.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.imrtreview.ui.MainWindow;
import org.imrtreview.ui.WorkstationServices;
import org.imrtreview.ui.common.Theme;
import org.imrtreview.ui.snapshot.HeadlessFx;

/**
 * Measures, headless: (1) launch to a usable worklist (toolkit up, window shown, samples listed)
 * and (2) case open to evaluated screen (case read off the FX thread, evaluated, the screen laid
 * out), cold for the first case and warm over repeats. Run by bench/ui-startup.sh; not a test.
 */
public final class UiStartupBench {

    public static void main(String[] args) throws Exception {
        long mainStart = System.nanoTime();
        long jvmStartMs = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path samples = Path.of(args.length > 0 ? args[0] : "samples").toAbsolutePath();
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path workspace = copy(samples);

        HeadlessFx.start(1600, 1000);
        CompletableFuture<MainWindow> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            MainWindow window = new MainWindow(WorkstationServices.standard().readOnlyState(), null);
            Scene scene = new Scene(window, 1440, 900);
            Theme.LIGHT.apply(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            window.openWorkspace(workspace);
            shown.complete(window);
        });
        MainWindow window = shown.get(60, TimeUnit.SECONDS);
        waitFor(() -> !window.worklistView().table().getItems().isEmpty());
        pulse();
        long worklistNs = System.nanoTime() - mainStart;
        long sinceJvm = System.currentTimeMillis() - jvmStartMs;

        List<Path> cases = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(workspace)) {
            dirs.filter(Files::isDirectory).sorted().forEach(cases::add);
        }
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        for (int round = 0; round <= repeats; round++) {
            for (Path c : cases) {
                double ms = openAndWait(window, c);
                (round == 0 ? cold : warm).add(ms);
            }
        }
        List<Double> core = new ArrayList<>();
        org.imrtreview.intake.CaseLoader loader = org.imrtreview.intake.CaseLoader.standard();
        org.imrtreview.evaluate.Evaluator evaluator = org.imrtreview.evaluate.Evaluator.standard();
        for (int round = 0; round < Math.max(1, repeats); round++) {
            for (Path c : cases) {
                long t0 = System.nanoTime();
                evaluator.evaluate(loader.load(c));
                core.add((System.nanoTime() - t0) / 1e6);
            }
        }
        System.out.printf("machine: %d cores, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("launch to usable worklist: %.0f ms from main() (%d ms from JVM start), %d cases listed%n",
                worklistNs / 1e6, sinceJvm, window.worklistView().table().getItems().size());
        System.out.printf("case open to evaluated screen, first pass (cold, %d cases): first %.0f ms, median %.0f ms, max %.0f ms%n",
                cold.size(), cold.get(0), median(cold), Collections.max(cold));
        System.out.printf("case open to evaluated screen, warm (%d opens): median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                warm.size(), median(warm), percentile(warm, 0.9), Collections.max(warm));
        System.out.printf("of which reading + evaluating the case (no window), warm: median %.1f ms, p90 %.1f ms%n",
                median(core), percentile(core, 0.9));
        Platform.exit();
        System.exit(0);
    }

    private static double openAndWait(MainWindow window, Path caseFolder) throws Exception {
        long t0 = System.nanoTime();
        Platform.runLater(() -> window.viewModel().openCase(caseFolder));
        waitFor(() -> !window.viewModel().caseLoadingProperty().get() && window.viewModel().review().submittedCase() != null
                && caseFolder.equals(window.viewModel().review().submittedCase().folder()));
        pulse();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Waits until a condition read on the FX thread holds. */
    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> f = new CompletableFuture<>();
            Platform.runLater(() -> f.complete(condition.getAsBoolean()));
            if (f.get(60, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("timed out");
    }

    /** One layout pass on the FX thread (CSS + layout of what changed). */
    private static void pulse() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> Platform.runLater(done::countDown));
        done.await(30, TimeUnit.SECONDS);
    }

    private static double median(List<Double> xs) {
        return percentile(xs, 0.5);
    }

    private static double percentile(List<Double> xs, double p) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.floor(p * s.size())));
    }

    private static Path copy(Path samples) throws Exception {
        Path target = Files.createTempDirectory("imrt-bench-");
        try (Stream<Path> walk = Files.walk(samples)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(samples.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
