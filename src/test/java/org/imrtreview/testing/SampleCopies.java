package org.imrtreview.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of bundled samples for tests whose code keeps results beside the case it reads. */
public final class SampleCopies {

    private SampleCopies() {
    }

    /**
     * {@code sample} copied into {@code dir}/<sample's name> (made once; later calls return it), without
     * any review folder ({@code .imrt-review}) the sample may have.
     */
    public static Path copyOf(Path sample, Path dir) {
        Path copy = dir.resolve(sample.getFileName().toString());
        if (Files.isDirectory(copy)) {
            return copy;
        }
        try (Stream<Path> walk = Files.walk(sample)) {
            for (Path p : walk.toList()) {
                Path rel = sample.relativize(p);
                if (rel.toString().startsWith(".imrt-review")) {
                    continue;
                }
                Path to = copy.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
