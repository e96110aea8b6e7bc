package org.imrtreview.pas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Determination;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasImporterTest {

    @TempDir
    Path dir;

    private Path bundleFile(ObjectNode bundle, String name) throws IOException {
        Path f = dir.resolve(name);
        PasBundleFixtures.write(bundle, f);
        return f;
    }

    private static ObjectNode sample01() throws IOException {
        return PasBundleFixtures.fromSample(Path.of("samples/01-brain-glioblastoma-criteria-met"), false);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            samples/01-brain-glioblastoma-criteria-met,   false, CRITERIA_MET
            samples/05-spine-grayscale-fax-incomplete,    true,  INCOMPLETE
            samples/06-esophagus-answer-mismatch-not-met, false, CRITERIA_NOT_MET
            """)
    void aBundleBuiltFromASampleEvaluatesLikeTheSample(String sample, boolean viaBinary, Determination expected) throws Exception {
        PasImport imported = new PasImporter().importBundle(bundleFile(PasBundleFixtures.fromSample(Path.of(sample), viaBinary), "b.json"));
        assertEquals(dir.resolve(PasInbox.FOLDER), imported.caseFolder().getParent());
        ReviewCase c = CaseLoader.standard().load(imported.caseFolder());
        assertEquals(CaseLoader.standard().readOnly().load(Path.of(sample)).problems(), c.problems());
        assertEquals(expected, Evaluator.standard().evaluate(c).determination());
        try (Stream<Path> s = Files.list(Path.of(sample))) {
            for (Path original : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).filter(p -> !p.getFileName().toString().equals("README.md")
                    && !p.getFileName().toString().equals("request.json")).toList()) {
                Path copy = imported.caseFolder().resolve(original.getFileName().toString());
                assertTrue(Files.exists(copy), "missing " + copy.getFileName());
                assertEquals(Files.mismatch(original, copy), -1L);
            }
        }
    }

    @Test
    void requestDetailsComeFromTheClaimAndTheResourcesItReferences() throws Exception {
        PasImport imported = new PasImporter().importBundle(bundleFile(sample01(), "b.json"));
        JsonNode r = PasImporter.MAPPER.readTree(imported.caseFolder().resolve("request.json").toFile());
        assertEquals("PA-2026-004117", r.path("requestId").asText());
        assertEquals("PA-2026-004117", imported.caseFolder().getFileName().toString());
        assertEquals("2026-11-17T08:42:00-08:00", r.path("receivedAt").asText());
        assertEquals("STANDARD", r.path("urgency").asText());
        assertEquals("Margaret T. Ellison", r.path("member").path("name").asText());
        assertEquals("ZRH448120917", r.path("member").path("id").asText());
        assertEquals("1963-04-02", r.path("member").path("dateOfBirth").asText());
        assertEquals("Springfield, OR 97477", r.path("member").path("address").path(1).asText());
        assertEquals("Blue Summit Health PPO", r.path("plan").path("name").asText());
        assertEquals("COMMERCIAL", r.path("plan").path("line").asText());
        assertEquals("Daniel R. Okafor", r.path("requestingProvider").path("name").asText());
        assertEquals("1588667430", r.path("requestingProvider").path("npi").asText()); // the sample's NPI with a valid check digit (PasBundleFixtures.npi)
        assertEquals("Cascade Radiation Oncology", r.path("requestingProvider").path("facility").asText());
        assertEquals("503-555-0143", r.path("requestingProvider").path("fax").asText());
        assertEquals("C71.1", r.path("diagnosis").path(0).path("code").asText());
        assertEquals("[\"77301\",\"77338\",\"77386\"]", r.path("requestedCodes").toString());
        assertEquals("2026-12-01", r.path("plannedStart").asText());
        assertEquals("Brain", r.path("treatmentSite").asText());
        ReviewCase c = CaseLoader.standard().load(imported.caseFolder());
        assertEquals("ZRH448120917", c.request().member().id());
    }

    @Test
    void inlineSupportingInfoAnOrganizationRequesterAndAMedicareAdvantageCoverageAreRead() throws Exception {
        ObjectNode b = sample01();
        ObjectNode claim = claim(b);
        ((ObjectNode) claim.path("provider")).put("reference", "Organization/Facility");
        ObjectNode info = ((com.fasterxml.jackson.databind.node.ArrayNode) claim.path("supportingInfo")).addObject();
        info.put("sequence", 99);
        ObjectNode attachment = info.putObject("valueAttachment");
        attachment.put("contentType", "text/plain");
        attachment.put("title", "cover note");
        attachment.put("data", Base64.getEncoder().encodeToString("Cover note: see attached plan.".getBytes()));
        ((ObjectNode) resources(b, "Coverage").get(0).path("type").path("coding").path(0)).put("code", "111");
        PasImport imported = new PasImporter().importBundle(bundleFile(b, "b.json"));
        JsonNode r = PasImporter.MAPPER.readTree(imported.caseFolder().resolve("request.json").toFile());
        assertEquals("Cascade Radiation Oncology", r.path("requestingProvider").path("name").asText());
        assertEquals("MEDICARE_ADVANTAGE", r.path("plan").path("line").asText());
        assertEquals("Cover note: see attached plan.", Files.readString(imported.caseFolder().resolve("cover note.txt")));
    }

    @Test
    void urgentLevelOfServiceIsExpedited() throws Exception {
        ObjectNode b = sample01();
        ObjectNode level = (ObjectNode) claim(b).path("extension").path(0).path("valueCodeableConcept").path("coding").path(0);
        level.put("code", "U");
        PasImport imported = new PasImporter().importBundle(bundleFile(b, "b.json"));
        assertEquals("EXPEDITED", PasImporter.MAPPER.readTree(imported.caseFolder().resolve("request.json").toFile()).path("urgency").asText());
    }

    @Test
    void theSameBundleTwiceReusesTheCaseAndAChangedOneNeverOverwritesIt() throws Exception {
        Path f = bundleFile(sample01(), "b.json");
        PasImport first = new PasImporter().importBundle(f);
        Files.writeString(first.caseFolder().resolve("nurse-note.txt"), "kept");
        PasImport again = new PasImporter().importBundle(f);
        assertTrue(again.alreadyImported());
        assertEquals(first.caseFolder(), again.caseFolder());
        ObjectNode changed = sample01();
        changed.put("timestamp", "2026-11-18T08:00:00-08:00");
        PasImport second = new PasImporter().importBundle(bundleFile(changed, "b2.json"));
        assertFalse(second.alreadyImported());
        assertEquals("PA-2026-004117 (2)", second.caseFolder().getFileName().toString());
        assertEquals("kept", Files.readString(first.caseFolder().resolve("nurse-note.txt")));
    }

    @Test
    void hostileAttachmentNamesStayInsideTheCaseAndNeverCollide() throws Exception {
        ObjectNode b = sample01();
        List<ObjectNode> docs = resources(b, "DocumentReference");
        title(docs.get(0), "../../../../tmp/evil.pdf");
        title(docs.get(1), "..\\..\\windows\\system32\\request.json");
        title(docs.get(2), ".imrt-review");
        title(docs.get(3), "CON");
        title(docs.get(4), "same.png");
        title(docs.get(5), "SAME.png");
        PasImport imported = new PasImporter().importBundle(bundleFile(b, "b.json"));
        Path folder = imported.caseFolder();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> assertTrue(p.startsWith(folder) || p.getParent().equals(dir), "outside: " + p));
        }
        assertTrue(Files.exists(folder.resolve("evil.pdf")), imported.documents().toString());
        assertTrue(imported.documents().stream().noneMatch(n -> n.startsWith(".") || n.contains("/") || n.contains("\\")));
        assertEquals(imported.documents().size(), imported.documents().stream().map(String::toLowerCase).distinct().count());
        assertTrue(Files.isRegularFile(folder.resolve("request.json")));
        JsonNode request = PasImporter.MAPPER.readTree(folder.resolve("request.json").toFile());
        assertEquals("PA-2026-004117", request.path("requestId").asText(), "an attachment never replaces request.json");
    }

    @Test
    void anAttachmentOverTheCapIsRefusedAndNothingIsImported() throws Exception {
        ObjectNode b = sample01();
        ObjectNode attachment = (ObjectNode) resources(b, "DocumentReference").get(0).path("content").path(0).path("attachment");
        attachment.put("data", "QUFB".repeat(21 * 1024 * 1024 / 3 + 10)); // ~21 MB decoded
        PasException e = assertThrows(PasException.class, () -> new PasImporter().importBundle(bundleFile(b, "big.json")));
        assertTrue(e.getMessage().contains("MB"), e.getMessage());
        assertTrue(e.getMessage().startsWith("big.json"), e.getMessage());
        assertNothingImported();
    }

    @Test
    void aValueFarOverTheCapIsRefusedWhileParsing() throws Exception {
        ObjectNode b = sample01();
        ObjectNode attachment = (ObjectNode) resources(b, "DocumentReference").get(0).path("content").path(0).path("attachment");
        attachment.put("data", "QUFB".repeat(9 * 1024 * 1024)); // 36 M characters, ~27 MB decoded
        PasException e = assertThrows(PasException.class, () -> new PasImporter().importBundle(bundleFile(b, "huge.json")));
        assertTrue(e.getMessage().contains("over 20 MB"), e.getMessage());
        assertNothingImported();
    }

    @Test
    void contentThatIsNotWhatItsTypeSaysIsRefused() throws Exception {
        ObjectNode b = sample01();
        ObjectNode pdf = pdfAttachment(b);
        pdf.put("data", Base64.getEncoder().encodeToString(Files.readAllBytes(Path.of("samples/01-brain-glioblastoma-criteria-met/dvh_3d.png"))));
        PasException e = assertThrows(PasException.class, () -> new PasImporter().importBundle(bundleFile(b, "b.json")));
        assertTrue(e.getMessage().contains("declared application/pdf but its content is a PNG image"), e.getMessage());
        assertNothingImported();
    }

    @Test
    void undecodableBase64UnsupportedTypesAndOutsideLinksAreRefused() throws Exception {
        ObjectNode b = sample01();
        List<ObjectNode> docs = resources(b, "DocumentReference");
        ((ObjectNode) docs.get(0).path("content").path(0).path("attachment")).put("data", "%%% not base64 %%%");
        ((ObjectNode) docs.get(1).path("content").path(0).path("attachment")).put("contentType", "application/x-msdownload");
        ObjectNode linked = (ObjectNode) docs.get(2).path("content").path(0).path("attachment");
        linked.remove("data");
        linked.put("url", "https://provider.example.org/docs/123");
        PasException e = assertThrows(PasException.class, () -> new PasImporter().importBundle(bundleFile(b, "b.json")));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("not valid base64"));
        assertTrue(e.problems().get(1).contains("application/x-msdownload"));
        assertTrue(e.problems().get(2).contains("outside the bundle"));
        assertNothingImported();
    }

    @Test
    void aClaimWhosePatientIsAnotherKindOfResourceIsRefused() throws Exception {
        ObjectNode b = sample01();
        ((ObjectNode) claim(b).path("patient")).put("reference", "Organization/Insurer");
        PasException e = assertThrows(PasException.class, () -> new PasImporter().importBundle(bundleFile(b, "b.json")));
        assertTrue(e.getMessage().contains("is not a Patient in the bundle; the member is not guessed"), e.getMessage());
        assertNothingImported();
    }

    @Test
    void twoDifferentPatientsAreRefused() throws Exception {
        ObjectNode b = sample01();
        ObjectNode other = PasBundleFixtures.patient(PasImporter.MAPPER.readTree(
                Path.of("samples/06-esophagus-answer-mismatch-not-met/request.json").toFile()));
        other.put("id", "Other");
        PasBundleFixtures.entry((ArrayNode) b.path("entry"), "Patient/Other", other);
        PasException e = assertThrows(PasException.class, () -> new PasImporter().importBundle(bundleFile(b, "b.json")));
        assertTrue(e.getMessage().contains("2 different patients"), e.getMessage());
        assertNothingImported();
    }

    @Test
    void noMemberIdentifierAnywhereIsRefused() throws Exception {
        ObjectNode b = sample01();
        resources(b, "Coverage").get(0).remove("subscriberId");
        resources(b, "Coverage").get(0).remove("identifier");
        resources(b, "Patient").get(0).remove("identifier");
        PasException e = assertThrows(PasException.class, () -> new PasImporter().importBundle(bundleFile(b, "b.json")));
        assertTrue(e.getMessage().contains("member identifier"), e.getMessage());
    }

    @Test
    void missingClaimWrongUseWrongTopTypeAndBrokenJsonAreRefusedByName() throws Exception {
        ObjectNode noClaim = sample01();
        ((ArrayNode) noClaim.path("entry")).remove(0);
        assertMessage(noClaim, "holds no Claim");
        ObjectNode claimUse = sample01();
        claim(claimUse).put("use", "claim");
        assertMessage(claimUse, "not \"preauthorization\"");
        ObjectNode notBundle = (ObjectNode) claim(sample01()).deepCopy();
        assertMessage(notBundle, "is not a FHIR Bundle (resourceType: Claim)");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"resourceType\": \"Bundle\", \"entry\": [ {");
        PasException e = assertThrows(PasException.class, () -> new PasImporter().importBundle(broken));
        assertTrue(e.getMessage().startsWith("broken.json: is not valid JSON at line 1"), e.getMessage());
        assertNothingImported();
    }

    @Test
    void aBundleInsideACaseFolderIsImportedBesideThatCaseNotIntoIt() throws Exception {
        Path caseFolder = Files.createDirectories(dir.resolve("some-case"));
        Files.writeString(caseFolder.resolve("request.json"), "{}");
        Path f = caseFolder.resolve("bundle.json");
        PasBundleFixtures.write(sample01(), f);
        assertTrue(PasInbox.isBundle(f));
        assertFalse(PasInbox.isBundle(caseFolder.resolve("request.json")));
        PasImport imported = new PasImporter().importBundle(f);
        assertEquals(dir.resolve(PasInbox.FOLDER).resolve("PA-2026-004117"), imported.caseFolder());
    }

    @Test
    void theSubmitOperationsParametersWrapperIsUnwrapped() throws Exception {
        ObjectNode params = PasImporter.MAPPER.createObjectNode();
        params.put("resourceType", "Parameters");
        params.putArray("parameter").addObject().put("name", "resource").set("resource", sample01());
        PasImport imported = new PasImporter().importBundle(bundleFile(params, "submit.json"));
        assertEquals("PA-2026-004117", imported.requestId());
    }

    private void assertMessage(ObjectNode bundle, String expected) throws IOException {
        PasException e = assertThrows(PasException.class, () -> new PasImporter().importBundle(bundleFile(bundle, "x.json")));
        assertTrue(e.getMessage().startsWith("x.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private void assertNothingImported() throws IOException {
        Path inbox = dir.resolve(PasInbox.FOLDER);
        if (Files.exists(inbox)) {
            try (Stream<Path> s = Files.list(inbox)) {
                assertEquals(List.of(), s.toList());
            }
        }
    }

    static ObjectNode claim(ObjectNode bundle) {
        return resources(bundle, "Claim").get(0);
    }

    static List<ObjectNode> resources(ObjectNode bundle, String type) {
        return new PasBundle(bundle).ofType(type);
    }

    private static void title(ObjectNode doc, String title) {
        ((ObjectNode) doc.path("content").path(0).path("attachment")).put("title", title);
    }

    private static ObjectNode pdfAttachment(ObjectNode bundle) {
        for (ObjectNode d : resources(bundle, "DocumentReference")) {
            ObjectNode a = (ObjectNode) d.path("content").path(0).path("attachment");
            if (a.path("contentType").asText().equals("application/pdf")) {
                return a;
            }
        }
        throw new AssertionError("no PDF");
    }
}
