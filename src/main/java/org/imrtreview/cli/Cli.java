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
        return subcommandNamed(word) != null;
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
        return execute(commandLine(args), out, err, args);
    }

    /**
     * Picocli's model for these arguments. When the first one names a subcommand (other than
     * {@code help}), only that subcommand's model is built, under a top command made from this
     * class's own annotation without its subcommand list (decision 0361): building the model of all
     * of them by reflection was about 75 ms of every cold command for subcommands it never runs.
     * Parsing, usage texts and errors of the named subcommand are the same
     * ({@code CliCommandNamesTest}); anything else (no arguments, an option, {@code help}, a word
     * that is not a command) gets the whole model as before.
     */
    static CommandLine commandLine(String... args) {
        Class<?> named = args.length == 0 ? null : subcommandNamed(args[0]);
        if (named == null || named == CommandLine.HelpCommand.class) {
            return new CommandLine(new Cli());
        }
        Command top = Cli.class.getAnnotation(Command.class);
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.wrapWithoutInspection(new Cli());
        spec.name(top.name());
        spec.version(top.version());
        spec.mixinStandardHelpOptions(top.mixinStandardHelpOptions());
        spec.usageMessage().description(top.description());
        CommandLine cl = new CommandLine(spec);
        try {
            cl.addSubcommand(CommandLine.defaultFactory().create(named));
        } catch (Exception e) {
            return new CommandLine(new Cli());
        }
        return cl;
    }

    private static Class<?> subcommandNamed(String word) {
        for (Class<?> sub : Cli.class.getAnnotation(Command.class).subcommands()) {
            Command c = sub.getAnnotation(Command.class);
            if (c.name().equals(word) || java.util.List.of(c.aliases()).contains(word)) {
                return sub;
            }
        }
        return null;
    }

    static int execute(CommandLine cl, PrintWriter out, PrintWriter err, String... args) {
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
