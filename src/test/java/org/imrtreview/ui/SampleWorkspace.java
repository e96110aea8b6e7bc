package org.imrtreview.ui;

import java.nio.file.Path;
import org.imrtreview.testing.SampleCopies;

/** Copies bundled sample cases into a temporary workspace so tests never write into samples/. */
final class SampleWorkspace {

    private SampleWorkspace() {
    }

    static Path copy(Path target, String... caseNames) {
        Path samples = Path.of("samples").toAbsolutePath();
        for (String name : caseNames) {
            SampleCopies.copyOf(samples.resolve(name), target);
        }
        return target;
    }
}
