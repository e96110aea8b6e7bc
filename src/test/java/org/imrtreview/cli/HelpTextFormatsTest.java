package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help} is formatted, not printed raw: a lone '%' in a description (picocli reads
 * descriptions as format strings) made {@code dvh --help} and {@code digitize --help} print "[picocli WARN]
 * Could not format …" lines above the usage.
 */
class HelpTextFormatsTest {

    @Test
    void everyCommandsHelpFormatsWithoutWarnings() {
        List<String> problems = new ArrayList<>();
        List<CommandLine> all = new ArrayList<>();
        collect(new CommandLine(new Cli()), all);
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (CommandLine cl : all) {
                String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
                if (usage.contains("%n") || usage.contains("%%")) {
                    problems.add(cl.getCommandName() + ": unformatted text in its usage");
                }
            }
        } finally {
            System.setErr(saved);
        }
        String warnings = captured.toString(StandardCharsets.UTF_8);
        assertTrue(all.size() > 10, "every command and subcommand: " + all.size());
        assertEquals("", warnings);
        assertEquals(List.of(), problems);
    }

    @Test
    void aPercentInADescriptionIsPrintedAsOne() {
        String usage = new CommandLine(new Cli()).getSubcommands().get("digitize").getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(usage.contains("Volume (%) at the frame's bottom and top edges."), usage);
    }

    private static void collect(CommandLine cl, List<CommandLine> all) {
        all.add(cl);
        cl.getSubcommands().values().forEach(sub -> collect(sub, all));
    }
}
