package org.imrtreview.intake.pdf;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.imrtreview.ocr.OcrPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OCR results kept beside the case ({@code <case>/.imrt-review/ocr/}), keyed by the submitted file's
 * SHA-256, the page and the reader's version, so reopening a case does not read its scans again and a
 * changed file or a newer reader never meets a stale result. The text is the member's data, so it
 * stays in the case folder where the nurse put the case, never in a shared cache. A folder that
 * cannot be written only means no cache. Decision 0153.
 */
final class OcrCache {
    private static final Logger LOG = LoggerFactory.getLogger(OcrCache.class);
    /** Raise when the clean-up or the reading changes, so old results are not reused. */
    static final String VERSION = "ocr2";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final boolean writable;

    /** @param caseFolder the case folder (null: no cache) */
    OcrCache(Path caseFolder) {
        this(caseFolder, true);
    }

    /** {@code writable} false: entries are read but never written (nothing changes beside the case). */
    OcrCache(Path caseFolder, boolean writable) {
        this.dir = caseFolder == null ? null : caseFolder.resolve(".imrt-review").resolve("ocr");
        this.writable = writable;
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    private Path entry(String hash, int pageIndex) {
        return dir.resolve(hash + "-p" + (pageIndex + 1) + "-" + VERSION + ".json");
    }

    Optional<OcrPage> get(String hash, int pageIndex) {
        if (dir == null || hash == null) {
            return Optional.empty();
        }
        Path f = entry(hash, pageIndex);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(f.toFile(), OcrPage.class));
        } catch (IOException | RuntimeException e) {
            LOG.info("an OCR cache entry could not be read ({}); the page is read again", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    void put(String hash, int pageIndex, OcrPage page) {
        if (dir == null || hash == null || !writable) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "ocr", ".part");
            try {
                JSON.writeValue(tmp.toFile(), page);
                Files.move(tmp, entry(hash, pageIndex), StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("OCR results could not be cached ({})", e.getClass().getSimpleName());
        }
    }
}
