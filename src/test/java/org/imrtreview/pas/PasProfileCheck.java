package org.imrtreview.pas;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The constraints of FHIR R4 and of Da Vinci PAS 2.2.1 (HL7/davinci-pas input/fsh: Bundle.fsh
 * PASResponseBundle, ClaimResponse.fsh PASClaimResponseBase/PASClaimResponse, ReviewAction,
 * ItemAuthorizedProvider, CommunicationRequest.fsh) that a response written here must meet, checked
 * by hand because the IG's StructureDefinitions are not available offline. docs/pas.md lists them.
 * Returns one sentence per violation.
 */
final class PasProfileCheck {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Set<String> HCR01 = Set.of("A1", "A2", "A3", "A4", "A6", "C", "CT", "NA");
    private static final Set<String> OUTCOME = Set.of("queued", "complete", "error", "partial");
    private static final String PAS = ClaimResponseWriter.PAS;

    private final List<String> violations = new ArrayList<>();

    static List<String> check(JsonNode bundle) {
        PasProfileCheck c = new PasProfileCheck();
        c.bundle(bundle);
        return c.violations;
    }

    private void bundle(JsonNode b) {
        require(b.path("resourceType").asText().equals("Bundle"), "Bundle.resourceType is Bundle");
        require(b.path("type").asText().equals("collection"), "PASResponseBundle: type = collection");
        require(b.path("identifier").hasNonNull("value"), "PASResponseBundle: identifier 1..1");
        require(DATE_TIME.matcher(b.path("timestamp").asText()).matches(), "PASResponseBundle: timestamp 1..1 (instant)");
        require(b.path("entry").size() >= 1, "PASResponseBundle: entry 1..*");
        Set<String> urls = new HashSet<>();
        for (JsonNode e : b.path("entry")) {
            require(e.hasNonNull("fullUrl"), "entry.fullUrl 1..1");
            require(urls.add(e.path("fullUrl").asText()), "entry.fullUrl unique: " + e.path("fullUrl").asText());
            require(e.path("resource").isObject(), "entry.resource 1..1");
            require(!e.has("request") && !e.has("response") && !e.has("search"), "entry.request/response/search 0..0");
            JsonNode r = e.path("resource");
            require(!r.has("id") || ID.matcher(r.path("id").asText()).matches(), "R4 id pattern: " + r.path("id").asText());
        }
        require(b.path("entry").path(0).path("resource").path("resourceType").asText().equals("ClaimResponse"),
                "ClaimResponseFirst: entry.first().resource is ClaimResponse");
        for (JsonNode e : b.path("entry")) {
            JsonNode r = e.path("resource");
            switch (r.path("resourceType").asText()) {
                case "ClaimResponse" -> claimResponse(r, b, urls);
                case "CommunicationRequest" -> communicationRequest(r);
                case "DocumentReference" -> documentReference(r);
                default -> { }
            }
        }
    }

