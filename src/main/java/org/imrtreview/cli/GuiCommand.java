package org.imrtreview.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gui [--db URL|WORKSPACE|none]}: opens the workstation window (same as running without arguments). */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the workstation window.")
public final class GuiCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "URL|WORKSPACE|none",
            description = "Work on this team database (jdbc:postgresql://..., or a workspace folder's embedded one);"
                    + " remembered for later starts. 'none': back to saving beside each case (docs/team.md).")
    String db;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (db != null) {
            args.add("--db");
            args.add(db);
        }
        org.imrtreview.ui.WorkstationApp.launchWindow(args.toArray(String[]::new));
        return 0;
    }
}
