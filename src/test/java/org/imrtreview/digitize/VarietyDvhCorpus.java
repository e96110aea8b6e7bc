package org.imrtreview.digitize;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic DVH pictures in the looks clinics actually send, beyond the plotting-library looks of
 * {@link SyntheticDvhCorpus}: dark TPS themes, TPS window screenshots (toolbar, structure list
 * with coloured check boxes, cursor readout), dose in cGy or % of prescription, volume in cm³,
 * differential DVHs, small screenshots, scanned printouts and photos of screens (skew, uneven
 * light, moiré), heavy JPEG, many similar-hued curves, thick lines with markers, curves along the
 * axes and identical 3D/IMRT twins. Every image is deterministic (seeded by style and variant).
 */
public final class VarietyDvhCorpus {

    /** A look, in rough order of how often clinics send it. */
    public enum Style {
        DARK_TPS, DOSE_CGY, TPS_WINDOW, DOSE_PERCENT, VOLUME_CC, SMALL_SCREENSHOT, HEAVY_JPEG, SCANNED_PRINT,
        PHOTO_OF_SCREEN, MANY_CURVES, THICK_MARKERS, ALONG_AXES, IDENTICAL_TWINS, DIFFERENTIAL
    }

    /** One image of a style; {@code prescriptionGy} is what a % dose axis is relative to. */
    public record Image(Style style, SyntheticDvh dvh, double prescriptionGy, boolean combined, double rotatedDegrees) {
    }

    enum DoseUnit { GY, CGY, PERCENT }

    static final Color[] BRIGHT = {new Color(255, 60, 60), new Color(255, 230, 0), new Color(0, 230, 255),
        new Color(80, 255, 80), new Color(255, 80, 255), new Color(255, 150, 0), new Color(120, 160, 255)};
    static final Color[] TPS = {new Color(255, 0, 0), new Color(0, 0, 255), new Color(0, 170, 0),
        new Color(255, 0, 255), new Color(230, 140, 0), new Color(0, 170, 190), new Color(140, 70, 20)};
    /** Twelve-plus structures as a TPS colours them: two greens, two blues, two reds, oranges, a pink. */
    static final Color[] MANY = {new Color(255, 0, 0), new Color(0, 0, 255), new Color(0, 170, 0),
        new Color(255, 0, 255), new Color(255, 140, 0), new Color(0, 190, 210), new Color(120, 220, 40),
        new Color(150, 0, 0), new Color(100, 120, 255), new Color(170, 80, 200), new Color(200, 170, 0),
        new Color(0, 110, 70), new Color(255, 120, 160), new Color(130, 80, 30)};
    private static final String[] ORGANS = {"PTV", "Brainstem", "SpinalCord", "Parotid L", "Parotid R", "Larynx",
        "OralCavity", "Mandible", "Cochlea L", "Cochlea R", "Chiasm", "OpticNrv L", "OpticNrv R", "Esophagus"};

    private VarietyDvhCorpus() {
    }

    /** {@code perStyle} images of every style. */
    public static List<Image> corpus(int perStyle) {
        List<Image> out = new ArrayList<>();
        for (Style s : Style.values()) {
            for (int v = 0; v < perStyle; v++) {
                out.add(make(s, v));
            }
        }
        return out;
    }

    /** Drawing parameters of one image. */
    static final class Look {
        int width = 1200;
        int height = 800;
        Color page = Color.WHITE;
        Color plot = Color.WHITE;
        Color ink = Color.BLACK;
        Color grid = new Color(200, 200, 200);
        boolean dashedGrid;
        boolean boxed = true;
        float lineWidth = 2f;
        DoseUnit doseUnit = DoseUnit.GY;
        boolean volumeCc;
        boolean differential;
        boolean chrome;
        boolean readout;
        boolean markers;
        boolean alongAxes;
        boolean legend = true;
        int jpegQuality;
        double rotateDegrees;
        boolean unevenLight;
        boolean moire;
        boolean paperNoise;
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    }

