package org.imrtreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imrtreview.cli.Cli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Decision 0432: the launcher tells a command from the window by a list of words that is the same as the
 * subcommands picocli registers, and deciding so loads no picocli class and no command class (counted in a
 * class loader of its own, as in the launcher's fresh JVM).
 */
class LauncherCommandWordsTest {

    @Test
    void theWordsAreTheCommandsPicocliRegisters() {
        assertEquals(new CommandLine(new Cli()).getSubcommands().keySet(), Launcher.COMMAND_WORDS);
        for (String word : Launcher.COMMAND_WORDS) {
            assertTrue(Cli.isCommand(word), word);
        }
    }

    /** Exposes which classes this loader itself has loaded. */
    private static final class Counting extends URLClassLoader {
        Counting(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Test
    void decidingWindowOrCommandLoadsNoPicocliAndNoCommand() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        try (Counting loader = new Counting(urls.toArray(URL[]::new))) {
            Class<?> launcher = loader.loadClass("org.imrtreview.Launcher");
            assertEquals(loader, launcher.getClassLoader(), "the launcher loaded afresh");
            Method decide = launcher.getDeclaredMethod("opensInWindow", String[].class);
            decide.setAccessible(true);
            assertFalse((Boolean) decide.invoke(null, (Object) new String[] {"evaluate", "samples/01"}));
            assertFalse((Boolean) decide.invoke(null, (Object) new String[] {"--help"}));
            for (String name : Set.of("picocli.CommandLine", "picocli.CommandLine$Command", "org.imrtreview.cli.Cli",
                    "org.imrtreview.cli.EvaluateCommand")) {
                assertFalse(loader.loaded(name), name + " loaded to decide");
            }
        }
    }
}
