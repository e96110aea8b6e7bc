package org.imrtreview.intake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Readers say "still getting somewhere" (a PDF page read, a page OCR'd) so that the case loader's time
 * budget (decision 0261) measures time <em>without progress</em>: a 300-page fax packet that reads a page
 * every few seconds is never cut off for being long, a file stuck on one page is. A call from a thread
 * that is not reading a case file does nothing.
 */
public final class ReadProgress {
    private static final Map<Thread, AtomicLong> LAST = new ConcurrentHashMap<>();

    private ReadProgress() {
    }

    /** Records progress of the file being read on this thread. */
    public static void made() {
        AtomicLong last = LAST.get(Thread.currentThread());
        if (last != null) {
            last.set(System.nanoTime());
        }
    }

    static AtomicLong watch(Thread reader) {
        AtomicLong last = new AtomicLong(System.nanoTime());
        LAST.put(reader, last);
        return last;
    }

    static void unwatch(Thread reader) {
        LAST.remove(reader);
    }
}
