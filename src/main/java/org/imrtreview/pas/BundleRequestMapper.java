package org.imrtreview.pas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The PAS Claim and the resources it references → the project's {@code request.json} (SPEC §3).
 * Fails closed on what identifies the member and the request: no Claim, a Claim that is not a
 * preauthorization, a second patient, a patient the Claim does not point to, no member identifier
 * → problems, never a guess. Everything else that is absent is left empty for the nurse to type.
 * The mapping is tabulated in docs/pas.md.
 */
final class BundleRequestMapper {

    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    private static final Set<String> SERVICE_CODE_SYSTEMS = Set.of(
            "http://www.ama-assn.org/go/cpt", "urn:oid:2.16.840.1.113883.6.12",
            "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
            "urn:oid:2.16.840.1.113883.6.285");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final PasBundle bundle;
    private final List<String> problems = new ArrayList<>();

    BundleRequestMapper(PasBundle bundle) {
        this.bundle = bundle;
    }

    /** The request details; throws with every problem found when the bundle cannot be a case. */
    ObjectNode map() throws PasException {
        ObjectNode claim = claim();
        ObjectNode patient = claim == null ? null : patient(claim);
        if (claim == null || !problems.isEmpty()) {
            throw new PasException(problems);
        }
        ObjectNode coverage = coverage(claim);
        ObjectNode request = F.objectNode();
        String requestId = text(claim.path("identifier").path(0).path("value"));
        if (requestId == null) {
            problems.add("the Claim has no identifier (the request's trace number); the request cannot be tracked");
        }
        request.put("requestId", requestId);
        String received = text(claim.path("created"));
        request.put("receivedAt", received != null && received.length() > 10 ? received : text(bundle.root().path("timestamp")));
        request.put("urgency", urgency(claim));
        request.set("member", member(patient, coverage));
        request.set("plan", plan(claim, coverage));
        ObjectNode provider = provider(bundle.resolve(claim.path("provider")));
        if (provider != null) {
            request.set("requestingProvider", provider);
        }
        ObjectNode treating = treatingProvider(claim);
        if (treating != null) {
            request.set("treatingProvider", treating);
        }
        request.set("diagnosis", diagnoses(claim));
        String site = text(claim.path("item").path(0).path("bodySite").path("text"));
        if (site == null) {
            site = text(claim.path("item").path(0).path("bodySite").path("coding").path(0).path("display"));
        }
        if (site != null) {
            request.put("treatmentSite", site);
        }
        request.set("requestedCodes", codes(claim));
        String start = plannedStart(claim);
        if (start != null) {
            request.put("plannedStart", start);
        }
        if (!problems.isEmpty()) {
            throw new PasException(problems);
        }
        removeNulls(request);
        return request;
    }

    private ObjectNode claim() {
        List<ObjectNode> claims = bundle.ofType("Claim");
        if (claims.isEmpty()) {
            problems.add("it holds no Claim: a PAS request bundle carries the Claim (use = preauthorization) first");
            return null;
        }
        if (claims.size() > 1) {
            problems.add("it holds " + claims.size() + " Claims; one request per bundle is read");
            return null;
        }
        ObjectNode claim = claims.get(0);
        String use = claim.path("use").asText("");
        if (!use.equals("preauthorization")) {
            problems.add("its Claim has use = \"" + use + "\", not \"preauthorization\": it is not a prior-authorization request");
            return null;
        }
        return claim;
    }

    private ObjectNode patient(ObjectNode claim) {
        List<ObjectNode> patients = bundle.ofType("Patient");
        if (patients.size() > 1 && !sameIdentifiers(patients)) {
            problems.add("it names " + patients.size() + " different patients; one member per case — ask the sender for a bundle about one member");
            return null;
        }
        ObjectNode patient = bundle.resolve(claim.path("patient"));
        if (patient == null || !"Patient".equals(PasBundle.type(patient))) {
            problems.add("the Claim's patient (" + claim.path("patient").path("reference").asText("no reference")
                    + ") is not a Patient in the bundle; the member is not guessed");
            return null;
        }
        return patient;
    }

    private static boolean sameIdentifiers(List<ObjectNode> patients) {
        Set<String> ids = new LinkedHashSet<>();
        for (ObjectNode p : patients) {
            ids.add(p.path("identifier").path(0).path("value").asText("") + "|" + p.path("birthDate").asText(""));
        }
        return ids.size() == 1 && !ids.iterator().next().startsWith("|");
    }

    private ObjectNode coverage(ObjectNode claim) {
        for (JsonNode insurance : claim.path("insurance")) {
            ObjectNode coverage = bundle.resolve(insurance.path("coverage"));
            if (coverage != null && "Coverage".equals(PasBundle.type(coverage))
                    && (insurance.path("focal").asBoolean(false) || claim.path("insurance").size() == 1)) {
                return coverage;
            }
        }
        List<ObjectNode> coverages = bundle.ofType("Coverage");
        return coverages.size() == 1 ? coverages.get(0) : null;
    }

