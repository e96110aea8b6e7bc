package org.imrtreview.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceRecognizerTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Quantec                          | QUANTEC              | null
            QUANTEC 2010                     | QUANTEC              | null
            RTOG                             | RTOG                 | null
            RTOG #0631                       | RTOG                 | 0631
            RTOG 0617                        | RTOG                 | 0617
            rtog protocol 0933               | RTOG                 | 0933
            NRG BN001                        | NRG                  | BN001
            NRG-HN001                        | NRG                  | HN001
            SWOG S1826                       | SWOG                 | S1826
            CORSAIR                          | CORSAIR              | null
            AAPM TG-101                      | AAPM TG-101          | null
            TG101                            | AAPM TG-101          | null
            Task Group 101                   | AAPM TG-101          | null
            UK SABR Consortium 2022          | UK SABR Consortium   | null
            Timmerman 2008                   | Timmerman            | null
            Emami 1991                       | Emami                | null
            HyTEC                            | HyTEC                | null
            PENTEC                           | PENTEC               | null
            NCCN                             | NCCN                 | null
            ESTRO-ACROP                      | ESTRO                | null
            Institutional                    | Institutional        | null
            institution                      | Institutional        | null
            Inst.                            | Institutional        | null
            in-house                         | Institutional        | null
            EORTC 22922                      | EORTC                | 22922
            NSABP B-39                       | NSABP                | B-39
            Marks et al 2010                 | Published literature | null
            ICRU 83                          | ICRU                 | 83
            """)
    void recognisesPublishedAndInstitutionalSources(String text, String name, String protocol) {
        CitedSource s = SourceRecognizer.recognize(text).orElseThrow(() -> new AssertionError("not recognised: " + text));
        assertEquals(name, s.name());
        assertEquals(protocol, s.protocol());
    }

    @ParameterizedTest(name = "\"{0}\" is not a source")
    @CsvSource(textBlock = """
            Dr Smith
            see notes
            physician preference
            standard
            textbook
            ''
            """)
    void doesNotInventASource(String text) {
        assertTrue(SourceRecognizer.recognize(text).isEmpty(), () -> text + " → " + SourceRecognizer.recognize(text));
    }

    @Test
    void institutionalSourcesAreMarked() {
        assertTrue(SourceRecognizer.recognize("Institutional protocol").orElseThrow().institutional());
    }

    @Test
    void listsEverySourceInWrittenOrder() {
        List<CitedSource> all = SourceRecognizer.recognizeAll("QUANTEC / RTOG 0617");
        assertEquals(List.of("QUANTEC", "RTOG"), all.stream().map(CitedSource::name).toList());
    }

    @Test
    void displayIncludesTheProtocolNumber() {
        assertEquals("RTOG 0631", SourceRecognizer.recognize("RTOG #0631").orElseThrow().display());
    }
}
