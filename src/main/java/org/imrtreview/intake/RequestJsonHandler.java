package org.imrtreview.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.Request;
import org.imrtreview.model.RequestField;

/**
 * Reads {@code request.json} (SPEC §3) — or any {@code .json} whose content looks like a request.
 * Enums are read case-insensitively; unknown fields are kept. A field with a bad value (a date
 * written 04/02/1963, an unknown urgency) is reported by name and left empty, and the rest of the
 * request is still read; malformed JSON is reported with its line and column and the request left
 * empty, since the nurse can type it in.
 */
public final class RequestJsonHandler implements FileHandler {

    /** A request is a few kilobytes; anything far larger is not one. */
    static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final int MAX_FIELD_REPAIRS = 25;
    /**
     * No external-beam course is prescribed more than this (0401 takes a dose over 100 Gy for a value no plan can give;
     * the highest conventional prostate and head-and-neck courses are 78–81 Gy): a larger total is cGy written as Gy.
     */
    static final double MAX_TOTAL_DOSE_GY = 100;
    /** Hyperfractionated courses reach about 70 fractions (1.2 Gy twice a day); more is no fraction count. */
    static final int MAX_FRACTIONS = 100;
    private static final List<String> REQUEST_KEYS = List.of("\"requestid\"", "\"member\"", "\"requestingprovider\"",
            "\"treatmentsite\"", "\"requestedcodes\"", "\"prescription\"", "\"diagnosis\"", "\"urgency\"");

    /**
     * Jackson's mapper and the code that binds with it, made ready on the first request read and not
     * with the loader: the window's first frame needs none of Jackson's 500 classes (issue 17).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                // a field written twice ("totalDoseGy": 70, "totalDoseGy": 7000) is no value: the file is not read (0575)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();

        private Json() {
        }

        static Request bind(ObjectNode tree, List<Unreadable> badFields) throws JsonProcessingException {
            // a fraction count that is no whole number ("fractions": 39.5) is not cut to 39 (decision 0548)
            if (tree.path("prescription") instanceof ObjectNode rx && rx.path("fractions").isNumber()
                    && rx.path("fractions").asDouble() != Math.rint(rx.path("fractions").asDouble())) {
                JsonNode raw = rx.remove("fractions");
                badFields.add(unreadable("prescription.fractions", raw, ""));
            }
            // a prescription no course can have (7000 "Gy": cGy written as Gy) is no prescription (decision 0575)
            if (tree.path("prescription") instanceof ObjectNode rx) {
                if (outside(rx.path("totalDoseGy"), 0, MAX_TOTAL_DOSE_GY)) {
                    badFields.add(unreadable("prescription.totalDoseGy", rx.remove("totalDoseGy"),
                            " (no course is prescribed more than " + (int) MAX_TOTAL_DOSE_GY + " Gy or nothing: cGy written as Gy?)"));
                }
                if (outside(rx.path("fractions"), 0, MAX_FRACTIONS)) {
                    badFields.add(unreadable("prescription.fractions", rx.remove("fractions"),
                            " (no course has more than " + MAX_FRACTIONS + " fractions or none)"));
                }
            }
            for (int attempt = 0; attempt < MAX_FIELD_REPAIRS; attempt++) {
                try {
                    return MAPPER.treeToValue(tree, Request.class);
                } catch (JsonMappingException e) {
                    List<JsonMappingException.Reference> path = e.getPath();
                    JsonNode raw = path.isEmpty() ? null : remove(tree, path);
                    if (raw == null) {
                        throw e;
                    }
                    JsonLocation at = e.getLocation();
                    badFields.add(unreadable(pathOf(path), raw,
                            at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ")"));
                }
            }
            return Request.empty();
        }

        /**
         * A number (or a number written as text, which binding reads) at or below {@code low} or above {@code high}.
         * Anything else — absent, or text that is no number — is left to binding.
         */
        private static boolean outside(JsonNode value, double low, double high) {
            double v;
            if (value.isNumber()) {
                v = value.asDouble();
            } else if (value.isTextual()) {
                try {
                    v = Double.parseDouble(value.asText().strip());
                } catch (NumberFormatException e) {
                    return false;
                }
            } else {
                return false;
            }
            return !Double.isFinite(v) || v <= low || v > high;
        }

