package org.imrtreview.digitize;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A small digit recogniser for axis tick labels: each glyph is scaled to a fixed grid and compared
 * with digits rendered at start-up in the sans, serif and monospaced faces, plain and bold, at
 * several sizes. The faces are the DejaVu files bundled with the program ({@value #FONT_FOLDER}), never
 * the machine's fonts: Java's logical fonts (SansSerif, Serif ...) are whatever the machine has installed,
 * and the same picture read different tick labels, so gave other DVH values, on a machine with other fonts
 * (decision 0590). Tick labels use a handful of fonts, only ten characters, and every reading is
 * checked afterwards against the labels' positions (they must lie on one straight scale), so a
 * template matcher is enough and needs no native OCR engine.
 */
final class DigitGlyphs {
    static final int GRID_W = 12;
    static final int GRID_H = 16;
    static final String FONT_FOLDER = "/fonts/";
    /**
     * Sans, serif and monospaced, plain and bold, in that order. (The machine's Dialog face was a fourth,
     * on every Linux machine the sans again: its templates were the sans ones twice.)
     */
    static final List<String> FACE_FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf",
            "DejaVuSerif-Bold.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf");
    private static final int[] SIZES = {11, 15, 22, 34};

    private record Template(char digit, double[] pixels, double aspect) {
    }

    /** The best reading of one glyph, with how much better it was than the best other digit. */
    record Reading(char digit, double score, double margin) {
    }

    private static final List<Template> TEMPLATES = render();

    private DigitGlyphs() {
    }

    static Reading read(double[][] darkness) {
        int h = darkness.length;
        int w = h == 0 ? 0 : darkness[0].length;
        if (w == 0) {
            return new Reading('?', -1, 0);
        }
        double[] grid = normalise(resample(darkness, w, h));
        double aspect = (double) w / h;
        double[] bestPerDigit = new double[10];
        java.util.Arrays.fill(bestPerDigit, -2);
        for (Template t : TEMPLATES) {
            double score = dot(grid, t.pixels()) - 0.6 * Math.abs(aspect - t.aspect());
            int d = t.digit() - '0';
            bestPerDigit[d] = Math.max(bestPerDigit[d], score);
        }
        int best = 0;
        for (int d = 1; d < 10; d++) {
            if (bestPerDigit[d] > bestPerDigit[best]) {
                best = d;
            }
        }
        double second = -2;
        for (int d = 0; d < 10; d++) {
            if (d != best) {
                second = Math.max(second, bestPerDigit[d]);
            }
        }
        return new Reading((char) ('0' + best), bestPerDigit[best], bestPerDigit[best] - second);
    }

    /** How many templates there are (tests: every bundled face was loaded). */
    static int templateCount() {
        return TEMPLATES.size();
    }

    /** A checksum of all templates (tests: the same in every JVM, whatever its fonts). */
    static long templatesChecksum() {
        long h = 1125899906842597L;
        for (Template t : TEMPLATES) {
            h = 31 * h + t.digit();
            h = 31 * h + Double.doubleToLongBits(t.aspect());
            for (double v : t.pixels()) {
                h = 31 * h + Double.doubleToLongBits(v);
            }
        }
        return h;
    }

    /**
     * A bundled face, or null when it cannot be loaded (a broken build): its templates are then missing,
     * and with none at all no tick label is read, so the axes ask to be confirmed (fail closed).
     */
    private static Font face(String file) {
        try (java.io.InputStream in = DigitGlyphs.class.getResourceAsStream(FONT_FOLDER + file)) {
            if (in == null) {
                return null;
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (java.io.IOException | java.awt.FontFormatException e) {
            return null;
        }
    }

    private static List<Template> render() {
        List<Template> templates = new ArrayList<>();
        for (String file : FACE_FILES) {
            Font face = face(file);
            if (face == null) {
                continue;
            }
            for (int size : SIZES) {
                Font font = face.deriveFont((float) size);
                // One picture and one graphics per font, painted white before each digit: the same
                // pixels as a fresh picture per digit, without making 240 of them at start-up.
                int box = size * 2;
                BufferedImage img = new BufferedImage(box, box, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = img.createGraphics();
                try {
                    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    g.setFont(font);
                    for (char c = '0'; c <= '9'; c++) {
                        Template t = renderOne(img, g, size, c);
                        if (t != null) {
                            templates.add(t);
                        }
                    }
                } finally {
                    g.dispose();
                }
            }
        }
        return templates;
    }

    private static Template renderOne(BufferedImage img, Graphics2D g, int size, char c) {
        int box = img.getWidth();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, box, box);
        g.setColor(java.awt.Color.BLACK);
        g.drawString(String.valueOf(c), size / 2, size * 3 / 2);
        int[] samples = img.getRaster().getSamples(0, 0, box, box, 0, (int[]) null);
        int minX = box;
        int minY = box;
        int maxX = -1;
        int maxY = -1;
        double[][] dark = new double[box][box];
        for (int y = 0; y < box; y++) {
            for (int x = 0; x < box; x++) {
                dark[y][x] = (255 - samples[y * box + x]) / 255.0;
                if (dark[y][x] > 0.35) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            return null;
        }
        double[][] crop = new double[maxY - minY + 1][maxX - minX + 1];
        for (int y = minY; y <= maxY; y++) {
            System.arraycopy(dark[y], minX, crop[y - minY], 0, maxX - minX + 1);
        }
        return new Template(c, normalise(resample(crop, maxX - minX + 1, maxY - minY + 1)),
                (double) (maxX - minX + 1) / (maxY - minY + 1));
    }

    /** Area-average resampling of a darkness patch onto the fixed grid. */
    static double[] resample(double[][] src, int w, int h) {
        double[] out = new double[GRID_W * GRID_H];
        for (int gy = 0; gy < GRID_H; gy++) {
            double y0 = (double) gy * h / GRID_H;
            double y1 = (double) (gy + 1) * h / GRID_H;
            for (int gx = 0; gx < GRID_W; gx++) {
                double x0 = (double) gx * w / GRID_W;
                double x1 = (double) (gx + 1) * w / GRID_W;
                double sum = 0;
                double area = 0;
                for (int y = (int) y0; y < Math.ceil(y1) && y < h; y++) {
                    double wy = Math.min(y + 1, y1) - Math.max(y, y0);
                    for (int x = (int) x0; x < Math.ceil(x1) && x < w; x++) {
                        double wx = Math.min(x + 1, x1) - Math.max(x, x0);
                        sum += src[y][x] * wx * wy;
                        area += wx * wy;
                    }
                }
                out[gy * GRID_W + gx] = area == 0 ? 0 : sum / area;
            }
        }
        return out;
    }

    private static double[] normalise(double[] v) {
        double mean = 0;
        for (double d : v) {
            mean += d;
        }
        mean /= v.length;
        double norm = 0;
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] - mean;
            norm += out[i] * out[i];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= norm;
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
