package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The launcher's cheap question "is this word a command?" answers as picocli's own model does (decision 0360). */
class CliCommandNamesTest {

    @Test
    void theAnnotationsNameTheSameCommandsAsPicocliRegisters() {
        assertEquals(new CommandLine(new Cli()).getSubcommands().keySet(), Cli.commandNames());
    }

    @Test
    void everyCommandIsACommandAndNothingElseIs() {
        for (String name : new CommandLine(new Cli()).getSubcommands().keySet()) {
            assertTrue(Cli.isCommand(name), name);
        }
        for (String word : Set.of("Evaluate", "evaluat", "--help", "-h", "samples", "")) {
            assertFalse(Cli.isCommand(word), word);
        }
    }
}
