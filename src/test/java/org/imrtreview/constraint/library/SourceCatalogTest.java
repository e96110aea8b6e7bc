package org.imrtreview.constraint.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Source cells as providers write them → canonical library groups (via the product's one SourceRecognizer). */
class SourceCatalogTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            QUANTEC                          | QUANTEC
            Quantec                          | QUANTEC
            QUANTEC 2010                     | QUANTEC
            RTOG                             | RTOG
            RTOG 0631                        | RTOG 0631
            RTOG #0631                       | RTOG 0631
            RTOG-0225                        | RTOG 0225
            RTOG protocol 631                | RTOG 0631
            NRG                              | NRG Oncology
            NRG HN005                        | NRG Oncology HN005
            NRG/RTOG 1016                    | NRG Oncology, RTOG 1016
            TG-101                           | AAPM TG-101
            AAPM TG101                       | AAPM TG-101
            AAPM Task Group 101              | AAPM TG-101
            Benedict 2010                    | AAPM TG-101
            CORSAIR                          | CORSAIR
            Corsair 2022                     | CORSAIR
            NCCN                             | NCCN
            NCCN NSCLC guidelines            | NCCN
            Emami                            | Emami 1991
            Emami 1991                       | Emami 1991
            institutional                    | Institutional
            Institutional protocol           | Institutional
            Dept. standard                   | Institutional
            UK SABR consensus                | UK SABR consortium / trial
            SWOG S1826                       | SWOG S1826
            SWOG 1826                        | SWOG S1826
            SWOG                             | SWOG
            QUANTEC / RTOG 0225              | QUANTEC, RTOG 0225
            HyTEC                            | HyTEC
            Marks et al 2010                 | Published literature
            """)
    void recognisesTheWaysProvidersWriteSources(String cell, String expected) {
        List<CanonicalSource> sources = SourceCatalog.recognise(cell);
        assertEquals(expected, sources.stream().map(CanonicalSource::label).collect(Collectors.joining(", ")));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Dr. Smith
            textbook
            see attached
            """)
    void unknownSourcesAreReportedAsUnrecognised(String cell) {
        assertTrue(SourceCatalog.unrecognised(cell), cell);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '  '
            ''
            """)
    void blankCellIsMissingNotUnrecognised(String cell) {
        assertTrue(SourceCatalog.recognise(cell).isEmpty());
        assertTrue(!SourceCatalog.unrecognised(cell));
    }

    @org.junit.jupiter.api.Test
    void everyGroupTheRecogniserNamesHasACanonicalGroup() {
        for (String cell : List.of("QUANTEC", "HyTEC", "PENTEC", "CORSAIR", "TG-101", "UK SABR", "Timmerman", "Emami", "RTOG", "NRG",
                "SWOG", "NSABP", "Alliance", "ECOG", "EORTC", "CCTG", "COG", "GOG", "JCOG", "TROG", "ESTRO", "NCCN", "ICRU", "AAPM",
                "ASTRO", "NCI", "Institutional")) {
            CanonicalSource s = SourceCatalog.recognise(cell).get(0);
            assertTrue(s.group() != SourceGroup.LITERATURE, cell + " -> " + s);
        }
    }
}
