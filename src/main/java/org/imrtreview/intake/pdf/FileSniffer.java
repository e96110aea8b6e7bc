package org.imrtreview.intake.pdf;

import java.nio.charset.StandardCharsets;

/** Names what a misnamed file really is, from its first bytes, so the message can say so. */
final class FileSniffer {

    private FileSniffer() {
    }

    /** " (it looks like a PNG image)", or "" when unknown. */
    static String describe(byte[] head) {
        String kind = kind(head);
        return kind == null ? "" : " (it looks like " + kind + ")";
    }

    private static String kind(byte[] h) {
        if (starts(h, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (starts(h, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (starts(h, 'I', 'I', 0x2A, 0x00) || starts(h, 'M', 'M', 0x00, 0x2A)) {
            return "a TIFF image";
        }
        if (starts(h, 'P', 'K', 3, 4)) {
            return "a Word or Excel document or a ZIP archive";
        }
        if (starts(h, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old-style Word or Excel document";
        }
        String text = new String(h, 0, Math.min(h.length, 200), StandardCharsets.ISO_8859_1).strip().toLowerCase();
        if (text.startsWith("<!doctype html") || text.startsWith("<html")) {
            return "a web page";
        }
        if (text.startsWith("{\\rtf")) {
            return "an RTF document";
        }
        return null;
    }

    private static boolean starts(byte[] h, int... prefix) {
        if (h.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((h[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
