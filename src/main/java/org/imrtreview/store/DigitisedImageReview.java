package org.imrtreview.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The nurse's work on one digitised picture: the axes she corrected and the curves she assigned,
 * with the fingerprint of the file they were made on (not applied to a changed file).
 */
public record DigitisedImageReview(DigitisedImageKey image, ImageFingerprint fingerprint, SavedAxes axes,
                                   List<CurveChoice> curves) {

    public DigitisedImageReview {
        Objects.requireNonNull(image, "image");
        curves = curves == null ? List.of() : List.copyOf(curves);
        axes = axes == null || axes.isEmpty() ? null : axes;
    }

    public CurveChoice choiceFor(String curveKey) {
        return curves.stream().filter(c -> c.curveKey().equals(curveKey)).findFirst().orElse(null);
    }

    /** Nothing chosen: no need to keep it. */
    public boolean isEmpty() {
        return axes == null && curves.isEmpty();
    }

    /** The same review with this curve's choice replaced (or added). */
    public DigitisedImageReview withChoice(CurveChoice choice) {
        List<CurveChoice> next = new ArrayList<>(curves);
        next.removeIf(c -> c.curveKey().equals(choice.curveKey()));
        next.add(choice);
        return new DigitisedImageReview(image, fingerprint, axes, next);
    }
}
