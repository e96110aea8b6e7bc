package org.imrtreview;

import org.imrtreview.cli.Cli;

/**
 * Entry point of the jar. With arguments it runs a headless subcommand (no JavaFX class is touched);
 * without, it opens the workstation window. A plain class, because a class extending
 * {@code Application} cannot be the main class of a classpath jar.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.imrtreview.ui.WorkstationApp.launchWindow(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
