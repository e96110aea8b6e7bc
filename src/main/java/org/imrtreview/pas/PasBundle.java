package org.imrtreview.pas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed FHIR R4 Bundle: its entries by full URL and by {@code Type/id}, so the Claim's
 * references (relative, absolute or {@code urn:uuid:}) resolve to the resources the bundle carries.
 * Nothing outside the bundle is ever fetched: a reference that does not resolve inside it is null.
 */
final class PasBundle {

    private final ObjectNode root;
    private final List<ObjectNode> resources = new ArrayList<>();
    private final Map<String, ObjectNode> byKey = new LinkedHashMap<>();

    PasBundle(ObjectNode root) {
        this.root = root;
        for (JsonNode entry : root.path("entry")) {
            JsonNode resource = entry.path("resource");
            if (!(resource instanceof ObjectNode r)) {
                continue;
            }
            resources.add(r);
            String fullUrl = entry.path("fullUrl").asText("");
            if (!fullUrl.isBlank()) {
                byKey.putIfAbsent(fullUrl, r);
            }
            String type = r.path("resourceType").asText("");
            String id = r.path("id").asText("");
            if (!type.isBlank() && !id.isBlank()) {
                byKey.putIfAbsent(type + "/" + id, r);
            }
        }
    }

    ObjectNode root() {
        return root;
    }

    List<ObjectNode> resources() {
        return resources;
    }

    List<ObjectNode> ofType(String resourceType) {
        return resources.stream().filter(r -> resourceType.equals(r.path("resourceType").asText())).toList();
    }

    /** The resource a FHIR Reference points to inside this bundle, or null. */
    ObjectNode resolve(JsonNode reference) {
        if (reference == null || reference.isMissingNode() || reference.isNull()) {
            return null;
        }
        String ref = reference.isTextual() ? reference.asText() : reference.path("reference").asText("");
        if (ref.isBlank()) {
            return null;
        }
        ObjectNode exact = byKey.get(ref);
        if (exact != null) {
            return exact;
        }
        // an absolute URL ending in Type/id, or a relative Type/id/_history/n
        String[] parts = ref.split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (i + 1 < parts.length && !parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
                ObjectNode found = byKey.get(parts[i] + "/" + parts[i + 1]);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static String type(JsonNode resource) {
        return resource == null ? "" : resource.path("resourceType").asText("");
    }
}
