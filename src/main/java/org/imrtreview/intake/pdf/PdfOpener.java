package org.imrtreview.intake.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.imrtreview.model.LoadState;

/**
 * Opens a submitted PDF without loading it into memory: the file is read on demand
 * ({@link RandomAccessReadBufferedFile}) and decoded streams beyond a small in-memory budget go to
 * a temporary file ({@link MemoryUsageSetting#setupMixed}), so a 500-page fax packet opens in a
 * few megabytes of heap. Every way a file can fail to open becomes a {@link PdfReadException}
 * with its own sentence: empty, too large, not a PDF at all, password-protected, cut off, damaged.
 */
public final class PdfOpener {
    /** Larger files are refused outright: no real submission comes near this. */
    public static final long MAX_BYTES = 300L * 1024 * 1024;
    private static final long IN_MEMORY_BUDGET = 16L * 1024 * 1024;
    private static final int TAIL = 2048;

    static {
        // a submitted PDF's fonts that are not embedded are drawn with the bundled faces (decision 0650)
        BundledPdfFonts.install();
    }

    private PdfOpener() {
    }

    public static PDDocument open(Path file) throws PdfReadException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new PdfReadException(LoadState.UNREADABLE, "could not be opened (" + e.getClass().getSimpleName() + ")");
        }
        if (size == 0) {
            throw new PdfReadException(LoadState.UNREADABLE, "is empty (0 bytes): ask the provider to send it again");
        }
        if (size > MAX_BYTES) {
            throw new PdfReadException(LoadState.UNREADABLE, String.format(Locale.ROOT,
                    "is too large to read (%d MB; the limit is %d MB): ask the provider for a smaller file",
                    size >> 20, MAX_BYTES >> 20));
        }
        byte[] head = head(file);
        if (indexOf(head, "%PDF-") < 0) {
            throw new PdfReadException(LoadState.UNREADABLE, "is not a PDF" + FileSniffer.describe(head)
                    + ": it may be misnamed; open it with the program that made it");
        }
        try {
            return Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                    MemoryUsageSetting.setupMixed(IN_MEMORY_BUDGET).streamCache);
        } catch (InvalidPasswordException e) {
            throw new PdfReadException(LoadState.ENCRYPTED,
                    "is password-protected: ask the provider to send it without a password");
        } catch (IOException | RuntimeException e) {
            if (isTruncated(file)) {
                throw new PdfReadException(LoadState.UNREADABLE,
                        "is incomplete (the file was cut off, e.g. an interrupted download or fax) and cannot be opened: ask for a complete copy");
            }
            throw new PdfReadException(LoadState.UNREADABLE, "is damaged and cannot be opened as a PDF");
        }
    }

    /** True when the file lacks the end-of-file marker a complete PDF ends with. */
    public static boolean isTruncated(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            int n = (int) Math.min(TAIL, len);
            byte[] tail = new byte[n];
            raf.seek(len - n);
            raf.readFully(tail);
            return indexOf(tail, "%%EOF") < 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * True when the file's cross-reference ("startxref") does not point at a cross-reference table or
     * stream: PDFBox then rebuilds it by scanning the file (its lenient repair path), and objects may be
     * lost or taken from the wrong place. A file cut off is reported by {@link #isTruncated} instead.
     */
    public static boolean neededRepair(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            int n = (int) Math.min(TAIL, len);
            byte[] tail = new byte[n];
            raf.seek(len - n);
            raf.readFully(tail);
            String t = new String(tail, StandardCharsets.ISO_8859_1);
            int at = t.lastIndexOf("startxref");
            if (at < 0) {
                return false; // no marker: isTruncated says so
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("startxref\\s+(\\d{1,15})").matcher(t.substring(at));
            if (!m.lookingAt()) {
                return true;
            }
            long offset = Long.parseLong(m.group(1));
            if (offset <= 0 || offset >= len) {
                return true;
            }
            byte[] there = new byte[32];
            raf.seek(offset);
            int got = raf.read(there);
            String s = new String(there, 0, Math.max(0, got), StandardCharsets.ISO_8859_1).stripLeading();
            return !(s.startsWith("xref") || s.matches("(?s)\\d+\\s+\\d+\\s+obj.*"));
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static byte[] head(Path file) throws PdfReadException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(1024);
        } catch (IOException e) {
            throw new PdfReadException(LoadState.UNREADABLE, "could not be opened (" + e.getClass().getSimpleName() + ")");
        }
    }

    static int indexOf(byte[] data, String ascii) {
        byte[] p = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + p.length <= data.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (data[i + j] != p[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
