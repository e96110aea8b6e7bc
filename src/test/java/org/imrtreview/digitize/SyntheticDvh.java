package org.imrtreview.digitize;

import java.awt.image.BufferedImage;
import java.util.List;

/** One synthetic DVH image with the curves drawn into it and the axis ranges used. */
public record SyntheticDvh(String name, BufferedImage image, List<TrueCurve> curves, double doseAxisMax,
                    double volumeAxisMax, String description) {
}
