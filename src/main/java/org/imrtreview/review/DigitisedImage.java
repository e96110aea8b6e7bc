package org.imrtreview.review;

import java.util.List;
import org.imrtreview.digitize.CurveAssignment;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.store.DigitisedImageKey;
import org.imrtreview.store.ImageFingerprint;

/**
 * A digitised picture with the nurse's saved choices applied: the result (recalibrated where she
 * corrected the axes), one assignment per curve (her choice where she made one, the proposal
 * otherwise), the fingerprint of the file it was read from, and sentences about saved choices
 * that could not be applied (a curve no longer found, the picture changed since).
 */
public record DigitisedImage(DigitisedImageKey key, ImageFingerprint fingerprint, DigitizeResult result,
                             List<CurveAssignment> assignments, List<String> notApplied) {

    public DigitisedImage {
        assignments = List.copyOf(assignments);
        notApplied = List.copyOf(notApplied);
    }
}