    public static Image make(Style style, int variant) {
        Random random = new Random(7919L * (style.ordinal() + 1) + variant);
        Look look = new Look();
        look.width = new int[] {1200, 1600, 1000, 1400}[variant % 4];
        look.height = look.width * 5 / 8;
        look.font = new Font(new String[] {Font.SANS_SERIF, Font.DIALOG, Font.SERIF}[variant % 3], Font.PLAIN,
                Math.max(11, look.height / 55));
        Color[] palette = TPS;
        int organs = 3 + random.nextInt(3);
        boolean combined = variant % 3 == 2;
        switch (style) {
            case DARK_TPS -> {
                look.page = variant % 2 == 0 ? new Color(28, 28, 30) : new Color(60, 63, 65);
                look.plot = variant % 2 == 0 ? Color.BLACK : new Color(40, 40, 44);
                look.ink = variant % 2 == 0 ? Color.WHITE : new Color(220, 220, 220);
                look.grid = new Color(90, 90, 90);
                look.dashedGrid = variant % 2 == 1;
                palette = BRIGHT;
                look.jpegQuality = variant % 4 == 3 ? 85 : 0;
            }
            case DOSE_CGY -> {
                look.doseUnit = DoseUnit.CGY;
                look.jpegQuality = variant % 2 == 1 ? 85 : 0;
            }
            case TPS_WINDOW -> {
                look.chrome = true;
                look.readout = true;
                look.legend = false;
                look.width = new int[] {1600, 1400, 1800, 1280}[variant % 4];
                look.height = look.width * 9 / 16;
                look.doseUnit = variant % 2 == 0 ? DoseUnit.GY : DoseUnit.CGY;
                if (variant % 3 == 1) {
                    look.page = new Color(45, 45, 48);
                    look.plot = new Color(15, 15, 15);
                    look.ink = new Color(230, 230, 230);
                    look.grid = new Color(80, 80, 80);
                    palette = BRIGHT;
                }
            }
            case DOSE_PERCENT -> look.doseUnit = DoseUnit.PERCENT;
            case VOLUME_CC -> look.volumeCc = true;
            case DIFFERENTIAL -> {
                look.differential = true;
                look.jpegQuality = variant % 2 == 1 ? 85 : 0;
            }
            case SMALL_SCREENSHOT -> {
                look.width = 600;
                look.height = 400;
                look.font = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
                look.lineWidth = 1.5f;
                look.jpegQuality = variant % 2 == 1 ? 80 : 0;
            }
            case HEAVY_JPEG -> look.jpegQuality = 30 + 7 * (variant % 4);
            case SCANNED_PRINT -> {
                look.rotateDegrees = (variant % 2 == 0 ? 1 : -1) * (1 + 0.35 * (variant % 3));
                look.paperNoise = true;
                look.unevenLight = true;
                look.jpegQuality = 75;
            }
            case PHOTO_OF_SCREEN -> {
                look.rotateDegrees = (variant % 2 == 0 ? -1 : 1) * (0.8 + 0.4 * (variant % 3));
                look.unevenLight = true;
                look.moire = true;
                look.jpegQuality = 80;
            }
            case MANY_CURVES -> {
                palette = MANY;
                organs = 12 + variant % 3;
                look.legend = variant % 2 == 0;
                combined = false;
            }
            case THICK_MARKERS -> {
                look.lineWidth = 4 + variant % 3;
                look.markers = true;
            }
            case ALONG_AXES -> look.alongAxes = true;
            case IDENTICAL_TWINS -> combined = true;
            default -> throw new IllegalStateException();
        }
        double rx = new double[] {50, 60, 66, 70, 54}[random.nextInt(5)];
        List<TrueCurve> curves = curves(random, palette, organs, combined, rx, style == Style.IDENTICAL_TWINS,
                look.alongAxes);
        double maxDose = curves.stream().mapToDouble(TrueCurve::dmax).max().orElse(60);
        double doseAxisMax = look.doseUnit == DoseUnit.PERCENT ? rx * 1.2 : Math.ceil(maxDose * 1.12 / 10) * 10;
        double[] ccVolumes = new double[curves.size()];
        for (int i = 0; i < ccVolumes.length; i++) {
            ccVolumes[i] = i == 0 ? 80 + random.nextInt(300) : 4 + random.nextInt(120);
        }
        BufferedImage image = draw(look, curves, doseAxisMax, rx, ccVolumes, variant);
        String description = describe(style, look, curves.size(), combined);
        image = postProcess(image, look, random);
        return new Image(style, new SyntheticDvh(String.format(Locale.ROOT, "%s-%d", style.name().toLowerCase(Locale.ROOT),
                variant), image, curves, doseAxisMax, 100, description), rx, combined, look.rotateDegrees);
    }

