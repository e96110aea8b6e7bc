package org.imrtreview.digitize;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic screenshots of the DVH windows of three treatment planning systems (issue 16, decision 0384), drawn from
 * known curves: two plans of five structures each, one plan solid and the other dashed in the same colour, inside
 * the program's window (title bar, ribbon or toolbar, side panels, patient views or tables), at 1366x768 and
 * 1920x1080, as PNG (variants 0, 1) and JPEG at quality 80 (variants 2, 3). The looks follow public descriptions
 * of the programs; no vendor artwork, logo or palette file is copied, the chrome is plain rectangles and text:
 * <ul>
 * <li>RayStation-like: dark grey UI, patient views above, the DVH on a dark panel below with thin curves and a dim
 * grid, "Dose [cGy]" / "Volume [%]", the ROI list with colour squares beside the plot;</li>
 * <li>Eclipse-like: light UI, white plot with a grey grid, "Dose [Gy]" / "Ratio of Total Structure Volume [%]",
 * the structure table under the plot; odd variants add square (plan 1) and triangle (plan 2) markers;</li>
 * <li>Monaco-like: light UI with a ribbon, white plot, "Dose (cGy)" / "Relative Volume (%)", a legend box inside
 * the plot's upper right corner.</li>
 * </ul>
 * Fonts are Java's logical fonts only. Every picture is deterministic (seeded by look and variant).
 */
public final class PlanningSystemCorpus {

    /** A planning system's DVH window. */
    public enum Look { RAYSTATION, ECLIPSE, MONACO }

    /** One picture: its look and the curves drawn. */
    public record Picture(Look look, SyntheticDvh dvh) {
    }

    private static final String[] ORGANS = {"PTV_70", "SpinalCord", "Brainstem", "Parotid_L", "Parotid_R", "Larynx"};
    private static final Color[] RAYSTATION = {new Color(255, 64, 64), new Color(0, 220, 255), new Color(255, 200, 0),
        new Color(80, 230, 80), new Color(255, 110, 230)};
    private static final Color[] ECLIPSE = {new Color(255, 0, 0), new Color(0, 160, 0), new Color(0, 0, 255),
        new Color(200, 0, 200), new Color(230, 130, 0)};
    private static final Color[] MONACO = {new Color(220, 30, 30), new Color(30, 120, 220), new Color(0, 150, 70),
        new Color(150, 60, 200), new Color(240, 140, 0)};

