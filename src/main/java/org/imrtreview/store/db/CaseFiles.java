package org.imrtreview.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 of every submitted file of a case folder, by path within the folder (forward slashes). The
 * program's own folders ({@code .imrt-review}, {@code .imrt-team}, any hidden folder, the outbox) are
 * not part of the submission and are skipped.
 */
public final class CaseFiles {
    private CaseFiles() {
    }

    public record FileHash(String sha256, long size) {
    }

    /** A difference between the files recorded in the store and those in the folder now. */
    public record FileChange(String path, Kind kind) {
        public enum Kind { ADDED, REMOVED, CHANGED }

        public String sentence() {
            return switch (kind) {
                case ADDED -> path + " was added after the case was recorded";
                case REMOVED -> path + " was removed after the case was recorded";
                case CHANGED -> path + " changed after the case was recorded (its SHA-256 differs)";
            };
        }
    }

    public static Map<String, FileHash> hashAll(Path caseFolder) throws IOException {
        Map<String, FileHash> out = new TreeMap<>();
        Path root = caseFolder.toAbsolutePath().normalize();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = dir.getFileName().toString();
                return name.startsWith(".") || name.equalsIgnoreCase("imrt-outbox") ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    String rel = root.relativize(file).toString().replace('\\', '/');
                    out.put(rel, new FileHash(sha256(file), attrs.size()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // digesting
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    public static List<FileChange> compare(Map<String, FileHash> recorded, Map<String, FileHash> now) {
        List<FileChange> changes = new ArrayList<>();
        for (var e : recorded.entrySet()) {
            FileHash current = now.get(e.getKey());
            if (current == null) {
                changes.add(new FileChange(e.getKey(), FileChange.Kind.REMOVED));
            } else if (!current.sha256().equals(e.getValue().sha256())) {
                changes.add(new FileChange(e.getKey(), FileChange.Kind.CHANGED));
            }
        }
        for (String path : now.keySet()) {
            if (!recorded.containsKey(path)) {
                changes.add(new FileChange(path, FileChange.Kind.ADDED));
            }
        }
        changes.sort(java.util.Comparator.comparing(FileChange::path));
        return changes;
    }
}
