package org.imrtreview;

import java.util.Locale;
import org.imrtreview.cli.Cli;

/**
 * Entry point of the jar. With arguments it runs a headless subcommand (no JavaFX class is touched);
 * without, it opens the workstation window. A plain class, because a class extending
 * {@code Application} cannot be the main class of a classpath jar.
 */
public final class Launcher {

    /**
     * The subcommands' names and aliases, written out so that deciding window or command loads neither
     * picocli nor the command classes in the launcher's JVM (decision 0432: reading them from the
     * annotations cost that JVM 40–50 ms of CPU); {@code LauncherCommandWordsTest} holds them equal to
     * what picocli registers.
     */
    static final java.util.Set<String> COMMAND_WORDS = java.util.Set.of("audit", "chart", "constraints", "db", "digitize",
            "dvh", "evaluate", "gui", "help", "letter", "pas-import", "pas-response", "physician", "report", "snapshot",
            "template");

    private Launcher() {
    }

    public static void main(String[] args) {
        boolean window = args.length == 0 || opensInWindow(args);
        int relaunched = ClassDataSharing.relaunch(args, window);
        if (relaunched >= 0) {
            System.exit(relaunched);
        }
        // PDF text whose font is not embedded is drawn with the bundled faces, never the machine's (decision 0650)
        org.imrtreview.intake.pdf.BundledPdfFonts.install();
        if (window) {
            if (!displayAvailable()) {
                System.err.println("The workstation window needs a desktop display, and none was found (DISPLAY is not set)."
                        + " Headless commands still work: java -jar imrt-review.jar --help");
                System.exit(2);
            }
            try {
                org.imrtreview.ui.WorkstationApp.launchWindow(args);
            } catch (RuntimeException e) {
                String why = windowStartFailure(e);
                if (why == null) {
                    throw e;
                }
                System.err.println(why);
                System.exit(2);
            }
            return;
        }
        System.exit(Cli.run(args));
    }

    /**
     * Paths handed over by the desktop ("Open with", a double-clicked PDF, a folder dropped on the
     * launcher) open in the window; anything else (a command, an option) is for the command line.
     */
    static boolean opensInWindow(String[] args) {
        if (COMMAND_WORDS.contains(args[0])) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            // --db URL|WORKSPACE|none points the window at a team database (docs/team.md)
            if (a.equals("--db") && i + 1 < args.length) {
                i++;
                continue;
            }
            if (a.startsWith("--db=")) {
                continue;
            }
            java.nio.file.Path p = org.imrtreview.ui.DesktopPaths.of(a);
            if (a.startsWith("-") || p == null || !java.nio.file.Files.exists(p)) {
                return false;
            }
        }
        return true;
    }

    /** On Linux/BSD a window needs X11 or Wayland; Windows and macOS always have a desktop. */
    static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    /**
     * A plain sentence for a window that could not start because the desktop lacks what JavaFX draws
     * with (on Linux, GTK 3), instead of a stack trace; {@code null} for any other failure.
     */
    static String windowStartFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (t instanceof UnsupportedOperationException && m != null && m.contains("GTK")) {
                return "The workstation window could not start: this desktop lacks GTK 3, which JavaFX draws with"
                        + " (on Debian or Ubuntu: apt-get install libgtk-3-0). Headless commands still work:"
                        + " java -jar imrt-review.jar --help";
            }
            if (t instanceof UnsupportedOperationException && m != null && m.contains("open DISPLAY")) {
                return "The workstation window could not start: the desktop display " + System.getenv("DISPLAY")
                        + " could not be opened (is the desktop session running, and is this user allowed on it?)."
                        + " Headless commands still work: java -jar imrt-review.jar --help";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