    private static String describe(Style style, Look look, int curves, boolean combined) {
        return String.format(Locale.ROOT, "%s %dx%d %s, dose %s, volume %s, lines %.1f px%s%s%s, %d curves", style,
                look.width, look.height, look.jpegQuality > 0 ? "jpeg q" + look.jpegQuality : "png", look.doseUnit,
                look.volumeCc ? "cc" : "%", look.lineWidth, look.rotateDegrees != 0
                        ? String.format(Locale.ROOT, ", rotated %.2f°", look.rotateDegrees) : "",
                look.markers ? ", markers" : "", combined ? ", combined solid/dashed" : "", curves);
    }

    private static List<TrueCurve> curves(Random random, Color[] palette, int organs, boolean combined, double rx,
                                          boolean identicalTwins, boolean alongAxes) {
        List<TrueCurve> curves = new ArrayList<>();
        for (int k = 0; k < organs; k++) {
            Color c = palette[k % palette.length];
            TrueCurve solid = null;
            for (int plan = 0; plan < (combined ? 2 : 1); plan++) {
                boolean dashed = combined && plan == 1;
                // An organ outside the fields gets (almost) no dose in either plan: identical twins.
                if (dashed && identicalTwins && k == 1) {
                    curves.add(new TrueCurve(solid.name(), c, true, solid.dose(), solid.volume()));
                    continue;
                }
                double spread = dashed ? 1.08 + 0.1 * random.nextDouble() : 1;
                TrueCurve t;
                if (k == 0) {
                    t = TrueCurve.target(ORGANS[0], c, dashed, rx * (0.93 + 0.03 * random.nextDouble()),
                            rx * (1.05 + 0.04 * random.nextDouble()) * (dashed ? 1.02 : 1));
                } else if (alongAxes && k == organs - 1) {
                    // Outside the fields: falls along the dose-0 axis, then runs along the 0 % line.
                    t = TrueCurve.organ(ORGANS[k], c, dashed, 0, 1.2 + random.nextDouble(), 0.5, 3);
                } else {
                    double dmax = Math.min(rx * 1.05, rx * (0.3 + 0.65 * random.nextDouble()) * spread);
                    double plateau = random.nextDouble() < 0.4 ? dmax * 0.2 * random.nextDouble() : 0;
                    t = TrueCurve.organ(ORGANS[k % ORGANS.length] + (k >= ORGANS.length ? " 2" : ""), c, dashed,
                            plateau, dmax, 0.7 + 2.2 * random.nextDouble(), 1 + random.nextDouble());
                }
                if (!dashed) {
                    solid = t;
                }
                curves.add(t);
            }
        }
        return curves;
    }

    private static BufferedImage draw(Look look, List<TrueCurve> curves, double doseAxisMax, double rx,
                                      double[] ccVolumes, int variant) {
        int w = look.width;
        int h = look.height;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(look.page);
        g.fillRect(0, 0, w, h);
        g.setFont(look.font);
        FontMetrics fm = g.getFontMetrics();
        int fs = look.font.getSize();
        // The panel the plot sits in: the whole image, or what the window chrome leaves.
        int px0 = 0;
        int py0 = 0;
        int px1 = w;
        int py1 = h;
        if (look.chrome) {
            int[] panel = drawChrome(g, look, curves, fm, variant);
            px0 = panel[0];
            py0 = panel[1];
            px1 = panel[2];
            py1 = panel[3];
        }
        int pw0 = px1 - px0;
        int ph0 = py1 - py0;
        int left = px0 + (int) (pw0 * 0.07) + fs * 3;
        int top = py0 + (int) (ph0 * 0.08) + fs;
        int right = px0 + (int) (pw0 * (look.legend && !look.chrome && variant % 2 == 1 ? 0.78 : 0.96));
        int bottom = py1 - (int) (ph0 * 0.06) - 3 * fs - 10;
        double pw = right - left;
        double ph = bottom - top;
        g.setColor(look.plot);
        g.fillRect(left, top, right - left, bottom - top);

        // Axis values as labelled.
        double xLabelMax = switch (look.doseUnit) {
            case GY -> doseAxisMax;
            case CGY -> doseAxisMax * 100;
            case PERCENT -> 120;
        };
        double xStep = switch (look.doseUnit) {
            case GY -> doseAxisMax <= 60 ? 5 : 10;
            case CGY -> doseAxisMax <= 60 ? 500 : 1000;
            case PERCENT -> 10;
        };
        double yMax;
        double yStep;
        double[] ySeries = new double[curves.size()];
        if (look.differential) {
            double peak = 0;
            for (TrueCurve c : curves) {
                peak = Math.max(peak, maxDifferential(c));
            }
            yMax = niceCeil(peak * 1.1);
            yStep = niceStep(yMax);
        } else if (look.volumeCc) {
            double most = 0;
            for (double v : ccVolumes) {
                most = Math.max(most, v);
            }
            yMax = niceCeil(most * 1.05);
            yStep = niceStep(yMax);
        } else {
            yMax = 100;
            yStep = 10;
        }
        for (int i = 0; i < ySeries.length; i++) {
            ySeries[i] = look.volumeCc ? ccVolumes[i] / 100 : 1;
        }

        g.setColor(look.grid);
        g.setStroke(look.dashedGrid ? new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {3f, 3f}, 0f) : new BasicStroke(1f));
        for (double d = xStep; d < xLabelMax - 1e-9; d += xStep) {
            int x = (int) Math.round(left + d / xLabelMax * pw);
            g.drawLine(x, top, x, bottom);
        }
        for (double v = yStep; v < yMax - 1e-9; v += yStep) {
            int y = (int) Math.round(bottom - v / yMax * ph);
            g.drawLine(left, y, right, y);
        }