    private PlanningSystemCorpus() {
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

    /** Pixel placement of a plot panel and the data values at its edges (dose in Gy). */
    private record Panel(int left, int top, int right, int bottom, double x0, double x1, double y0, double y1) {
        double px(double dose) {
            return left + (dose - x0) / (x1 - x0) * (right - left);
        }

        double py(double volume) {
            return bottom - (volume - y0) / (y1 - y0) * (bottom - top);
        }
    }

    /**
     * A change to a picture probing the digitiser's margins (decision 0421): the toolbar taller by {@code toolbarExtra} px
     * (the plot moves down and shrinks), the dash pattern scaled by {@code dashScale}, and the JPEG quality (0: the
     * variant's own, PNG or q80). {@link #NONE} draws the corpus pictures.
     */
    public record Tweak(int toolbarExtra, double dashScale, float jpegQuality) {
        public static final Tweak NONE = new Tweak(0, 1, 0);

        String suffix() {
            StringBuilder b = new StringBuilder();
            if (toolbarExtra != 0) {
                b.append("-tb").append(toolbarExtra);
            }
            if (dashScale != 1) {
                b.append(String.format(Locale.ROOT, "-dash%.2f", dashScale));
            }
            if (jpegQuality > 0) {
                b.append(String.format(Locale.ROOT, "-q%.0f", 100 * jpegQuality));
            }
            return b.toString();
        }
    }

    /** The edge probes (decision 0421): toolbar +12/+24 px, dashes x0.75/x1.3, JPEG q60/q70/q90, each on its own. */
    public static List<Tweak> edgeTweaks() {
        return List.of(new Tweak(12, 1, 0), new Tweak(24, 1, 0), new Tweak(0, 0.75, 0), new Tweak(0, 1.3, 0),
                new Tweak(0, 1, 0.6f), new Tweak(0, 1, 0.7f), new Tweak(0, 1, 0.9f));
    }

    /** Every look's variants 0-3 under every edge tweak. */
    public static List<Picture> edgeCorpus(int perLook) {
        List<Picture> out = new ArrayList<>();
        for (Tweak t : edgeTweaks()) {
            for (Look l : Look.values()) {
                for (int v = 0; v < perLook; v++) {
                    out.add(make(l, v, t));
                }
            }
        }
        return out;
    }

    public static Picture make(Look look, int variant) {
        return make(look, variant, Tweak.NONE);
    }

    public static Picture make(Look look, int variant, Tweak tweak) {
        Random random = new Random(7919L * (look.ordinal() + 11) + variant);
        boolean large = variant % 2 == 1;
        int width = large ? 1920 : 1366;
        int height = large ? 1080 : 768;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, large ? 13 : 11));
        double rx = new double[] {60, 66, 70}[random.nextInt(3)];
        Color[] palette = switch (look) {
            case RAYSTATION -> RAYSTATION;
            case ECLIPSE -> ECLIPSE;
            case MONACO -> MONACO;
        };
        List<TrueCurve> curves = curves(random, palette, 5, rx);
        double doseMax = Math.ceil(curves.stream().mapToDouble(TrueCurve::dmax).max().orElse(70) * 1.1 / 10) * 10;
        switch (look) {
            case RAYSTATION -> rayStation(g, curves, width, height, doseMax, large, tweak);
            case ECLIPSE -> eclipse(g, curves, width, height, doseMax, variant % 2 == 1, tweak);
            case MONACO -> monaco(g, curves, width, height, doseMax, tweak);
            default -> throw new IllegalStateException();
        }
        g.dispose();
        float quality = tweak.jpegQuality() > 0 ? tweak.jpegQuality() : variant % 4 >= 2 ? 0.8f : 0;
        if (quality > 0) {
            img = SyntheticDvhCorpus.jpeg(img, quality);
        }
        String name = String.format(Locale.ROOT, "%s-%d%s", look.name().toLowerCase(Locale.ROOT), variant, tweak.suffix());
        String description = String.format(Locale.ROOT, "%s %dx%d %s, %d curves", look, width, height,
                quality > 0 ? String.format(Locale.ROOT, "jpeg q%.0f", 100 * quality) : "png", curves.size());
        return new Picture(look, new SyntheticDvh(name, img, curves, doseMax, 100, description));
    }

    /** Two plans of {@code organs} structures: plan 1 solid, plan 2 dashed in the same colour, a little different. */
    private static List<TrueCurve> curves(Random random, Color[] palette, int organs, double rx) {
        List<TrueCurve> out = new ArrayList<>();
        for (int k = 0; k < organs; k++) {
            Color c = palette[k % palette.length];
            double shoulder = rx * (0.93 + 0.03 * random.nextDouble());
            double dmax = rx * (0.3 + 0.65 * random.nextDouble());
            double plateau = random.nextDouble() < 0.4 ? dmax * 0.2 * random.nextDouble() : 0;
            double a = 0.7 + 2.2 * random.nextDouble();
            double b = 1 + random.nextDouble();
            for (int plan = 0; plan < 2; plan++) {
                boolean dashed = plan == 1;
                if (k == 0) {
                    out.add(TrueCurve.target(ORGANS[0], c, dashed, shoulder * (dashed ? 0.985 : 1),
                            rx * (1.05 + 0.04 * random.nextDouble()) * (dashed ? 1.02 : 1)));
                } else {
                    double spread = dashed ? 0.85 + 0.1 * random.nextDouble() : 1;
                    out.add(TrueCurve.organ(ORGANS[k], c, dashed, plateau * spread, Math.min(rx * 1.05, dmax * spread),
                            a * (dashed ? 0.9 + 0.2 * random.nextDouble() : 1), b));
                }
            }
        }
        return out;
    }

    private static void drawCurves(Graphics2D g, List<TrueCurve> curves, Panel p, float width, float[] pattern,
                                   boolean markers, Tweak tweak) {
        float[] dash = {(float) (pattern[0] * tweak.dashScale()), (float) (pattern[1] * tweak.dashScale())};
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
            g.setStroke(c.dashed() ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f)
                    : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
            if (markers) {
                // A marker every 10 % of the curve's dose range, as a plan comparison shows them.
                g.setStroke(new BasicStroke(1f));
                for (int m = 1; m < 10; m++) {
                    double d = c.dmax() * m / 10.0;
                    int x = (int) Math.round(p.px(d));
                    int y = (int) Math.round(p.py(c.volumeAt(d)));
                    if (c.dashed()) {
                        g.fillPolygon(new int[] {x - 4, x + 4, x}, new int[] {y + 3, y + 3, y - 4}, 3);
                    } else {
                        g.fillRect(x - 3, y - 3, 7, 7);
                    }
                }
            }
        }
    }

    private static String num(double v) {
        return String.valueOf((int) Math.round(v));
    }

    /** Grid lines and tick labels; dose labels multiplied by {@code unit} (100 for cGy). */
    private static void gridAndLabels(Graphics2D g, Panel p, double xStep, double yStep, Color grid, Color ink,
                                      double unit, float[] gridDash) {
        g.setColor(grid);
        g.setStroke(gridDash == null ? new BasicStroke(1f)
                : new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, gridDash, 0f));
        for (double d = xStep; d < p.x1() - 1e-9; d += xStep) {
            int x = (int) Math.round(p.px(d));
            g.drawLine(x, p.top(), x, p.bottom());
        }
        for (double v = yStep; v < p.y1() - 1e-9; v += yStep) {
            int y = (int) Math.round(p.py(v));
            g.drawLine(p.left(), y, p.right(), y);
        }
        FontMetrics fm = g.getFontMetrics();
        g.setColor(ink);
        g.setStroke(new BasicStroke(1f));
        for (double d = 0; d <= p.x1() + 1e-9; d += xStep) {
            int x = (int) Math.round(p.px(d));
            g.drawLine(x, p.bottom(), x, p.bottom() + 4);
            String s = num(d * unit);
            g.drawString(s, x - fm.stringWidth(s) / 2, p.bottom() + 7 + fm.getAscent());
        }
        for (double v = 0; v <= p.y1() + 1e-9; v += yStep) {
            int y = (int) Math.round(p.py(v));
            g.drawLine(p.left() - 4, y, p.left(), y);
            String s = num(v);
            g.drawString(s, p.left() - 8 - fm.stringWidth(s), y + (fm.getAscent() - fm.getDescent()) / 2);
        }
    }

    private static void titles(Graphics2D g, Panel p, String x, String y, Color ink) {
        FontMetrics fm = g.getFontMetrics();
        g.setColor(ink);
        g.drawString(x, (p.left() + p.right()) / 2 - fm.stringWidth(x) / 2, p.bottom() + 10 + 2 * fm.getHeight());
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(y, -((p.top() + p.bottom()) / 2 + fm.stringWidth(y) / 2), p.left() - 3 * fm.getHeight() - 4);
        g.setTransform(saved);
    }

    /** A window's title bar and a row of monochrome toolbar buttons; returns the y below them. */
    private static int chrome(Graphics2D g, int width, String title, Color bar, Color barInk, Color tool, Color toolInk,
                              String[] buttons, int toolHeight) {
        FontMetrics fm = g.getFontMetrics();
        g.setColor(bar);
        g.fillRect(0, 0, width, 30);
        g.setColor(barInk);
        g.drawString(title, 12, 15 + fm.getAscent() / 2);
        for (int i = 0; i < 3; i++) {
            int x = width - 40 - i * 46;
            g.drawRect(x + 10, 10, 10, 10);
        }
        g.setColor(tool);
        g.fillRect(0, 30, width, toolHeight);
        int x = 10;
        for (String b : buttons) {
            g.setColor(toolInk);
            g.drawRect(x + fm.stringWidth(b) / 2 - 9, 36, 18, 18);
            g.drawString(b, x, 30 + toolHeight - 8);
            x += fm.stringWidth(b) + 28;
        }
        return 30 + toolHeight;
    }

    /** A list of structures with a colour square (or a line sample) in front of each name. */
    private static void roiList(Graphics2D g, List<TrueCurve> curves, int x, int y, Color ink, boolean lineSamples) {
        FontMetrics fm = g.getFontMetrics();
        int row = fm.getHeight() + 6;
        for (int i = 0; i < curves.size(); i++) {
            TrueCurve c = curves.get(i);
            int cy = y + i * row;
            g.setColor(c.colour());
            if (lineSamples) {
                g.setStroke(c.dashed() ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {6f, 4f}, 0f) : new BasicStroke(1.5f));
                g.drawLine(x, cy + row / 2, x + 26, cy + row / 2);
            } else {
                g.fillRect(x, cy + 3, row - 8, row - 8);
            }
            g.setColor(ink);
            g.drawString(c.name() + (c.dashed() ? " (Plan 2)" : " (Plan 1)"), x + 34, cy + row / 2 + fm.getAscent() / 2 - 2);
        }
    }

    /**
     * RayStation-like plan evaluation: dark chrome, two patient views above (a grey body outline with coloured ROI
     * contours), the DVH on a darker panel below, the ROI list with colour squares to its right.
     */
    private static void rayStation(Graphics2D g, List<TrueCurve> curves, int width, int height, double doseMax,
                                   boolean large, Tweak tweak) {
        g.setColor(new Color(45, 45, 48));
        g.fillRect(0, 0, width, height);
        int y0 = chrome(g, width, "Plan evaluation - Patient P" + (100 + curves.size()) + " - Plan 1 vs Plan 2",
                new Color(30, 30, 30), new Color(200, 200, 200), new Color(58, 58, 62), new Color(190, 190, 190),
                new String[] {"Patient", "Plan", "Evaluate", "Compare", "Report", "Export"}, 48 + tweak.toolbarExtra());
        int side = (int) (width * 0.15);
        g.setColor(new Color(52, 52, 56));
        g.fillRect(0, y0, side, height - y0);
        g.setColor(new Color(200, 200, 200));
        String[] tree = {"Case 1", "  Examination CT 1", "  Plan 1 (approved)", "  Plan 2", "Dose statistics",
            "Clinical goals"};
        for (int i = 0; i < tree.length; i++) {
            g.drawString(tree[i], 12, y0 + 24 + i * 22);
        }
        int viewsBottom = y0 + (int) ((height - y0) * 0.38);
        int viewW = (width - side - 12) / 2;
        for (int v = 0; v < 2; v++) {
            int vx = side + 4 + v * (viewW + 4);
            g.setColor(Color.BLACK);
            g.fillRect(vx, y0 + 4, viewW, viewsBottom - y0 - 8);
            int cx = vx + viewW / 2;
            int cy = (y0 + viewsBottom) / 2;
            int rw = viewW / 3;
            int rh = (viewsBottom - y0) / 3;
            g.setColor(new Color(95, 95, 95));
            g.fillOval(cx - rw, cy - rh, 2 * rw, 2 * rh);
            g.setStroke(new BasicStroke(1.5f));
            for (int k = 0; k < 3; k++) {
                g.setColor(curves.get(2 * k).colour());
                g.drawOval(cx - rw / 3 + k * rw / 4, cy - rh / 3 + k * 4, rw / 3 - k * 10, rh / 2 - k * 6);
            }
            g.setColor(new Color(200, 200, 200));
            g.drawString(v == 0 ? "Transversal" : "Coronal", vx + 8, y0 + 22);
        }
        int panelL = side + 4;
        int panelT = viewsBottom + 4;
        int panelR = width - 4;
        int panelB = height - 24;
        g.setColor(new Color(37, 37, 40));
        g.fillRect(panelL, panelT, panelR - panelL, panelB - panelT);
        g.setColor(new Color(200, 200, 200));
        g.drawString("DVH", panelL + 8, panelT + 16);
        int listW = large ? 260 : 210;
        int left = panelL + 80;
        int top = panelT + 30;
        int right = panelR - listW - 30;
        int bottom = panelB - 52;
        Panel p = new Panel(left, top, right, bottom, 0, doseMax, 0, 100);
        g.setColor(new Color(28, 28, 30));
        g.fillRect(left, top, right - left, bottom - top);
        gridAndLabels(g, p, doseMax <= 60 ? 10 : 10, 20, new Color(70, 70, 74), new Color(190, 190, 190), 100, null);
        g.setColor(new Color(130, 130, 134));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left, top, right - left, bottom - top);
        drawCurves(g, curves, p, large ? 1.5f : 1.2f, new float[] {7f, 4f}, false, tweak);
        titles(g, p, "Dose [cGy]", "Volume [%]", new Color(190, 190, 190));
        g.setColor(new Color(52, 52, 56));
        g.fillRect(right + 20, top, listW, bottom - top);
        g.setColor(new Color(200, 200, 200));
        g.drawString("ROIs", right + 28, top + 16);
        List<TrueCurve> solids = curves.stream().filter(c -> !c.dashed()).toList();
        roiList(g, solids, right + 28, top + 24, new Color(210, 210, 210), false);
        g.setColor(new Color(60, 60, 64));
        g.fillRect(0, height - 22, width, 22);
    }

    /**
     * Eclipse-like plan evaluation: light chrome, a scope tree on the left, a white plot with a grey grid and the
     * structure table under it (colour swatch, line sample, structure, plan, volume, min/max/mean dose).
     */
    private static void eclipse(Graphics2D g, List<TrueCurve> curves, int width, int height, double doseMax,
                                boolean markers, Tweak tweak) {
        g.setColor(new Color(236, 236, 236));
        g.fillRect(0, 0, width, height);
        int y0 = chrome(g, width, "External Beam Planning - Plan Evaluation", new Color(214, 219, 228),
                new Color(20, 20, 20), new Color(245, 245, 245), new Color(60, 60, 60),
                new String[] {"File", "Edit", "View", "Insert", "Planning", "Tools", "Window", "Help"}, 40 + tweak.toolbarExtra());
        int side = (int) (width * 0.16);
        g.setColor(Color.WHITE);
        g.fillRect(4, y0 + 4, side - 8, height - y0 - 8);
        g.setColor(new Color(160, 160, 160));
        g.drawRect(4, y0 + 4, side - 8, height - y0 - 8);
        g.setColor(Color.BLACK);
        String[] tree = {"Scope", "  Course C1", "    Plan 1", "    Plan 2", "  Structure Set", "  Images"};
        for (int i = 0; i < tree.length; i++) {
            g.drawString(tree[i], 12, y0 + 24 + i * 20);
        }
        FontMetrics fm = g.getFontMetrics();
        int row = fm.getHeight() + 6;
        int tableH = row * (curves.size() + 1) + 8;
        int areaL = side + 4;
        int areaR = width - 6;
        g.setColor(Color.WHITE);
        g.fillRect(areaL, y0 + 4, areaR - areaL, height - y0 - 10 - tableH);
        g.setColor(new Color(160, 160, 160));
        g.drawRect(areaL, y0 + 4, areaR - areaL, height - y0 - 10 - tableH);
        g.setColor(Color.BLACK);
        g.drawString("Dose Volume Histogram", areaL + 10, y0 + 20);
        int left = areaL + 90;
        int top = y0 + 36;
        int right = areaR - 30;
        int bottom = height - 10 - tableH - 50;
        Panel p = new Panel(left, top, right, bottom, 0, doseMax, 0, 110);
        gridAndLabels(g, p, 10, 10, new Color(200, 200, 200), Color.BLACK, 1, new float[] {2f, 2f});
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left, top, right - left, bottom - top);
        drawCurves(g, curves, p, 1.6f, new float[] {8f, 5f}, markers, tweak);
        titles(g, p, "Dose [Gy]", "Ratio of Total Structure Volume [%]", Color.BLACK);
        // The structure table.
        int tTop = height - 6 - tableH;
        g.setColor(Color.WHITE);
        g.fillRect(areaL, tTop, areaR - areaL, tableH);
        g.setColor(new Color(225, 228, 235));
        g.fillRect(areaL, tTop, areaR - areaL, row);
        String[] head = {"", "Line", "Structure", "Plan", "Volume [cm³]", "Min Dose [Gy]", "Max Dose [Gy]",
            "Mean Dose [Gy]"};
        int[] cols = new int[head.length + 1];
        int colW = (areaR - areaL - 90) / (head.length - 2);
        cols[0] = areaL;
        cols[1] = areaL + 30;
        for (int c = 2; c <= head.length; c++) {
            cols[c] = areaL + 90 + (c - 2) * colW;
        }
        g.setColor(Color.BLACK);
        for (int c = 0; c < head.length; c++) {
            g.drawString(head[c], cols[c] + 6, tTop + row - 7);
        }
        Random random = new Random(curves.size() * 31L + (long) doseMax);
        for (int i = 0; i < curves.size(); i++) {
            TrueCurve c = curves.get(i);
            int y = tTop + (i + 1) * row;
            g.setColor(c.colour());
            g.fillRect(cols[0] + 8, y + 4, row - 8, row - 8);
            g.setStroke(c.dashed() ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {8f, 5f}, 0f) : new BasicStroke(1.6f));
            g.drawLine(cols[1] + 6, y + row / 2, cols[2] - 8, y + row / 2);
            g.setColor(Color.BLACK);
            g.drawString(c.name(), cols[2] + 6, y + row - 7);
            g.drawString(c.dashed() ? "Plan 2" : "Plan 1", cols[3] + 6, y + row - 7);
            g.drawString(String.format(Locale.ROOT, "%.1f", 5 + random.nextDouble() * 300), cols[4] + 6, y + row - 7);
            g.drawString(String.format(Locale.ROOT, "%.2f", 0.1 * c.dmax()), cols[5] + 6, y + row - 7);
            g.drawString(String.format(Locale.ROOT, "%.2f", c.dmax()), cols[6] + 6, y + row - 7);
            g.drawString(String.format(Locale.ROOT, "%.2f", c.dmean()), cols[7] + 6, y + row - 7);
        }
        g.setColor(new Color(200, 200, 200));
        g.setStroke(new BasicStroke(1f));
        for (int r = 0; r <= curves.size() + 1; r++) {
            g.drawLine(areaL, tTop + r * row, areaR, tTop + r * row);
        }
    }

    /**
     * Monaco-like DVH view: light chrome with a ribbon of tabs, a statistics panel on the left, a white plot with a
     * light grid, dose in cGy, the legend (line samples and names) in a box inside the plot's upper right corner.
     */
    private static void monaco(Graphics2D g, List<TrueCurve> curves, int width, int height, double doseMax, Tweak tweak) {
        g.setColor(new Color(228, 231, 236));
        g.fillRect(0, 0, width, height);
        int y0 = chrome(g, width, "Monaco-like planning - DVH", new Color(46, 74, 110), Color.WHITE,
                new Color(243, 245, 248), new Color(50, 50, 50),
                new String[] {"Home", "Planning", "Contouring", "Beams", "Optimise", "Review", "Print"}, 56 + tweak.toolbarExtra());
        int side = (int) (width * 0.22);
        g.setColor(Color.WHITE);
        g.fillRect(4, y0 + 4, side - 8, height - y0 - 8);
        g.setColor(new Color(40, 40, 40));
        g.drawString("DVH Statistics", 12, y0 + 22);
        FontMetrics fm = g.getFontMetrics();
        int row = fm.getHeight() + 6;
        for (int i = 0; i < curves.size(); i++) {
            TrueCurve c = curves.get(i);
            int y = y0 + 34 + i * row;
            g.drawString(String.format(Locale.ROOT, "%s %s  max %d  mean %d", c.name(), c.dashed() ? "P2" : "P1",
                    Math.round(c.dmax() * 100), Math.round(c.dmean() * 100)), 12, y + row - 6);
        }
        int areaL = side;
        int areaR = width - 6;
        g.setColor(Color.WHITE);
        g.fillRect(areaL, y0 + 4, areaR - areaL, height - y0 - 10);
        int left = areaL + 90;
        int top = y0 + 30;
        int right = areaR - 30;
        int bottom = height - 70;
        Panel p = new Panel(left, top, right, bottom, 0, doseMax, 0, 100);
        gridAndLabels(g, p, 10, 10, new Color(225, 225, 225), new Color(40, 40, 40), 100, null);
        g.setColor(new Color(90, 90, 90));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left, top, right - left, bottom - top);
        drawCurves(g, curves, p, 2f, new float[] {9f, 5f}, false, tweak);
        titles(g, p, "Dose (cGy)", "Relative Volume (%)", new Color(40, 40, 40));
        // The legend box inside the plot, upper right.
        int boxW = 44 + curves.stream().mapToInt(c -> fm.stringWidth(c.name() + " (Plan 2)")).max().orElse(100);
        int boxH = row * curves.size() + 10;
        int bx = right - boxW - 10;
        int by = top + 10;
        g.setColor(Color.WHITE);
        g.fillRect(bx, by, boxW, boxH);
        g.setColor(new Color(150, 150, 150));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(bx, by, boxW, boxH);
        roiList(g, curves, bx + 6, by + 5, new Color(40, 40, 40), true);
    }
}
