package org.imrtreview.pas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The decision as a PAS response Bundle: the ClaimResponse first (profile PASClaimResponse), then
 * the Patient, insurer and requestor echoed from the request bundle so its references resolve, the
 * letter as a DocumentReference with the PDF inline, and — for a request for information — one
 * CommunicationRequest per kind of document wanted. The element-by-element mapping and the profile
 * constraints the tests check are in docs/pas.md.
 */
final class ClaimResponseWriter {

    static final String PAS = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/";
    static final String ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
    static final String LOINC = "http://loinc.org";
    /** X12 98 entity identifier "SJ": service provider. */
    static final String PROVIDER_TYPE_SYSTEM = "https://codesystem.x12.org/005010/98";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /**
     * LOINC attachment codes (HL7 attachment request value set) for the documents the workstation
     * asks for: the radiation plan's table and DVHs are a plan-of-care note, history an H&amp;P, notes
     * a progress note, imaging a diagnostic imaging study.
     */
    static final Map<String, String[]> LOINC_FOR_MISSING = Map.ofEntries(
            Map.entry("history", new String[] {"34117-2", "History and physical note"}),
            Map.entry("notes", new String[] {"11506-3", "Progress note"}),
            Map.entry("imaging", new String[] {"18748-4", "Diagnostic imaging study"}));
    static final String[] PLAN_OF_CARE = {"18776-5", "Plan of care note"};

    private final PasBundle source;
    private final ReasonCodes reasonCodes;

    ClaimResponseWriter(PasBundle source, ReasonCodes reasonCodes) {
        this.source = source;
        this.reasonCodes = reasonCodes;
    }

