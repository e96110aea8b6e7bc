package org.imrtreview.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
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
        return Files.isDirectory(copy) ? copy : copyTo(sample, copy, rel -> false);
    }

    /**
     * {@code sample} (or any folder of test files) copied to exactly {@code to}, without the review folder
     * ({@code .imrt-review}) and without the files whose path inside the sample {@code leaveOut} accepts.
     */
    public static Path copyTo(Path sample, Path to, Predicate<String> leaveOut) {
        try (Stream<Path> walk = Files.walk(sample)) {
            for (Path p : walk.toList()) {
                String rel = sample.relativize(p).toString();
                if (rel.startsWith(".imrt-review") || !rel.isEmpty() && leaveOut.test(rel)) {
                    continue;
                }
                Path dest = to.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
