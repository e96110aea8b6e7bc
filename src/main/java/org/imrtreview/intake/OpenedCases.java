package org.imrtreview.intake;

import java.lang.ref.SoftReference;
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
 * outputs never enter the fingerprint or the reading. In memory only: it dies with the process. The last few
 * used are held for certain, older ones (up to a larger count) only softly, so a worklist's worth of cases
 * reopens without reading while the heap has room, and none of it can run the window out of memory
 * (decision 0430).
 */
final class OpenedCases {
    /**
     * One folder's reading: held for certain while it is among the {@code capacity} last used, after that
     * only softly (the collector may take it back before the heap runs short; decision 0430).
     */
    private static final class Entry {
        final List<String> fingerprint;
        final SoftReference<ReviewCase> soft;
        ReviewCase strong;

        Entry(List<String> fingerprint, ReviewCase reading) {
            this.fingerprint = fingerprint;
            this.soft = new SoftReference<>(reading);
            this.strong = reading;
        }

        ReviewCase reading() {
            return strong != null ? strong : soft.get();
        }
    }

    private final int capacity;
    private final int softCapacity;
    private final Map<Path, Entry> entries;

    OpenedCases(int capacity) {
        this(capacity, capacity);
    }

    /**
     * The last {@code capacity} readings held for certain and up to {@code softCapacity} in all, the older
     * ones only while memory allows (decision 0430).
     */
    OpenedCases(int capacity, int softCapacity) {
        this.capacity = Math.max(1, capacity);
        this.softCapacity = Math.max(this.capacity, softCapacity);
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    synchronized ReviewCase get(Path folder, List<String> fingerprint) {
        Entry e = entries.get(folder);
        if (e == null || !e.fingerprint.equals(fingerprint)) {
            return null;
        }
        ReviewCase reading = e.reading();
        if (reading == null) {
            entries.remove(folder); // taken back by the collector: read again
            return null;
        }
        e.strong = reading; // used again: among the last used, held for certain
        demote();
        return reading;
    }

    synchronized void put(Path folder, List<String> fingerprint, ReviewCase reading) {
        entries.put(folder, new Entry(List.copyOf(fingerprint), reading));
        while (entries.size() > softCapacity) {
            entries.remove(entries.keySet().iterator().next());
        }
        demote();
    }

    /** All but the {@code capacity} last used are held softly; those the collector took back are forgotten. */
    private void demote() {
        int older = entries.size() - capacity;
        for (var it = entries.values().iterator(); it.hasNext() && older > 0; older--) {
            Entry e = it.next();
            e.strong = null;
            if (e.soft.get() == null) {
                it.remove();
            }
        }
    }

    synchronized int size() {
        return entries.size();
    }

    /** What the collector does when the heap runs short: every reading held only softly is let go (tests). */
    synchronized void letGoOfSoftlyHeld() {
        for (Entry e : entries.values()) {
            if (e.strong == null) {
                e.soft.clear();
            }
        }
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
