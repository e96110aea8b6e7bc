package org.imrtreview.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.ui.common.Theme;
import org.imrtreview.ui.snapshot.CaseSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code snapshot CASE --out shot.png}: renders the case review screen to PNG, no display needed. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Render the case review screen for CASE to a PNG image (works without a display).",
            "Given a workspace (a folder of case folders) it renders the worklist instead."})
public final class SnapshotCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d{3,5})[xX](\\d{3,5})");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder (or a single submitted file).")
    Path caseFolder;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the PNG.")
    Path out;

    @Option(names = "--size", defaultValue = "1600x1000", paramLabel = "WxH", description = "Window size (default ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark", description = "Theme (default ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N", description = "Pixel scale, e.g. 2 for a high-DPI image (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--tab", paramLabel = "NAME",
            description = "Bring a lower tab of the case screen to the front: images, overlay, digitised, request, letter, history.")
    String tab;

    @Option(names = "--evidence", paramLabel = "FILE",
            description = "Open this document of the case in the evidence window (as \"Open in own window\" does) and"
                    + " render that window instead, at the size it opens at on a screen of --size.")
    String evidence;

    @Override
    public Integer call() throws Exception {
        Matcher m = SIZE.matcher(size.strip());
        if (!m.matches()) {
            spec.commandLine().getErr().println("error: --size must look like 1600x1000");
            return 1;
        }
        if (!theme.equalsIgnoreCase("light") && !theme.equalsIgnoreCase("dark")) {
            spec.commandLine().getErr().println("error: --theme must be light or dark");
            return 1;
        }
        if (scale < 0.5 || scale > 4) {
            spec.commandLine().getErr().println("error: --scale must be between 0.5 and 4");
            return 1;
        }
        if (tab != null && !tab.strip().toLowerCase(java.util.Locale.ROOT)
                .matches("images|overlay|digitised|request|letter|history")) {
            spec.commandLine().getErr().println("error: --tab must be images, overlay, digitised, request, letter or history");
            return 1;
        }
        if (!Files.exists(caseFolder)) {
            spec.commandLine().getErr().println("error: no such case folder: " + caseFolder);
            return 2;
        }
        CaseSnapshot.render(caseFolder.toAbsolutePath(), out,
                new CaseSnapshot.Options(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Theme.parse(theme), scale, tab, evidence));
        spec.commandLine().getOut().println("wrote " + out);
        return 0;
    }
}
