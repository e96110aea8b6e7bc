package org.imrtreview.ui.snapshot;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for off-screen work. With no display (no DISPLAY on Linux, or
 * java.awt.headless=true) it selects Monocle's headless platform and software rendering — these
 * properties only work when set before the toolkit starts, hence this one entry point.
 */
public final class HeadlessFx {
    private static volatile boolean started;

    private HeadlessFx() {
    }

    public static boolean needsHeadless() {
        if (Boolean.getBoolean("java.awt.headless")) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean unixLike = !os.contains("win") && !os.contains("mac");
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return unixLike && (display == null || display.isBlank()) && (wayland == null || wayland.isBlank());
    }

    /** Starts the toolkit once; {@code width}x{@code height} sizes Monocle's virtual screen. */
    public static synchronized void start(int width, int height) throws InterruptedException {
        if (started) {
            return;
        }
        if (needsHeadless()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", System.getProperty("prism.text", "t2k"));
            System.setProperty("java.awt.headless", "true");
            System.setProperty("headless.geometry", Math.max(width, 1280) + "x" + Math.max(height, 800) + "-32");
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        Platform.setImplicitExit(false);
        if (!ready.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start");
        }
        started = true;
    }
}
