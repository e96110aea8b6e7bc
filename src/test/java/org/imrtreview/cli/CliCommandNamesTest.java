package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The launcher's cheap question "is this word a command?" (decision 0360) and the model of only the named
 * subcommand (decision 0361) answer, parse and print as picocli's whole model does.
 */
class CliCommandNamesTest {

    private static final Map<String, CommandLine> WHOLE = new CommandLine(new Cli()).getSubcommands();

    @Test
    void theAnnotationsNameTheSameCommandsAsPicocliRegisters() {
        assertEquals(WHOLE.keySet(), Cli.commandNames());
    }

    @Test
    void everyCommandIsACommandAndNothingElseIs() {
        for (String name : WHOLE.keySet()) {
            assertTrue(Cli.isCommand(name), name);
        }
        for (String word : Set.of("Evaluate", "evaluat", "--help", "-h", "samples", "")) {
            assertFalse(Cli.isCommand(word), word);
        }
    }

    @Test
    void aNamedSubcommandAloneHasTheSameUsageAsInTheWholeModel() {
        for (String name : WHOLE.keySet()) {
            CommandLine alone = Cli.commandLine(name).getSubcommands().get(name);
            assertNotNull(alone, name);
            assertSameUsage(WHOLE.get(name), alone);
        }
    }

    @Test
    void helpVersionAndAnUnknownOptionPrintTheSameWithEitherModel() {
        for (String name : WHOLE.keySet()) {
            List<List<String>> calls = new ArrayList<>();
            calls.add(List.of(name, "--help"));
            calls.add(List.of(name, "-V"));
            calls.add(List.of(name, "--no-such-option-anywhere"));
            for (String nested : WHOLE.get(name).getSubcommands().keySet()) {
                calls.add(List.of(name, nested, "--help"));
                calls.add(List.of(name, nested, "--no-such-option-anywhere"));
            }
            for (List<String> call : calls) {
                String[] args = call.toArray(String[]::new);
                assertEquals(run(new CommandLine(new Cli()), args), run(Cli.commandLine(args), args), call.toString());
            }
        }
    }

    @Test
    void anythingButANamedCommandGetsTheWholeModel() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "evaluate"},
                new String[] {"samples/01"})) {
            assertEquals(WHOLE.keySet(), Cli.commandLine(args).getSubcommands().keySet());
        }
    }

    private static void assertSameUsage(CommandLine expected, CommandLine actual) {
        assertEquals(expected.getUsageMessage(), actual.getUsageMessage(), expected.getCommandSpec().qualifiedName());
        assertEquals(expected.getSubcommands().keySet(), actual.getSubcommands().keySet());
        for (String nested : expected.getSubcommands().keySet()) {
            assertSameUsage(expected.getSubcommands().get(nested), actual.getSubcommands().get(nested));
        }
    }

    private static String run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(cl, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return code + "\n--out--\n" + out + "\n--err--\n" + err;
    }
}
