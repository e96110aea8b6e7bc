package org.imrtreview.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies bundled sample cases into a temporary workspace so tests never write into samples/. */
final class SampleWorkspace {

    private SampleWorkspace() {
    }

    static Path copy(Path target, String... caseNames) {
        Path samples = Path.of("samples").toAbsolutePath();
        try {
            for (String name : caseNames) {
                Path from = samples.resolve(name);
                try (Stream<Path> walk = Files.walk(from)) {
                    for (Path p : walk.toList()) {
                        Path rel = from.relativize(p);
                        if (rel.toString().startsWith(".imrt-review")) {
                            continue;
                        }
                        Path to = target.resolve(name).resolve(rel.toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(p, to);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
