package org.imrtreview.intake;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrtreview.cache.ResultCache;
import org.imrtreview.model.ReviewCase;

/**
 * The last few cases the window read, each under its own folder and the names and SHA-256 of every file
 * it read (decision 0238): reopening a folder whose files are byte for byte the same returns the same
 * reading without reading, digitising or OCR'ing anything. Content decides, never time; an entry only
 * answers for the folder it was read from; the review folder is not part of a case, so the program's own
 * outputs never enter the fingerprint or the reading. In memory only: it dies with the process.
 */
final class OpenedCases {
    private record Entry(List<String> fingerprint, ReviewCase reading) {
    }

    private final int capacity;
    private final Map<Path, Entry> entries;

    OpenedCases(int capacity) {
        this.capacity = Math.max(1, capacity);
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    synchronized ReviewCase get(Path folder, List<String> fingerprint) {
        Entry e = entries.get(folder);
        return e != null && e.fingerprint().equals(fingerprint) ? e.reading() : null;
    }

    synchronized void put(Path folder, List<String> fingerprint, ReviewCase reading) {
        entries.put(folder, new Entry(List.copyOf(fingerprint), reading));
        while (entries.size() > capacity) {
            entries.remove(entries.keySet().iterator().next());
        }
    }

    synchronized int size() {
        return entries.size();
    }

    /**
     * What a case's reading depends on: each file's name relative to the folder with the SHA-256 of its
     * bytes, and each refused link's name; null when a file cannot be hashed (then nothing is remembered).
     */
    static List<String> fingerprint(Path folder, List<Path> files, List<Path> links) {
        List<String> out = new ArrayList<>(files.size() + links.size());
        for (Path file : files) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            String hash = ResultCache.sha256(file);
            if (hash == null) {
                return null;
            }
            out.add(folder.relativize(file) + "\u0000" + hash);
        }
        for (Path link : links) {
            out.add(folder.relativize(link) + "\u0000link");
        }
        return out;
    }
}
