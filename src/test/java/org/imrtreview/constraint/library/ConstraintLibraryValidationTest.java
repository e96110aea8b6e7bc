package org.imrtreview.constraint.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.imrtreview.model.MetricKind;
import org.imrtreview.model.Operator;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped library parses completely; malformed entries fail here, in the build, not in front of the nurse. */
class ConstraintLibraryValidationTest {

    private final ConstraintLibrary library = ConstraintLibrary.standard();

    @Test
    void everyEntryOfTheShippedLibraryParsesIntoATypedConstraint() {
        assertEquals(376, library.size());
        assertEquals("1.0.0", library.version());
        assertFalse(library.date().isBlank());
        library.entries().forEach(e -> {
            assertTrue(e.limit().value() > 0, e.id());
            assertFalse(e.tg263().isEmpty(), e.id());
            assertFalse(e.citation().contains("http"), e.id() + " citation must not be a web address");
            assertTrue(e.regime() == Regime.CONVENTIONAL || e.regime() == Regime.SBRT_SRS, e.id());
        });
    }

    @Test
    void countsBySourceAndProvenanceAreThoseStatedInTheDocs() {
        var bySource = library.countBySource();
        assertEquals(121, bySource.get(SourceGroup.AAPM_TG101));
        assertEquals(55, bySource.get(SourceGroup.QUANTEC));
        assertEquals(76, bySource.get(SourceGroup.RTOG));
        assertEquals(42, bySource.get(SourceGroup.NCCN));
        assertEquals(32, bySource.get(SourceGroup.CORSAIR));
        assertEquals(22, bySource.get(SourceGroup.EMAMI));
        assertEquals(16, bySource.get(SourceGroup.UK_SABR));
        assertEquals(12, bySource.get(SourceGroup.PUBLISHED_SERIES));
        var byProvenance = library.countByProvenance();
        assertEquals(277, byProvenance.get(Provenance.PRIMARY));
        assertEquals(54, byProvenance.get(Provenance.COMPILATION));
        assertEquals(45, byProvenance.get(Provenance.SECONDARY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            OAR-009 | Brainstem   | MAX             | LT | 54   | GY      | false |   | QUANTEC
            OAR-039 | Parotid_L   | MEAN            | LT | 20   | GY      | false |   | QUANTEC
            OAR-074 | SpinalCord  | MAX             | LT | 21.9 | GY      | false | 3 | AAPM_TG101
            OAR-175 | Liver       | DOSE_COMPLEMENT | LT | 9.1  | GY      | false | 1 | AAPM_TG101
            OAR-205 | Esophagus   | MAX             | LE | 105  | PERCENT | true  | 5 | NCCN
            OAR-302 | Heart       | TOLERANCE_DOSE  | LE | 40   | GY      | false |   | EMAMI
            OAR-362 | Lungs       | VOLUME_AT_DOSE  | LE | 20   | PERCENT | false |   | CORSAIR
            """)
    void entriesAreTypedAsPublished(String id, String structure, MetricKind kind, Operator op, double value, Unit unit,
                                    boolean relative, Integer fractions, SourceGroup source) {
        PublishedConstraint e = library.find(x -> x.id().equals(id)).get(0);
        assertTrue(e.covers(structure));
        assertEquals(kind, e.metric().kind());
        assertEquals(op, e.operator());
        assertEquals(value, e.limit().value(), 1e-9);
        assertEquals(unit, e.limit().unit());
        assertEquals(relative, e.relativeToPrescription());
        assertEquals(fractions, e.fractions());
        assertEquals(source, e.source());
    }

    @Test
    void secondaryEntriesAreMarkedAndCorsairTranscriptionIsSecondary() {
        assertTrue(library.entries().stream().filter(e -> e.source() == SourceGroup.CORSAIR).allMatch(PublishedConstraint::secondary));
        assertTrue(library.entries().stream().filter(e -> e.source() == SourceGroup.AAPM_TG101).noneMatch(PublishedConstraint::secondary));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            "metric":"Dmax"           | "metric":"Dmaximum"   | metric not understood
            "unit":"Gy"               | "unit":"Sv"           | unit not understood
            "operator":"<"            | "operator":"=="       | operator not understood
            "regime":"CONVENTIONAL"   | "regime":"SBRT_SRS"   | does not fit fractions
            "citation":"Marks"        | "citation":"https://x.org" | not a web address
            "secondary":false         | "secondary":true      | secondary flag disagrees
            "value":54                | "value":-1            | positive number
            """)
    void malformedEntryFailsWithItsIdAndReason(String good, String bad, String reason) {
        String entry = """
                {"entries":[{"id":"OAR-999","organ":"Brainstem","tg263":["Brainstem"],"metric":"Dmax","operator":"<",
                 "value":54,"unit":"Gy","volumeValue":null,"volumeUnit":null,"regime":"CONVENTIONAL","fractions":null,
                 "source":"QUANTEC","sourceName":"QUANTEC","citation":"Marks","provenance":"PRIMARY","secondary":false}],
                 "version":"t"}""";
        assertTrue(entry.contains(good), "fixture must contain " + good);
        LibraryFormatException e = assertThrows(LibraryFormatException.class,
                () -> ConstraintLibrary.read(new ByteArrayInputStream(entry.replace(good, bad).getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("OAR-999"), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void standardLibraryIsLoadedOnce() {
        assertTrue(ConstraintLibrary.standard() == ConstraintLibrary.standard());
    }
}
