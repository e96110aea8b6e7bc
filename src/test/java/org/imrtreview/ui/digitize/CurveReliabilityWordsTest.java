package org.imrtreview.ui.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.DvhImageDigitizer;
import org.imrtreview.digitize.TracedCurve;
import org.imrtreview.digitize.VarietyDvhCorpus;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * The row where the nurse assigns a digitised curve says what the picture does not show of it, in the words
 * the cross-check acts on (decisions 0182, 0308, 0309): a Dmax range, stretches not seen, or why it is not used.
 */
class CurveReliabilityWordsTest {

    private static DigitizeResult digitise(java.awt.image.BufferedImage image) throws Exception {
        return new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(image, DigitizeOptions.automatic());
    }

    @Test
    void aCurveWhoseEndIsHiddenShowsItsDmaxAsARange() throws Exception {
        DigitizeResult r = digitise(VarietyDvhCorpus.make(VarietyDvhCorpus.Style.HEAVY_JPEG, 2).dvh().image());
        TracedCurve solid = r.curves().stream().filter(c -> c.describe().equals("magenta solid")).findFirst().orElseThrow();
        assertEquals(" · Dmax 56.4–59.6 Gy", DigitizePane.dmaxWords(solid, r.calibration(),
                org.imrtreview.digitize.CurveMetrics.dmax(solid.doseGy(), solid.volumePercent())));
        assertEquals("Its end may run on hidden (Dmax 56.4–59.6 Gy): compared with the table only as ranges.",
                DigitizePane.reliabilityWords(solid, r.calibration()));
    }

    @Test
    void aBridgedStretchIsNamedAndACurveSeenWholeSaysNothing() throws Exception {
        DigitizeResult r = digitise(VarietyDvhCorpus.make(VarietyDvhCorpus.Style.SCANNED_PRINT, 2).dvh().image());
        TracedCurve orange = r.curves().stream().filter(c -> c.describe().equals("orange dashed")).findFirst().orElseThrow();
        String words = DigitizePane.reliabilityWords(orange, r.calibration());
        assertTrue(words.startsWith("Not seen from 1 to 16.2 Gy") && words.endsWith("only as ranges."), words);
        TracedCurve blue = r.curves().stream().filter(c -> c.describe().equals("blue solid")).findFirst().orElseThrow();
        assertEquals("", DigitizePane.reliabilityWords(blue, r.calibration()));
        TracedCurve lost = r.curves().stream().filter(c -> !c.tracedWhole(r.calibration())).findFirst().orElseThrow();
        assertEquals("Not used: it could not be followed whole.", DigitizePane.reliabilityWords(lost, r.calibration()));
    }
}
