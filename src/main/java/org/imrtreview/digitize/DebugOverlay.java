package org.imrtreview.digitize;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * Draws what the digitiser found over the image, for a person to check: the plot frame (magenta),
 * each traced curve's points re-projected through the calibration (a black line with the curve's
 * colour inside, so a mismatch shows as a doubled line), its number, style, legend entry and the
 * legend text read for it (with its certainty), and the calibration.
 *
 * <p>{@link #draw} is the developer's picture (command line {@code --debug-out}): codes and the calibration
 * line included. {@link #forPeople} is what the nurse sees in the Digitised curves tab (issue 13): the same
 * frame and curves, each tagged with its number and the name read for it in words, and no calibration line
 * (the tab says in words where the axes came from).
 */
public final class DebugOverlay {
    private DebugOverlay() {
    }

    public static BufferedImage draw(BufferedImage picture, DigitizeResult result) {
        return draw(picture, result, false);
    }

    /** The overlay for the screen: no codes, no calibration line; curves tagged "2 · Brainstem (dashed)". */
    public static BufferedImage forPeople(BufferedImage picture, DigitizeResult result) {
        return draw(picture, result, true);
    }

    /** A curve's tag as a nurse reads it: its number, the legend name read for it, and its line style. */
    static String tagForPeople(int number, TracedCurve curve) {
        String name = curve.legendLabel() == null || curve.legendLabel().text() == null
                || curve.legendLabel().text().isBlank() ? "no name read" : curve.legendLabel().text().strip();
        return number + " · " + name + " (" + curve.style().label() + ")";
    }

    private static BufferedImage draw(BufferedImage picture, DigitizeResult result, boolean people) {
        BufferedImage source = ImagePreparation.straightened(picture, result.skewDegrees());
        BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(source, 0, 0, null);
            g.setColor(new Color(255, 255, 255, 110));
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            PlotFrame f = result.frame();
            g.setColor(new Color(255, 0, 255, 200));
            g.setStroke(new BasicStroke(3f));
            g.draw(new Rectangle2D.Double(f.left(), f.top(), f.width(), f.height()));
            Calibration c = result.calibration();
            int fontSize = Math.max(12, out.getHeight() / 55);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, fontSize));
            for (int i = 0; i < result.curves().size(); i++) {
                TracedCurve curve = result.curves().get(i);
                Path2D.Double path = new Path2D.Double();
                double[] dose = curve.doseGy();
                double[] volume = curve.volumePercent();
                for (int k = 0; k < dose.length; k++) {
                    double x = c.column(dose[k]);
                    double y = c.row(volume[k] * (c.volumeAbsolute() ? 1 : 1));
                    if (k == 0) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                }
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(5f));
                g.draw(path);
                g.setColor(new Color(curve.rgb()));
                g.setStroke(new BasicStroke(2.5f));
                g.draw(path);
                if (dose.length > 0) {
                    int mid = dose.length / 2;
                    String tag = people ? tagForPeople(i + 1, curve) : String.format(Locale.ROOT, "#%d %s%s%s", i + 1, curve.style().label(),
                            curve.legendOrder() >= 0 ? " L" + (curve.legendOrder() + 1) : "",
                            curve.legendLabel() == null ? "" : String.format(Locale.ROOT, " \"%s\" %.0f%%",
                                    curve.legendLabel().text(), 100 * curve.legendLabel().certainty()));
                    // Long legend names near the right edge would run off the picture.
                    float tx = (float) Math.min(c.column(dose[mid]) + 6,
                            out.getWidth() - g.getFontMetrics().stringWidth(tag) - 4);
                    float ty = (float) c.row(volume[mid]) - 6;
                    g.setColor(Color.WHITE);
                    g.fillRect((int) tx - 2, (int) ty - fontSize, g.getFontMetrics().stringWidth(tag) + 4, fontSize + 4);
                    g.setColor(Color.BLACK);
                    g.drawString(tag, tx, ty);
                }
            }
            if (people) {
                return out;
            }
            g.setColor(new Color(120, 0, 120));
            g.drawString("frame + calibration: " + AutoCalibrator.describe(c), (float) f.left() + 4,
                    (float) f.top() + fontSize + 4);
        } finally {
            g.dispose();
        }
        return out;
    }
}
