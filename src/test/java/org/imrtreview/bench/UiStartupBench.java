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
            WorkstationServices services = WorkstationServices.standard();
            MainWindow window = new MainWindow(services.withTasks(new SpanTasks(services.tasks())), null);
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

        // bench.awaitWarmUp: the first case is opened once the warm-up as the list arrives has run (decision 0312)
        if (Boolean.getBoolean("bench.awaitWarmUp")) {
            org.imrtreview.intake.IntakeWarmUp.await(300_000);
        }
        // bench.firstWait: the nurse opens the first case this many ms after the list arrived
        Thread.sleep(Math.max(0, Long.getLong("bench.firstWait", 0) - (System.nanoTime() - listedAt) / 1_000_000));
        long clickedAt = System.nanoTime();
        double firstOpen = openAndWait(window, first);
        double firstCpu = lastCpuMs;
        double firstSinceShown = (System.nanoTime() - shownAt[0]) / 1e6;
        double secondOpen = openAndWait(window, second);
        double secondCpu = lastCpuMs;
        double secondFxCpu = lastFxCpuMs;
        long digitisedBefore = DvhImageDigitizer.runs();
        long ocrBefore = PageOcr.pagesRead();
        long picturesBefore = org.imrtreview.ui.viewer.ShownImages.made();
        double reopen = openAndWait(window, first);
        double reopenCpu = lastCpuMs;
        double reopenFxCpu = lastFxCpuMs;
        long digitised = DvhImageDigitizer.runs() - digitisedBefore;
        long ocred = PageOcr.pagesRead() - ocrBefore;
        long pictures = org.imrtreview.ui.viewer.ShownImages.made() - picturesBefore;
        openAndWait(window, second);
        double reopen2 = openAndWait(window, first);

        List<Path> cases = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(workspace)) {
            dirs.filter(Files::isDirectory).sorted().forEach(cases::add);
        }
        List<Double> later = new ArrayList<>();
        String laterMaxCase = "";
        List<Double> reopened = new ArrayList<>();
        List<Double> reopenedCpu = new ArrayList<>();
        List<Double> laterCpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (Path c : cases) {
                double ms = openAndWait(window, c);
                if (round == 0 && !c.equals(first) && !c.equals(second)) {
                    later.add(ms);
                    laterCpu.add(lastCpuMs);
                    if (ms >= Collections.max(later)) {
                        laterMaxCase = c.getFileName().toString();
                    }
                } else {
                    reopened.add(ms);
                    reopenedCpu.add(lastCpuMs);
                }
            }
        }
        int alternate = Integer.getInteger("bench.alternate", 0);
        List<Double> alternated = new ArrayList<>();
        List<Double> alternatedCpu = new ArrayList<>();
        List<Double> alternatedFxCpu = new ArrayList<>();
        java.util.Map<String, Long> threadsBefore = threadCpu();
        java.util.Map<String, Long> osThreadsBefore = osThreadCpu();
        long alternateCpu0 = processCpu();
        for (int i = 0; i < alternate; i++) {
            alternated.add(openAndWait(window, i % 2 == 0 ? first : second));
            alternatedCpu.add(lastCpuMs);
            alternatedFxCpu.add(lastFxCpuMs);
        }
        java.util.Map<String, Long> threadsAfter = threadCpu();
        java.util.Map<String, Long> osThreadsAfter = osThreadCpu();
        long alternateCpu1 = processCpu();
        // a nurse working down the list: each case in the worklist's shown order, opened after she stayed
        // bench.pace ms on the one before (what reading the next case ahead is for: decision 0297)
        int pace = Integer.getInteger("bench.pace", 0);
        List<Double> paced = new ArrayList<>();
        List<Double> pacedCpu = new ArrayList<>();
        int pacedReadOnOpen = 0;
        String pacedMaxCase = "";
        if (pace > 0) {
            CompletableFuture<List<Path>> order = new CompletableFuture<>();
            Platform.runLater(() -> order.complete(window.worklistView().shownOrder().stream()
                    .map(org.imrtreview.store.worklist.WorklistEntry::folder).toList()));
            // bench.paceStep=N: every Nth case only (she skips the ones between: 1 = each in turn)
            int step = Math.max(1, Integer.getInteger("bench.paceStep", 1));
            List<Path> inOrder = order.get(120, TimeUnit.SECONDS);
            for (int k = 0; k < inOrder.size(); k += step) {
                Path c = inOrder.get(k);
                Thread.sleep(pace);
                long work0 = DvhImageDigitizer.runs() + PageOcr.pagesRead();
                double ms = openAndWait(window, c);
                if (DvhImageDigitizer.runs() + PageOcr.pagesRead() > work0) {
                    pacedReadOnOpen++; // something was digitised or OCR'd while she waited for this case
                }
                pacedCpu.add(lastCpuMs);
                paced.add(ms);
                if (ms >= Collections.max(paced)) {
                    pacedMaxCase = c.getFileName().toString();
                }
            }
        }
        double anchor = anchorMs();
        if (!alternated.isEmpty()) {
            long javaThreads = 0;
            for (var e : threadsAfter.entrySet()) {
                long d = e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L);
                javaThreads += d;
                if (d > 0 && SPANS) {
                    System.err.printf("threadcpu %s %.0f ms per open%n", e.getKey(), d / 1e6 / alternate);
                }
            }
            if (SPANS) {
                System.err.printf("threadcpu <not Java threads: JIT, GC> %.0f ms per open%n",
                        (alternateCpu1 - alternateCpu0 - javaThreads) / 1e6 / alternate);
                for (var e : osThreadsAfter.entrySet()) {
                    long d = e.getValue() - osThreadsBefore.getOrDefault(e.getKey(), 0L);
                    if (d > 0) {
                        System.err.printf("osthreadcpu %s %.0f ms per open%n", e.getKey(), d / 1e6 / alternate);
                    }
                }
            }
            System.out.printf("alternate_median_ms=%.1f%nalternate_cpu_median_ms=%.1f%nalternate_fx_cpu_median_ms=%.1f%n",
                    median(alternated), median(alternatedCpu), median(alternatedFxCpu));
        }
        if (!paced.isEmpty()) {
            System.out.printf("paced_median_ms=%.1f%npaced_max_ms=%.1f%npaced_max_case=%s%n", median(paced),
                    Collections.max(paced), pacedMaxCase);
            System.out.printf("paced_cpu_median_ms=%.1f%npaced_opens=%d%npaced_read_on_open=%d%n", median(pacedCpu),
                    paced.size(), pacedReadOnOpen);
        }
        System.out.printf("load=%.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("worklist_ms=%.0f%n", (listedAt - mainStart) / 1e6);
        System.out.printf("window_shown_ms=%.0f%n", (shownAt[0] - mainStart) / 1e6);
        System.out.printf("first_open_ms=%.0f%n", firstOpen);
        System.out.printf("first_open_after_shown_ms=%.0f%n", firstSinceShown);
        System.out.printf("first_open_cpu_ms=%.0f%n", firstCpu);
        System.out.printf("warmup_cpu_ms=%d%n", org.imrtreview.intake.IntakeWarmUp.cpuMs());
        System.out.printf("first_click_after_listed_ms=%.0f%n", (clickedAt - listedAt) / 1e6);
        System.out.printf("second_open_ms=%.0f%n", secondOpen);
        System.out.printf("reopen_ms=%.1f%n", reopen);
        System.out.printf("reopen_again_ms=%.1f%n", reopen2);
        System.out.printf("second_open_cpu_ms=%.0f%nsecond_open_fx_cpu_ms=%.0f%n", secondCpu, secondFxCpu);
        System.out.printf("reopen_cpu_ms=%.0f%nreopen_fx_cpu_ms=%.0f%n", reopenCpu, reopenFxCpu);
        System.out.printf("reopen_digitised=%d%n", digitised);
        System.out.printf("reopen_ocr_pages=%d%n", ocred);
        System.out.printf("reopen_pictures_made=%d%n", pictures);
        if (!later.isEmpty()) {
            System.out.printf("later_median_ms=%.0f%nlater_max_ms=%.0f%nlater_max_case=%s%n", median(later), Collections.max(later),
                    laterMaxCase);
            System.out.printf("later_cpu_median_ms=%.0f%n", median(laterCpu));
        }
        if (!reopened.isEmpty()) {
            System.out.printf("reopened_median_ms=%.1f%nreopened_max_ms=%.1f%n", median(reopened), Collections.max(reopened));
            System.out.printf("reopened_cpu_median_ms=%.0f%n", median(reopenedCpu));
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
        SpanTasks.reset();
        if (SPANS) {
            System.err.printf("mark open %s uptime=%d%n", caseFolder.getFileName(), ManagementFactory.getRuntimeMXBean().getUptime());
        }
        long t0 = System.nanoTime();
        long cpu0 = processCpu();
        long fx0 = fxCpu();
        long[] click = new long[1];
        Platform.runLater(() -> {
            long c0 = System.nanoTime();
            window.viewModel().openCase(caseFolder);
            click[0] = System.nanoTime() - c0;
        });
        waitFor(() -> !window.viewModel().caseLoadingProperty().get() && window.viewModel().review().submittedCase() != null
                && caseFolder.equals(window.viewModel().review().submittedCase().folder()));
        long shown = System.nanoTime();
        pulse();
        long end = System.nanoTime();
        lastCpuMs = (processCpu() - cpu0) / 1e6;
        lastFxCpuMs = (fxCpu() - fx0) / 1e6;
        if (SPANS) {
            System.err.printf("span %s total=%.0f cpu=%.0f fxcpu=%.0f click=%.0f %s pulse=%.0f%n", caseFolder.getFileName(),
                    (end - t0) / 1e6, lastCpuMs, lastFxCpuMs, click[0] / 1e6, SpanTasks.summary(), (end - shown) / 1e6);
        }
        return (end - t0) / 1e6;
    }

    /** CPU of the whole process and of the FX thread during the last open (load-insensitive, unlike wall time). */
    private static double lastCpuMs;
    private static double lastFxCpuMs;
    private static volatile long fxThreadId = -1;

    private static java.util.Map<String, Long> threadCpu() {
        var mx = ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> cpu = new java.util.TreeMap<>();
        for (var t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null) {
                cpu.merge(t.getThreadName().replaceAll("\\d+$", "#"), Math.max(0, mx.getThreadCpuTime(t.getThreadId())), Long::sum);
            }
        }
        return cpu;
    }

    /**
     * CPU of every thread of this process by its operating-system name (Linux {@code /proc/self/task}),
     * the JVM's own threads included (compilers, collector): nanoseconds, at the kernel's tick (10 ms).
     */
    private static java.util.Map<String, Long> osThreadCpu() {
        java.util.Map<String, Long> cpu = new java.util.TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+$", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    cpu.merge(name, ticks * 10_000_000L, Long::sum);
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended
                }
            }
        } catch (java.io.IOException e) {
            // not Linux
        }
        return cpu;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long fxCpu() throws Exception {
        if (fxThreadId < 0) {
            CompletableFuture<Long> id = new CompletableFuture<>();
            Platform.runLater(() -> id.complete(Thread.currentThread().getId()));
            fxThreadId = id.get(120, TimeUnit.SECONDS);
        }
        return ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThreadId);
    }

    private static final boolean SPANS = Boolean.getBoolean("bench.spans");

    /** The window's executor, timing each task's work (background) and its callback (FX thread). */
    private static final class SpanTasks implements org.imrtreview.ui.common.TaskExecutor {
        private static final StringBuffer LOG = new StringBuffer();
        private final org.imrtreview.ui.common.TaskExecutor inner;

        SpanTasks(org.imrtreview.ui.common.TaskExecutor inner) {
            this.inner = inner;
        }

        static void reset() {
            LOG.setLength(0);
        }

        static String summary() {
            return LOG.toString();
        }

        @Override
        public <T> Cancellable execute(String description, java.util.concurrent.Callable<T> work,
                                       java.util.function.Consumer<? super T> onSuccess,
                                       java.util.function.Consumer<Throwable> onFailure) {
            long queued = System.nanoTime();
            String name = description.replaceAll("\\s+", "_");
            name = name.length() > 24 ? name.substring(0, 24) : name;
            String n = name;
            long[] done = new long[1];
            return inner.execute(description, () -> {
                long w0 = System.nanoTime();
                try {
                    return work.call();
                } finally {
                    done[0] = System.nanoTime();
                    LOG.append(String.format("[%s wait=%.0f work=%.0f", n, (w0 - queued) / 1e6, (done[0] - w0) / 1e6));
                }
            }, r -> {
                long f0 = System.nanoTime();
                onSuccess.accept(r);
                LOG.append(String.format(" toFx=%.0f fx=%.0f] ", (f0 - done[0]) / 1e6, (System.nanoTime() - f0) / 1e6));
            }, e -> {
                onFailure.accept(e);
                LOG.append(" failed] ");
            });
        }

        @Override
        public javafx.beans.property.ReadOnlyIntegerProperty runningProperty() {
            return inner.runningProperty();
        }

        @Override
        public javafx.beans.property.ReadOnlyStringProperty messageProperty() {
            return inner.messageProperty();
        }

        @Override
        public void shutdown() {
            inner.shutdown();
        }

        @Override
        public java.util.concurrent.Executor executor() {
            return inner.executor();
        }
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
