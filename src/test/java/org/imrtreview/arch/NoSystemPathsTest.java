package org.imrtreview.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Neither the application nor its tests may name a file outside the project, the JDK and Maven's
 * downloads: a fresh machine has no Liberation fonts, no tesseract in /usr/bin, and a Windows or
 * macOS machine has none of the Linux folders at all. Scans every string literal in src/main and
 * src/test Java code, and the text resources, for absolute system paths (Unix system folders,
 * drive letters, UNC shares, home-relative paths).
 *
 * <p>Allowed: the few optional paths listed in {@link #ALLOWED}, each used only with a fallback for
 * other platforms (docs/install.md, "Absolute paths"). Comments are not scanned.
 */
class NoSystemPathsTest {

    /** file (relative to the project) → literal it may hold, and why. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            // Tesseract's debug_file: the platform's null device, "NUL" on Windows.
            "src/main/java/org/imrtreview/ocr/TesseractReader.java", Set.of("/dev/null"),
            // a benchmark's CPU per operating-system thread (Linux); no such folder: the rows are left out
            "src/test/java/org/imrtreview/bench/UiStartupBench.java", Set.of("/proc/self/task"),
            // the computer's name for a team store's own-lock take-back (0551), after COMPUTERNAME; none: the lock expires
            "src/main/java/org/imrtreview/store/db/ClientProcess.java", Set.of("/proc/sys/kernel/hostname", "/etc/hostname",
                    "/etc/machine-id", "/var/lib/dbus/machine-id"));

    private static final String ROOTS = "usr|etc|tmp|opt|var|home|root|dev|proc|sys|bin|sbin|lib|lib32|lib64|mnt|"
            + "media|srv|run|snap|nix|Library|System|Applications|Users|Volumes|private";

    /** An absolute system path at the start of a literal (optionally after file: or file://). */
    private static final Pattern SYSTEM_PATH = Pattern.compile(
            "^(?:file:(?://)?)?(?:/(?:" + ROOTS + ")(?:/|$)|[A-Za-z]:[\\\\/]|\\\\\\\\[A-Za-z]|~/)");

    /** A system folder anywhere in a text resource, after whitespace, a quote, = or > (XML, properties, CSS). */
    private static final Pattern SYSTEM_PATH_IN_TEXT = Pattern.compile(
            "(?:^|[\\s\"'=>(])(?:/(?:" + ROOTS + ")/|[A-Za-z]:\\\\)");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    /** Text resources that configure the application (not fixtures, which quote real documents). */
    private static final Set<String> CONFIG_EXTENSIONS = Set.of(".xml", ".properties", ".css", ".json", ".fxml");

    @Test
    void noCodeOrConfigurationNamesAnAbsoluteSystemPath() throws IOException {
        Path project = Path.of("").toAbsolutePath();
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            for (Path file : files(project.resolve(root), ".java")) {
                if (!file.getFileName().toString().equals(NoSystemPathsTest.class.getSimpleName() + ".java")) {
                    scanJava(project, file, found); // this file's examples are paths on purpose
                }
            }
        }
        for (Path file : files(project.resolve("src/main/resources"), "")) {
            String name = file.getFileName().toString();
            if (CONFIG_EXTENSIONS.stream().anyMatch(name::endsWith)) {
                scanText(project, file, found);
            }
        }
        assertEquals(List.of(), found, "absolute system paths in code; load from the classpath or a project path "
                + "instead, or add an optional path with a fallback to NoSystemPathsTest.ALLOWED and docs/install.md");
    }

    /**
     * Decision 0600: a test that reads the user's home folder ({@code user.home}, {@code $HOME}, {@code %USERPROFILE%})
     * depends on what earlier runs or other programs left there; a test makes its own folder ({@code @TempDir}).
     */
    @Test
    void noTestReadsTheUsersHomeFolder() throws IOException {
        Path project = Path.of("").toAbsolutePath();
        List<String> found = new ArrayList<>();
        for (Path file : files(project.resolve("src/test/java"), ".java")) {
            if (file.getFileName().toString().equals(NoSystemPathsTest.class.getSimpleName() + ".java")
                    || file.endsWith(Path.of("org/imrtreview/testing/TestHome.java"))) {
                continue; // TestHome hands the tests' own home (target/test-home, decision 0651) to the JVMs tests start
            }
            String code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
            Matcher m = HOME_READ.matcher(code);
            while (m.find()) {
                found.add(project.relativize(file).toString().replace('\\', '/') + ": " + m.group());
            }
        }
        assertEquals(List.of(), found, "tests reading the user's home folder; give the test a @TempDir instead");
    }

    @ParameterizedTest
    @ValueSource(strings = {"System.getProperty(\"user.home\")", "System.getenv(\"HOME\")", "getenv( \"USERPROFILE\")",
        "System.getenv(\"XDG_CACHE_HOME\")"})
    void recognisesReadsOfTheHomeFolder(String code) {
        assertTrue(HOME_READ.matcher(code).find(), code);
        assertFalse(HOME_READ.matcher(code.replace("\")", "_DIR\")")).find(), code); // another variable
    }

    private static final Pattern HOME_READ = Pattern.compile(
            "getProperty\\(\\s*\"user\\.home\"|getenv\\(\\s*\"(?:HOME|USERPROFILE|XDG_CACHE_HOME|XDG_CONFIG_HOME)\"");

    @ParameterizedTest
    @ValueSource(strings = {"/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "/usr/bin/tesseract",
        "/etc/fonts/fonts.conf", "/tmp/out.pdf", "/opt/app", "C:\\Windows\\Fonts\\arial.ttf", "C:/Windows/Fonts",
        "\\\\server\\share", "~/cases", "file:///usr/share/tessdata", "/Library/Fonts/Arial.ttf", "/home"})
    void recognisesSystemPaths(String literal) {
        assertTrue(isSystemPath(literal), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/fonts/LiberationSans-Regular.ttf", "/org/imrtreview/constraints.json", "samples/01",
        "/", "Dmax < 45 Gy", "a/usr/b", "1:2", "/usrfoo", "http://example.org/usr/x", "V20Gy/Dmean"})
    void leavesResourcesAndTextAlone(String literal) {
        assertFalse(isSystemPath(literal), literal);
    }

    static boolean isSystemPath(String literal) {
        return SYSTEM_PATH.matcher(literal).find();
    }

    private static void scanJava(Path project, Path file, List<String> found) throws IOException {
        String rel = project.relativize(file).toString().replace('\\', '/');
        Set<String> allowed = ALLOWED.getOrDefault(rel, Set.of());
        String code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
        Matcher m = STRING_LITERAL.matcher(code);
        while (m.find()) {
            String literal = unescape(m.group(1));
            if (isSystemPath(literal) && !allowed.contains(literal)) {
                found.add(rel + ": \"" + literal + "\"");
            }
        }
    }

    private static void scanText(Path project, Path file, List<String> found) throws IOException {
        String rel = project.relativize(file).toString().replace('\\', '/');
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (SYSTEM_PATH_IN_TEXT.matcher(lines.get(i)).find()) {
                found.add(rel + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
    }

    /** Removes comments, keeping string literals (a "//" inside a literal is not a comment). */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < code.length() && code.charAt(end) != c && code.charAt(end) != '\n') {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, code.length());
                out.append(code, i, end);
                i = end;
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String unescape(String literal) {
        return literal.replace("\\\\", "\\");
    }

    private static List<Path> files(Path root, String extension) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }
}
