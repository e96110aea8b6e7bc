package org.imrtreview.intake;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file really is, judged by its first bytes (magic numbers), and what its name claims.
 * Handlers route by content first, so a PDF named {@code table.xlsx} is read as a PDF and the
 * mislabelling is noted.
 */
public enum ContentType {
    EMPTY("an empty file"),
    PDF("a PDF"),
    OOXML("an Office Open XML (.xlsx/.docx) package"),
    OLE2("an Office 97-2003 (.xls/.doc) or encrypted Office file"),
    PNG("a PNG image"),
    JPEG("a JPEG image"),
    GIF("a GIF image"),
    TIFF("a TIFF image"),
    BMP("a BMP image"),
    JSON("JSON text"),
    TEXT("plain text"),
    UNKNOWN("an unknown binary format");

    private final String description;

    ContentType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == GIF || this == TIFF || this == BMP;
    }

    public boolean isSpreadsheetContainer() {
        return this == OOXML || this == OLE2;
    }

    /** The type the first bytes show. A PDF header may follow a little junk (allowed within 1 KiB). */
    public static ContentType sniff(byte[] head) {
        if (head == null || head.length == 0) {
            return EMPTY;
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return OOXML;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(head, 'I', 'I', 0x2A, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2A)) {
            return TIFF;
        }
        if (startsWith(head, 'B', 'M') && head.length > 14) {
            return BMP;
        }
        if (indexOf(head, "%PDF-", 1024) >= 0) {
            return PDF;
        }
        return looksLikeText(head) ? (looksLikeJson(head) ? JSON : TEXT) : UNKNOWN;
    }

    /** The type a file name's extension promises, or null when the extension says nothing. */
    public static ContentType claimedBy(String fileName) {
        return switch (extension(fileName)) {
            case "pdf" -> PDF;
            case "xlsx", "xlsm" -> OOXML;
            case "xls" -> OLE2;
            case "png" -> PNG;
            case "jpg", "jpeg", "jfif" -> JPEG;
            case "gif" -> GIF;
            case "tif", "tiff" -> TIFF;
            case "bmp" -> BMP;
            case "json" -> JSON;
            case "csv", "tsv", "txt" -> TEXT;
            default -> null;
        };
    }

    /** A sentence when the name promises another type than the content shows, else null. */
    public static String mislabelNote(String fileName, ContentType actual) {
        ContentType claimed = claimedBy(fileName);
        if (claimed == null || actual == EMPTY || actual == UNKNOWN || claimed == actual
                || claimed == TEXT && actual == JSON || claimed == OLE2 && actual == OOXML
                || claimed == OOXML && actual == OLE2) {
            return null;
        }
        return "is named ." + extension(fileName) + " but is really " + actual.description() + "; it was read as such";
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] head, String ascii, int within) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        int end = Math.min(head.length, within) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (head[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean looksLikeText(byte[] head) {
        int control = 0;
        int n = Math.min(head.length, 4096);
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF); // UTF-16 with BOM
            }
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                control++;
            }
        }
        return control * 100 <= n;
    }

    private static boolean looksLikeJson(byte[] head) {
        int i = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length && (head[i] == '{' || head[i] == '[');
    }
}
