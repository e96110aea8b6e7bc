package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** Issue 20 item 7: the OCR folder in the temp directory is new for each run and owner-only. */
class OcrTempFolderTest {

    @Test
    void eachRunGetsANewOwnerOnlyFolder() throws Exception {
        Path a = TessData.defaultCacheRoot();
        Path b = TessData.defaultCacheRoot();
        try {
            assertNotEquals(a, b, "never a predictable, shared name someone else could make first");
            assertTrue(Files.isDirectory(a) && a.getFileName().toString().startsWith("imrt-review-ocr-"));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
            }
        } finally {
            Files.deleteIfExists(a);
            Files.deleteIfExists(b);
        }
    }
}
