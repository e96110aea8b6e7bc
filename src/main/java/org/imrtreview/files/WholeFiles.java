package org.imrtreview.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a whole file so that whoever reads it, at any moment, finds either the previous file or the
 * new one, never half of it: the bytes go to a temporary file in the same folder, which is then renamed
 * over the target (atomically where the file system can). A letter, a PAS response, the review state
 * and the last evaluation are all written this way, from the window and from the command line alike.
 */
public final class WholeFiles {
    private WholeFiles() {
    }

    /**
     * Replaces {@code target} with {@code bytes}. The temporary file is named {@code tempPrefix…tmp};
     * it is removed whatever happens. Fails, naming the folder, when the folder does not exist.
     */
    public static void replace(Path target, byte[] bytes, String tempPrefix) throws IOException {
        write(target, bytes, tempPrefix, false);
    }

    /**
     * As {@link #replace}, and the bytes and the rename are forced to disk before returning: a power cut
     * afterwards cannot bring back the old file (used for the nurse's review state).
     */
    public static void replaceDurably(Path target, byte[] bytes, String tempPrefix) throws IOException {
        write(target, bytes, tempPrefix, true);
    }

    private static void write(Path target, byte[] bytes, String tempPrefix, boolean durable) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        Path tmp = Files.createTempFile(dir, tempPrefix, ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (durable) {
                    channel.force(true);
                }
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            if (durable) {
                syncFolder(dir);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes the rename durable: without syncing the folder, a power cut can bring back the old file. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            // not every platform can open a folder (Windows): the rename is still atomic there
        }
    }
}