    private void claimResponse(JsonNode r, JsonNode bundle, Set<String> urls) {
        require(r.path("status").asText().equals("active"), "PASClaimResponse: status = active");
        require(r.path("use").asText().equals("preauthorization"), "PASClaimResponse: use = preauthorization");
        require(r.path("type").path("coding").size() > 0, "ClaimResponse.type 1..1");
        require(r.path("patient").isObject(), "ClaimResponse.patient 1..1");
        require(DATE_TIME.matcher(r.path("created").asText()).matches(), "ClaimResponse.created 1..1 dateTime");
        require(r.path("insurer").isObject(), "ClaimResponse.insurer 1..1");
        require(r.path("request").isObject(), "PASClaimResponse: request 1..1");
        require(OUTCOME.contains(r.path("outcome").asText()), "ClaimResponse.outcome 1..1 from ClaimResponseOutcome");
        require(r.path("identifier").path(0).hasNonNull("value"), "PASIdentifier: identifier value");
        for (JsonNode ext : r.path("extension")) {
            if (ext.path("url").asText().equals(PAS + "extension-claimResponseReviewer")) {
                require(hasSub(ext, "wasHumanReviewedFlag"), "ClaimResponseReviewer: wasHumanReviewedFlag 1..1");
            }
        }
        boolean certified = false;
        require(r.path("item").size() > 0, "item present for each requested item");
        for (JsonNode item : r.path("item")) {
            require(item.path("itemSequence").isInt() && item.path("itemSequence").asInt() > 0, "item.itemSequence 1..1 positiveInt");
            int authorizedProviders = 0;
            for (JsonNode ext : item.path("extension")) {
                if (ext.path("url").asText().equals(PAS + "extension-itemAuthorizedProvider")) {
                    authorizedProviders++;
                    require(hasSub(ext, PAS + "extension-authorizedProviderType"), "ItemAuthorizedProvider: providerType 1..1");
                }
                if (ext.path("url").asText().equals(PAS + "extension-itemPreAuthPeriod")) {
                    period(ext.path("valuePeriod"), "ItemPreAuthPeriod");
                }
                if (ext.path("url").asText().equals(PAS + "extension-itemPreAuthIssueDate")) {
                    require(DATE.matcher(ext.path("valueDate").asText()).matches(), "ItemPreAuthIssueDate value date");
                }
            }
            require(authorizedProviders >= 1, "PASClaimResponseBase: item.extension[authorizedProvider] 1..*");
            require(item.path("adjudication").size() >= 1, "item.adjudication 1..*");
            for (JsonNode adj : item.path("adjudication")) {
                JsonNode cat = adj.path("category").path("coding").path(0);
                require(cat.path("system").asText().equals(ClaimResponseWriter.ADJUDICATION) && cat.path("code").asText().equals("submitted"),
                        "item.adjudication.category = adjudication#submitted");
                int actions = 0;
                for (JsonNode ext : adj.path("extension")) {
                    if (!ext.path("url").asText().equals(PAS + "extension-reviewAction")) {
                        continue;
                    }
                    actions++;
                    JsonNode code = sub(ext, PAS + "extension-reviewActionCode").path("valueCodeableConcept").path("coding").path(0);
                    require(code.path("system").asText().equals(ReviewAction.SYSTEM) && HCR01.contains(code.path("code").asText()),
                            "ReviewActionCode from X12 306");
                    certified |= code.path("code").asText().equals("A1");
                    JsonNode number = sub(ext, "number");
                    require(number.isMissingNode() || number.hasNonNull("valueString"), "ReviewAction.number value string");
                    JsonNode reason = sub(ext, "reasonCode");
                    require(reason.isMissingNode() || reason.path("valueCodeableConcept").path("coding").path(0).path("system").asText()
                            .equals(ReasonCodes.SYSTEM), "ReviewAction.reasonCode from X12 886 (required binding)");
                    for (JsonNode s : ext.path("extension")) {
                        String url = s.path("url").asText();
                        require(Set.of(PAS + "extension-reviewActionCode", "number", "reasonCode", "secondSurgicalOpinionFlag").contains(url),
                                "ReviewAction: no unknown sub-extension " + url);
                    }
                }
                require(actions <= 1, "reviewAction 0..1");
            }
        }
        if (certified) {
            require(r.hasNonNull("preAuthRef"), "a certified response carries preAuthRef");
            period(r.path("preAuthPeriod"), "preAuthPeriod");
        }
        for (JsonNode note : r.path("processNote")) {
            require(note.path("number").isInt(), "PASClaimResponseBase: processNote.number 1..1");
            require(note.hasNonNull("text") && !note.path("text").asText().isBlank(), "processNote.text 1..1");
        }
        for (JsonNode ref : r.path("communicationRequest")) {
            String url = ref.path("reference").asText();
            require(urls.contains(url), "communicationRequest resolves in the bundle: " + url);
            for (JsonNode e : bundle.path("entry")) {
                if (e.path("fullUrl").asText().equals(url)) {
                    require(e.path("resource").path("resourceType").asText().equals("CommunicationRequest"),
                            "communicationRequest only Reference(PASCommunicationRequest)");
                }
            }
        }
        for (String field : List.of("patient", "insurer", "requestor")) {
            String url = r.path(field).path("reference").asText("");
            if (!url.isEmpty()) {
                require(resolves(bundle, url), field + " resolves in the bundle: " + url);
            }
        }
    }

    private void communicationRequest(JsonNode c) {
        require(c.path("status").asText().equals("active"), "PASCommunicationRequest: status = active");
        require(c.path("identifier").size() <= 1, "PASCommunicationRequest: identifier 0..1");
        require(c.path("identifier").path(0).hasNonNull("value"), "IdentifierUnlessVO: identifier present (medium is not VO)");
        require(c.path("payload").size() <= 1, "PASCommunicationRequest: payload 0..1");
        require(c.path("payload").path(0).path("contentString").asText().matches("\\d{4,6}-\\d"),
                "payload.contentString a LOINC attachment code");
        require(c.path("payload").path(0).path("content").isMissingNode(), "payload.content[x] only string");
    }

    private void documentReference(JsonNode d) {
        require(Set.of("current", "superseded", "entered-in-error").contains(d.path("status").asText()), "DocumentReference.status 1..1");
        require(d.path("content").size() >= 1, "DocumentReference.content 1..*");
        JsonNode a = d.path("content").path(0).path("attachment");
        require(a.path("contentType").asText().equals("application/pdf"), "the letter is a PDF");
        byte[] pdf = Base64.getDecoder().decode(a.path("data").asText(""));
        require(pdf.length > 4 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"),
                "attachment.data is base64 of a PDF");
    }

    private void period(JsonNode p, String what) {
        String start = p.path("start").asText("");
        String end = p.path("end").asText("");
        require(DATE.matcher(start).matches() && DATE.matcher(end).matches() && start.compareTo(end) <= 0,
                what + ": start ≤ end (per-1)");
    }

    private static boolean resolves(JsonNode bundle, String ref) {
        for (JsonNode e : bundle.path("entry")) {
            String url = e.path("fullUrl").asText();
            if (url.equals(ref) || url.endsWith("/" + ref)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSub(JsonNode ext, String url) {
        return !sub(ext, url).isMissingNode();
    }

    private static JsonNode sub(JsonNode ext, String url) {
        for (JsonNode s : ext.path("extension")) {
            if (s.path("url").asText().equals(url)) {
                return s;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private void require(boolean ok, String constraint) {
        if (!ok) {
            violations.add(constraint);
        }
    }
}
