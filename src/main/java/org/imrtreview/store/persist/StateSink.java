package org.imrtreview.store.persist;

import org.imrtreview.store.ReviewState;

import java.io.IOException;
import java.nio.file.Path;

/** Where review states are written ({@link ReviewStateStore#save}; a no-op sink for read-only views). */
@FunctionalInterface
public interface StateSink {
    void save(Path caseFolder, ReviewState state) throws IOException;

    static StateSink discard() {
        return (folder, state) -> { };
    }
}