    private static String urgency(ObjectNode claim) {
        for (JsonNode ext : claim.path("extension")) {
            if (ext.path("url").asText("").endsWith("extension-levelOfServiceCode")
                    || ext.path("url").asText("").endsWith("extension-levelOfServiceType")) {
                String code = ext.path("valueCodeableConcept").path("coding").path(0).path("code").asText("");
                // X12 1338: U urgent, 03 emergency → expedited; E elective and the rest → standard
                if (code.equals("U") || code.equals("03")) {
                    return "EXPEDITED";
                }
            }
        }
        String priority = claim.path("priority").path("coding").path(0).path("code").asText("");
        return priority.equals("stat") ? "EXPEDITED" : "STANDARD";
    }

    private ObjectNode member(ObjectNode patient, ObjectNode coverage) {
        ObjectNode member = F.objectNode();
        member.put("name", personName(patient.path("name")));
        String id = coverage == null ? null : text(coverage.path("subscriberId"));
        if (id == null && coverage != null) {
            id = text(coverage.path("identifier").path(0).path("value"));
        }
        if (id == null) {
            id = memberIdentifier(patient);
        }
        if (id == null) {
            problems.add("neither the Coverage (subscriberId) nor the Patient carries a member identifier; the member is not guessed");
        }
        member.put("id", id);
        member.put("dateOfBirth", text(patient.path("birthDate")));
        ArrayNode address = address(patient.path("address").path(0));
        if (!address.isEmpty()) {
            member.set("address", address);
        }
        return member;
    }

    private static String memberIdentifier(ObjectNode patient) {
        for (JsonNode identifier : patient.path("identifier")) {
            String typeCode = identifier.path("type").path("coding").path(0).path("code").asText("");
            String system = identifier.path("system").asText("").toUpperCase(Locale.ROOT);
            if (typeCode.equals("MB") || typeCode.equals("MI") || system.contains("MIN") || system.contains("MEMBER")) {
                return text(identifier.path("value"));
            }
        }
        return null;
    }

    private ObjectNode plan(ObjectNode claim, ObjectNode coverage) {
        ObjectNode plan = F.objectNode();
        ObjectNode insurer = bundle.resolve(claim.path("insurer"));
        if (insurer == null && coverage != null) {
            insurer = bundle.resolve(coverage.path("payor").path(0));
        }
        plan.put("name", insurer == null ? null : text(insurer.path("name")));
        plan.put("line", coverage == null ? null : lineOfBusiness(coverage));
        return plan;
    }

    /** Payer typology (SOPT) or the coverage type's words; unknown stays empty rather than guessed. */
    static String lineOfBusiness(JsonNode coverage) {
        for (JsonNode coding : coverage.path("type").path("coding")) {
            String system = coding.path("system").asText("");
            String code = coding.path("code").asText("");
            if (system.contains("sopt") || system.contains("2.16.840.1.113883.3.221.5")) {
                if (code.startsWith("11") || code.startsWith("12")) {
                    return "MEDICARE_ADVANTAGE"; // Medicare managed care (11x) / Medicare HMO-PPO (12x)
                }
                if (code.startsWith("2")) {
                    return "MEDICAID";
                }
                if (code.startsWith("5") || code.startsWith("6")) {
                    return "COMMERCIAL";
                }
            }
        }
        String words = (coverage.path("type").path("text").asText("") + " "
                + coverage.path("class").path(0).path("name").asText("")).toLowerCase(Locale.ROOT);
        if (words.contains("medicare advantage")) {
            return "MEDICARE_ADVANTAGE";
        }
        if (words.contains("medicaid")) {
            return "MEDICAID";
        }
        if (words.contains("commercial")) {
            return "COMMERCIAL";
        }
        return null;
    }

    private ObjectNode provider(ObjectNode resource) {
        if (resource == null) {
            return null;
        }
        ObjectNode provider = F.objectNode();
        ObjectNode person = resource;
        ObjectNode organization = null;
        switch (PasBundle.type(resource)) {
            case "PractitionerRole" -> {
                person = bundle.resolve(resource.path("practitioner"));
                organization = bundle.resolve(resource.path("organization"));
                ObjectNode location = bundle.resolve(resource.path("location").path(0));
                if (organization == null) {
                    organization = location;
                }
                telecom(resource, provider);
            }
            case "Organization" -> {
                organization = resource;
                person = null;
            }
            case "Practitioner" -> {
                // a practitioner alone
            }
            default -> {
                return null;
            }
        }
        if (person != null) {
            provider.put("name", personName(person.path("name")));
            provider.put("npi", npi(person));
            telecom(person, provider);
        }
        if (organization != null) {
            if (person == null) {
                provider.put("name", text(organization.path("name")));
                provider.put("npi", npi(organization));
            } else {
                provider.put("facility", text(organization.path("name")));
            }
            ArrayNode address = address(organization.path("address").path(0));
            if (!address.isEmpty()) {
                provider.set("address", address);
            }
            telecom(organization, provider);
        }
        if (!provider.has("address") && person != null) {
            ArrayNode address = address(person.path("address").path(0));
            if (!address.isEmpty()) {
                provider.set("address", address);
            }
        }
        removeNulls(provider);
        return provider.isEmpty() ? null : provider;
    }

