package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crowded matplotlib plots (12-14 curves, the tab10 palette repeating): same-colour curves that provably
 * never meet are used (decision 0276; before, every same-colour pair was left for the nurse, 0183), and no
 * used one is wrong: within 5 pp at every tenth of the dose axis and its true Dmax inside its range
 * within the digitised tolerance, so it can raise no false DVH_TABLE_MISMATCH.
 */
class SameColourCurvesTest {

    @Test
    void sameColourCurvesThatNeverMeetAreUsedAndNoneIsWrong() {
        List<SyntheticDvh> pictures = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            pictures.add(AppLooksCorpus.make(AppLooksCorpus.Look.CROWDED_TAB10, v).dvh());
        }
        SameColourReport.Count c = SameColourReport.measure("crowded", pictures);
        assertTrue(c.twins() >= 10, "the palette repeats: " + c);
        assertTrue(c.used() * 3 >= c.twins(), "at least a third used: " + c);
        assertEquals(0, c.wrong(), c.wrongOnes().toString());
    }
}
