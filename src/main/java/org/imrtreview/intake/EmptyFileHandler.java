package org.imrtreview.intake;

import java.nio.file.Path;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;

/** A zero-byte file (a failed upload or fax): listed, unreadable, with one clear problem line. */
public final class EmptyFileHandler implements FileHandler {

    @Override
    public boolean accepts(String fileName, byte[] head) {
        return head.length == 0;
    }

    @Override
    public void read(Path file, CaseBuilder into) {
        String name = into.name(file);
        into.problem(name, "is empty (0 bytes) — ask the provider to send it again");
        into.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.UNREADABLE, "empty file"));
    }
}
