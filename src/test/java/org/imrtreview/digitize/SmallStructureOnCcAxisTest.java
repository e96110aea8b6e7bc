package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * A structure too small on a cm³ axis to read its volumes in % (decision 0257): on variety volume_cc-2
 * (140 cm³ axis, 484 rows) the 6 cm³ IMRT brainstem spans 21 rows, so one row is ~5 % of it, and it was
 * used 5.1 points off, beyond the digitised tolerance of 3 points. It is now shown, not used, with the
 * reason; the picture's larger structures are used as before.
 */
class SmallStructureOnCcAxisTest {

    @Test
    void aStructureSpanningFewRowsOnACcAxisIsShownButNotUsed() throws Exception {
        SyntheticDvh s = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.VOLUME_CC, 2).dvh();
        DigitizeResult r = new DvhImageDigitizer(TextReader.unavailable("not needed"))
                .digitize(s.image(), DigitizeOptions.automatic());
        assertTrue(r.calibration().volumeAbsolute());
        List<TracedCurve> small = r.curves().stream().filter(c -> c.tooSmallOnCcAxis(r.calibration())).toList();
        assertEquals(1, small.size(), "only the 6 cm³ brainstem: " + r.curves());
        TracedCurve brainstem = small.get(0);
        assertTrue(brainstem.describe().startsWith("blue") && brainstem.rowsSpanned(r.calibration()) < 30,
                brainstem.describe() + " " + brainstem.rowsSpanned(r.calibration()));
        assertFalse(brainstem.tracedWhole(r.calibration()));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains(brainstem.describe()) && w.contains("pixel rows")
                && w.contains("not used")), r.warnings().toString());
        // Seven before decision 0385; the blue dashed, bridged 80 px at 6.6 % near its end (it may go on along another
        // curve's tail there), is now shown but not used as well.
        assertEquals(6, r.curves().stream().filter(c -> c.tracedWhole(r.calibration())).count(), "six of the others used");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("blue dashed") && w.contains("is bridged across")),
                r.warnings().toString());
    }

    @Test
    void onAPercentAxisNoCurveIsTooSmall() throws Exception {
        SyntheticDvh s = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.DOSE_CGY, 0).dvh();
        DigitizeResult r = new DvhImageDigitizer(TextReader.unavailable("not needed"))
                .digitize(s.image(), DigitizeOptions.automatic());
        assertTrue(r.curves().stream().noneMatch(c -> c.tooSmallOnCcAxis(r.calibration())));
    }
}
