package org.imrtreview.intake.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;

/**
 * Redraws a vector plot's dose and volume axes over its render, where the PDF says they are
 * (decision 0096). Curves are often drawn after the axes: a curve ending at 0 % runs along the dose
 * axis and hides it, and the image digitiser, which finds the frame from unbroken axis lines, would
 * then take a grid line for the frame's edge. The axes are the lowest long horizontal rule and the
 * leftmost long vertical rule of the region, meeting in a corner; nothing is drawn when they do not.
 */
final class PlotAxes {
    private static final double MIN_SHARE = 0.4;
    private static final double CORNER = 6;

    private PlotAxes() {
    }

    static void redraw(FigureRaster raster, List<Ruling> rulings, double[] region) {
        Ruling bottom = null;
        Ruling left = null;
        for (Ruling r : rulings) {
            if (r.horizontal() && inside(r, region) && r.length() >= MIN_SHARE * (region[2] - region[0])
                    && (bottom == null || r.position() > bottom.position() + 0.5
                    || Math.abs(r.position() - bottom.position()) <= 0.5 && r.length() > bottom.length())) {
                bottom = r;
            } else if (!r.horizontal() && inside(r, region) && r.length() >= MIN_SHARE * (region[3] - region[1])
                    && (left == null || r.position() < left.position() - 0.5
                    || Math.abs(r.position() - left.position()) <= 0.5 && r.length() > left.length())) {
                left = r;
            }
        }
        if (bottom == null || left == null || Math.abs(bottom.start() - left.position()) > CORNER
                || Math.abs(left.end() - bottom.position()) > CORNER) {
            return;
        }
        Graphics2D g = raster.image().createGraphics();
        try {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke((float) Math.max(1.5, 0.6 * raster.scaleX())));
            g.draw(new Line2D.Double(raster.pixelX(bottom.start()), raster.pixelY(bottom.position()),
                    raster.pixelX(bottom.end()), raster.pixelY(bottom.position())));
            g.draw(new Line2D.Double(raster.pixelX(left.position()), raster.pixelY(left.start()),
                    raster.pixelX(left.position()), raster.pixelY(left.end())));
        } finally {
            g.dispose();
        }
    }

    private static boolean inside(Ruling r, double[] region) {
        return r.horizontal()
                ? r.position() >= region[1] && r.position() <= region[3] && r.start() >= region[0] - 1 && r.end() <= region[2] + 1
                : r.position() >= region[0] && r.position() <= region[2] && r.start() >= region[1] - 1 && r.end() <= region[3] + 1;
    }
}
