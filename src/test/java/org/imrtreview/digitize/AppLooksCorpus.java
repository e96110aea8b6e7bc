package org.imrtreview.digitize;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic DVH pictures in the looks of plotting programs and apps no one here drew the digitiser
 * for (issue 16): ggplot2's grey panel, seaborn's dark grid, MATLAB with a minor grid and curves
 * along both axes, Excel and LibreOffice charts without a vertical axis line, a ggplot inside a
 * browser card of a Shiny app, a 14-curve matplotlib plot whose palette repeats, and two pictures
 * that are not plots at all (a table with colour swatches, a form, a metrics table written with
 * sub-pixel smoothed text). Fonts are Java's logical fonts
 * only (DejaVu on a fresh machine). Every picture is deterministic (seeded by look and variant).
 */
public final class AppLooksCorpus {

    /** A look; {@code plot} false for pictures that must be refused. */
    public enum Look {
        GGPLOT_GREY(true), SEABORN_DARKGRID(true), MATLAB_MINOR_GRID(true), EXCEL_CHART(true), LIBREOFFICE_CHART(true),
        BROWSER_CARD(true), CROWDED_TAB10(true), TABLE_SCREENSHOT(false), FORM_SCREENSHOT(false),
        /** A DVH module's metrics table (3D Slicer-like): sub-pixel text, check boxes, no plot, no swatches. */
        TABLE_SUBPIXEL(false);

        final boolean plot;

        Look(boolean plot) {
            this.plot = plot;
        }
    }

    /** One picture: its look and the curves drawn (empty for a non-plot). */
    public record Picture(Look look, SyntheticDvh dvh) {
    }

