package org.imrtreview.ui.viewer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.image.Image;

/**
 * The pictures the window made for its viewers (a PDF page rendered, a submitted image decoded), kept in
 * memory by the SHA-256 of the file's bytes and what was made of them (page, resolution), so a case
 * opened again shows its pages without rendering them again (decision 0311). Content decides, never a
 * file's name or time: one changed byte is another key, and two folders with the same bytes share the
 * same picture. The least recently shown go first once the pictures kept pass {@link #BUDGET_BYTES}
 * (about a dozen pages at 110 dpi); nothing is written anywhere. Safe to call from any thread.
 */
public final class ShownImages {
    /** Pixels kept at most, in bytes (4 bytes a pixel). */
    static final long BUDGET_BYTES = 64L << 20;
    private static final Map<String, Object> KEPT = new LinkedHashMap<>(16, 0.75f, true);
    private static long keptBytes;
    private static final AtomicLong MADE = new AtomicLong();
    /** {@code -Dimrt.keepShownImages=false}: nothing kept (to measure against). */
    private static final boolean ON = !"false".equals(System.getProperty("imrt.keepShownImages"));

    private ShownImages() {
    }

    /** The key of a picture made of these bytes: their SHA-256 and what was made of them. */
    static String key(byte[] bytes, String what) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "|" + what;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The picture kept for this key, or null. */
    @SuppressWarnings("unchecked")
    static synchronized <T> T get(String key) {
        return (T) KEPT.get(key);
    }

    /** Keeps a picture just made (counted, see {@link #made()}); too large a picture is not kept. */
    static synchronized void put(String key, Object value, Image image) {
        MADE.incrementAndGet();
        long size = bytes(image);
        if (!ON || size > BUDGET_BYTES / 2 || KEPT.containsKey(key)) {
            return;
        }
        KEPT.put(key, value);
        keptBytes += size;
        for (Iterator<Map.Entry<String, Object>> it = KEPT.entrySet().iterator(); keptBytes > BUDGET_BYTES && it.hasNext(); ) {
            Map.Entry<String, Object> oldest = it.next();
            keptBytes -= bytes(imageOf(oldest.getValue()));
            it.remove();
        }
    }

    private static Image imageOf(Object value) {
        return value instanceof PdfPageImages.Page p ? p.image() : (Image) value;
    }

    private static long bytes(Image image) {
        return image == null ? 0 : 4L * Math.round(image.getWidth()) * Math.round(image.getHeight());
    }

    /** Pictures made (rendered or decoded) in this JVM since it started, kept or not: a reopen adds none. */
    public static long made() {
        return MADE.get();
    }

    /** Forgets every picture (tests). */
    static synchronized void forget() {
        KEPT.clear();
        keptBytes = 0;
    }
}
