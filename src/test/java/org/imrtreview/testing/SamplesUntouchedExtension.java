package org.imrtreview.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class that leaves a review folder ({@code .imrt-review}: cache, saved work, last evaluation)
 * inside a bundled sample. The program keeps results beside a case it reads; a test reads a sample through
 * {@code CaseLoader.standard().readOnly()}, {@code evaluate --read-only}, or works on a copy. Registered for
 * every test class by JUnit's extension auto-detection ({@code junit-platform.properties}); what it finds
 * is removed so the next class is judged on its own.
 */
public final class SamplesUntouchedExtension implements BeforeAllCallback, AfterAllCallback {

    private static final Path SAMPLES = Path.of("samples");
    private static final String REVIEW_FOLDER = ".imrt-review";
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SamplesUntouchedExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put("before", reviewFolders());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        @SuppressWarnings("unchecked")
        Set<Path> before = context.getStore(NS).get("before", Set.class);
        Set<Path> left = reviewFolders();
        if (before != null) {
            left.removeAll(before);
        }
        if (left.isEmpty()) {
            return;
        }
        for (Path p : left) {
            deleteTree(p);
        }
        throw new AssertionError(context.getRequiredTestClass().getName() + " left " + left
                + " inside the bundled samples: read a copy, or read with CaseLoader.standard().readOnly()"
                + " / evaluate --read-only");
    }

    private static Set<Path> reviewFolders() {
        Set<Path> found = new TreeSet<>();
        if (!Files.isDirectory(SAMPLES)) {
            return found;
        }
        try (Stream<Path> cases = Files.list(SAMPLES)) {
            cases.filter(Files::isDirectory).map(c -> c.resolve(REVIEW_FOLDER)).filter(Files::exists).forEach(found::add);
        } catch (IOException e) {
            // an unlistable samples folder is not this check's business
        }
        return found;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