        for (int i = 0; i < curves.size(); i++) {
            TrueCurve c = curves.get(i);
            Path2D.Double path = new Path2D.Double();
            double[] dose = c.dose();
            double[] vol = look.differential ? differential(c) : c.volume();
            int n = dose.length;
            for (int k = 0; k < n; k++) {
                double x = left + dose[k] / doseAxisMax * pw;
                double y = bottom - (look.differential ? vol[k] : vol[k] * ySeries[i]) / yMax * ph;
                if (k == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            if (look.alongAxes) {
                path.lineTo(right, bottom);
            }
            g.setColor(c.colour());
            g.setStroke(c.dashed() ? new BasicStroke(look.lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {4 * look.lineWidth + 4, 3 * look.lineWidth + 3}, 0f) : new BasicStroke(look.lineWidth));
            g.draw(path);
            if (look.markers) {
                int size = (int) (look.lineWidth * 2 + 3);
                int every = Math.max(1, n / 9);
                for (int k = (i * every / 3) % every; k < n; k += every) {
                    int x = (int) (left + dose[k] / doseAxisMax * pw);
                    int y = (int) (bottom - vol[k] * ySeries[i] / yMax * ph);
                    switch (i % 3) {
                        case 0 -> g.fillRect(x - size / 2, y - size / 2, size, size);
                        case 1 -> g.fillOval(x - size / 2, y - size / 2, size, size);
                        default -> g.fillPolygon(new int[] {x - size / 2, x + size / 2, x}, new int[] {y + size / 2,
                            y + size / 2, y - size / 2}, 3);
                    }
                }
            }
        }

        g.setColor(look.ink);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, top, left, bottom);
        if (look.boxed) {
            g.drawLine(left, top, right, top);
            g.drawLine(right, top, right, bottom);
        }
        for (double d = 0; d <= xLabelMax + 1e-9; d += xStep) {
            int x = (int) Math.round(left + d / xLabelMax * pw);
            g.drawLine(x, bottom, x, bottom + 5);
            String label = String.valueOf((int) Math.round(d));
            g.drawString(label, x - fm.stringWidth(label) / 2, bottom + 7 + fm.getAscent());
        }
        for (double v = 0; v <= yMax + 1e-9; v += yStep) {
            int y = (int) Math.round(bottom - v / yMax * ph);
            g.drawLine(left - 5, y, left, y);
            String label = v == Math.rint(v) ? String.valueOf((int) v) : String.format(Locale.ROOT, "%.1f", v);
            g.drawString(label, left - 8 - fm.stringWidth(label), y + (fm.getAscent() - fm.getDescent()) / 2);
        }
        String xTitle = switch (look.doseUnit) {
            case GY -> "Dose [Gy]";
            case CGY -> "Dose [cGy]";
            case PERCENT -> "Relative dose [%]";
        };
        g.drawString(xTitle, left + (int) pw / 2 - fm.stringWidth(xTitle) / 2, bottom + 12 + 2 * fm.getHeight());
        String yTitle = look.differential ? "dVolume / dDose [cm³ / Gy]"
                : look.volumeCc ? "Volume [cm³]" : "Ratio of Total Structure Volume [%]";
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(yTitle, -(top + (int) ph / 2 + fm.stringWidth(yTitle) / 2), left - fs * 3 - 4);
        g.setTransform(saved);
        if (look.readout) {
            drawReadout(g, look, fm, left, top, right, bottom, curves.get(0));
        }
        if (look.legend && !look.chrome) {
            drawLegend(g, look, curves, fm, variant % 2 == 1 ? right + 16 : right - 10, top + 10, variant % 2 == 0);
        }
        g.dispose();
        return img;
    }

