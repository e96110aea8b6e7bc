package org.imrtreview.store.persist;

import org.imrtreview.store.ReviewState;

import java.io.IOException;
import java.nio.file.Path;

/** Where review states are written ({@link ReviewStateStore#save}; a no-op sink for read-only views). */
@FunctionalInterface
public interface StateSink {
    void save(Path caseFolder, ReviewState state) throws IOException;

    /**
     * A save the store refused for a reason the reviewer must read as it is (someone else saved the
     * case first, or holds it): nothing was written, and the window keeps her text.
     */
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    static StateSink discard() {
        return (folder, state) -> { };
    }
}
