package org.imrtreview.digitize;

/** Plain colour words for curve colours, so the nurse can match a curve to the image by eye. */
final class ColourNames {
    private ColourNames() {
    }

    static String nameOf(int rgb) {
        float[] hsb = java.awt.Color.RGBtoHSB((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, null);
        float hue = hsb[0] * 360;
        float saturation = hsb[1];
        float brightness = hsb[2];
        if (saturation < 0.2) {
            return brightness < 0.3 ? "black" : brightness > 0.85 ? "white" : "gray";
        }
        String base;
        if (hue < 15 || hue >= 345) {
            base = "red";
        } else if (hue < 40) {
            base = brightness < 0.65 ? "brown" : "orange";
        } else if (hue < 70) {
            base = brightness < 0.65 ? "olive" : "yellow";
        } else if (hue < 160) {
            base = "green";
        } else if (hue < 200) {
            base = "cyan";
        } else if (hue < 255) {
            base = "blue";
        } else if (hue < 290) {
            base = "purple";
        } else {
            base = "magenta";
        }
        if (brightness < 0.5 && !base.equals("brown") && !base.equals("olive")) {
            return "dark " + base;
        }
        return saturation < 0.5 && brightness > 0.8 ? "light " + base : base;
    }
}
