package org.imrtreview.store;


import org.imrtreview.store.persist.ReviewStateStore;
import org.imrtreview.store.worklist.WorklistEntry;
import org.imrtreview.store.worklist.Workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imrtreview.model.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The request-details form: what a nurse types from a fax cover sheet becomes request details. */
class RequestFormTest {
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    static Stream<Path> sampleRequests() throws IOException {
        return Files.list(Path.of("samples")).filter(Files::isDirectory).map(d -> d.resolve("request.json"))
                .filter(Files::isRegularFile).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleRequests")
    void everySampleRequestSurvivesTheFormUnchanged(Path file) throws IOException {
        Request submitted = new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(file.toFile(), Request.class);
        RequestForm.Result back = RequestForm.read(RequestChanges.fields(submitted, PACIFIC), submitted, PACIFIC);
        assertTrue(back.ok(), back.errors().toString());
        assertEquals(List.of(), RequestChanges.describe(submitted, back.request(), PACIFIC),
                "opening the form and saving without typing changes nothing");
        assertEquals(submitted.receivedAt().toInstant(), back.request().receivedAt().toInstant());
    }

    @Test
    void aFaxCoverSheetTypedInUsStyleBecomesRequestDetails() {
        Map<String, String> typed = blank();
        typed.put("Request ID", " PA-2026-009912 ");
        typed.put("Received", "11/20/2026 9:30 AM");
        typed.put("Urgency", "Expedited");
        typed.put("Member name", "Rosa Delgado");
        typed.put("Member ID", "XKW118204551");
        typed.put("Member date of birth", "03/14/1958");
        typed.put("Line of business", "Medicare advantage");
        typed.put("Requesting provider name", "Amir Haddad, MD");
        typed.put("Requesting provider NPI", "1234-567-893");
        typed.put("Diagnosis", "c10.9 Malignant neoplasm of oropharynx; C77.0 nodes");
        typed.put("Prescription dose (Gy)", "70 Gy");
        typed.put("Fractions", "35");
        typed.put("Requested codes", "77301 77338, g6015");
        typed.put("Planned start", "2026-12-01");

        RequestForm.Result r = RequestForm.read(typed, Request.empty(), PACIFIC);

        assertTrue(r.ok(), r.errors().toString());
        assertEquals(List.of(), r.warnings());
        Request q = r.request();
        assertEquals("PA-2026-009912", q.requestId());
        assertEquals(OffsetDateTime.parse("2026-11-20T09:30-08:00").toInstant(), q.receivedAt().toInstant());
        assertEquals(Request.Urgency.EXPEDITED, q.urgency());
        assertEquals(LocalDate.of(1958, 3, 14), q.member().dateOfBirth());
        assertEquals(Request.LineOfBusiness.MEDICARE_ADVANTAGE, q.plan().line());
        assertNull(q.plan().name());
        assertEquals("1234567893", q.requestingProvider().npi(), "a valid NPI is kept as its 10 digits");
        assertNull(q.treatingProvider(), "an empty provider block is no provider");
        assertEquals(List.of("C10.9", "C77.0"), q.diagnosis().stream().map(Request.Diagnosis::code).toList());
        assertEquals("Malignant neoplasm of oropharynx", q.diagnosis().get(0).description());
        assertEquals(2.0, q.prescription().dosePerFractionGy(), 1e-9);
        assertEquals(List.of("77301", "77338", "G6015"), q.requestedCodes());
    }

    @ParameterizedTest(name = "{0} = \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Received               | 2026-11-20             | needs a time of day
            Received               | yesterday              | is not a date and time
            Member date of birth   | 14.03.1958             | is not a date
            Prescription dose (Gy) | seventy                | is not a number
            Prescription dose (Gy) | 7000                   | is outside
            Fractions              | 2.5                    | is not a whole number
            Urgency                | Urgent                 | is not one of
            """)
    void aValueThatCannotBeReadIsAnErrorAndNothingIsSaved(String label, String value, String expected) {
        Map<String, String> typed = blank();
        typed.put(label, value);
        RequestForm.Result r = RequestForm.read(typed, Request.empty(), PACIFIC);
        assertFalse(r.ok());
        assertNull(r.request());
        assertTrue(r.errors().get(0).startsWith(label) && r.errors().get(0).contains(expected), r.errors().toString());
    }

    @ParameterizedTest(name = "{0} = \"{1}\" warns")
    @CsvSource(delimiter = '|', textBlock = """
            Requesting provider NPI | 1234567890     | fails its check digit
            Treating provider NPI   | 12345          | is not 10 digits
            Requested codes         | 77385, IMRT    | is not a CPT or HCPCS code
            Diagnosis               | brain tumour   | does not start with an ICD-10-CM code
            """)
    void aValueThatLooksWrongIsSavedAsTypedWithAWarning(String label, String value, String expected) {
        Map<String, String> typed = blank();
        typed.put(label, value);
        RequestForm.Result r = RequestForm.read(typed, Request.empty(), PACIFIC);
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains(expected), r.warnings().toString());
    }

    @ParameterizedTest
    @CsvSource({"1234567893, true", "1234567890, false", "1588667430, true", "1588667432, false"})
    void npiCheckDigitFollowsTheCmsLuhnRule(String npi, boolean valid) {
        assertEquals(valid, RequestForm.npiCheckDigitValid(npi));
    }

    @Test
    void fieldsTheFormDoesNotShowAreKept() {
        Request base = Request.empty();
        base.other().put("lineOfBusinessNote", "dual eligible");
        Map<String, String> typed = blank();
        typed.put("Member name", "A B");
        assertEquals("dual eligible", RequestForm.read(typed, base, PACIFIC).request().other().get("lineOfBusinessNote"));
    }

    @Test
    void changesAreDescribedFieldByFieldForTheAuditTrail() {
        Map<String, String> typed = blank();
        typed.put("Member ID", "ZRH1");
        typed.put("Fractions", "30");
        Request r = RequestForm.read(typed, Request.empty(), PACIFIC).request();
        assertEquals(List.of("Member ID: \"\" → \"ZRH1\"", "Fractions: \"\" → \"30\""), RequestChanges.describe(Request.empty(), r));
    }

    @Test
    void typedDetailsAreSavedInTheReviewStateAndAuditedOnce(@TempDir Path folder) throws IOException {
        Map<String, String> typed = blank();
        typed.put("Member name", "Rosa Delgado");
        typed.put("Received", "2026-11-20 09:30");
        Request r = RequestForm.read(typed, Request.empty(), PACIFIC).request();
        ReviewState s = ReviewState.fresh().withRequest(r, RequestChanges.describe(Request.empty(), r),
                Instant.parse("2026-11-26T10:00:00Z"), "dana");
        assertEquals("Request details", s.audit().get(0).action());
        assertTrue(s.audit().get(0).detail().contains("Member name: \"\" → \"Rosa Delgado\""));
        assertTrue(s.withRequest(r, List.of(), Instant.now(), "dana") == s, "no change, no new state");

        ReviewStateStore store = new ReviewStateStore();
        store.save(folder, s.withNotes("typed from the cover sheet"));
        ReviewState back = store.load(folder).state();
        assertEquals("Rosa Delgado", back.request().member().name());
        assertEquals(r.receivedAt().toInstant(), back.request().receivedAt().toInstant());
        assertEquals("Rosa Delgado", store.peek(folder).request().member().name());
    }

    @ParameterizedTest(name = "{0} typed in {1} reads back as {2}")
    @CsvSource(textBlock = """
            11/19/2026 10:30 AM,      America/Los_Angeles, 2026-11-19 10:30
            2026-11-19 10:30,         UTC,                 2026-11-19 10:30
            2026-11-19T10:30,         Europe/Berlin,       2026-11-19 10:30
            2026-07-01 9:05,          America/New_York,    2026-07-01 09:05
            2026-11-20T09:15-05:00,   America/Los_Angeles, 2026-11-20T09:15-05:00
            """)
    void aReceivedTimeReadsBackAsItWasTyped(String typedText, String zoneName, String shown, @TempDir Path folder)
            throws IOException {
        ZoneId zone = ZoneId.of(zoneName);
        Map<String, String> typed = blank();
        typed.put("Received", typedText);
        Request r = RequestForm.read(typed, Request.empty(), zone).request();
        assertEquals(shown, RequestChanges.fields(r, zone).get("Received"));
        // and after the review state is saved and read again (issue 13 item 9: it came back as "…T10:30Z")
        ReviewStateStore store = new ReviewStateStore();
        store.save(folder, ReviewState.fresh().withRequest(r, RequestChanges.describe(Request.empty(), r, zone),
                Instant.parse("2026-11-26T10:00:00Z"), "dana"));
        Request back = store.load(folder).state().request();
        assertEquals(shown, RequestChanges.fields(back, zone).get("Received"));
        assertTrue(store.load(folder).state().audit().get(0).detail().contains("Received: \"\" → \"" + shown + "\""),
                store.load(folder).state().audit().get(0).detail());
        // saving the form again unchanged records nothing
        assertEquals(List.of(), RequestChanges.describe(back,
                RequestForm.read(RequestChanges.fields(back, zone), back, zone).request(), zone));
    }

    @Test
    void theSameMomentWrittenWithAnotherOffsetIsNoChange() {
        Map<String, String> typed = blank();
        typed.put("Received", "2026-11-19T18:30Z");
        Request utc = RequestForm.read(typed, Request.empty(), PACIFIC).request();
        typed.put("Received", "11/19/2026 10:30 AM");
        Request local = RequestForm.read(typed, Request.empty(), PACIFIC).request();
        assertEquals(List.of(), RequestChanges.describe(utc, local, PACIFIC));
        typed.put("Received", "11/19/2026 11:30 AM");
        Request later = RequestForm.read(typed, Request.empty(), PACIFIC).request();
        assertEquals(List.of("Received: \"2026-11-19 10:30\" → \"2026-11-19 11:30\""),
                RequestChanges.describe(local, later, PACIFIC));
    }

    @Test
    void aStateSavedBeforeRequestDetailsExistedStillLoads(@TempDir Path folder) throws IOException {
        Path file = ReviewStateStore.stateFile(folder);
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"version":1,"opened":true,"edits":[],"checklist":[],"decision":null,"notes":"old","audit":[]}
                """);
        ReviewState s = new ReviewStateStore().load(folder).state();
        assertEquals("old", s.notes());
        assertNull(s.request());
    }

    @Test
    void theWorklistDeadlineFollowsTypedDetailsWhenThereIsNoRequestJson(@TempDir Path workspace) throws IOException {
        Path folder = workspace.resolve("fax-only");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("packet.csv"), "Organ\n");
        ReviewStateStore store = new ReviewStateStore();
        assertNull(new Workspace(store).entry(folder).dueAt());

        Map<String, String> typed = blank();
        typed.put("Received", "2026-11-20T09:30:00-08:00");
        typed.put("Urgency", "Expedited");
        Request r = RequestForm.read(typed, Request.empty(), PACIFIC).request();
        store.save(folder, ReviewState.fresh().withRequest(r, RequestChanges.describe(Request.empty(), r), Instant.now(), "dana"));

        WorklistEntry entry = new Workspace(store).entry(folder);
        assertEquals(OffsetDateTime.parse("2026-11-23T09:30:00-08:00").toInstant(), entry.dueAt().toInstant(),
                "expedited: 72 hours from the typed received time");
    }

    private static Map<String, String> blank() {
        Map<String, String> m = new LinkedHashMap<>();
        RequestChanges.fields(Request.empty()).keySet().forEach(k -> m.put(k, ""));
        return m;
    }
}