        /** Removes the node at {@code path} and returns it, or null when there is none. */
        private static JsonNode remove(ObjectNode root, List<JsonMappingException.Reference> path) {
            JsonNode parent = root;
            for (int i = 0; i < path.size() - 1; i++) {
                JsonMappingException.Reference ref = path.get(i);
                parent = ref.getFieldName() != null ? parent.get(ref.getFieldName()) : parent.get(ref.getIndex());
                if (parent == null) {
                    return null;
                }
            }
            JsonMappingException.Reference last = path.get(path.size() - 1);
            if (last.getFieldName() != null && parent instanceof ObjectNode o && o.has(last.getFieldName())) {
                return o.remove(last.getFieldName());
            }
            if (last.getFieldName() == null && parent instanceof ArrayNode a && last.getIndex() >= 0 && last.getIndex() < a.size()) {
                return a.remove(last.getIndex());
            }
            return null;
        }

        private static String pathOf(List<JsonMappingException.Reference> path) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference ref : path) {
                if (ref.getFieldName() != null) {
                    field.append(field.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            return field.toString();
        }

        /**
         * The sentence for a field that could not be read: which field (its path and its name in words), what was
         * there (quoted, unless the field may name a person: then only its shape), what was expected, and what to do.
         * The case is held until the field is known (decision 0570).
         */
        private static Unreadable unreadable(String path, JsonNode raw, String where) {
            RequestField field = new RequestField(path);
            String lower = path.toLowerCase(Locale.ROOT);
            String expected;
            if (lower.endsWith("dateofbirth")) {
                expected = "a date like 1963-04-02";
            } else if (lower.endsWith("plannedstart")) {
                expected = "a date like 2026-12-07";
            } else if (lower.endsWith("receivedat")) {
                expected = "a date and time like 2026-11-20T09:15:00-08:00";
            } else if (lower.endsWith("urgency")) {
                expected = "STANDARD or EXPEDITED";
            } else if (lower.endsWith("line")) {
                expected = "COMMERCIAL, MEDICARE_ADVANTAGE or MEDICAID";
            } else if (lower.endsWith("totaldosegy")) {
                expected = "a number of Gy, like 78";
            } else if (lower.endsWith("fractions")) {
                expected = "a whole number of fractions, like 39";
            } else if (lower.equals("prescription")) {
                expected = "{\"totalDoseGy\": 78, \"fractions\": 39}";
            } else if (lower.startsWith("requestedcodes")) {
                expected = "codes like \"77301\", \"77386\"";
            } else {
                expected = "";
            }
            boolean impossible = where.startsWith(" (no ");
            String message = "field \"" + path + "\" (" + field.words() + ") holds " + shown(raw, field.personal())
                    + (impossible ? ", which cannot be " + field.words() + where
                            : ", which could not be read" + (expected.isEmpty() ? "" : " (expected " + expected + ")") + where)
                    + "; it was left empty. The case is held until it is known: type it in the request details"
                    + " (Case ▸ Request details, Ctrl+E) from the provider's documents, or ask the provider";
            return new Unreadable(path, message);
        }

        /** What the provider wrote, briefly: the value itself for a field naming no one, else only its shape. */
        private static String shown(JsonNode raw, boolean personal) {
            if (raw == null || raw.isNull()) {
                return "nothing";
            }
            if (raw.isObject()) {
                return "an object";
            }
            if (raw.isArray()) {
                return "a list";
            }
            if (personal) {
                return raw.isNumber() ? "a number" : raw.isBoolean() ? "true or false" : "a text";
            }
            String text = raw.isTextual() ? raw.asText() : raw.toString();
            text = text.strip();
            if (text.length() > 40) {
                text = text.substring(0, 39) + "…";
            }
            return raw.isTextual() ? "\"" + text + "\"" : text;
        }
    }

    /** A request field that could not be read: its JSON path and the sentence for the nurse. */
    record Unreadable(String path, String message) { }

    @Override
    public boolean accepts(String fileName, byte[] head) {
        if (!ContentType.extension(fileName).equals("json")) {
            return false;
        }
        ContentType actual = ContentType.sniff(head);
        if (actual != ContentType.JSON && actual != ContentType.TEXT) {
            return false; // a PDF or picture named .json is read by its own handler
        }
        if (fileName.equalsIgnoreCase("request.json") || ownEvaluation(head)) {
            return true; // the program's own evaluation JSON is claimed here only to be listed as ours (read)
        }
        String text = new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return REQUEST_KEYS.stream().filter(text::contains).count() >= 2;
    }

    /**
     * The start of the SPEC §5 JSON the program writes ({@code EvaluationJson}: "determination" then
     * "determinationTitle" first). Its request summary holds request keys, so saved into a case folder it
     * was taken for a second request (decision 0410).
     */
    private static final java.util.regex.Pattern OWN_EVALUATION = java.util.regex.Pattern.compile(
            "\\A\\uFEFF?\\s*\\{\\s*\"determination\"\\s*:\\s*\"[a-z_]+\"\\s*,\\s*\"determinationtitle\"\\s*:");

    static boolean ownEvaluation(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return OWN_EVALUATION.matcher(start).lookingAt();
    }

    @Override
    public void read(Path file, CaseBuilder into) {
        String name = into.name(file);
        try {
            byte[] head;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(512);
            }
            if (ownEvaluation(head)) {
                into.document(new Document(name, DocumentKind.OWN_OUTPUT, null, null, null, LoadState.LOADED,
                        "evaluation produced here by the IMRT Review Workstation (evaluate --format json) — not evidence, not read"));
                return;
            }
            if (Files.size(file) > MAX_BYTES) {
                fail(into, name, "is too large (" + Files.size(file) / 1024 + " KB) to be request details; it was not read");
                return;
            }
            JsonNode tree = Json.MAPPER.readTree(stripBom(Files.readAllBytes(file)));
            if (tree == null || !tree.isObject()) {
                fail(into, name, "does not hold a JSON object with the request details");
                return;
            }
            List<Unreadable> badFields = new ArrayList<>();
            // a prescription written with its unit ("7800 cGy") is read when it says one thing (decision 0642)
            List<String> readAs = WrittenPrescription.normalise((ObjectNode) tree);
            Request request = bind((ObjectNode) tree, badFields);
            for (Unreadable bad : badFields) {
                into.problem(new Problem(name, bad.message(), ProblemCode.REQUEST_UNREADABLE, bad.path()));
            }
            readAs.forEach(note -> into.problem(name, note));
            into.request(name, request);
            into.document(new Document(name, DocumentKind.REQUEST, null, null, null,
                    badFields.isEmpty() ? LoadState.LOADED : LoadState.WITH_ERRORS,
                    badFields.isEmpty() ? "request details" : "request details; " + badFields.size() + " field(s) unreadable"));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            fail(into, name, "is not valid JSON" + where + " (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + "); request details left empty");
        } catch (IOException e) {
            fail(into, name, "could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Reads a request file the way intake does (enums in any case, bad fields left empty), for
     * readers outside a case load — the worklist scan — so the two can never disagree. Returns the
     * empty request when the file is not a readable request.
     */
    public static Request readRequest(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file.getFileName() + " is too large to be request details");
        }
        JsonNode tree = Json.MAPPER.readTree(stripBom(Files.readAllBytes(file)));
        if (tree == null || !tree.isObject()) {
            throw new IOException(file.getFileName() + " does not hold a JSON object");
        }
        WrittenPrescription.normalise((ObjectNode) tree);
        return bind((ObjectNode) tree, new ArrayList<>());
    }

    /**
     * Binds the tree to a {@link Request}; each field that will not bind is named in
     * {@code badFields}, removed, and binding retried, so one bad date does not lose the rest.
     */
    static Request bind(ObjectNode tree, List<Unreadable> badFields) throws JsonProcessingException {
        return Json.bind(tree, badFields);
    }

    private static byte[] stripBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }

    /**
     * A request file that could not be read at all: the request is left empty and, as with an unreadable field, the
     * case is held until the nurse types the details in (decision 0570); a second request-like file's failure stays a
     * note ({@code CaseBuilder} decides which file is the request).
     */
    private static void fail(CaseBuilder into, String name, String message) {
        into.problem(new Problem(name, message + ". The case is held until the request details are known: type them in"
                + " (Case ▸ Request details, Ctrl+E) from the provider's documents, or ask the provider for a readable copy",
                ProblemCode.REQUEST_UNREADABLE, RequestField.wholeRequest().path()));
        into.document(new Document(name, DocumentKind.REQUEST, null, null, null, LoadState.UNREADABLE, message));
    }
}
