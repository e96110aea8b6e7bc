package org.imrtreview.pas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrtreview.intake.ContentType;

/**
 * The supporting documents of a PAS bundle: every DocumentReference's attachments, every Binary,
 * and attachments inline in {@code Claim.supportingInfo.valueAttachment}. Each is decoded, capped in
 * size, and its declared content type checked against its first bytes. Any document that cannot be
 * taken as it claims to be stops the import: a case never silently lacks a document the provider
 * sent. Links to documents outside the bundle are not fetched (no network): they stop it too.
 */
final class BundleAttachments {

    /** One decoded document at most (a fax packet of a few hundred pages is well under it). */
    static final int MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
    /** All documents of one request together. */
    static final long MAX_TOTAL_BYTES = 80L * 1024 * 1024;
    static final int MAX_ATTACHMENTS = 60;

    private static final Map<String, Kind> TYPES = Map.ofEntries(
            Map.entry("application/pdf", new Kind(ContentType.PDF, "pdf")),
            Map.entry("image/png", new Kind(ContentType.PNG, "png")),
            Map.entry("image/jpeg", new Kind(ContentType.JPEG, "jpg")),
            Map.entry("image/jpg", new Kind(ContentType.JPEG, "jpg")),
            Map.entry("image/tiff", new Kind(ContentType.TIFF, "tif")),
            Map.entry("image/bmp", new Kind(ContentType.BMP, "bmp")),
            Map.entry("image/gif", new Kind(ContentType.GIF, "gif")),
            Map.entry("text/csv", new Kind(ContentType.TEXT, "csv")),
            Map.entry("text/plain", new Kind(ContentType.TEXT, "txt")),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new Kind(ContentType.OOXML, "xlsx")),
            Map.entry("application/vnd.ms-excel", new Kind(ContentType.OLE2, "xls")));

    private record Kind(ContentType content, String extension) { }

    private final PasBundle bundle;
    private final List<String> problems = new ArrayList<>();
    private final AttachmentNames names = new AttachmentNames();
    private final Map<JsonNode, Boolean> taken = new IdentityHashMap<>();
    private long total;

    BundleAttachments(PasBundle bundle) {
        this.bundle = bundle;
    }

    List<Attachment> extract() throws PasException {
        List<Attachment> out = new ArrayList<>();
        for (ObjectNode doc : bundle.ofType("DocumentReference")) {
            int n = 0;
            for (JsonNode content : doc.path("content")) {
                n++;
                String title = firstText(content.path("attachment").path("title"), doc.path("description"),
                        doc.path("type").path("text"), doc.path("type").path("coding").path(0).path("display"));
                add(out, content.path("attachment"), title, "DocumentReference " + id(doc) + (n > 1 ? " content " + n : ""));
            }
        }
        for (JsonNode info : bundle.ofType("Claim").stream().flatMap(c -> iterableStream(c.path("supportingInfo"))).toList()) {
            JsonNode attachment = info.path("valueAttachment");
            if (!attachment.isMissingNode()) {
                add(out, attachment, firstText(attachment.path("title"), info.path("code").path("text"),
                        info.path("category").path("text")), "Claim.supportingInfo " + info.path("sequence").asText("?"));
            }
        }
        for (ObjectNode binary : bundle.ofType("Binary")) {
            if (!taken.containsKey(binary)) {
                add(out, binary, "binary-" + id(binary), "Binary " + id(binary));
            }
        }
        if (out.size() > MAX_ATTACHMENTS) {
            problems.add("it carries " + out.size() + " documents; at most " + MAX_ATTACHMENTS + " are taken from one request");
        }
        if (!problems.isEmpty()) {
            throw new PasException(problems);
        }
        return out;
    }

    private void add(List<Attachment> out, JsonNode attachment, String title, String source) {
        String declared = attachment.path("contentType").asText("").toLowerCase(Locale.ROOT).split(";")[0].strip();
        JsonNode data = attachment.path("data");
        if (data.isMissingNode() || data.isNull()) {
            // data may live in a Binary of this bundle, pointed to by url
            String url = attachment.path("url").asText("");
            ObjectNode binary = url.isBlank() ? null : bundle.resolve(attachment.path("url"));
            if (binary != null && "Binary".equals(PasBundle.type(binary))) {
                taken.put(binary, true);
                if (declared.isEmpty()) {
                    declared = binary.path("contentType").asText("").toLowerCase(Locale.ROOT);
                }
                data = binary.path("data");
            } else if (!url.isBlank()) {
                problems.add(source + " (\"" + printable(title) + "\") points to a document outside the bundle; "
                        + "it is not fetched — ask the sender to include the document itself");
                return;
            } else {
                problems.add(source + " (\"" + printable(title) + "\") has no content");
                return;
            }
        }
        Kind kind = TYPES.get(declared);
        if (kind == null) {
            problems.add(source + " (\"" + printable(title) + "\") is of type \"" + printable(declared)
                    + "\", which the workstation does not read (PDF, pictures, CSV/text, Excel)");
            return;
        }
        String base64 = data.asText("");
        long estimate = (long) base64.length() * 3 / 4;
        if (estimate > MAX_ATTACHMENT_BYTES) {
            problems.add(source + " (\"" + printable(title) + "\") is about " + estimate / (1024 * 1024)
                    + " MB; documents over " + MAX_ATTACHMENT_BYTES / (1024 * 1024) + " MB are not imported");
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            problems.add(source + " (\"" + printable(title) + "\") is not valid base64 and cannot be decoded");
            return;
        }
        if (bytes.length == 0) {
            problems.add(source + " (\"" + printable(title) + "\") is empty");
            return;
        }
        ContentType actual = ContentType.sniff(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 8192)));
        if (actual != kind.content() && !(kind.content() == ContentType.TEXT && actual == ContentType.JSON)) {
            problems.add(source + " (\"" + printable(title) + "\") is declared " + declared + " but its content is "
                    + actual.description() + "; it was not imported");
            return;
        }
        total += bytes.length;
        if (total > MAX_TOTAL_BYTES) {
            problems.add("its documents together exceed " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
            return;
        }
        out.add(new Attachment(names.name(title, kind.extension(), out.size() + 1), declared, bytes, source));
    }

    private static java.util.stream.Stream<JsonNode> iterableStream(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list.stream();
    }

    private static String id(JsonNode resource) {
        return printable(resource.path("id").asText("(no id)"));
    }

    private static String firstText(JsonNode... candidates) {
        for (JsonNode c : candidates) {
            String t = BundleRequestMapper.text(c);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** Sender text shown in a message: short, no control characters. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 60 ? t.substring(0, 57) + "…" : t;
    }
}
