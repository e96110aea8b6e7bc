package org.imrtreview.digitize;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One synthetic DVH image with the curves drawn into it, the axis ranges used and each curve's
 * legend text as drawn (parallel to {@code curves}).
 */
public record SyntheticDvh(String name, BufferedImage image, List<TrueCurve> curves, double doseAxisMax,
                    double volumeAxisMax, String description, List<String> legendTexts) {

    /** An image whose legend texts are not recorded (the variety corpus). */
    public SyntheticDvh(String name, BufferedImage image, List<TrueCurve> curves, double doseAxisMax,
                        double volumeAxisMax, String description) {
        this(name, image, curves, doseAxisMax, volumeAxisMax, description, List.of());
    }
}
