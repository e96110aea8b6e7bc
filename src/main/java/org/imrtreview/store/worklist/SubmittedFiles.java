package org.imrtreview.store.worklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.imrtreview.files.FolderWalk;
import org.imrtreview.intake.CaseLoader;

/**
 * The submitted files of a case as they are on disk now — each file's path within the case, size and last
 * modified time; the workstation's own folder ({@code .imrt-review}: saved work, last evaluation) left out, so
 * the nurse's work never reads as a change — to notice a file changed, added or removed while the case is open
 * (decision 0475). Reads attributes only, never the files' bytes: cheap enough to run each time the window
 * regains focus, on a light timer and right before a decision is recorded.
 */
public final class SubmittedFiles {

    private SubmittedFiles() {
    }

    /** The case's submitted files by path within it: "size:modified-millis"; empty when it could not be read. */
    public static Optional<Map<String, String>> fingerprint(Path caseFolder) {
        Map<String, String> out = new TreeMap<>();
        try {
            // the program's own state folder is not entered: her work saved meanwhile is no change (decision 0610)
            for (FolderWalk.Entry e : FolderWalk.entries(caseFolder, 5,
                    relative -> relative.getNameCount() == 1 && relative.toString().equals(CaseLoader.STATE_FOLDER))) {
                BasicFileAttributes a = e.attributes();
                out.put(caseFolder.relativize(e.path()).toString().replace('\\', '/'),
                        a.size() + ":" + a.lastModifiedTime().toMillis());
            }
            return Optional.of(out);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * What differs between two fingerprints, in words: "summary.xlsx changed, dvh_new.csv added, fax.pdf
     * removed" (at most five named, then how many more); empty when they are the same.
     */
    public static Optional<String> changes(Map<String, String> before, Map<String, String> now) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            String was = before.get(e.getKey());
            if (was == null) {
                out.add(e.getKey() + " added");
            } else if (!was.equals(e.getValue())) {
                out.add(e.getKey() + " changed");
            }
        }
        for (String name : before.keySet()) {
            if (!now.containsKey(name)) {
                out.add(name + " removed");
            }
        }
        if (out.isEmpty()) {
            return Optional.empty();
        }
        String named = String.join(", ", out.subList(0, Math.min(5, out.size())));
        return Optional.of(out.size() > 5 ? named + " and " + (out.size() - 5) + " more" : named);
    }
}
