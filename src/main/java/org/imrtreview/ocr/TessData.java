package org.imrtreview.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * The English language data bundled in the jar ({@code tessdata/eng.traineddata}, from tessdata_fast,
 * Apache-2.0) copied once to a private directory, because Tesseract reads its data from a folder.
 * The folder name carries the data's size so an updated file never meets a stale copy; the copy is
 * written to a temporary name and moved into place, so two programs starting at once cannot see a
 * half-written file. Never downloads anything.
 */
final class TessData {
    static final String RESOURCE = "/org/imrtreview/ocr/tessdata/eng.traineddata";
    static final String LANGUAGE = "eng";
    private static final long EXPECTED_SIZE = 4_113_088L;

    private TessData() {
    }

    /** The directory holding {@code eng.traineddata}, ready for Tesseract's Init. */
    static Path prepare(Path cacheRoot) throws IOException {
        Path dir = cacheRoot.resolve("tessdata-" + LANGUAGE + "-" + EXPECTED_SIZE);
        Path file = dir.resolve(LANGUAGE + ".traineddata");
        if (Files.isRegularFile(file) && Files.size(file) == EXPECTED_SIZE) {
            return dir;
        }
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, LANGUAGE, ".part");
        try (InputStream in = TessData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the OCR language data is missing from the program (" + RESOURCE + ")");
            }
            long copied = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            if (copied != EXPECTED_SIZE) {
                throw new IOException(String.format(Locale.ROOT, "the OCR language data is damaged (%d bytes, expected %d)",
                        copied, EXPECTED_SIZE));
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return dir;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * A new private folder for this run (owner-only where the file system allows), removed when the
     * program ends. Never a fixed name: a folder someone else made first under a predictable name
     * could hand Tesseract language data of their choosing.
     */
    static Path defaultCacheRoot() throws IOException {
        Path root;
        try {
            root = Files.createTempDirectory("imrt-review-ocr-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            root = Files.createTempDirectory("imrt-review-ocr-");
        }
        root.toFile().deleteOnExit();
        Path dir = root.resolve("tessdata-" + LANGUAGE + "-" + EXPECTED_SIZE);
        dir.toFile().deleteOnExit();
        dir.resolve(LANGUAGE + ".traineddata").toFile().deleteOnExit();
        return root;
    }
}
