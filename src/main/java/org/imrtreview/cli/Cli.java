package org.imrtreview.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless commands. Each subcommand is one class in this package. */
@Command(name = "imrt-review", mixinStandardHelpOptions = true, version = "IMRT Review Workstation 0.1",
        description = "Reviews IMRT preauthorization submissions (3D-CRT vs IMRT DVH comparison).",
        subcommands = {
            CommandLine.HelpCommand.class,
            GuiCommand.class,
            EvaluateCommand.class,
            DvhCommand.class,
            ChartCommand.class,
            ConstraintsCommand.class,
            TemplateCommand.class,
            LetterCommand.class,
            SnapshotCommand.class,
            DigitizeCommand.class,
            PasImportCommand.class,
            PasResponseCommand.class,
            PhysicianCommand.class,
            ReportCommand.class,
            AuditCommand.class,
            DbCommand.class
        })
public final class Cli implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /**
     * Whether the word names a subcommand (so a folder of that name is not opened). Read from the
     * {@code @Command} annotations, not from a {@link CommandLine} model: the launcher asks this in the
     * JVM that only starts the real one (decision 0360), where building picocli's model of every
     * subcommand by reflection cost about 0.4 s of a cold command. The same names as the model's
     * ({@code CliCommandNamesTest}).
     */
    public static boolean isCommand(String word) {
        return commandNames().contains(word);
    }

    /** The subcommands' names and aliases, as picocli registers them. */
    static java.util.Set<String> commandNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Class<?> sub : Cli.class.getAnnotation(Command.class).subcommands()) {
            Command c = sub.getAnnotation(Command.class);
            names.add(c.name());
            names.addAll(java.util.List.of(c.aliases()));
        }
        return names;
    }

    /** Runs the command line and returns the exit code (0 ok, 2 unreadable input, 1 usage error). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // never a stack trace, never a library's message (it may quote the submission's content)
            err.println("error: the command failed unexpectedly (" + ex.getClass().getSimpleName() + ")");
            err.flush();
            return 1;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: not enough memory to finish (a file in the case is too large); run with a larger -Xmx");
            err.flush();
            return 1;
        } catch (StackOverflowError e) {
            err.println("error: a file in the case is nested too deeply to read (damaged or hostile)");
            err.flush();
            return 1;
        }
    }
}