    /** Title bar, toolbar with coloured icons, a structure list with coloured check boxes; returns the plot panel. */
    private static int[] drawChrome(Graphics2D g, Look look, List<TrueCurve> curves, FontMetrics fm, int variant) {
        int w = look.width;
        int h = look.height;
        boolean dark = RgbImage.luma(look.page.getRGB() & 0xFFFFFF) < 128;
        g.setColor(dark ? new Color(60, 60, 66) : new Color(225, 230, 238));
        g.fillRect(0, 0, w, 30);
        g.setColor(dark ? Color.WHITE : Color.BLACK);
        g.drawString("Plan Evaluation - Dose Volume Histogram", 12, 20);
        g.setColor(dark ? new Color(50, 50, 54) : new Color(240, 240, 240));
        g.fillRect(0, 30, w, 40);
        Color[] icons = {new Color(40, 120, 220), new Color(230, 160, 20), new Color(60, 170, 60), new Color(200, 40, 40)};
        for (int i = 0; i < 10; i++) {
            g.setColor(icons[i % icons.length]);
            g.fillRoundRect(10 + i * 36, 36, 26, 26, 6, 6);
            g.setColor(dark ? Color.BLACK : Color.WHITE);
            g.fillRect(17 + i * 36, 45, 12, 8);
        }
        g.setColor(dark ? new Color(90, 90, 90) : new Color(160, 160, 160));
        g.drawLine(0, 70, w, 70);
        // Structure list on the left (even variants) or the right.
        int listW = (int) (w * 0.2);
        int listX = variant % 2 == 0 ? 0 : w - listW;
        g.setColor(dark ? new Color(38, 38, 42) : new Color(250, 250, 250));
        g.fillRect(listX, 71, listW, h - 71 - 24);
        g.setColor(dark ? new Color(90, 90, 90) : new Color(160, 160, 160));
        g.drawRect(listX, 71, listW - 1, h - 71 - 25);
        int row = fm.getHeight() + 8;
        for (int i = 0; i < curves.size(); i++) {
            TrueCurve c = curves.get(i);
            int y = 80 + i * row;
            g.setColor(c.colour());
            g.fillRect(listX + 10, y, 14, 14);
            g.setColor(dark ? Color.WHITE : Color.BLACK);
            g.drawRect(listX + 10, y, 14, 14);
            g.drawLine(listX + 13, y + 7, listX + 16, y + 11);
            g.drawLine(listX + 16, y + 11, listX + 22, y + 3);
            g.drawString(c.name() + (c.dashed() ? " (3D)" : ""), listX + 32, y + 12);
        }
        // Status bar.
        g.setColor(dark ? new Color(60, 60, 66) : new Color(225, 230, 238));
        g.fillRect(0, h - 24, w, 24);
        g.setColor(dark ? Color.LIGHT_GRAY : Color.DARK_GRAY);
        g.drawString("Ready", 10, h - 7);
        int panelX0 = variant % 2 == 0 ? listW + 1 : 0;
        int panelX1 = variant % 2 == 0 ? w : w - listW - 1;
        return new int[] {panelX0, 71, panelX1, h - 24};
    }

