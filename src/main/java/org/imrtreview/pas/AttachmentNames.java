package org.imrtreview.pas;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Safe file names for attachments. A title comes from the sender and may be hostile
 * ({@code ../../etc/passwd}, {@code C:\x}, {@code .imrt-review}, a device name, 500 characters):
 * only its last path segment is kept, control and reserved characters are dropped, it may not be
 * hidden or one of the names the workstation reserves, and its extension follows the content that
 * was checked, not the name. Names are unique within the case, ignoring case, so nothing is
 * overwritten.
 */
final class AttachmentNames {

    static final int MAX_BASE_LENGTH = 80;
    private static final Set<String> RESERVED = Set.of("request.json", "readme.md", "con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "lpt1", "lpt2", "lpt3");

    private final Set<String> used = new HashSet<>();

    AttachmentNames() {
        used.add("request.json");
        used.add("readme.md");
    }

    /** A unique, safe name for a document titled {@code title} whose content has {@code extension}. */
    String name(String title, String extension, int index) {
        String base = clean(title);
        String ext = extension.toLowerCase(Locale.ROOT);
        String lower = base.toLowerCase(Locale.ROOT);
        if (lower.endsWith("." + ext) || (ext.equals("jpg") && lower.endsWith(".jpeg")) || (ext.equals("tif") && lower.endsWith(".tiff"))) {
            base = base.substring(0, base.lastIndexOf('.'));
        }
        base = base.replaceAll("[. ]+$", "");
        String stem = base.toLowerCase(Locale.ROOT);
        if (base.isEmpty() || RESERVED.contains(stem) || RESERVED.contains(stem + "." + ext)) {
            base = "attachment-" + index;
        }
        if (base.length() > MAX_BASE_LENGTH) {
            base = base.substring(0, MAX_BASE_LENGTH).strip();
        }
        String candidate = base + "." + ext;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + " (" + n + ")." + ext;
        }
        return candidate;
    }

    static String clean(String title) {
        if (title == null) {
            return "";
        }
        String t = Normalizer.normalize(title, Normalizer.Form.NFC);
        int slash = Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\'));
        t = t.substring(slash + 1);
        StringBuilder sb = new StringBuilder();
        t.codePoints().forEach(cp -> {
            if (!Character.isISOControl(cp) && "<>:\"|?*".indexOf(cp) < 0 && Character.getType(cp) != Character.FORMAT) {
                sb.appendCodePoint(cp);
            }
        });
        // no hidden files (the loader skips them, and .imrt-review is the workstation's own folder)
        return sb.toString().strip().replaceAll("^[. ]+", "").replaceAll("\\s+", " ");
    }
}
