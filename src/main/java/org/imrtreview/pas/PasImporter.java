package org.imrtreview.pas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Da Vinci PAS request bundle → a case folder the usual intake reads: {@code request.json} from
 * the Claim and the resources it references, each supporting document as a file, and the bundle
 * itself kept hidden for the response. All or nothing: the case is assembled in a hidden folder of
 * the inbox and moved into place only when every part was read; a bad bundle leaves no trace.
 */
public final class PasImporter {
    private static final Logger LOG = LoggerFactory.getLogger(PasImporter.class);

    /** A bundle file larger than this is refused before it is parsed. */
    static final long MAX_BUNDLE_BYTES = 150L * 1024 * 1024;
    /** Longest JSON string accepted: an attachment at the cap, base64-encoded, with line breaks. */
    private static final int MAX_STRING_CHARS = (int) (BundleAttachments.MAX_ATTACHMENT_BYTES / 3 * 4 * 1.05) + 1024;

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build())
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    static {
        // a name or title carrying direction or control characters is written escaped (issue 20 item 7)
        MAPPER.getFactory().setCharacterEscapes(org.imrtreview.logging.VisibleText.jsonEscapes());
    }

    /** Imports {@code bundleFile} into the inbox chosen by {@link PasInbox#forBundle(Path)}. */
    public PasImport importBundle(Path bundleFile) throws PasException {
        return importBundle(bundleFile, PasInbox.forBundle(bundleFile));
    }

    public PasImport importBundle(Path bundleFile, Path inbox) throws PasException {
        String name = bundleFile.getFileName().toString();
        byte[] bytes = read(bundleFile, name);
        ObjectNode root = parse(bytes, name);
        PasBundle bundle = new PasBundle(root);
        ObjectNode request;
        List<Attachment> attachments;
        try {
            request = new BundleRequestMapper(bundle).map();
        } catch (PasException e) {
            throw named(name, e);
        }
        try {
            attachments = new BundleAttachments(bundle).extract();
        } catch (PasException e) {
            throw named(name, e);
        }
        String requestId = request.path("requestId").asText();
        String folderName = folderName(requestId);
        String digest = sha256(bytes);
        try {
            Path earlier = earlierImport(inbox, folderName, digest);
            if (earlier != null) {
                return new PasImport(earlier, requestId, listDocuments(earlier), true);
            }
            Files.createDirectories(inbox);
            Path target = inbox.resolve(folderName);
            for (int n = 2; Files.exists(target); n++) {
                target = inbox.resolve(folderName + " (" + n + ")");
            }
            Path incoming = Files.createTempDirectory(inbox, ".incoming-");
            try {
                List<String> written = new ArrayList<>();
                Files.write(incoming.resolve("request.json"), MAPPER.writeValueAsBytes(request));
                written.add("request.json");
                for (Attachment a : attachments) {
                    Files.write(incoming.resolve(a.fileName()), a.bytes());
                    written.add(a.fileName());
                }
                Files.write(incoming.resolve(PasInbox.SOURCE_BUNDLE), bytes);
                move(incoming, target);
                return new PasImport(target, requestId, List.copyOf(written), false);
            } finally {
                deleteTree(incoming);
            }
        } catch (IOException e) {
            LOG.warn("could not write an imported case: {}", e.getClass().getSimpleName());
            throw new PasException(name + ": the case could not be written to " + inbox + " (" + e.getMessage() + ")");
        }
    }

    /**
     * The case folder an earlier import of this very bundle (the same bytes) made in {@code inbox}, without writing
     * anything; empty when it was not imported there. A bundle that cannot be a case throws as an import would.
     */
    public java.util.Optional<Path> earlierImport(Path bundleFile, Path inbox) throws PasException {
        String name = bundleFile.getFileName().toString();
        byte[] bytes = read(bundleFile, name);
        PasBundle bundle = new PasBundle(parse(bytes, name));
        ObjectNode request;
        try {
            request = new BundleRequestMapper(bundle).map();
        } catch (PasException e) {
            throw named(name, e);
        }
        return java.util.Optional.ofNullable(earlierImport(inbox, folderName(request.path("requestId").asText()), sha256(bytes)));
    }

    /** The folder among {@code folderName}, "… (2)", "… (3)" … holding the bundle of {@code digest}; null if none. */
    private static Path earlierImport(Path inbox, String folderName, String digest) {
        Path target = inbox.resolve(folderName);
        for (int n = 2; Files.exists(target); n++) {
            if (digest.equals(digestOf(target))) {
                return target;
            }
            target = inbox.resolve(folderName + " (" + n + ")");
        }
        return null;
    }

    private static byte[] read(Path file, String name) throws PasException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new PasException(name + ": no such file");
            }
            if (Files.size(file) > MAX_BUNDLE_BYTES) {
                throw new PasException(name + ": the bundle is " + Files.size(file) / (1024 * 1024)
                        + " MB, over the " + MAX_BUNDLE_BYTES / (1024 * 1024) + " MB a request may have; nothing was imported");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PasException(name + ": could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static ObjectNode parse(byte[] bytes, String name) throws PasException {
        JsonNode tree;
        try {
            int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            tree = MAPPER.readTree(bytes, start, bytes.length - start); // no second copy of a bundle of up to 150 MB
        } catch (StreamConstraintsException e) {
            throw new PasException(name + ": it holds a value (an attachment) over "
                    + BundleAttachments.MAX_ATTACHMENT_BYTES / (1024 * 1024) + " MB; nothing was imported");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new PasException(name + ": is not valid JSON" + where + "; nothing was imported");
        } catch (IOException e) {
            throw new PasException(name + ": could not be read (" + e.getClass().getSimpleName() + ")");
        }
        if (tree instanceof ObjectNode o && "Parameters".equals(o.path("resourceType").asText())) {
            // the $submit operation's input: Parameters with the Bundle as its resource parameter
            for (JsonNode p : o.path("parameter")) {
                if ("Bundle".equals(p.path("resource").path("resourceType").asText())) {
                    tree = p.path("resource");
                    break;
                }
            }
        }
        if (!(tree instanceof ObjectNode o) || !"Bundle".equals(o.path("resourceType").asText())) {
            String type = tree == null ? "nothing" : tree.path("resourceType").asText("no resourceType");
            throw new PasException(name + ": is not a FHIR Bundle (resourceType: " + BundleAttachments.printable(type)
                    + "); a PAS request arrives as a Bundle with the Claim first");
        }
        if (!o.path("entry").isArray() || o.path("entry").isEmpty()) {
            throw new PasException(name + ": the Bundle has no entries");
        }
        return o;
    }

    private static PasException named(String name, PasException e) {
        return new PasException(e.problems().stream().map(p -> name + ": " + p).toList());
    }

    /** A folder name from the request ID: letters, digits, dot, dash and underscore only. */
    static String folderName(String requestId) {
        String safe = requestId.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        if (safe.length() > 64) {
            safe = safe.substring(0, 64);
        }
        return safe.isEmpty() ? "request" : safe;
    }

    private static String digestOf(Path caseFolder) {
        Path source = caseFolder.resolve(PasInbox.SOURCE_BUNDLE);
        try {
            return Files.isRegularFile(source) ? sha256(Files.readAllBytes(source)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static List<String> listDocuments(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Removes a folder this program made for a while (an import's incoming folder, a read-only reading's case). */
    public static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("could not remove a temporary import file: {}", e.getClass().getSimpleName());
                }
            });
        } catch (IOException e) {
            LOG.warn("could not clean a temporary import folder: {}", e.getClass().getSimpleName());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
