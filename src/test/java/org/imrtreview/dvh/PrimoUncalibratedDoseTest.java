package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PRIMO writes uncalibrated Monte Carlo dose in eV/g (DVHmetrics documents the unit): recognised and refused
 * with that reason, never read as Gy (decision 0275).
 */
class PrimoUncalibratedDoseTest {

    @Test
    void dosesInElectronVoltsPerGramAreRefusedWithTheReason() throws Exception {
        String text = new String(DvhReadersGoldenTest.fixture("layout/primo.txt"), StandardCharsets.UTF_8)
                .replace("[Gy]", "[eV/g]");
        DvhExport e = DvhFormats.read("primo.txt", text.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("PRIMO DVH export", e.format());
        assertEquals(List.of(), e.curves());
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("structure 'PTV' in plan 'HN_VMAT_MC': doses are in eV/g, PRIMO's "
                + "uncalibrated Monte Carlo dose"), e.problems().toString());
    }
}