    private ObjectNode treatingProvider(ObjectNode claim) {
        for (JsonNode member : claim.path("careTeam")) {
            ObjectNode p = bundle.resolve(member.path("provider"));
            if (p != null && !p.equals(bundle.resolve(claim.path("provider")))) {
                return provider(p);
            }
        }
        return null;
    }

    private static void telecom(JsonNode resource, ObjectNode into) {
        for (JsonNode t : resource.path("telecom")) {
            String system = t.path("system").asText("");
            String value = text(t.path("value"));
            if (value != null && system.equals("phone") && !into.has("phone")) {
                into.put("phone", value);
            } else if (value != null && system.equals("fax") && !into.has("fax")) {
                into.put("fax", value);
            }
        }
    }

    private static String npi(JsonNode resource) {
        for (JsonNode identifier : resource.path("identifier")) {
            if (NPI.equals(identifier.path("system").asText())) {
                return text(identifier.path("value"));
            }
        }
        return null;
    }

    private ArrayNode diagnoses(ObjectNode claim) {
        ArrayNode out = F.arrayNode();
        for (JsonNode d : claim.path("diagnosis")) {
            JsonNode concept = d.path("diagnosisCodeableConcept");
            if (concept.isMissingNode()) {
                ObjectNode condition = bundle.resolve(d.path("diagnosisReference"));
                concept = condition == null ? concept : condition.path("code");
            }
            JsonNode coding = concept.path("coding").path(0);
            String code = text(coding.path("code"));
            if (code == null) {
                continue;
            }
            ObjectNode diagnosis = out.addObject();
            diagnosis.put("code", code);
            String description = text(coding.path("display"));
            diagnosis.put("description", description != null ? description : text(concept.path("text")));
            removeNulls(diagnosis);
        }
        return out;
    }

    private static ArrayNode codes(ObjectNode claim) {
        ArrayNode out = F.arrayNode();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode item : claim.path("item")) {
            for (JsonNode coding : item.path("productOrService").path("coding")) {
                String system = coding.path("system").asText("");
                String code = text(coding.path("code"));
                if (code != null && (SERVICE_CODE_SYSTEMS.contains(system) || code.matches("\\d{5}|[A-Z]\\d{4}")) && seen.add(code)) {
                    out.add(code);
                }
            }
        }
        return out;
    }

    private static String plannedStart(ObjectNode claim) {
        String earliest = null;
        for (JsonNode item : claim.path("item")) {
            String d = text(item.path("servicedDate"));
            if (d == null) {
                d = text(item.path("servicedPeriod").path("start"));
            }
            if (d != null && d.length() >= 10) {
                d = d.substring(0, 10);
                earliest = earliest == null || d.compareTo(earliest) < 0 ? d : earliest;
            }
        }
        return earliest;
    }

    /** "Given Family" from a FHIR HumanName (the official one when marked), or its text. */
    static String personName(JsonNode names) {
        JsonNode chosen = names.path(0);
        for (JsonNode n : names) {
            if ("official".equals(n.path("use").asText())) {
                chosen = n;
                break;
            }
        }
        String text = text(chosen.path("text"));
        if (text != null) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode given : chosen.path("given")) {
            sb.append(given.asText("").strip()).append(' ');
        }
        sb.append(chosen.path("family").asText("").strip());
        String name = sb.toString().strip();
        return name.isEmpty() ? null : titleCaseIfShouting(name);
    }

    /** X12-born names arrive in capitals ("SMITH"); letters greet people in their usual case. */
    private static String titleCaseIfShouting(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '\'';
        }
        return sb.toString();
    }

    private static ArrayNode address(JsonNode a) {
        ArrayNode out = F.arrayNode();
        for (JsonNode line : a.path("line")) {
            String l = text(line);
            if (l != null) {
                out.add(l);
            }
        }
        String city = a.path("city").asText("").strip();
        String state = a.path("state").asText("").strip();
        String zip = a.path("postalCode").asText("").strip();
        String last = (city + (city.isEmpty() || state.isEmpty() ? "" : ", ") + state + (zip.isEmpty() ? "" : " " + zip)).strip();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String s = node.asText("").strip();
        return s.isEmpty() ? null : s;
    }

    private static void removeNulls(ObjectNode node) {
        List<String> empty = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isNull() || (e.getValue() instanceof ObjectNode o && o.isEmpty())) {
                empty.add(e.getKey());
            } else if (e.getValue() instanceof ObjectNode o) {
                removeNulls(o);
            }
        });
        empty.forEach(node::remove);
    }
}
