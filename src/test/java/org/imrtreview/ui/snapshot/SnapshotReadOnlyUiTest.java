package org.imrtreview.ui.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0263: {@code snapshot} is read-only. A case whose saved review state cannot be read is
 * pictured without the state being set aside (renamed), and nothing — no state, no OCR cache — is
 * written beside the case; a scanned case read read-only keeps no OCR results.
 */
class SnapshotReadOnlyUiTest {

    @TempDir
    Path tmp;

    private Path copy(String sample, String... only) throws IOException {
        Path to = tmp.resolve(sample);
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(Path.of("samples", sample))) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (only.length == 0 || java.util.Arrays.asList(only).contains(n)) {
                    Files.copy(p, to.resolve(n));
                }
            }
        }
        return to;
    }

    /** Every file under {@code root}, hidden ones too, with its SHA-256 and modification time. */
    private static Map<String, String> tree(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString();
                if (Files.isDirectory(p)) {
                    out.put(rel + "/", "");
                } else {
                    byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                    out.put(rel, HexFormat.of().formatHex(sha) + " " + Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        return out;
    }

    @Test
    void aSnapshotOfACaseWithAnUnreadableStateChangesNothingBesideTheCase() throws Exception {
        Path c = copy("01-brain-glioblastoma-criteria-met");
        Path state = c.resolve(".imrt-review").resolve("review-state.json");
        Files.createDirectories(state.getParent());
        Files.writeString(state, "{\"status\": \"IN_REV", StandardCharsets.UTF_8);
        Files.writeString(state.resolveSibling("review-state.unreadable-20261201-101010.json"), "earlier", StandardCharsets.UTF_8);
        Map<String, String> before = tree(c);

        Path png = tmp.resolve("out").resolve("shot.png");
        CaseSnapshot.render(c, png, new CaseSnapshot.Options(1366, 768, Theme.LIGHT, 1));

        assertTrue(ImageIO.read(png.toFile()).getWidth() == 1366, "the picture was written");
        assertEquals(before, tree(c), "the case folder is exactly as it was: the state file not renamed, nothing added");
    }

    /** {@code --evidence}: the evidence window is pictured, at the size it opens at, and nothing is written. */
    @Test
    void theEvidenceWindowIsPicturedAtItsOwnSize() throws Exception {
        Path c = copy("01-brain-glioblastoma-criteria-met");
        Map<String, String> before = tree(c);
        Path png = tmp.resolve("out").resolve("evidence.png");

        CaseSnapshot.render(c, png, new CaseSnapshot.Options(1920, 1080, Theme.DARK, 1, null, "MRI_brain_report.pdf"));

        var image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth(), "the evidence window, not the main window");
        // 900 px, or 90 % of the screen when it is smaller (the tests' shared headless screen is 1280x800)
        assertTrue(image.getHeight() >= 700 && image.getHeight() <= 900, "height " + image.getHeight());
        assertEquals(before, tree(c));
    }

    @Test
    void aScannedTableReadReadOnlyKeepsNoOcrResults() throws Exception {
        Path c = copy("13-lung-scanned-table", "request.json", "summary_table_scan.pdf");
        Map<String, String> before = tree(c);
        ReviewCase read = CaseLoader.standard().readOnly().load(c);
        assertTrue(read.table() != null && !read.table().rows().isEmpty(), "the scanned table is still read by OCR");
        assertEquals(before, tree(c), "no OCR cache written");
        assertFalse(Files.exists(c.resolve(".imrt-review")));

        CaseLoader.standard().load(c);
        assertTrue(Files.isDirectory(c.resolve(".imrt-review").resolve("cache").resolve("ocr")), "the nurse's loader keeps the cache");
    }
}
