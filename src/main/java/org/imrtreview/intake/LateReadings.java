package org.imrtreview.intake;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Files a remembering loader set aside after their time budget whose readers went on and finished in
 * full afterwards (decision 0333): each reading kept under the file's absolute path, the SHA-256 of its
 * bytes when its reading began and the reader that read it, so the next opening of the case uses it
 * instead of setting the file aside again on a machine that is still busy. Only a reading that finished
 * without failing, without being stopped and without marking itself possibly partial is kept, and only
 * when the file's bytes were still the same at its end. In memory only: it dies with the process.
 */
final class LateReadings {
    record Key(Path file, String sha256, String handler) { }

    private final int capacity;
    private final Map<Key, CaseBuilder> kept = new LinkedHashMap<>(16, 0.75f, true);
    private long keptSoFar;
    private long used;

    LateReadings(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    synchronized CaseBuilder get(Key key) {
        CaseBuilder part = kept.get(key);
        if (part != null) {
            used++;
        }
        return part;
    }

    synchronized void put(Key key, CaseBuilder part) {
        kept.put(key, part);
        keptSoFar++;
        while (kept.size() > capacity) {
            kept.remove(kept.keySet().iterator().next());
        }
    }

    /** Late readings kept so far (counted, for tests). */
    synchronized long kept() {
        return keptSoFar;
    }

    /** Times a kept late reading was used instead of reading its file (counted, for tests). */
    synchronized long used() {
        return used;
    }
}
