package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, counted rather than timed: work that depends only on a picture's pixels is done once per picture however
 * many steps of the digitiser ask for it — each tick-label glyph box is matched against the digit templates once
 * (decision 0561), and the picture's edges are looked for once along the rows and once down the columns (0562) — and
 * asking again gives the same reading.
 */
class PerPictureWorkTest {

    private final DvhImageDigitizer digitizer = new DvhImageDigitizer(TextReader.unavailable("not needed here"));

    @Test
    void aTickGlyphIsMatchedOncePerPictureAndReadTheSameAgain() throws Exception {
        RgbImage picture = RgbImage.of(SyntheticDvhCorpus.make(12).image());
        long before = RgbImage.glyphsMatched();
        DigitizeResult first = digitizer.digitize(picture, DigitizeOptions.automatic());
        long matched = RgbImage.glyphsMatched() - before;
        assertTrue(matched > 10, "the tick labels' digits were matched: " + matched);
        assertEquals(CalibrationSource.TICK_LABELS, first.calibration().doseSource());

        DigitizeResult again = digitizer.digitize(picture, DigitizeOptions.automatic());
        assertEquals(matched, RgbImage.glyphsMatched() - before, "no glyph of this picture matched a second time");
        sameCurves(first, again);
    }

    @Test
    void thePicturesEdgesAreLookedForOnceAlongTheRowsAndOnceDownTheColumns() throws Exception {
        RgbImage picture = RgbImage.of(SyntheticDvhCorpus.make(3).image());
        long before = LineFinder.edgePasses();
        DigitizeResult first = digitizer.digitize(picture, DigitizeOptions.automatic());
        // The skew estimate, the frame detector and the label axes (lines of another length) all read them.
        assertEquals(2, LineFinder.edgePasses() - before, "one pass along the rows, one down the columns");

        RgbImage copy = RgbImage.of(SyntheticDvhCorpus.make(3).image());
        DigitizeResult fresh = digitizer.digitize(copy, DigitizeOptions.automatic());
        assertEquals(4, LineFinder.edgePasses() - before, "another picture (the same pixels) has its own");
        sameCurves(first, fresh);
    }

    private static void sameCurves(DigitizeResult a, DigitizeResult b) {
        assertEquals(a.curves().size(), b.curves().size());
        assertEquals(a.frame(), b.frame());
        assertEquals(a.warnings(), b.warnings());
        for (int i = 0; i < a.curves().size(); i++) {
            assertArrayEquals(a.curves().get(i).doseGy(), b.curves().get(i).doseGy());
            assertArrayEquals(a.curves().get(i).volumePercent(), b.curves().get(i).volumePercent());
        }
    }
}
