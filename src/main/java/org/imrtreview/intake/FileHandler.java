package org.imrtreview.intake;

import java.nio.file.Path;

/**
 * Reads one kind of submitted file into the case being built. Handlers never throw for bad content:
 * they add a {@link org.imrtreview.model.Problem} naming the file and let the rest of the case load.
 */
public interface FileHandler {

    /** Whether this handler reads the file, judged by its name and its first bytes (up to 8 KiB). */
    boolean accepts(String fileName, byte[] head);

    /** Reads the file, adding documents, tables, curves and problems to {@code into}. */
    void read(Path file, CaseBuilder into);
}
