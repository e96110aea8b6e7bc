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

    /** The files of {@code sample} copied into {@code dir}/<sample's name> (made once; later calls return it). */
    public static Path copyOf(Path sample, Path dir) {
        Path copy = dir.resolve(sample.getFileName().toString());
        if (Files.isDirectory(copy)) {
            return copy;
        }
        try {
            Files.createDirectories(copy);
            try (Stream<Path> files = Files.list(sample)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, copy.resolve(f.getFileName().toString()));
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
