package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Decision 0542: an Eclipse export whose label says one thing and whose numbers another. Cumulative values under
 * "Type: Differential" were summed as bins and scaled back to 100 %, giving a curve of nothing that replaced the
 * table's values (sample 09 then read CRITERIA_MET); cm³ values under a "[%]" column that stay under 100 went
 * through as percentages (the rectum's 72.4 cm³ read as 72.4 % at 0 Gy). Both are now refused with the reason.
 */
class EclipseLabelAgainstNumbersTest {

    private static String file(String type, String extra, String header, String rows) {
        return """
                Patient Name         : Test, Case
                Patient ID           : 1
                Type                 : %s Dose Volume Histogram

                Plan: IMRT1
                Prescribed dose [cGy]: 7800.0
                %% for dose (%%): 100.0

                Structure: Rectum
                Plan: IMRT1
                Volume [cm³]: 72.4
                %s
                %s
                %s""".formatted(type, extra, header, rows);
    }

    private static DvhExport read(String text) throws DvhFormatException {
        return DvhFormats.read("x.txt", text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static final String CUMULATIVE_ROWS = """
                   0     100
                1000      98
                2000      90
                3000      75
                4000      60
                5000      42
                6000      30
                7000      24
                8000       0
            """;

    @Test
    void cumulativeValuesLabelledDifferentialAreRefused() throws Exception {
        DvhExport e = read(file("Differential", "", "Dose [cGy] Ratio of Total Structure Volume [%]", CUMULATIVE_ROWS));
        assertTrue(e.curves().isEmpty(), e.curves().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("Rectum") && p.contains("add up to 519")
                && p.contains("cumulative DVH labelled differential")), e.problems().toString());
    }

    @Test
    void aDifferentialDvhWhoseBinsMakeTheWholeStructureIsRead() throws Exception {
        DvhExport e = read(file("Differential", "", "Dose [cGy] Ratio of Total Structure Volume [%]", """
                   500     2
                  1500     8
                  2500    15
                  3500    15
                  4500    18
                  5500    12
                  6500     6
                  7500    24
                """));
        assertEquals(1, e.curves().size(), e.problems().toString());
        assertEquals(100.0, e.curves().get(0).volumeAt(0), 1e-6);
    }

    @Test
    void cubicCentimetresUnderAPercentLabelAreRefused() throws Exception {
        DvhExport e = read(file("Cumulative", "", "Dose [cGy] Ratio of Total Structure Volume [%]", """
                   0    72.4
                2000    65.2
                5000    30.4
                7000    17.5
                8000       0
                """));
        assertTrue(e.curves().isEmpty(), e.curves().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("volume at 0 Gy is 72.4 %")
                && p.contains("structure's volume") && p.contains("labelled %")), e.problems().toString());
    }

    @Test
    void aPercentCurveOfTheWholeStructureOrOfAPartOutsideTheGridIsRead() throws Exception {
        assertEquals(1, read(file("Cumulative", "", "Dose [cGy] Ratio of Total Structure Volume [%]", CUMULATIVE_ROWS))
                .curves().size());
        // part of the structure outside the dose grid: the header says so, the curve may start under 100 %
        DvhExport partial = read(file("Cumulative", "Dose Cover.[%]: 90.0", "Dose [cGy] Ratio of Total Structure Volume [%]", """
                   0    90
                5000    40
                8000     0
                """));
        assertEquals(1, partial.curves().size(), partial.problems().toString());
        // a curve starting above 0 Gy is not judged
        DvhExport later = read(file("Cumulative", "", "Dose [cGy] Ratio of Total Structure Volume [%]", """
                1000    90
                5000    40
                8000     0
                """));
        assertEquals(1, later.curves().size(), later.problems().toString());
    }
}
