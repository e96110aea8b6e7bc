package org.imrtreview.digitize;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The text of one legend entry prepared for OCR: ink strength (background → ink colour) as dark
 * on white, scaled up so the line is about {@value #TARGET_HEIGHT} px tall (legend text is often
 * 10-14 px, too small for the recogniser), binarised with Otsu's threshold and given a white margin.
 * Coloured pixels that are not the text's ink (a curve running under black text) become white, and
 * an underscore that a small font draws several rows under the letters is moved up beneath them.
 */
final class LegendTextImage {
    static final int TARGET_HEIGHT = 36;

    private LegendTextImage() {
    }

    static BufferedImage of(RgbImage image, LegendTextLocator.TextBox box) {
        LegendTextLocator.Ink ink = new LegendTextLocator.Ink(box.coloured(), box.ink(), box.background());
        int pad = 1;
        int x0 = Math.max(0, box.left() - pad);
        int y0 = Math.max(0, box.top() - pad);
        int x1 = Math.min(image.width() - 1, box.right() + pad);
        int y1 = Math.min(image.height() - 1, box.bottom() + pad);
        int w = x1 - x0 + 1;
        int dropped = box.dropFrom() < 0 ? 0 : box.dropTo() - box.dropFrom() + 1;
        int h = y1 - y0 + 1 - dropped;
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        int y = 0;
        for (int yy = y0; yy <= y1; yy++) {
            if (box.dropped(yy)) {
                continue;
            }
            boolean inRows = yy >= box.top() && yy <= box.bottom();
            for (int x = 0; x < w; x++) {
                double s = inRows ? ink.strength(image.rgb(x0 + x, yy)) : 0;
                grey.getRaster().setSample(x, y, 0, 255 - (int) Math.round(255 * s));
            }
            y++;
        }
        double scale = Math.max(1, Math.min(6, (double) TARGET_HEIGHT / (box.height() - dropped)));
        int sw = (int) Math.round(w * scale);
        int sh = (int) Math.round(h * scale);
        BufferedImage scaled = new BufferedImage(sw, sh, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(grey, 0, 0, sw, sh, null);
        } finally {
            g.dispose();
        }
        int threshold = otsu(scaled);
        int margin = Math.max(10, TARGET_HEIGHT / 3);
        BufferedImage out = new BufferedImage(sw + 2 * margin, sh + 2 * margin, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.image.WritableRaster r = out.getRaster();
        for (int oy = 0; oy < out.getHeight(); oy++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int sx = x - margin;
                int sy = oy - margin;
                boolean dark = sx >= 0 && sy >= 0 && sx < sw && sy < sh && scaled.getRaster().getSample(sx, sy, 0) <= threshold;
                r.setSample(x, oy, 0, dark ? 0 : 255);
            }
        }
        return out;
    }

    /** Otsu's threshold of a grey image, kept between 64 and 192 so a nearly empty crop is not all ink. */
    static int otsu(BufferedImage grey) {
        long[] hist = new long[256];
        java.awt.image.Raster r = grey.getRaster();
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                hist[r.getSample(x, y, 0)]++;
            }
        }
        return Math.max(64, Math.min(192, org.imrtreview.ocr.Otsu.threshold(hist)));
    }
}