    static final Color[] GGPLOT_HUE = {new Color(0xF8766D), new Color(0x7CAE00), new Color(0x00BFC4), new Color(0xC77CFF)};
    static final Color[] MPL_GGPLOT = {new Color(0xE24A33), new Color(0x348ABD), new Color(0x988ED5),
        new Color(0xFBC15E)};
    static final Color[] SEABORN_DEEP = {new Color(0x4C72B0), new Color(0xDD8452), new Color(0x55A868),
        new Color(0xC44E52), new Color(0x8172B3)};
    static final Color[] MATLAB = {new Color(0, 114, 189), new Color(217, 83, 25), new Color(237, 177, 32),
        new Color(126, 47, 142), new Color(119, 172, 48)};
    static final Color[] OFFICE = {new Color(0x4472C4), new Color(0xED7D31), new Color(0xFFC000), new Color(0x5B9BD5),
        new Color(0x70AD47)};
    static final Color[] LIBRE = {new Color(0x004586), new Color(0xFF420E), new Color(0xFFD320), new Color(0x579D1C),
        new Color(0x7E0021)};
    static final Color[] TAB10 = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22),
        new Color(0x17becf)};
    private static final String[] ORGANS = {"PTV", "Brainstem", "SpinalCord", "Parotid L", "Parotid R", "Larynx",
        "OralCavity", "Mandible", "Cochlea L", "Cochlea R", "Chiasm", "OpticNrv L", "OpticNrv R", "Esophagus"};

    private AppLooksCorpus() {
    }

    /** {@code perLook} pictures of every look. */
    public static List<Picture> corpus(int perLook) {
        List<Picture> out = new ArrayList<>();
        for (Look l : Look.values()) {
            for (int v = 0; v < perLook; v++) {
                out.add(make(l, v));
            }
        }
        return out;
    }

    /** Pixel placement of a plot panel and the data values at its edges. */
    private record Panel(int left, int top, int right, int bottom, double x0, double x1, double y0, double y1) {
        double px(double dose) {
            return left + (dose - x0) / (x1 - x0) * (right - left);
        }

        double py(double volume) {
            return bottom - (volume - y0) / (y1 - y0) * (bottom - top);
        }
    }

    public static Picture make(Look look, int variant) {
        Random random = new Random(104729L * (look.ordinal() + 1) + variant);
        int width = new int[] {1000, 1400, 1200}[variant % 3];
        int height = width * 13 / 20;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int fs = Math.max(11, height / 50);
        g.setFont(new Font(variant % 2 == 0 ? Font.SANS_SERIF : Font.DIALOG, Font.PLAIN, fs));
        List<TrueCurve> curves = List.of();
        double doseMax = 0;
        switch (look) {
            case GGPLOT_GREY -> {
                // Variant 2 is matplotlib's 'ggplot' style: a darker panel, no minor grid, its own palette.
                boolean mpl = variant % 3 == 2;
                curves = curves(random, mpl ? MPL_GGPLOT : GGPLOT_HUE, 3 + variant % 2, false);
                doseMax = niceMax(curves);
                ggplot(g, curves, fs, 60 + fs * 3, 30, width - 150 - fs * 4, height - 50 - fs * 3, doseMax, !mpl);
            }
            case SEABORN_DARKGRID -> {
                curves = curves(random, SEABORN_DEEP, 3 + variant % 3, false);
                doseMax = niceMax(curves);
                seaborn(g, curves, fs, width, height, doseMax);
            }
            case MATLAB_MINOR_GRID -> {
                curves = curves(random, MATLAB, 3 + variant % 2, true);
                doseMax = Math.min(90, niceMax(curves) + 10);
                matlab(g, curves, fs, width, height, doseMax);
            }
            case EXCEL_CHART, LIBREOFFICE_CHART -> {
                curves = curves(random, look == Look.EXCEL_CHART ? OFFICE : LIBRE, 3 + variant % 2, false);
                doseMax = niceMax(curves);
                office(g, curves, fs, width, height, doseMax, look == Look.LIBREOFFICE_CHART);
            }
            case BROWSER_CARD -> {
                curves = curves(random, GGPLOT_HUE, 4, false);
                doseMax = niceMax(curves);
                browser(g, curves, fs, width, height, doseMax, random);
            }
            case CROWDED_TAB10 -> {
                List<Color> palette = new ArrayList<>();
                for (Color c : TAB10) {
                    if (c.getRed() != c.getGreen()) {
                        palette.add(c); // matplotlib's gray is not a curve colour the digitiser reads
                    }
                }
                curves = curves(random, palette.toArray(Color[]::new), 12 + variant % 3, false);
                doseMax = niceMax(curves);
                crowded(g, curves, fs, width, height, doseMax);
            }
            case TABLE_SCREENSHOT -> table(g, fs, width, height, random);
            case FORM_SCREENSHOT -> form(g, fs, width, height, random);
            case TABLE_SUBPIXEL -> {
                java.awt.Dimension used = subpixelTable(g, variant, width, height, random);
                BufferedImage cut = new BufferedImage(used.width, used.height, BufferedImage.TYPE_INT_RGB);
                cut.createGraphics().drawImage(img.getSubimage(0, 0, used.width, used.height), 0, 0, null);
                img = cut;
            }
            default -> throw new IllegalStateException();
        }
        g.dispose();
        String name = String.format(Locale.ROOT, "%s-%d", look.name().toLowerCase(Locale.ROOT), variant);
        String description = String.format(Locale.ROOT, "%s %dx%d, %d curves", look, img.getWidth(), img.getHeight(), curves.size());
        return new Picture(look, new SyntheticDvh(name, img, curves, doseMax, 100, description));
    }

    private static double niceMax(List<TrueCurve> curves) {
        double m = curves.stream().mapToDouble(TrueCurve::dmax).max().orElse(60);
        return Math.ceil(m * 1.08 / 10) * 10;
    }

    private static List<TrueCurve> curves(Random random, Color[] palette, int n, boolean alongAxes) {
        double rx = new double[] {50, 60, 66, 70}[random.nextInt(4)];
        List<TrueCurve> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Color c = palette[k % palette.length];
            String name = ORGANS[k % ORGANS.length];
            if (k == 0) {
                out.add(TrueCurve.target(name, c, false, rx * (0.93 + 0.03 * random.nextDouble()),
                        rx * (1.05 + 0.04 * random.nextDouble())));
            } else if (alongAxes && k == n - 1) {
                // A body-like curve: falls along the dose-0 axis, then runs along the 0 % line.
                out.add(TrueCurve.organ("BODY", c, false, 0, rx * 1.02, 0.35, 3));
            } else {
                double dmax = rx * (0.3 + 0.7 * random.nextDouble());
                double plateau = random.nextDouble() < 0.4 ? dmax * 0.25 * random.nextDouble() : 0;
                out.add(TrueCurve.organ(name, c, false, plateau, dmax, 0.7 + 2.2 * random.nextDouble(),
                        1 + random.nextDouble()));
            }
        }
        return out;
    }

    private static void drawCurves(Graphics2D g, List<TrueCurve> curves, Panel p, float width) {
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (TrueCurve c : curves) {
            Path2D.Double path = new Path2D.Double();
            for (int k = 0; k < c.dose().length; k++) {
                double x = p.px(c.dose()[k]);
                double y = p.py(c.volume()[k]);
                if (k == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            g.setColor(c.colour());
            g.draw(path);
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((int) Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Tick labels under and left of a panel, at the given values, with optional tick marks outside. */
    private static void labels(Graphics2D g, Panel p, double xStep, double yStep, Color ink, int tick, boolean inside) {
        FontMetrics fm = g.getFontMetrics();
        g.setColor(ink);
        g.setStroke(new BasicStroke(1f));
        for (double d = 0; d <= p.x1() + 1e-9; d += xStep) {
            if (d < p.x0() - 1e-9) {
                continue;
            }
            int x = (int) Math.round(p.px(d));
            if (tick > 0) {
                g.drawLine(x, inside ? p.bottom() - tick : p.bottom(), x, inside ? p.bottom() : p.bottom() + tick);
            }
            String s = num(d);
            g.drawString(s, x - fm.stringWidth(s) / 2, p.bottom() + Math.max(tick, 0) + 4 + fm.getAscent());
        }
        for (double v = 0; v <= p.y1() + 1e-9; v += yStep) {
            int y = (int) Math.round(p.py(v));
            if (tick > 0) {
                g.drawLine(inside ? p.left() : p.left() - tick, y, inside ? p.left() + tick : p.left(), y);
            }
            String s = num(v);
            g.drawString(s, p.left() - Math.max(tick, 0) - 5 - fm.stringWidth(s), y + (fm.getAscent() - fm.getDescent()) / 2);
        }
    }

    private static void titles(Graphics2D g, Panel p, String x, String y, Color ink) {
        FontMetrics fm = g.getFontMetrics();
        g.setColor(ink);
        g.drawString(x, (p.left() + p.right()) / 2 - fm.stringWidth(x) / 2, p.bottom() + 14 + 2 * fm.getHeight());
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(y, -((p.top() + p.bottom()) / 2 + fm.stringWidth(y) / 2), p.left() - 4 * fm.getHeight() + 6);
        g.setTransform(saved);
    }

    private static void legend(Graphics2D g, List<TrueCurve> curves, int x, int y, Color box, Color ink, String title,
                               float lineWidth) {
        FontMetrics fm = g.getFontMetrics();
        int row = fm.getHeight() + 4;
        int w = 40 + curves.stream().mapToInt(c -> fm.stringWidth(c.name())).max().orElse(40) + 12;
        int top = y;
        if (title != null) {
            g.setColor(ink);
            g.drawString(title, x, y + fm.getAscent());
            top += row;
        }
        if (box != null) {
            g.setColor(box);
            g.fillRect(x - 4, top - 2, w, row * curves.size() + 4);
        }
        for (int i = 0; i < curves.size(); i++) {
            int cy = top + i * row + row / 2;
            g.setColor(curves.get(i).colour());
            g.setStroke(new BasicStroke(lineWidth));
            g.drawLine(x + 2, cy, x + 28, cy);
            g.setColor(ink);
            g.drawString(curves.get(i).name(), x + 36, cy + fm.getAscent() / 2 - 1);
        }
    }

    /** ggplot2's default theme: grey panel, white major and minor grid, no axis lines, ranges expanded by 5 %. */
    private static void ggplot(Graphics2D g, List<TrueCurve> curves, int fs, int left, int top, int right, int bottom,
                               double doseMax, boolean ggplot2) {
        Panel p = new Panel(left, top, right, bottom, -0.05 * doseMax, 1.05 * doseMax, -5, 105);
        g.setColor(ggplot2 ? new Color(235, 235, 235) : new Color(229, 229, 229));
        g.fillRect(left, top, right - left, bottom - top);
        double xStep = doseMax <= 60 ? 10 : 20;
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(0.6f));
        for (double d = xStep / 2; ggplot2 && d < doseMax * 1.05; d += xStep) {
            g.drawLine((int) p.px(d), top, (int) p.px(d), bottom);
        }
        for (double v = 12.5; ggplot2 && v < 105; v += 25) {
            g.drawLine(left, (int) p.py(v), right, (int) p.py(v));
        }
        g.setStroke(new BasicStroke(1.2f));
        for (double d = 0; d < doseMax * 1.05; d += xStep) {
            g.drawLine((int) p.px(d), top, (int) p.px(d), bottom);
        }
        for (double v = 0; v <= 100; v += 25) {
            g.drawLine(left, (int) p.py(v), right, (int) p.py(v));
        }
        drawCurves(g, curves, p, 1.6f);
        labels(g, p, xStep, 25, new Color(77, 77, 77), 4, false);
        titles(g, p, "Dose [Gy]", "Volume [%]", Color.BLACK);
        if (ggplot2) {
            legend(g, curves, right + 16, top + (bottom - top) / 3, new Color(242, 242, 242), Color.BLACK, "structure", 1.6f);
        } else {
            legend(g, curves, right - 170, top + 12, new Color(229, 229, 229), new Color(85, 85, 85), null, 1.6f);
        }
    }

    /** seaborn's darkgrid: lavender-grey panel, white grid, no spines, legend in a white box inside. */
    private static void seaborn(Graphics2D g, List<TrueCurve> curves, int fs, int width, int height, double doseMax) {
        int left = (int) (width * 0.1) + fs * 2;
        int top = (int) (height * 0.08);
        int right = (int) (width * 0.92);
        int bottom = (int) (height * 0.86) - fs;
        Panel p = new Panel(left, top, right, bottom, -0.05 * doseMax, 1.05 * doseMax, -5, 105);
        g.setColor(new Color(234, 234, 242));
        g.fillRect(left, top, right - left, bottom - top);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.3f));
        double xStep = doseMax <= 60 ? 10 : 20;
        for (double d = 0; d < doseMax * 1.05; d += xStep) {
            g.drawLine((int) p.px(d), top, (int) p.px(d), bottom);
        }
        for (double v = 0; v <= 100; v += 20) {
            g.drawLine(left, (int) p.py(v), right, (int) p.py(v));
        }
        drawCurves(g, curves, p, 2f);
        labels(g, p, xStep, 20, new Color(40, 40, 40), 0, false);
        titles(g, p, "Dose [Gy]", "Volume [%]", new Color(40, 40, 40));
        legend(g, curves, right - 190, top + 14, new Color(248, 248, 250), new Color(40, 40, 40), null, 2f);
    }

    /** MATLAB: white box axes with ticks inside, major and dotted minor grid, thick lines along both axes. */
    private static void matlab(Graphics2D g, List<TrueCurve> curves, int fs, int width, int height, double doseMax) {
        g.setColor(new Color(240, 240, 240));
        g.fillRect(0, 0, width, 28);
        g.setColor(Color.BLACK);
        g.drawString("File  Edit  View  Insert  Tools  Desktop  Window  Help", 8, 19);
        int left = (int) (width * 0.12);
        int top = (int) (height * 0.14);
        int right = (int) (width * 0.9);
        int bottom = (int) (height * 0.82);
        double xMax = doseMax;
        Panel p = new Panel(left, top, right, bottom, 0, xMax, 0, 110);
        double xStep = xMax <= 60 ? 10 : 20;
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {1f, 2f}, 0f));
        g.setColor(new Color(225, 225, 225));
        for (double d = xStep / 5; d < xMax; d += xStep / 5) {
            g.drawLine((int) Math.round(p.px(d)), top, (int) Math.round(p.px(d)), bottom);
        }
        for (double v = 5; v < 110; v += 5) {
            g.drawLine(left, (int) Math.round(p.py(v)), right, (int) Math.round(p.py(v)));
        }
        g.setStroke(new BasicStroke(1f));
        g.setColor(new Color(210, 210, 210));
        for (double d = xStep; d < xMax; d += xStep) {
            g.drawLine((int) Math.round(p.px(d)), top, (int) Math.round(p.px(d)), bottom);
        }
        for (double v = 20; v < 110; v += 20) {
            g.drawLine(left, (int) Math.round(p.py(v)), right, (int) Math.round(p.py(v)));
        }
        // MATLAB's default Layer 'bottom': the box and grid lie under the data, so thick curves hide the axes.
        g.setColor(new Color(38, 38, 38));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left, top, right - left, bottom - top);
        drawCurves(g, curves, p, 3.5f);
        labels(g, p, xStep, 20, new Color(38, 38, 38), 6, true);
        titles(g, p, "Dose [Gy]", "Volume [%]", new Color(38, 38, 38));
        legend(g, curves, right - 150, top + 10, Color.WHITE, new Color(38, 38, 38), null, 3.5f);
    }

    /** Excel / LibreOffice scatter chart: horizontal grid only, no vertical axis line, legend at the bottom. */
    private static void office(Graphics2D g, List<TrueCurve> curves, int fs, int width, int height, double doseMax,
                               boolean libre) {
        Color grid = libre ? new Color(179, 179, 179) : new Color(217, 217, 217);
        g.setColor(grid);
        g.drawRoundRect(4, 4, width - 9, height - 9, libre ? 0 : 8, libre ? 0 : 8);
        Font font = g.getFont();
        g.setFont(font.deriveFont(Font.PLAIN, fs * 1.4f));
        g.setColor(new Color(89, 89, 89));
        String title = "Dose Volume Histogram";
        g.drawString(title, width / 2 - g.getFontMetrics().stringWidth(title) / 2, 16 + g.getFontMetrics().getAscent());
        g.setFont(font);
        int left = (int) (width * 0.09) + fs * 2;
        int top = 30 + 3 * fs;
        int right = width - 30;
        int bottom = height - 40 - 4 * fs;
        Panel p = new Panel(left, top, right, bottom, 0, doseMax, 0, 100);
        g.setStroke(new BasicStroke(1f));
        g.setColor(grid);
        for (double v = 10; v <= 100; v += 10) {
            g.drawLine(left, (int) Math.round(p.py(v)), right, (int) Math.round(p.py(v)));
        }
        if (libre) {
            g.drawRect(left, top, right - left, bottom - top);
        }
        g.setColor(libre ? new Color(179, 179, 179) : new Color(191, 191, 191));
        g.drawLine(left, bottom, right, bottom);
        drawCurves(g, curves, p, 2.25f);
        labels(g, p, doseMax <= 60 ? 5 : 10, 10, new Color(89, 89, 89), 0, false);
        FontMetrics fm = g.getFontMetrics();
        int x = left + 40;
        int y = height - 20 - fm.getHeight();
        for (TrueCurve c : curves) {
            g.setColor(c.colour());
            g.setStroke(new BasicStroke(2.25f));
            g.drawLine(x, y, x + 24, y);
            g.setColor(new Color(89, 89, 89));
            g.drawString(c.name(), x + 30, y + fm.getAscent() / 2 - 1);
            x += 50 + fm.stringWidth(c.name());
        }
    }

    /** A Shiny app in a browser: tab strip, address bar, coloured side menu, a card with a theme_bw ggplot. */
    private static void browser(Graphics2D g, List<TrueCurve> curves, int fs, int width, int height, double doseMax,
                                Random random) {
        g.setColor(new Color(222, 225, 230));
        g.fillRect(0, 0, width, 40);
        g.setColor(Color.WHITE);
        g.fillRoundRect(8, 6, 230, 40, 10, 10);
        g.setColor(Color.BLACK);
        g.drawString("Analyze dose-volume histograms", 30, 28);
        g.setColor(new Color(241, 243, 244));
        g.fillRect(0, 40, width, 36);
        g.setColor(Color.WHITE);
        g.fillRoundRect(110, 44, width - 200, 28, 28, 28);
        g.setColor(new Color(60, 60, 60));
        g.drawString("127.0.0.1:3145", 140, 63);
        int side = (int) (width * 0.18);
        g.setColor(new Color(245, 245, 245));
        g.fillRect(0, 77, side, height - 77);
        String[] menu = {"DVH data", "Metrics", "Show DVH", "Check constraints", "Show constraints", "About"};
        for (int i = 0; i < menu.length; i++) {
            int y = 95 + i * (fs + 26);
            if (i == 2) {
                g.setColor(new Color(0, 123, 255));
                g.fillRoundRect(6, y - 8, side - 12, fs + 20, 6, 6);
                g.setColor(Color.WHITE);
            } else {
                g.setColor(new Color(40, 40, 40));
            }
            g.fillRect(20, y, 14, 12);
            g.drawString(menu[i], 44, y + 12);
        }
        Font font = g.getFont();
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, fs * 2));
        g.setColor(new Color(230, 30, 140));
        g.drawString("Analyze dose-volume histograms", side + 40, 120);
        g.setFont(font);
        g.setColor(new Color(236, 240, 245));
        g.fillRect(side, 140, width - side, height - 140);
        int cardL = side + 30;
        int cardR = width - 40;
        g.setColor(Color.WHITE);
        g.fillRect(cardL, 150, cardR - cardL, height - 150);
        g.setColor(new Color(210, 214, 222));
        g.drawRect(cardL, 150, cardR - cardL, height - 150);
        g.drawLine(cardL, 190, cardR, 190);
        g.setColor(new Color(40, 40, 40));
        g.drawString("Show DVH diagrams", cardL + 16, 176);
        g.setColor(new Color(244, 244, 244));
        g.fillRect(cardL + 16, 200, 140, 30);
        g.setColor(new Color(200, 200, 200));
        g.drawRect(cardL + 16, 200, 140, 30);
        g.setColor(new Color(40, 40, 40));
        g.drawString("Save as PDF", cardL + 30, 220);
        // theme_bw: white panel, light grey grid, grey border.
        int left = cardL + 60 + fs * 2;
        int top = 262;
        int right = cardR - 170;
        int bottom = height - 80;
        g.drawString("Patient P" + (100 + random.nextInt(800)), left, top - 6);
        Panel p = new Panel(left, top, right, bottom, -0.05 * doseMax, 1.05 * doseMax, -5, 105);
        g.setColor(new Color(235, 235, 235));
        g.setStroke(new BasicStroke(1f));
        double xStep = doseMax <= 60 ? 10 : 20;
        for (double d = 0; d < doseMax * 1.05; d += xStep / 2) {
            g.drawLine((int) p.px(d), top, (int) p.px(d), bottom);
        }
        for (double v = 0; v <= 100; v += 12.5) {
            g.drawLine(left, (int) p.py(v), right, (int) p.py(v));
        }
        drawCurves(g, curves, p, 1.6f);
        g.setColor(new Color(51, 51, 51));
        g.drawRect(left, top, right - left, bottom - top);
        labels(g, p, xStep, 25, new Color(77, 77, 77), 4, false);
        titles(g, p, "Dose [Gy]", "Volume [%]", Color.BLACK);
        legend(g, curves, right + 16, top + (bottom - top) / 3, null, Color.BLACK, "structure", 1.6f);
        // Scroll bar.
        g.setColor(new Color(193, 193, 193));
        g.fillRect(width - 14, 90, 10, height / 2);
    }

    /** matplotlib's defaults with 12-14 curves: the ten-colour cycle repeats, so some curves share a hue. */
    private static void crowded(Graphics2D g, List<TrueCurve> curves, int fs, int width, int height, double doseMax) {
        int left = (int) (width * 0.08) + fs * 2;
        int top = (int) (height * 0.06);
        int right = (int) (width * 0.76);
        int bottom = (int) (height * 0.86) - fs;
        Panel p = new Panel(left, top, right, bottom, -0.05 * doseMax, 1.05 * doseMax, -5, 105);
        drawCurves(g, curves, p, 1.5f);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left, top, right - left, bottom - top);
        labels(g, p, doseMax <= 60 ? 10 : 20, 20, Color.BLACK, 4, false);
        titles(g, p, "Dose [Gy]", "Volume [%]", Color.BLACK);
        legend(g, curves, right + 20, top, null, Color.BLACK, null, 1.5f);
    }

    /** A screenshot of a structure table: rows, grid lines, a colour swatch and a line sample per row. */
    private static void table(Graphics2D g, int fs, int width, int height, Random random) {
        FontMetrics fm = g.getFontMetrics();
        int row = fm.getHeight() + 12;
        int left = 30;
        int right = width - 30;
        int top = 40;
        int rows = Math.min(18, (height - 80) / row);
        int[] cols = {left, left + 60, left + 200, left + 420, left + 560, left + 700, right};
        g.setColor(new Color(230, 236, 245));
        g.fillRect(left, top, right - left, row);
        String[] head = {"", "Structure", "Line", "Volume [cm³]", "Dmax [Gy]", "Dmean [Gy]"};
        g.setColor(Color.BLACK);
        for (int c = 0; c < head.length; c++) {
            g.drawString(head[c], cols[c] + 8, top + row - 10);
        }
        for (int r = 1; r <= rows; r++) {
            int y = top + r * row;
            Color c = TAB10[(r - 1) % TAB10.length];
            g.setColor(c);
            g.fillRect(left + 18, y + 5, row - 10, row - 10);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(cols[2] + 10, y + row / 2, cols[3] - 20, y + row / 2);
            g.setColor(Color.BLACK);
            g.drawString(ORGANS[(r - 1) % ORGANS.length], cols[1] + 8, y + row - 10);
            g.drawString(String.format(Locale.ROOT, "%.1f", 5 + random.nextDouble() * 300), cols[3] + 8, y + row - 10);
            g.drawString(String.format(Locale.ROOT, "%.2f", random.nextDouble() * 70), cols[4] + 8, y + row - 10);
            g.drawString(String.format(Locale.ROOT, "%.2f", random.nextDouble() * 40), cols[5] + 8, y + row - 10);
        }
        g.setColor(new Color(190, 190, 190));
        g.setStroke(new BasicStroke(1f));
        for (int r = 0; r <= rows + 1; r++) {
            g.drawLine(left, top + r * row, right, top + r * row);
        }
        for (int x : cols) {
            g.drawLine(x, top, x, top + (rows + 1) * row);
        }
    }

    /**
     * A metrics table as a DVH module shows it (3D Slicer's on Windows): a panel with a caption and buttons,
     * a header row, numbered rows with a check box, structure names and numbers, a scroll bar; text drawn
     * with sub-pixel (LCD) smoothing, whose coloured fringes look like short coloured strokes. Drawn at
     * 540-900 px wide in the top left of the picture, the rest a plain window background.
     */
    private static java.awt.Dimension subpixelTable(Graphics2D g, int variant, int width, int height, Random random) {
        int w = new int[] {540, 720, 900}[variant % 3];
        int fs = 11 + variant * 2;
        g.setColor(new Color(240, 240, 240));
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_LCD_HRGB);
        g.setFont(new Font(variant == 1 ? Font.DIALOG : Font.SANS_SERIF, Font.PLAIN, fs));
        FontMetrics fm = g.getFontMetrics();
        int row = fm.getHeight() + 14 + variant * 2;
        g.setColor(Color.BLACK);
        g.drawString("Output", 24, 20);
        g.setColor(new Color(225, 225, 225));
        g.fillRect(w / 5, 30, 90, row);
        g.fillRect(w / 5 + 100, 30, 90, row);
        g.setColor(Color.BLACK);
        g.drawString("Show all", w / 5 + 14, 30 + row - 9);
        g.drawString("Hide all", w / 5 + 114, 30 + row - 9);
        int top = 40 + row;
        int rows = 7 + variant;
        int left = 4;
        int right = w - 4;
        g.setColor(Color.WHITE);
        g.fillRect(left, top, right - left, (rows + 1) * row);
        String[] head = {"", "Show", "Structure", "Volume name", "Volume (cc)", "Mean dose (Gy)", "Min dose (Gy)",
            "Max dose (Gy)"};
        int[] cols = new int[head.length + 1];
        cols[0] = left;
        int[] share = {3, 5, 12, 16, 11, 13, 13, 13};
        int total = java.util.Arrays.stream(share).sum();
        for (int c = 0; c < head.length; c++) {
            cols[c + 1] = cols[c] + (right - left - 14) * share[c] / total;
        }
        g.setColor(Color.BLACK);
        for (int c = 0; c < head.length; c++) {
            g.drawString(head[c], cols[c] + 6, top + row - 9);
        }
        for (int r = 1; r <= rows; r++) {
            int y = top + r * row;
            g.setColor(Color.BLACK);
            g.drawString(Integer.toString(r), cols[0] + 4, y + row - 9);
            g.setColor(Color.WHITE);
            g.fillRect(cols[1] + 6, y + 5, row - 12, row - 12);
            g.setColor(new Color(51, 51, 51));
            g.drawRect(cols[1] + 6, y + 5, row - 12, row - 12);
            g.drawLine(cols[1] + 9, y + row / 2, cols[1] + row / 2, y + row - 10);
            g.drawLine(cols[1] + row / 2, y + row - 10, cols[1] + row - 9, y + 8);
            g.setColor(Color.BLACK);
            g.drawString(ORGANS[(r - 1 + variant) % ORGANS.length], cols[2] + 6, y + row - 9);
            g.drawString("5: RTDOSE: P" + (variant + 1), cols[3] + 6, y + row - 9);
            g.drawString(String.format(Locale.ROOT, "%.4f", 0.1 + random.nextDouble() * 900), cols[4] + 6, y + row - 9);
            g.drawString(String.format(Locale.ROOT, "%.4f", random.nextDouble() * 60), cols[5] + 6, y + row - 9);
            g.drawString(String.format(Locale.ROOT, "%.5f", random.nextDouble() * 20), cols[6] + 6, y + row - 9);
            g.drawString(String.format(Locale.ROOT, "%.3f", 40 + random.nextDouble() * 30), cols[7] + 6, y + row - 9);
        }
        g.setColor(new Color(216, 216, 216));
        for (int r = 0; r <= rows + 1; r++) {
            g.drawLine(left, top + r * row, right - 14, top + r * row);
        }
        for (int x : java.util.Arrays.copyOf(cols, head.length)) {
            g.drawLine(x, top, x, top + (rows + 1) * row);
        }
        g.setColor(new Color(205, 205, 205));
        g.fillRect(right - 14, top, 14, (rows + 1) * row);
        g.setColor(new Color(160, 160, 160));
        g.drawRect(left, top, right - left, (rows + 1) * row);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return new java.awt.Dimension(Math.min(width, w + 4), Math.min(height, top + (rows + 1) * row + 40));
    }

    /** A screenshot of a form: labelled fields, check boxes with colour squares, coloured buttons. */
    private static void form(Graphics2D g, int fs, int width, int height, Random random) {
        g.setColor(new Color(245, 246, 248));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(40, 70, 140));
        g.fillRect(0, 0, width, 50);
        g.setColor(Color.WHITE);
        g.drawString("Plan approval request", 20, 32);
        FontMetrics fm = g.getFontMetrics();
        String[] fields = {"Patient ID", "Plan name", "Prescription [Gy]", "Fractions", "Physician", "Date"};
        for (int i = 0; i < fields.length; i++) {
            int y = 90 + i * (fm.getHeight() + 30);
            g.setColor(Color.BLACK);
            g.drawString(fields[i], 40, y + 18);
            g.setColor(Color.WHITE);
            g.fillRect(260, y, width / 2, 28);
            g.setColor(new Color(160, 160, 160));
            g.drawRect(260, y, width / 2, 28);
            g.setColor(Color.BLACK);
            g.drawString(String.valueOf(1000 + random.nextInt(9000)), 268, y + 19);
        }
        int y0 = 90 + fields.length * (fm.getHeight() + 30);
        for (int i = 0; i < 6; i++) {
            int y = y0 + i * (fm.getHeight() + 10);
            g.setColor(TAB10[i]);
            g.fillRect(60, y, 14, 14);
            g.setColor(Color.BLACK);
            g.drawRect(40, y, 14, 14);
            g.drawString(ORGANS[i], 84, y + 12);
        }
        Color[] buttons = {new Color(40, 167, 69), new Color(220, 53, 69), new Color(0, 123, 255)};
        String[] text = {"Approve", "Deny", "Send"};
        for (int i = 0; i < 3; i++) {
            g.setColor(buttons[i]);
            g.fillRoundRect(width - 420 + i * 130, height - 70, 110, 36, 8, 8);
            g.setColor(Color.WHITE);
            g.drawString(text[i], width - 400 + i * 130, height - 46);
        }
        g.setColor(new Color(200, 200, 200));
        g.drawRect(20, 70, width - 40, height - 160);
        Stroke unused = g.getStroke();
        g.setStroke(unused);
    }
}
