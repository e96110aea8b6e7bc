package org.imrtreview.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks inside an {@code .xlsx} package before POI loads it (decision 0261): its entries' stated sizes
 * and compression ratios, read from the zip directory without inflating anything. A package that would
 * expand past {@value #MAX_EXPANDED_MB} MB in all, holds a sheet over {@value #MAX_SHEET_MB} MB of XML, has
 * more than {@value #MAX_ENTRIES} entries, or compresses an entry over 1 MB more than
 * {@value #MAX_RATIO} to 1 (a zip bomb) is refused with a sentence; POI's own guards (its minimum
 * inflate ratio, and a maximum entry size set here) catch a package whose directory lies.
 */
final class WorkbookZipCheck {
    static final long MAX_EXPANDED_MB = 400;
    static final long MAX_SHEET_MB = 150;
    static final int MAX_ENTRIES = 5000;
    static final long MAX_RATIO = 200;

    static {
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_SHEET_MB * 1024 * 1024);
    }

    private WorkbookZipCheck() {
    }

    /** Null when the package may be opened, else why not (a sentence that follows the file name). */
    static String refusal(Path file) {
        long total = 0;
        int n = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (++n > MAX_ENTRIES) {
                    return "holds more than " + MAX_ENTRIES + " parts, which no summary table needs (a damaged or hostile file); it was not opened";
                }
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size < 0) {
                    continue; // not stated: POI's guards apply while reading
                }
                total += size;
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.startsWith("xl/worksheets/") && size > MAX_SHEET_MB * 1024 * 1024) {
                    return "holds a sheet of " + size / (1024 * 1024) + " MB, far more than a summary table; it was not opened";
                }
                if (size > 1024 * 1024 && packed > 0 && size / packed > MAX_RATIO) {
                    return "is compressed " + size / packed + " to 1 (a zip bomb or a damaged file); it was not opened";
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // not a readable zip: POI says the workbook is damaged
        }
        if (total > MAX_EXPANDED_MB * 1024 * 1024) {
            return "would expand to " + total / (1024 * 1024) + " MB when opened (a damaged or hostile file); it was not opened";
        }
        return null;
    }

    /**
     * Null when every part of the package inflates to the CRC-32 its zip directory states, else a sentence
     * naming the first damaged part. Neither POI nor the JDK's {@code ZipFile} checks these checksums: a
     * fuzzed sample 08 workbook with one NUL byte in its deflated shared strings read "Femoral h ads" and
     * stayed approvable (campaign seed 20261207, mutant 1470). Run after {@link #refusal}, which bounds the
     * expanded size, so the work is bounded too.
     */
    static String damage(Path file) {
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.isDirectory() || entry.getCrc() < 0) {
                    continue;
                }
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                try (java.io.InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        if (Thread.currentThread().isInterrupted()) {
                            return null; // reading was stopped: the caller's own read reports it
                        }
                        crc.update(buffer, 0, n);
                    }
                } catch (IOException | RuntimeException broken) {
                    return "is damaged: its part " + printable(entry.getName()) + " cannot be unpacked, so the cells read "
                            + "from it cannot be trusted; ask for a clean copy";
                }
                if (crc.getValue() != entry.getCrc()) {
                    return "is damaged: its part " + printable(entry.getName()) + " does not match the checksum saved "
                            + "with it (its bytes changed after it was written), so the cells read from it cannot be "
                            + "trusted; ask for a clean copy";
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // not a readable zip: POI says the workbook is damaged
        }
        return null;
    }

    private static String printable(String name) {
        return name.length() > 80 ? name.substring(0, 80) + "…" : name.replaceAll("\\p{Cntrl}", "?");
    }
}