    private static void drawReadout(Graphics2D g, Look look, FontMetrics fm, int left, int top, int right, int bottom,
                                    TrueCurve target) {
        int cx = left + (int) ((right - left) * 0.42);
        g.setColor(look.grid.brighter());
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        g.drawLine(cx, top, cx, bottom);
        String[] lines = {"Dose: 31.40 Gy", "Volume: 47.3 %", target.name()};
        int bw = 20 + lines.length * 0 + java.util.Arrays.stream(lines).mapToInt(fm::stringWidth).max().orElse(80);
        int bh = lines.length * fm.getHeight() + 10;
        int bx = cx + 12;
        int by = top + (bottom - top) / 3;
        boolean dark = RgbImage.luma(look.plot.getRGB() & 0xFFFFFF) < 128;
        g.setColor(dark ? new Color(50, 50, 20) : new Color(255, 255, 210));
        g.fillRect(bx, by, bw, bh);
        g.setColor(look.ink);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(bx, by, bw, bh);
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], bx + 8, by + 5 + fm.getAscent() + i * fm.getHeight());
        }
    }

    private static void drawLegend(Graphics2D g, Look look, List<TrueCurve> curves, FontMetrics fm, int anchorX, int y,
                                   boolean alignRight) {
        int textWidth = curves.stream().mapToInt(c -> fm.stringWidth(c.name() + " (IMRT)")).max().orElse(50);
        int swatch = 30;
        int boxW = swatch + textWidth + 24;
        int rowH = fm.getHeight() + 3;
        int x = alignRight ? anchorX - boxW : anchorX;
        g.setColor(look.plot);
        g.fillRect(x, y, boxW, rowH * curves.size() + 8);
        g.setColor(look.grid);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, boxW, rowH * curves.size() + 8);
        for (int i = 0; i < curves.size(); i++) {
            TrueCurve c = curves.get(i);
            int cy = y + 4 + rowH * i + rowH / 2;
            g.setColor(c.colour());
            g.setStroke(c.dashed() ? new BasicStroke(look.lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {4 * look.lineWidth + 4, 3 * look.lineWidth + 3}, 0f) : new BasicStroke(look.lineWidth));
            g.drawLine(x + 6, cy, x + 6 + swatch, cy);
            g.setColor(look.ink);
            g.drawString(c.name() + (c.dashed() ? " (3D)" : " (IMRT)"), x + swatch + 14, cy + fm.getAscent() / 2 - 1);
        }
    }

    /** dV/dD of a cumulative curve (% per Gy), smoothed over ~1 Gy, as a differential DVH plots it. */
    static double[] differential(TrueCurve c) {
        double[] dose = c.dose();
        double[] v = c.volume();
        int n = dose.length;
        double[] raw = new double[n];
        for (int i = 1; i < n; i++) {
            double dd = dose[i] - dose[i - 1];
            raw[i] = dd <= 0 ? 0 : (v[i - 1] - v[i]) / dd;
        }
        double[] out = new double[n];
        int half = 10;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int count = 0;
            for (int k = Math.max(0, i - half); k <= Math.min(n - 1, i + half); k++) {
                sum += raw[k];
                count++;
            }
            out[i] = sum / count;
        }
        return out;
    }

    private static double maxDifferential(TrueCurve c) {
        double m = 0;
        for (double v : differential(c)) {
            m = Math.max(m, v);
        }
        return m;
    }

    static double niceCeil(double v) {
        double step = niceStep(v * 1.0001);
        return Math.ceil(v / step) * step;
    }

    static double niceStep(double range) {
        double raw = range / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
    }

    /** Scan, photo and compression damage, in the order it happens. */
    private static BufferedImage postProcess(BufferedImage image, Look look, Random random) {
        BufferedImage out = image;
        if (look.rotateDegrees != 0) {
            BufferedImage rotated = new BufferedImage(out.getWidth(), out.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rotated.createGraphics();
            g.setColor(look.page);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            AffineTransform t = AffineTransform.getRotateInstance(Math.toRadians(look.rotateDegrees),
                    out.getWidth() / 2.0, out.getHeight() / 2.0);
            g.drawImage(out, new AffineTransformOp(t, AffineTransformOp.TYPE_BILINEAR), 0, 0);
            g.dispose();
            out = rotated;
        }
        if (look.unevenLight || look.moire || look.paperNoise) {
            int w = out.getWidth();
            int h = out.getHeight();
            double lx = random.nextDouble();
            double ly = random.nextDouble();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int p = out.getRGB(x, y);
                    double gain = 1;
                    double add = 0;
                    if (look.unevenLight) {
                        double dx = x / (double) w - lx;
                        double dy = y / (double) h - ly;
                        gain *= 1 - 0.22 * Math.min(1, Math.sqrt(dx * dx + dy * dy));
                    }
                    if (look.moire) {
                        add += 7 * Math.sin(x * 0.9 + y * 0.35) * Math.sin(y * 0.07 + x * 0.013);
                    }
                    if (look.paperNoise) {
                        add += random.nextGaussian() * 5;
                    }
                    int r = clamp(((p >> 16) & 255) * gain + add);
                    int gr = clamp(((p >> 8) & 255) * gain + add);
                    int b = clamp((p & 255) * gain + add);
                    out.setRGB(x, y, (r << 16) | (gr << 8) | b);
                }
            }
        }
        if (look.jpegQuality > 0) {
            out = SyntheticDvhCorpus.jpeg(out, look.jpegQuality / 100f);
        }
        return out;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
