package org.imrtreview.pas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Builds PAS request bundles from the bundled sample cases, shaped like the Da Vinci PAS IG's
 * examples (HL7/davinci-pas input/fsh/Examples.fsh: ReferralAuthorizationBundleExample,
 * MedicalServicesAuthorizationExample, SubscriberExample, InsuranceExample, UMOExample,
 * InsurerExample, DocumentReferenceExample; see samples-pas/SOURCES.md): Claim first,
 * identifier urn:trnorg, levelOfServiceType, X12 item extensions, supportingInfo pointing at
 * DocumentReferences whose attachments carry the case's files in base64. {@code main} writes the
 * samples in {@code samples-pas/}.
 */
public final class PasBundleFixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String BASE = "http://example.org/fhir/";
    static final String PAS = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/";

    private PasBundleFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of("samples-pas");
        Files.createDirectories(out);
        write(fromSample(Path.of("samples/01-brain-glioblastoma-criteria-met"), false), out.resolve("pas-01-brain-criteria-met.json"));
        write(fromSample(Path.of("samples/05-spine-grayscale-fax-incomplete"), true), out.resolve("pas-05-spine-incomplete.json"));
        write(fromSample(Path.of("samples/06-esophagus-answer-mismatch-not-met"), false), out.resolve("pas-06-esophagus-not-met.json"));
    }

    static void write(ObjectNode bundle, Path file) throws IOException {
        // streamed to the file: a test's bundle of a 36-million-character attachment held no second and third
        // copy as a String (the integration run of 83e895c ran out of its 3 GB heap building one)
        try (java.io.Writer out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            MAPPER.writerWithDefaultPrettyPrinter().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, bundle);
            out.write("\n");
        }
    }

    /** A bundle carrying the sample's request and every file; {@code viaBinary}: documents as Binary entries. */
    static ObjectNode fromSample(Path sample, boolean viaBinary) throws IOException {
        JsonNode req = MAPPER.readTree(sample.resolve("request.json").toFile());
        List<Path> files;
        try (Stream<Path> s = Files.list(sample)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("request.json")
                    && !p.getFileName().toString().equalsIgnoreCase("README.md")).sorted().toList();
        }
        ObjectNode bundle = F.objectNode();
        bundle.put("resourceType", "Bundle");
        bundle.putObject("meta").putArray("profile").add(PAS + "profile-pas-request-bundle");
        bundle.putObject("identifier").put("system", "http://example.org/SUBMITTER_TRANSACTION_IDENTIFIER")
                .put("value", "TX-" + req.path("requestId").asText());
        bundle.put("type", "collection");
        bundle.put("timestamp", req.path("receivedAt").asText());
        ArrayNode entries = bundle.putArray("entry");
        ObjectNode claim = claim(req);
        entry(entries, "Claim/PAS-Claim", claim);
        entry(entries, "Patient/Member", patient(req));
        entry(entries, "Coverage/Coverage", coverage(req));
        entry(entries, "Organization/Insurer", insurer(req));
        entry(entries, "PractitionerRole/Requestor", role(req));
        entry(entries, "Practitioner/RequestingPhysician", practitioner(req));
        entry(entries, "Organization/Facility", facility(req));
        ArrayNode supporting = claim.putArray("supportingInfo");
        int n = 0;
        for (Path file : files) {
            n++;
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            ObjectNode doc = F.objectNode();
            doc.put("resourceType", "DocumentReference");
            doc.put("id", "Doc" + n);
            doc.put("status", "current");
            doc.putObject("type").put("text", name);
            doc.putObject("subject").put("reference", "Patient/Member");
            ObjectNode attachment = doc.putArray("content").addObject().putObject("attachment");
            attachment.put("contentType", contentType(name));
            attachment.put("title", name);
            if (viaBinary) {
                ObjectNode binary = F.objectNode();
                binary.put("resourceType", "Binary");
                binary.put("id", "Bin" + n);
                binary.put("contentType", contentType(name));
                binary.put("data", Base64.getEncoder().encodeToString(bytes));
                attachment.put("url", "Binary/Bin" + n);
                entry(entries, "Binary/Bin" + n, binary);
            } else {
                attachment.put("data", Base64.getEncoder().encodeToString(bytes));
            }
            entry(entries, "DocumentReference/Doc" + n, doc);
            ObjectNode info = supporting.addObject();
            info.put("sequence", n);
            info.set("category", coding("http://hl7.org/us/davinci-pas/CodeSystem/PASSupportingInfoType", "additionalInformation"));
            info.putObject("valueReference").put("reference", "DocumentReference/Doc" + n);
        }
        return bundle;
    }

    static ObjectNode claim(JsonNode req) {
        ObjectNode c = F.objectNode();
        c.put("resourceType", "Claim");
        c.put("id", "PAS-Claim");
        c.putObject("meta").putArray("profile").add(PAS + "profile-claim");
        ObjectNode level = c.putArray("extension").addObject();
        level.put("url", PAS + "extension-levelOfServiceType");
        boolean expedited = "EXPEDITED".equals(req.path("urgency").asText());
        level.set("valueCodeableConcept", coding("https://codesystem.x12.org/005010/1338", expedited ? "U" : "E"));
        c.putArray("identifier").addObject().put("system", "urn:trnorg:1588667430").put("value", req.path("requestId").asText());
        c.put("status", "active");
        c.set("type", coding("http://terminology.hl7.org/CodeSystem/claim-type", "professional"));
        c.put("use", "preauthorization");
        c.putObject("patient").put("reference", "Patient/Member");
        c.put("created", req.path("receivedAt").asText());
        c.putObject("insurer").put("reference", "Organization/Insurer");
        c.putObject("provider").put("reference", "PractitionerRole/Requestor");
        c.set("priority", coding("http://terminology.hl7.org/CodeSystem/processpriority", expedited ? "stat" : "normal"));
        ArrayNode dx = c.putArray("diagnosis");
        int i = 0;
        for (JsonNode d : req.path("diagnosis")) {
            ObjectNode diag = dx.addObject();
            diag.put("sequence", ++i);
            ObjectNode cc = coding("http://hl7.org/fhir/sid/icd-10-cm", d.path("code").asText());
            ((ObjectNode) cc.path("coding").path(0)).put("display", d.path("description").asText());
            diag.set("diagnosisCodeableConcept", cc);
        }
        ObjectNode ins = c.putArray("insurance").addObject();
        ins.put("sequence", 1).put("focal", true);
        ins.putObject("coverage").put("reference", "Coverage/Coverage");
        ArrayNode items = c.putArray("item");
        int seq = 0;
        for (JsonNode code : req.path("requestedCodes")) {
            ObjectNode item = items.addObject();
            ArrayNode ext = item.putArray("extension");
            ObjectNode trace = ext.addObject().put("url", PAS + "extension-itemTraceNumber");
            trace.putObject("valueIdentifier").put("system", "http://example.org/ITEM_TRACE_NUMBER").put("value", "IT" + (seq + 1));
            ext.addObject().put("url", PAS + "extension-serviceItemRequestType")
                    .set("valueCodeableConcept", coding("https://codesystem.x12.org/005010/1525", "HS"));
            ext.addObject().put("url", PAS + "extension-certificationType")
                    .set("valueCodeableConcept", coding("https://codesystem.x12.org/005010/1322", "I"));
            item.put("sequence", ++seq);
            item.set("category", coding("https://codesystem.x12.org/005010/1365", "6"));
            String system = code.asText().matches("\\d{5}") ? "http://www.ama-assn.org/go/cpt" : "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
            item.set("productOrService", coding(system, code.asText()));
            if (req.hasNonNull("plannedStart")) {
                item.put("servicedDate", req.path("plannedStart").asText());
            }
            item.putObject("bodySite").put("text", req.path("treatmentSite").asText());
            item.putObject("quantity").put("value", code.asText().equals("77386") ? req.path("prescription").path("fractions").asInt(1) : 1);
            item.set("locationCodeableConcept", coding("https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", "22"));
        }
        return c;
    }

    static ObjectNode patient(JsonNode req) {
        ObjectNode p = F.objectNode();
        p.put("resourceType", "Patient");
        p.put("id", "Member");
        JsonNode m = req.path("member");
        ObjectNode id = p.putArray("identifier").addObject();
        id.set("type", coding("http://terminology.hl7.org/CodeSystem/v2-0203", "MB"));
        id.put("system", "http://example.org/MIN").put("value", m.path("id").asText());
        String[] parts = m.path("name").asText().split(" ");
        ObjectNode name = p.putArray("name").addObject();
        name.put("family", parts[parts.length - 1].toUpperCase(Locale.ROOT));
        ArrayNode given = name.putArray("given");
        for (int i = 0; i < parts.length - 1; i++) {
            given.add(parts[i].toUpperCase(Locale.ROOT));
        }
        p.put("gender", "unknown");
        p.put("birthDate", m.path("dateOfBirth").asText());
        JsonNode addr = m.path("address");
        if (addr.size() >= 2) {
            ObjectNode a = p.putArray("address").addObject();
            a.putArray("line").add(addr.get(0).asText());
            String[] cityState = addr.get(1).asText().split(",\\s*");
            a.put("city", cityState[0]);
            String[] stateZip = cityState.length > 1 ? cityState[1].split(" ") : new String[] {""};
            a.put("state", stateZip[0]);
            if (stateZip.length > 1) {
                a.put("postalCode", stateZip[1]);
            }
            a.put("country", "US");
        }
        return p;
    }

    static ObjectNode coverage(JsonNode req) {
        ObjectNode c = F.objectNode();
        c.put("resourceType", "Coverage");
        c.put("id", "Coverage");
        c.put("status", "active");
        String line = req.path("plan").path("line").asText();
        String sopt = switch (line) {
            case "MEDICARE_ADVANTAGE" -> "111";
            case "MEDICAID" -> "2";
            default -> "5";
        };
        c.set("type", coding("https://nahdo.org/sopt", sopt));
        ObjectNode memberId = c.putArray("identifier").addObject();
        memberId.set("type", coding("http://terminology.hl7.org/CodeSystem/v2-0203", "MB"));
        memberId.put("value", req.path("member").path("id").asText());
        c.putObject("subscriber").put("reference", "Patient/Member");
        c.put("subscriberId", req.path("member").path("id").asText());
        c.putObject("beneficiary").put("reference", "Patient/Member");
        ObjectNode relationship = coding("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self");
        // PASCoverage's self-beneficiary invariant looks for the X12 1069 code 18 (self)
        ((ArrayNode) relationship.path("coding")).addObject().put("system", "https://codesystem.x12.org/005010/1069").put("code", "18");
        c.set("relationship", relationship);
        c.putArray("payor").addObject().put("reference", "Organization/Insurer");
        return c;
    }

    static ObjectNode insurer(JsonNode req) {
        ObjectNode o = F.objectNode();
        o.put("resourceType", "Organization");
        o.put("id", "Insurer");
        o.put("active", true);
        o.putArray("type").add(coding("https://codesystem.x12.org/005010/98", "PR"));
        o.putArray("identifier").addObject().put("system", "http://example.org/PAYER_ID").put("value", "BSH01");
        o.put("name", req.path("plan").path("name").asText());
        return o;
    }

    static ObjectNode role(JsonNode req) {
        ObjectNode r = F.objectNode();
        r.put("resourceType", "PractitionerRole");
        r.put("id", "Requestor");
        r.putObject("practitioner").put("reference", "Practitioner/RequestingPhysician");
        r.putObject("organization").put("reference", "Organization/Facility");
        ArrayNode telecom = r.putArray("telecom");
        JsonNode p = req.path("requestingProvider");
        telecom.addObject().put("system", "phone").put("value", p.path("phone").asText());
        telecom.addObject().put("system", "fax").put("value", p.path("fax").asText());
        return r;
    }

    static ObjectNode practitioner(JsonNode req) {
        ObjectNode p = F.objectNode();
        p.put("resourceType", "Practitioner");
        p.put("id", "RequestingPhysician");
        JsonNode rp = req.path("requestingProvider");
        p.putArray("identifier").addObject().put("system", "http://hl7.org/fhir/sid/us-npi").put("value", npi(rp.path("npi").asText()));
        String full = rp.path("name").asText().replaceAll(",.*$", "");
        String[] parts = full.split(" ");
        ObjectNode name = p.putArray("name").addObject();
        name.put("family", parts[parts.length - 1]);
        ArrayNode given = name.putArray("given");
        for (int i = 0; i < parts.length - 1; i++) {
            given.add(parts[i]);
        }
        name.putArray("suffix").add("MD");
        return p;
    }

    /**
     * The sample's NPI with its check digit made valid (Luhn over 80840 + the first nine digits): the
     * samples' fictional NPIs fail it, and US Core (under PAS) requires a valid one (us-core-17).
     */
    static String npi(String npi) {
        if (!npi.matches("\\d{10}")) {
            return npi;
        }
        String full = "80840" + npi.substring(0, 9);
        int sum = 0;
        boolean twice = true;
        for (int i = full.length() - 1; i >= 0; i--) {
            int d = full.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return npi.substring(0, 9) + (10 - sum % 10) % 10;
    }

    static ObjectNode facility(JsonNode req) {
        ObjectNode o = F.objectNode();
        o.put("resourceType", "Organization");
        o.put("id", "Facility");
        o.put("active", true);
        JsonNode rp = req.path("requestingProvider");
        o.put("name", rp.path("facility").asText());
        JsonNode addr = rp.path("address");
        if (addr.size() >= 1) {
            ObjectNode a = o.putArray("address").addObject();
            ArrayNode lines = a.putArray("line");
            addr.forEach(l -> lines.add(l.asText()));
        }
        return o;
    }

    static void entry(ArrayNode entries, String key, ObjectNode resource) {
        ObjectNode e = entries.addObject();
        e.put("fullUrl", BASE + key);
        e.set("resource", resource);
    }

    static ObjectNode coding(String system, String code) {
        ObjectNode cc = F.objectNode();
        cc.putArray("coding").addObject().put("system", system).put("code", code);
        return cc;
    }

    static String contentType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".png")) {
            return "image/png";
        }
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (n.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (n.endsWith(".xls")) {
            return "application/vnd.ms-excel";
        }
        if (n.endsWith(".csv")) {
            return "text/csv";
        }
        return "text/plain";
    }
}
