package org.imrtreview.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a digitised picture's file looked like when the nurse's choices were saved: its size in
 * bytes and a SHA-256 of its content. Curve keys and axis ranges only mean something for the exact
 * picture they were made on, so a different file (resubmitted, re-exported) gets them not applied.
 * Hashing a few megabytes takes milliseconds, far less than digitising.
 */
public record ImageFingerprint(long bytes, String sha256) {

    public static ImageFingerprint of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new ImageFingerprint(size, HexFormat.of().formatHex(digest.digest()));
    }

    /** A sentence part telling how the file differs, for the nurse. */
    public String differenceFrom(ImageFingerprint saved) {
        if (saved.bytes != bytes) {
            return "its size went from " + saved.bytes + " to " + bytes + " bytes";
        }
        return "its content differs (same size)";
    }
}
