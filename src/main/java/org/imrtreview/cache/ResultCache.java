package org.imrtreview.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slow results (digitised curves, OCR of a page) kept beside the case in
 * {@code <case>/.imrt-review/cache/<kind>/}, addressed by their content: the SHA-256 of the file's
 * bytes, the kind of result, the kind's own version (raised whenever that computation changes), the
 * settings it was made with and the program's build. A changed file, a newer program or other
 * settings simply miss; nothing expires by time. An entry that cannot be read, or whose stored key is
 * not the one asked for, is never trusted: the result is computed again (and, when writing is
 * allowed, the entry replaced). The entries are the program's own output, in the review folder the
 * loader skips: they never become evidence. The member's data stays in the case folder the nurse
 * chose, never in a shared cache. Decision 0230.
 */
public final class ResultCache {
    private static final Logger LOG = LoggerFactory.getLogger(ResultCache.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Folder under the case's review folder. */
    public static final String FOLDER = "cache";

    /** What the cache may do: read and write, read only (snapshot, previews), or nothing. */
    public enum Mode { READ_WRITE, READ_ONLY, OFF }

    /**
     * What a result was computed from. {@code fileHash} is {@link #sha256} of the file (null: the file
     * could not be read whole, nothing is cached).
     */
    public record Key(String kind, String fileHash, String version, String settings) {
        String text() {
            return kind + "|" + fileHash + "|" + version + "|" + ProgramBuild.stamp() + "|" + settings;
        }
    }

    private final Path root;
    private final Mode mode;

    private ResultCache(Path root, Mode mode) {
        this.root = root;
        this.mode = root == null ? Mode.OFF : mode;
    }

    /** The cache of the case in {@code caseFolder} ({@code reviewFolder} is the case's own review folder name). */
    public static ResultCache forCase(Path caseFolder, String reviewFolder, Mode mode) {
        return new ResultCache(caseFolder == null ? null : caseFolder.resolve(reviewFolder).resolve(FOLDER), mode);
    }

    /** No cache: every result is computed. */
    public static ResultCache off() {
        return new ResultCache(null, Mode.OFF);
    }

    public Mode mode() {
        return mode;
    }

    /** The stored result for {@code key}, or empty (none, unreadable, another key, or no cache). */
    public <T> Optional<T> get(Key key, Class<T> type) {
        if (mode == Mode.OFF || key.fileHash() == null) {
            return Optional.empty();
        }
        Path f = entry(key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(f.toFile());
            if (node == null || !key.text().equals(node.path("key").asText(null)) || !node.has("value")) {
                LOG.info("a cached {} result does not match its key; computed again", key.kind());
                return Optional.empty();
            }
            T value = JSON.treeToValue(node.get("value"), type);
            return Optional.ofNullable(value);
        } catch (IOException | RuntimeException e) {
            LOG.info("a cached {} result could not be read ({}); computed again", key.kind(), e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Keeps {@code value} for {@code key} when writing is allowed; a folder that cannot be written only means no cache. */
    public void put(Key key, Object value) {
        if (mode != Mode.READ_WRITE || key.fileHash() == null || value == null) {
            return;
        }
        try {
            Path f = entry(key);
            Files.createDirectories(f.getParent());
            ObjectNode node = JSON.createObjectNode();
            node.put("key", key.text());
            node.set("value", JSON.valueToTree(value));
            Path tmp = Files.createTempFile(f.getParent(), "entry", ".part");
            try {
                JSON.writeValue(tmp.toFile(), node);
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("a {} result could not be cached ({})", key.kind(), e.getClass().getSimpleName());
        }
    }

    /** The entry's file (exists or not); for tests and tools. */
    public Path entry(Key key) {
        return root.resolve(safe(key.kind())).resolve(sha256(key.text().getBytes(StandardCharsets.UTF_8)) + ".json");
    }

    private static String safe(String kind) {
        return kind.replaceAll("[^A-Za-z0-9-]", "_");
    }

    /** SHA-256 of the file's bytes as hex, or null when it cannot be read. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
    }

    /** SHA-256 of the bytes as hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