    ObjectNode write(PasResponseInput in) {
        ObjectNode claim = source.ofType("Claim").get(0);
        String seed = in.request().requestId() + "|" + in.decision().action().code() + "|" + in.created();
        String responseUrl = urn(seed + "|ClaimResponse");
        ObjectNode bundle = F.objectNode();
        bundle.put("resourceType", "Bundle");
        bundle.set("meta", F.objectNode().set("profile", F.arrayNode().add(PAS + "profile-pas-response-bundle")));
        ObjectNode bundleId = bundle.putObject("identifier");
        JsonNode sourceId = source.root().path("identifier");
        bundleId.put("system", sourceId.path("system").asText("urn:imrt-review:response"));
        bundleId.put("value", sourceId.path("value").asText(in.request().requestId()));
        bundle.put("type", "collection");
        bundle.put("timestamp", in.created().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        ArrayNode entries = bundle.putArray("entry");

        ObjectNode response = claimResponse(in, claim, responseUrl);
        entry(entries, responseUrl, response);
        // echo the referenced resources, keeping their full URLs so the references resolve
        for (JsonNode ref : List.of(claim.path("patient"), claim.path("insurer"), claim.path("provider"))) {
            echo(entries, ref);
        }
        // a PractitionerRole requester: its practitioner and organization too (their references resolve,
        // and the practitioner is who a request for information goes to)
        ObjectNode requester = source.resolve(claim.path("provider"));
        if ("PractitionerRole".equals(PasBundle.type(requester))) {
            echo(entries, requester.path("practitioner"));
            echo(entries, requester.path("organization"));
        }
        if (in.letterPdf() != null) {
            String url = urn(seed + "|DocumentReference");
            entry(entries, url, letter(in, claim, responseUrl, url));
        }
        if (in.decision().pend() == PasDecision.Pend.ADDITIONAL_INFORMATION) {
            ArrayNode refs = response.putArray("communicationRequest");
            for (Map.Entry<String, List<PasResponseInput.MissingItem>> group : groupByDocument(in.missing()).entrySet()) {
                String url = urn(seed + "|CommunicationRequest|" + group.getKey());
                entry(entries, url, communicationRequest(in, claim, group.getKey(), group.getValue(), url, responseUrl));
                refs.addObject().put("reference", url);
            }
            if (refs.isEmpty()) {
                response.remove("communicationRequest");
            }
        }
        return bundle;
    }

    private ObjectNode claimResponse(PasResponseInput in, ObjectNode claim, String fullUrl) {
        ReviewAction action = in.decision().action();
        ObjectNode r = F.objectNode();
        r.put("resourceType", "ClaimResponse");
        r.put("id", id(fullUrl));
        r.set("meta", F.objectNode().set("profile", F.arrayNode().add(PAS + "profile-claimresponse")));
        ObjectNode reviewer = r.putArray("extension").addObject();
        reviewer.put("url", PAS + "extension-claimResponseReviewer");
        reviewer.putArray("extension").addObject().put("url", "wasHumanReviewedFlag").put("valueBoolean", true);
        ArrayNode identifier = r.putArray("identifier");
        JsonNode claimId = claim.path("identifier").path(0);
        ObjectNode id = identifier.addObject();
        if (claimId.has("system")) {
            id.put("system", claimId.path("system").asText());
        }
        id.put("value", in.request().requestId());
        r.put("status", "active");
        r.set("type", claim.has("type") ? claim.path("type").deepCopy() : professional());
        r.put("use", "preauthorization");
        r.set("patient", reference(claim.path("patient")));
        r.put("created", in.created().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        r.set("insurer", reference(claim.path("insurer")));
        if (claim.has("provider")) {
            r.set("requestor", reference(claim.path("provider")));
        }
        ObjectNode request = r.putObject("request");
        if (claim.has("id")) {
            request.put("reference", "Claim/" + claim.path("id").asText());
        }
        request.set("identifier", id.deepCopy());
        r.put("outcome", "complete");
        r.put("disposition", disposition(in));
        if (action.authorizes()) {
            r.put("preAuthRef", in.reviewNumber());
            r.set("preAuthPeriod", period(in));
        }
        ArrayNode items = r.putArray("item");
        ArrayNode notes = F.arrayNode();
        ObjectNode note = notes.addObject();
        note.put("number", 1);
        note.put("type", "display");
        note.put("text", String.join(" ", in.reasons()));
        int sequence = 0;
        for (JsonNode claimItem : claim.path("item")) {
            sequence++;
            int seq = claimItem.path("sequence").asInt(sequence);
            ObjectNode item = item(in, claim, claimItem, seq);
            ItemDecision line = in.decision().item(seq);
            if (line != null && line.action() != ReviewAction.CERTIFIED) {
                // the line's own reason, as a note the item points to (decision 0268)
                int number = notes.size() + 1;
                String code = claimItem.path("productOrService").path("coding").path(0).path("code").asText("");
                notes.addObject().put("number", number).put("type", "display").put("text", lineNote(line, code, claimItem));
                ((ArrayNode) item.path("noteNumber")).add(number);
            }
            items.add(item);
        }
        r.set("processNote", notes);
        return r;
    }

    /** "Service line 3 (77386): 25 of 28 units certified. <reason>" */
    static String lineNote(ItemDecision line, String code, JsonNode claimItem) {
        String what = line.certified()
                ? line.units() + " of " + claimItem.path("quantity").path("value").asText("?") + " units certified"
                : "not certified";
        String reason = line.reason() == null ? "Not medically necessary under the plan's medical policy for these units or services."
                : line.reason();
        return "Service line " + line.sequence() + (code.isBlank() ? "" : " (" + code + ")") + ": " + what + ". " + reason;
    }

    private ObjectNode item(PasResponseInput in, ObjectNode claim, JsonNode claimItem, int sequence) {
        ReviewAction action = in.decision().actionFor(sequence);
        ItemDecision line = in.decision().item(sequence);
        ObjectNode item = F.objectNode();
        ArrayNode ext = item.putArray("extension");
        for (JsonNode e : claimItem.path("extension")) {
            if (e.path("url").asText("").endsWith("extension-itemTraceNumber")) {
                ext.add(e.deepCopy());
            }
        }
        if (action.authorizes()) {
            ext.addObject().put("url", PAS + "extension-itemPreAuthIssueDate").put("valueDate", in.created().toLocalDate().toString());
            ext.addObject().put("url", PAS + "extension-itemPreAuthPeriod").set("valuePeriod", period(in));
        }
        ObjectNode authorized = ext.addObject();
        authorized.put("url", PAS + "extension-itemAuthorizedProvider");
        ArrayNode sub = authorized.putArray("extension");
        ObjectNode provider = source.resolve(claim.path("provider"));
        String providerType = PasBundle.type(provider);
        if (providerType.equals("Practitioner") || providerType.equals("Organization")) {
            sub.addObject().put("url", "provider").set("valueReference", reference(claim.path("provider")));
        }
        sub.addObject().put("url", PAS + "extension-authorizedProviderType")
                .set("valueCodeableConcept", concept(PROVIDER_TYPE_SYSTEM, "SJ", "Service Provider"));
        item.put("itemSequence", sequence);
        item.putArray("noteNumber").add(1);
        ObjectNode adjudication = item.putArray("adjudication").addObject();
        ArrayNode adjExt = adjudication.putArray("extension");
        adjudication.set("category", concept(ADJUDICATION, "submitted", null));
        if (line != null && line.units() != null) {
            // A6: the units certified (R4 adjudication.value, a non-monetary quantity)
            adjudication.put("value", line.units());
        }
        ObjectNode reviewAction = adjExt.addObject();
        reviewAction.put("url", PAS + "extension-reviewAction");
        ArrayNode parts = reviewAction.putArray("extension");
        parts.addObject().put("url", PAS + "extension-reviewActionCode")
                .set("valueCodeableConcept", concept(ReviewAction.SYSTEM, action.code(), action.display()));
        parts.addObject().put("url", "number").put("valueString", in.reviewNumber());
        ReasonCodes.Code reason = reasonCode(in.decision(), action);
        if (reason != null) {
            parts.addObject().put("url", "reasonCode").set("valueCodeableConcept",
                    concept(ReasonCodes.SYSTEM, reason.code(), reason.display()));
        }
        return item;
    }

    ReasonCodes.Code reasonCode(PasDecision decision) {
        return reasonCode(decision, decision.action());
    }

    /** The HCR03 reason for {@code action} (the request's or one line's); none for a line certified in total. */
    ReasonCodes.Code reasonCode(PasDecision decision, ReviewAction action) {
        return switch (action) {
            case CERTIFIED -> null;
            case NOT_CERTIFIED, CERTIFIED_PARTIAL, MODIFIED -> reasonCodes.codeFor(ReasonCodes.Reason.NOT_MEDICALLY_NECESSARY);
            case PENDED -> reasonCodes.codeFor(decision.pend() == PasDecision.Pend.PHYSICIAN_REVIEW
                    ? ReasonCodes.Reason.PHYSICIAN_REVIEW : ReasonCodes.Reason.ADDITIONAL_INFORMATION);
        };
    }

    private ObjectNode letter(PasResponseInput in, ObjectNode claim, String responseUrl, String fullUrl) {
        ObjectNode d = F.objectNode();
        d.put("resourceType", "DocumentReference");
        d.put("id", id(fullUrl));
        d.put("status", "current");
        d.set("type", F.objectNode().put("text", "Utilization review decision letter"));
        d.set("subject", reference(claim.path("patient")));
        d.put("date", in.created().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        d.putArray("author").add(reference(claim.path("insurer")));
        d.put("description", in.letterTitle());
        ObjectNode attachment = d.putArray("content").addObject().putObject("attachment");
        attachment.put("contentType", "application/pdf");
        attachment.put("data", Base64.getEncoder().encodeToString(in.letterPdf()));
        attachment.put("title", in.letterTitle() + " " + in.request().requestId() + ".pdf");
        attachment.put("creation", in.created().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        d.putObject("context").putArray("related").addObject().put("reference", responseUrl);
        return d;
    }

    private ObjectNode communicationRequest(PasResponseInput in, ObjectNode claim, String loinc,
                                            List<PasResponseInput.MissingItem> items, String fullUrl, String responseUrl) {
        ObjectNode c = F.objectNode();
        c.put("resourceType", "CommunicationRequest");
        c.put("id", id(fullUrl));
        c.set("meta", F.objectNode().set("profile", F.arrayNode().add(PAS + "profile-communicationrequest")));
        c.putArray("identifier").addObject().put("system", "urn:imrt-review:attachment-control-number")
                .put("value", in.reviewNumber() + "-" + loinc);
        c.put("status", "active");
        c.set("subject", reference(claim.path("patient")));
        // about: the ClaimResponse in this bundle (an identifier-only reference fails R4's ref-1 as
        // FHIRPath evaluates it; the ClaimResponse names the request by identifier)
        c.putArray("about").addObject().put("reference", responseUrl);
        ObjectNode payload = c.putArray("payload").addObject();
        payload.put("contentString", loinc);
        c.set("requester", reference(claim.path("insurer")));
        JsonNode recipient = recipient(claim);
        if (recipient != null) {
            c.putArray("recipient").add(reference(recipient));
        }
        ArrayNode notes = c.putArray("note");
        for (PasResponseInput.MissingItem item : items) {
            notes.addObject().put("text", item.sentence());
        }
        return c;
    }

    /**
     * Who is asked for the documents: PAS allows a Practitioner or an Organization, so a PractitionerRole
     * requester is answered through its practitioner (else its organization).
     */
    private JsonNode recipient(ObjectNode claim) {
        JsonNode provider = claim.path("provider");
        ObjectNode resolved = source.resolve(provider);
        String type = PasBundle.type(resolved);
        if (type.equals("Practitioner") || type.equals("Organization")) {
            return provider;
        }
        if (type.equals("PractitionerRole")) {
            for (String field : List.of("practitioner", "organization")) {
                if (source.resolve(resolved.path(field)) != null) {
                    return resolved.path(field);
                }
            }
        }
        return null;
    }

    static Map<String, List<PasResponseInput.MissingItem>> groupByDocument(List<PasResponseInput.MissingItem> missing) {
        Map<String, List<PasResponseInput.MissingItem>> groups = new LinkedHashMap<>();
        for (PasResponseInput.MissingItem item : missing) {
            String code = LOINC_FOR_MISSING.getOrDefault(item.word(), PLAN_OF_CARE)[0];
            groups.computeIfAbsent(code, k -> new java.util.ArrayList<>()).add(item);
        }
        return groups;
    }

    private static String disposition(PasResponseInput in) {
        return switch (in.decision().action()) {
            case CERTIFIED -> "Certified in total: the requested services are authorized under " + in.reviewNumber() + ".";
            case NOT_CERTIFIED -> "Not certified: the physician reviewer found the request does not meet the medical policy.";
            case CERTIFIED_PARTIAL, MODIFIED -> (in.decision().action() == ReviewAction.MODIFIED ? "Modified" : "Certified in part")
                    + ": the physician reviewer decided each service line; " + lines(in.decision()) + " Authorized lines under "
                    + in.reviewNumber() + ".";
            case PENDED -> in.decision().pend() == PasDecision.Pend.PHYSICIAN_REVIEW
                    ? "Pended: the request is with a physician reviewer."
                    : "Pended: more information is needed to decide.";
        };
    }

    /** "line 1 certified, line 2 certified (25 units), line 3 not certified." */
    private static String lines(PasDecision decision) {
        List<String> out = new java.util.ArrayList<>();
        for (ItemDecision i : decision.items()) {
            out.add("line " + i.sequence() + (i.certified() ? " certified" + (i.units() == null ? "" : " (" + i.units() + " units)")
                    : " not certified"));
        }
        return String.join(", ", out) + ".";
    }

    private static ObjectNode period(PasResponseInput in) {
        ObjectNode p = F.objectNode();
        p.put("start", in.validFrom().toString());
        p.put("end", in.validTo().toString());
        return p;
    }

    private void echo(ArrayNode entries, JsonNode reference) {
        ObjectNode resource = source.resolve(reference);
        if (resource == null) {
            return;
        }
        for (JsonNode e : entries) {
            if (e.path("resource").equals(resource)) {
                return;
            }
        }
        String url = null;
        for (JsonNode e : source.root().path("entry")) {
            if (e.path("resource") == resource) {
                url = e.path("fullUrl").asText(null);
            }
        }
        entry(entries, url == null ? reference.path("reference").asText() : url, resource.deepCopy());
    }

    private static void entry(ArrayNode entries, String fullUrl, ObjectNode resource) {
        ObjectNode e = entries.addObject();
        e.put("fullUrl", fullUrl);
        e.set("resource", resource);
    }

    private static ObjectNode reference(JsonNode ref) {
        ObjectNode out = F.objectNode();
        if (ref.has("reference")) {
            out.put("reference", ref.path("reference").asText());
        }
        if (ref.has("identifier")) {
            out.set("identifier", ref.path("identifier").deepCopy());
        }
        if (ref.has("display")) {
            out.put("display", ref.path("display").asText());
        }
        return out;
    }

    static ObjectNode concept(String system, String code, String display) {
        ObjectNode coding = F.objectNode().put("system", system).put("code", code);
        if (display != null) {
            coding.put("display", display);
        }
        ObjectNode cc = F.objectNode();
        cc.putArray("coding").add(coding);
        return cc;
    }

    private static ObjectNode professional() {
        return concept("http://terminology.hl7.org/CodeSystem/claim-type", "professional", null);
    }

    private static String urn(String seed) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }

    private static String id(String urn) {
        return urn.substring(urn.lastIndexOf(':') + 1);
    }
}
