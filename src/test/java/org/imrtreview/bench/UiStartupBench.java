package org.imrtreview.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
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
import org.imrtreview.digitize.DvhImageDigitizer;
import org.imrtreview.ocr.PageOcr;
import org.imrtreview.ui.MainWindow;
import org.imrtreview.ui.WorkstationServices;
import org.imrtreview.ui.common.Theme;
import org.imrtreview.ui.snapshot.HeadlessFx;

/**
 * One cold run of the window, headless, on a fresh copy of the samples (so nothing is cached beside the
 * cases), with the window's own services (review state and result cache written into the copy):
 * launch to a usable worklist; the first case opened as soon as the worklist is listed (timed from the
 * click and from the window being shown); the next case (warm); the first case again, its files
 * unchanged (reopen: counted digitising and OCR must be 0); then every other sample once and again.
 * Prints one {@code key=value} line per figure for bench/case-open.sh, which runs it in fresh JVMs and
 * prints medians and ratios; not a test. Arguments: samples folder, first case, second case, warm rounds.
 */
public final class UiStartupBench {

    public static void main(String[] args) throws Exception {
        long mainStart = System.nanoTime();
        Path samples = Path.of(args.length > 0 ? args[0] : "samples").toAbsolutePath();
        String firstName = args.length > 1 ? args[1] : "01-brain-glioblastoma-criteria-met";
        String secondName = args.length > 2 ? args[2] : "02-oropharynx-cgy-second-sheet-criteria-met";
        int rounds = args.length > 3 ? Math.max(0, Integer.parseInt(args[3])) : 1;
        Path workspace = copy(samples);

        HeadlessFx.start(1600, 1000);
        CompletableFuture<MainWindow> shown = new CompletableFuture<>();
        long[] shownAt = new long[1];
        Platform.runLater(() -> {
            MainWindow window = new MainWindow(WorkstationServices.standard(), null);
            Scene scene = new Scene(window, 1440, 900);
            Theme.LIGHT.apply(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            shownAt[0] = System.nanoTime();
            window.openWorkspace(workspace);
            shown.complete(window);
        });
        MainWindow window = shown.get(120, TimeUnit.SECONDS);
        waitFor(() -> !window.worklistView().table().getItems().isEmpty());
        long listedAt = System.nanoTime();
        Path first = workspace.resolve(firstName);
        Path second = workspace.resolve(secondName);

        long clickedAt = System.nanoTime();
        double firstOpen = openAndWait(window, first);
        double firstSinceShown = (System.nanoTime() - shownAt[0]) / 1e6;
        double secondOpen = openAndWait(window, second);
        long digitisedBefore = DvhImageDigitizer.runs();
        long ocrBefore = PageOcr.pagesRead();
        double reopen = openAndWait(window, first);
        long digitised = DvhImageDigitizer.runs() - digitisedBefore;
        long ocred = PageOcr.pagesRead() - ocrBefore;
        openAndWait(window, second);
        double reopen2 = openAndWait(window, first);

        List<Path> cases = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(workspace)) {
            dirs.filter(Files::isDirectory).sorted().forEach(cases::add);
        }
        List<Double> later = new ArrayList<>();
        List<Double> reopened = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (Path c : cases) {
                (round == 0 && !c.equals(first) && !c.equals(second) ? later : reopened).add(openAndWait(window, c));
            }
        }
        double anchor = anchorMs();
        System.out.printf("load=%.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("worklist_ms=%.0f%n", (listedAt - mainStart) / 1e6);
        System.out.printf("window_shown_ms=%.0f%n", (shownAt[0] - mainStart) / 1e6);
        System.out.printf("first_open_ms=%.0f%n", firstOpen);
        System.out.printf("first_open_after_shown_ms=%.0f%n", firstSinceShown);
        System.out.printf("first_click_after_listed_ms=%.0f%n", (clickedAt - listedAt) / 1e6);
        System.out.printf("second_open_ms=%.0f%n", secondOpen);
        System.out.printf("reopen_ms=%.1f%n", reopen);
        System.out.printf("reopen_again_ms=%.1f%n", reopen2);
        System.out.printf("reopen_digitised=%d%n", digitised);
        System.out.printf("reopen_ocr_pages=%d%n", ocred);
        if (!later.isEmpty()) {
            System.out.printf("later_median_ms=%.0f%nlater_max_ms=%.0f%n", median(later), Collections.max(later));
        }
        if (!reopened.isEmpty()) {
            System.out.printf("reopened_median_ms=%.1f%nreopened_max_ms=%.1f%n", median(reopened), Collections.max(reopened));
        }
        System.out.printf("anchor_ms=%.1f%n", anchor);
        Platform.exit();
        System.exit(0);
    }

    /**
     * A fixed piece of CPU work (SHA-256 of 8 MiB, best of 5) measured in the same JVM after the opens:
     * about 20 ms on a quiet core of this machine; the ratios against it follow the machine's load.
     */
    private static double anchorMs() throws Exception {
        byte[] data = new byte[8 << 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            MessageDigest.getInstance("SHA-256").digest(data);
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        return best;
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> f = new CompletableFuture<>();
            Platform.runLater(() -> f.complete(condition.getAsBoolean()));
            if (f.get(120, TimeUnit.SECONDS)) {
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
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static Path copy(Path samples) throws Exception {
        Path target = Files.createTempDirectory("imrt-bench-");
        try (Stream<Path> walk = Files.walk(samples)) {
            for (Path p : walk.toList()) {
                if (p.toString().contains(".imrt-review")) {
                    continue;
                }
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
