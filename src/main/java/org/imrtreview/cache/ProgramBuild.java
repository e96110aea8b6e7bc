package org.imrtreview.cache;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which build of the program is running, for keys of results it computed: the jar's size and time
 * when run from a jar (every build differs), "classes" when run from a class folder (development and
 * tests, where each computation's own version guards the key).
 */
public final class ProgramBuild {
    private static final String STAMP = compute();

    private ProgramBuild() {
    }

    public static String stamp() {
        return STAMP;
    }

    /** The jar this program runs from, or null when it runs from a class folder. */
    public static Path jar() {
        try {
            var source = ProgramBuild.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String compute() {
        Path jar = jar();
        if (jar == null) {
            return "classes";
        }
        try {
            return "jar-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
        } catch (java.io.IOException e) {
            return "jar-unknown";
        }
    }
}
