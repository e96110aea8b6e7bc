package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accuracy targets of issue 8 on 36 synthetic DVH images with known curves (JFreeChart and
 * plain Java2D looks, 800x500..2000x1200, PNG and JPEG q60-95, legends inside and outside, grid or
 * not, thin and thick lines, combined solid/dashed), read with fully automatic calibration.
 */
class DigitizerAccuracyTest {
    private static AccuracyReport report;

    @BeforeAll
    static void digitiseCorpus() {
        List<SyntheticDvh> corpus = SyntheticDvhCorpus.corpus(36);
        report = AccuracyReport.run(corpus, false);
    }

    @Test
    void everyCorpusImageIsAcceptedAndCalibratedFromItsTickLabels() {
        assertEquals(0, report.imagesFailed, report.summary());
        assertEquals(36, report.imagesAutoCalibrated, report.summary());
    }

    @Test
    void nearlyEveryKnownCurveIsFoundInItsColourAndStyle() {
        assertTrue(report.curvesMatched >= 0.93 * report.curvesKnown, report.summary());
    }

    @Test
    void medianVolumeErrorAtFixedDosesIsAtMostOnePercentagePoint() {
        assertTrue(AccuracyReport.median(report.volumeErrors) <= 1.0, report.summary());
        assertTrue(AccuracyReport.quantile(report.volumeErrors, 0.9) <= 2.0, report.summary());
    }

    @Test
    void dmaxErrorIsWithinTwoPercentOfTheDoseAxisForNineCurvesInTen() {
        assertTrue(AccuracyReport.median(report.dmaxErrors) <= 0.01, report.summary());
        assertTrue(AccuracyReport.quantile(report.dmaxErrors, 0.9) <= 0.02, report.summary());
    }
}
