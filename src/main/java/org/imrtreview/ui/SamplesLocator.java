package org.imrtreview.ui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the bundled {@code samples/} folder for a first run: beside or above the working directory,
 * or beside or above the jar (target/imrt-review.jar → ../samples).
 */
public final class SamplesLocator {

    private SamplesLocator() {
    }

    public static Path find() {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        try {
            Path code = Path.of(SamplesLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            starts.add(Files.isDirectory(code) ? code : code.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (unusual class loader): the working directory is enough
        }
        for (Path start : starts) {
            Path p = start;
            for (int depth = 0; p != null && depth < 4; depth++, p = p.getParent()) {
                Path samples = p.resolve("samples");
                if (Files.isDirectory(samples)) {
                    return samples;
                }
            }
        }
        return null;
    }
}
