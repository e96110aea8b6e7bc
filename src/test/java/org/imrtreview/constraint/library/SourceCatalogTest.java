package org.imrtreview.constraint.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceCatalogTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            QUANTEC                          | QUANTEC
            Quantec                          | QUANTEC
            QUANTEC (Marks 2010)             | QUANTEC
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
            AAPM                             | AAPM TG-101
            Benedict et al                   | AAPM TG-101
            CORSAIR                          | CORSAIR
            Corsair 2022                     | CORSAIR
            NCCN                             | NCCN
            NCCN NSCLC guidelines            | NCCN
            Emami                            | Emami 1991
            Emami 1991                       | Emami 1991
            institutional                    | Institutional
            Institutional protocol           | Institutional
            Dept. standard / in-house        | Institutional
            UK SABR consensus                | UK SABR consortium / trial
            SWOG S1826                       | SWOG S1826
            SWOG                             | SWOG
            QUANTEC / RTOG 0225              | QUANTEC, RTOG 0225
            HyTEC                            | HyTEC
            """)
    void recognisesTheWaysProvidersWriteSources(String cell, String expected) {
        List<CitedSource> sources = SourceCatalog.recognise(cell);
        assertEquals(expected, sources.stream().map(CitedSource::label).collect(Collectors.joining(", ")));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Dr. Smith
            textbook
            AAPM TG-263
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
}
