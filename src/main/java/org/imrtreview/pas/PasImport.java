package org.imrtreview.pas;

import java.nio.file.Path;
import java.util.List;

/**
 * A bundle made into a case: the case folder, the request ID, the documents written, and whether
 * the very same bundle had been imported before (then the existing folder, with the nurse's work
 * in it, is used as it is).
 */
public record PasImport(Path caseFolder, String requestId, List<String> documents, boolean alreadyImported) {
}
