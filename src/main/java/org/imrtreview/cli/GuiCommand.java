package org.imrtreview.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code gui}: opens the workstation window (same as running without arguments). */
@Command(name = "gui", description = "Open the workstation window.")
public final class GuiCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        org.imrtreview.ui.WorkstationApp.launchWindow(new String[0]);
        return 0;
    }
}
