package org.imrtreview.pas;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.imrtreview.intake.CaseLoader;

/**
 * Where a bundle's case is written, and whether a file is a bundle at all. The case goes to
 * {@code pas-inbox/<request id>} beside the bundle — never inside another case folder, where its
 * documents would be read as that case's evidence: when the bundle sits in a case folder, the
 * inbox is made beside that folder instead. {@code -Dimrt.pasInbox=DIR} puts every case in one
 * inbox (a plan's shared worklist folder). Decision 0190.
 */
public final class PasInbox {

    public static final String FOLDER = "pas-inbox";
    /** The received bundle, kept hidden in the case (hidden files are never evidence). */
    public static final String SOURCE_BUNDLE = ".pas-request-bundle.json";
    private static final Pattern BUNDLE_HEAD = Pattern.compile("\"resourceType\"\\s*:\\s*\"(Bundle|Parameters)\"");

    private PasInbox() {
    }

    /** True for a {@code .json} file whose first bytes show a FHIR Bundle (or a $submit Parameters). */
    public static boolean isBundle(Path path) {
        if (path == null || !Files.isRegularFile(path)
                || !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            String head = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
            return BUNDLE_HEAD.matcher(head).find();
        } catch (IOException e) {
            return false;
        }
    }

    /** The inbox for cases made from {@code bundle}. */
    public static Path forBundle(Path bundle) {
        String configured = System.getProperty("imrt.pasInbox");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path folder = bundle.toAbsolutePath().normalize().getParent();
        while (folder != null && folder.getParent() != null && isCaseFolder(folder)) {
            folder = folder.getParent();
        }
        return folder.resolve(FOLDER);
    }

    /** A folder that is (or is inside) a case: it would read anything written below it as evidence. */
    static boolean isCaseFolder(Path folder) {
        return Files.exists(folder.resolve("request.json")) || Files.isDirectory(folder.resolve(CaseLoader.STATE_FOLDER))
                || Files.exists(folder.resolve(SOURCE_BUNDLE))
                || (folder.getParent() != null && folder.getParent().getFileName() != null
                    && folder.getParent().getFileName().toString().equals(FOLDER));
    }
}
