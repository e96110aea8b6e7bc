package org.imrtreview.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The audit sentences for a change to the nurse's work on a digitised picture, in plain words:
 * "Curve 2 (red dashed) of dvh_3d.png assigned to Parotid L, IMRT",
 * "Axes of dvh_3d.png set to dose 0–80 Gy, volume 0–100 %".
 */
public final class DigitisingAudit {

    private DigitisingAudit() {
    }

    /**
     * @param curveName the curve's name for the nurse by key, such as "Curve 2 (red dashed)"; keys
     *                  it does not know are named by the key itself
     */
    public static List<String> changes(DigitisedImageReview before, DigitisedImageReview after,
                                       Function<String, String> curveName) {
        List<String> out = new ArrayList<>();
        String picture = after.image().describe();
        SavedAxes axesBefore = before == null ? null : before.axes();
        if (!Objects.equals(axesBefore, after.axes())) {
            boolean frameDropped = axesBefore != null && axesBefore.frame() != null
                    && (after.axes() == null || after.axes().frame() == null);
            if (frameDropped) {
                out.add("Plot frame of " + picture + " back to the frame found in the image"
                        + (after.axes() == null ? "" : "; axes set to " + after.axes().describe()));
            } else {
                out.add(after.axes() == null
                        ? "Axes of " + picture + " back to the values read from the image"
                        : "Axes of " + picture + " set to " + after.axes().describe());
            }
        }
        for (CurveChoice choice : after.curves()) {
            CurveChoice previous = before == null ? null : before.choiceFor(choice.curveKey());
            if (!choice.equals(previous)) {
                String name = curveName.apply(choice.curveKey());
                out.add((name == null ? "Curve " + choice.curveKey() : name) + " of " + picture + " assigned to "
                        + choice.describe());
            }
        }
        return out;
    }
}
