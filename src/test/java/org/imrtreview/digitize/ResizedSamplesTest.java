package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;

/**
 * Sample 03's VMAT picture shrunk and saved again as JPEG (decision 0531; the probe set is {@code
 * bench/digitize-resized.sh}): tick labels whose digits the ink cut broke into bits are not read as shorter numbers.
 */
class ResizedSamplesTest {

    private static Calibration calibration(int percent, int quality) throws Exception {
        BufferedImage vmat = ImageIO.read(Path.of("samples/03-lung-v20-csv-criteria-met/DVH_VMAT.png").toFile());
        return new DvhImageDigitizer(TextReader.unavailable("not needed"))
                .digitize(ResizedSamples.resized(vmat, percent, quality), DigitizeOptions.automatic()).calibration();
    }

    @Test
    void aShrunkCopyReadsItsVolumeAxis() throws Exception {
        // 90 % at q85: "90", "80" and "40" were read as 9, 8 and 4 (their 0s broken into bits), a 0-10 axis held back.
        Calibration c = calibration(90, 85);
        assertTrue(c.trustworthy(), AutoCalibrator.describe(c) + " " + c.note());
        assertEquals(105, c.volumeAtTop(), 1.0, AutoCalibrator.describe(c));
    }

    @Test
    void aShrunkCopyIsNeverTrustedOnATenfoldDoseAxis() throws Exception {
        // 80 % at q70: three dose labels read as single digits gave a trusted dose axis of 0-6.5 Gy (drawn 0-70).
        Calibration c = calibration(80, 70);
        assertTrue(!c.trustworthy() || Math.abs(c.doseAtRight() - 70) < 1.4, AutoCalibrator.describe(c));
        assertEquals(70, c.doseAtRight(), 1.4, AutoCalibrator.describe(c));
    }
}
