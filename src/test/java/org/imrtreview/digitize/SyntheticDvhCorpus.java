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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Makes synthetic DVH images with known curves in several looks: JFreeChart's default theme (gray
 * plot, white grid, legend below) and a white theme with the legend inside, and plain Java2D plots
 * (boxed with ticks and a legend box that hides parts of curves, or open left/bottom axes),
 * at sizes from 800x500 to 2000x1200, as PNG or JPEG (quality 60-95), with and without grid,
 * thin and thick lines, single-plan or combined 3D (dashed) vs IMRT (solid). Deterministic.
 */
public final class SyntheticDvhCorpus {
    enum Look { JFREE_DEFAULT, JFREE_WHITE, JAVA2D_BOXED, JAVA2D_OPEN }

    static final Color[][] PALETTES = {
        {Color.RED, Color.BLUE, new Color(0, 160, 0), Color.MAGENTA, new Color(255, 140, 0), new Color(0, 190, 210)},
        {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40),
            new Color(148, 103, 189), new Color(227, 119, 194)},
        {new Color(200, 0, 0), new Color(0, 0, 200), new Color(230, 200, 0), new Color(0, 150, 150),
            new Color(150, 0, 150), new Color(120, 200, 0)},
    };
    private static final String[] ORGANS = {"PTV", "Brainstem", "Chiasm", "Optic nerve L", "Cochlea R", "Parotid L"};
    private static final int[][] SIZES = {{800, 500}, {1000, 650}, {1200, 800}, {1600, 1000}, {2000, 1200}, {900, 600}};
    private static final int[] JPEG_QUALITY = {0, 95, 80, 60, 0, 70, 90, 0};

    private SyntheticDvhCorpus() {
    }

    public static List<SyntheticDvh> corpus(int count) {
        List<SyntheticDvh> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(make(i));
        }
        return out;
    }

    /**
     * Structure names as planning systems write them (TG-263 style, Eclipse/Pinnacle habits with side
     * words first or last, spaces or underscores, PRV and dose suffixes); the first is the target.
     */
    static final String[][] TPS_NAMES = {
        {"PTV_7000", "Parotid_L", "SpinalCord", "BrainStem", "Mandible", "Parotid_R"},
        {"PTV 70", "Lt Parotid", "Spinal Cord", "Brain Stem", "Oral Cavity", "Rt Parotid"},
        {"PTV_High", "Cord_PRV5", "Brainstem", "Larynx", "Esophagus", "Parotid L"},
        {"PTV60", "Rectum", "Bladder", "Femur_Head_L", "Bowel_Small", "Femur_Head_R"},
        {"PTV_5040", "Rectum_Wall", "Bladder", "FemoralHead_R", "PenileBulb", "SmallBowel"},
        {"CTV_High", "Chiasm", "OpticNrv_L", "OpticNrv_R", "Cochlea_L", "Lens_R"},
        {"PTV", "Heart", "Lung_L", "Lung_R", "Lungs-GTV", "Esophagus"},
        {"PTV_6000", "Brainstem_PRV3", "Optic Chiasm", "Hippocampus_L", "Eye_R", "Cochlea R"},
    };
    private static final String[] LEGEND_FACES = {Font.SANS_SERIF, Font.SERIF, Font.DIALOG, Font.MONOSPACED};

    /** How a legend is written: the names and (null = the look's default) its font. */
    record LegendStyle(String[] names, Font font) {
    }

    public static SyntheticDvh make(int index) {
        return make(index, new LegendStyle(ORGANS, null));
    }

    /**
     * The legend corpus: the same looks, sizes, JPEG qualities and legend placements as
     * {@link #make(int)}, with planning-system structure names and legend fonts of several faces
     * (plain or bold) and sizes (11-20 px).
     */
    public static SyntheticDvh legendImage(int index) {
        Random r = new Random(7000L + index);
        String[] names = TPS_NAMES[index % TPS_NAMES.length];
        int size = new int[] {11, 12, 13, 14, 16, 18, 20}[r.nextInt(7)];
        Font font = new Font(LEGEND_FACES[(index / 2) % LEGEND_FACES.length], index % 5 == 4 ? Font.BOLD : Font.PLAIN, size);
        return make(index, new LegendStyle(names, font));
    }

    public static List<SyntheticDvh> legendCorpus(int count) {
        List<SyntheticDvh> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(legendImage(i));
        }
        return out;
    }

    static SyntheticDvh make(int index, LegendStyle legend) {
        Random random = new Random(1000L + index);
        Look look = Look.values()[index % 4];
        int[] size = SIZES[(index / 4 + index) % SIZES.length];
        int quality = JPEG_QUALITY[index % JPEG_QUALITY.length];
        boolean combined = index % 3 == 1;
        boolean grid = index % 5 != 2;
        float width = (float) (1 + random.nextInt(3) + (index % 7 == 0 ? 1.5 : 0));
        Color[] palette = PALETTES[index % PALETTES.length];
        double rx = new double[] {45, 50, 54, 60, 66, 70}[random.nextInt(6)];
        int organs = combined ? 2 + random.nextInt(2) : 3 + random.nextInt(3);
        List<TrueCurve> curves = new ArrayList<>();
        for (int k = 0; k < organs; k++) {
            Color c = palette[k % palette.length];
            for (int plan = 0; plan < (combined ? 2 : 1); plan++) {
                boolean dashed = combined && plan == 1;
                double spread = dashed ? 1.08 + 0.1 * random.nextDouble() : 1;
                if (k == 0) {
                    curves.add(TrueCurve.target(legend.names()[0], c, dashed, rx * (0.93 + 0.03 * random.nextDouble()),
                            rx * (1.05 + 0.04 * random.nextDouble()) * (dashed ? 1.02 : 1)));
                } else {
                    double dmax = Math.min(rx * 1.05, rx * (0.35 + 0.6 * random.nextDouble()) * spread);
                    double plateau = random.nextDouble() < 0.4 ? dmax * 0.2 * random.nextDouble() : 0;
                    curves.add(TrueCurve.organ(legend.names()[k], c, dashed, plateau, dmax,
                            0.7 + 2.2 * random.nextDouble(), 1 + random.nextDouble()));
                }
            }
        }
        double maxDose = curves.stream().mapToDouble(TrueCurve::dmax).max().orElse(60);
        double doseAxisMax = Math.ceil(maxDose * 1.12 / 10) * 10;
        double volumeAxisMax = index % 6 == 3 ? 105 : 100;
        boolean legendInside = index % 2 == 0;
        BufferedImage image = switch (look) {
            case JFREE_DEFAULT, JFREE_WHITE -> jfree(look, curves, size, width, grid, legendInside, doseAxisMax, volumeAxisMax,
                    legend.font());
            case JAVA2D_BOXED, JAVA2D_OPEN -> java2d(look, curves, size, width, grid, legendInside, doseAxisMax,
                    volumeAxisMax, index, random, legend.font());
        };
        String format = quality == 0 ? "png" : "jpeg q" + quality;
        String description = String.format(Locale.ROOT, "%s %dx%d %s, %s, %s, lines %.1f px, %s, %d curves", look,
                size[0], size[1], format, grid ? "grid" : "no grid", legendInside ? "legend inside" : "legend outside",
                width, combined ? "combined solid/dashed" : "single plan", curves.size());
        if (quality > 0) {
            image = jpeg(image, quality / 100f);
        }
        List<String> legendTexts = curves.stream().map(c -> look == Look.JFREE_DEFAULT || look == Look.JFREE_WHITE
                ? jfreeLabel(c) : label(c)).toList();
        if (legend.font() != null) {
            description += String.format(Locale.ROOT, ", legend %s %s %d px", legend.font().getFamily(),
                    legend.font().isBold() ? "bold" : "plain", legend.font().getSize());
        }
        return new SyntheticDvh(String.format(Locale.ROOT, legend.font() == null ? "dvh-%02d" : "legend-%02d", index), image,
                curves, doseAxisMax, volumeAxisMax, description, legendTexts);
    }

    private static Stroke stroke(float width, boolean dashed) {
        return dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {4 * width + 4, 3 * width + 3}, 0f) : new BasicStroke(width);
    }

    private static BufferedImage jfree(Look look, List<TrueCurve> curves, int[] size, float width, boolean grid,
                                       boolean legendInside, double doseAxisMax, double volumeAxisMax, Font legendFont) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (TrueCurve c : curves) {
            XYSeries s = new XYSeries(jfreeLabel(c), false, true);
            for (int i = 0; i < c.dose().length; i += 4) {
                s.add(c.dose()[i], c.volume()[i]);
            }
            s.add(c.dose()[c.dose().length - 1], 0.0);
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Dose Volume Histogram", "Dose (Gy)", "Volume (%)", data,
                PlotOrientation.VERTICAL, !legendInside || look == Look.JFREE_DEFAULT, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < curves.size(); i++) {
            renderer.setSeriesPaint(i, curves.get(i).colour());
            renderer.setSeriesStroke(i, stroke(width, curves.get(i).dashed()));
        }
        plot.setRenderer(renderer);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(0, doseAxisMax);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRange(0, volumeAxisMax);
        y.setTickUnit(new NumberTickUnit(volumeAxisMax > 100 ? 20 : 10));
        Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(11, size[0] / 90));
        x.setTickLabelFont(tickFont);
        y.setTickLabelFont(tickFont);
        plot.setDomainGridlinesVisible(grid);
        plot.setRangeGridlinesVisible(grid);
        if (look == Look.JFREE_WHITE) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(new Color(210, 210, 210));
            plot.setRangeGridlinePaint(new Color(210, 210, 210));
            plot.setOutlinePaint(Color.BLACK);
            chart.setBackgroundPaint(Color.WHITE);
            if (legendInside) {
                LegendTitle legend = new LegendTitle(plot);
                legend.setBackgroundPaint(Color.WHITE);
                legend.setFrame(new BlockBorder(Color.DARK_GRAY));
                legend.setPosition(RectangleEdge.RIGHT);
                if (legendFont != null) {
                    legend.setItemFont(legendFont);
                }
                plot.addAnnotation(new XYTitleAnnotation(0.98, 0.98, legend, RectangleAnchor.TOP_RIGHT));
            }
        } else if (chart.getLegend() != null && !legendInside) {
            chart.getLegend().setPosition(RectangleEdge.RIGHT);
        }
        if (chart.getLegend() != null && legendFont != null) {
            chart.getLegend().setItemFont(legendFont);
        }
        return chart.createBufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB, null);
    }

    private static BufferedImage java2d(Look look, List<TrueCurve> curves, int[] size, float width, boolean grid,
                                        boolean legendInside, double doseAxisMax, double volumeAxisMax, int index,
                                        Random random, Font legendFont) {
        int w = size[0];
        int h = size[1];
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        String[] faces = {Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED, Font.DIALOG};
        int fontSize = Math.max(11, h / 45 + random.nextInt(4));
        Font font = new Font(faces[index % faces.length], index % 5 == 4 ? Font.BOLD : Font.PLAIN, fontSize);
        boolean centiGray = index % 5 == 3;
        int left = (int) (w * 0.09) + fontSize * 2;
        int top = (int) (h * 0.09);
        int right = legendInside ? (int) (w * 0.95) : (int) (w * 0.76);
        int bottom = (int) (h * 0.86);
        double pw = right - left;
        double ph = bottom - top;
        double doseStep = doseAxisMax <= 60 ? 5 : 10;
        g.setFont(font.deriveFont(Font.BOLD, fontSize * 1.3f));
        g.setColor(Color.BLACK);
        g.drawString("Cumulative Dose Volume Histogram", left, top - fontSize);
        if (grid) {
            g.setColor(index % 2 == 0 ? new Color(200, 200, 200) : new Color(150, 150, 150));
            g.setStroke(index % 4 == 3 ? new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {2f, 3f}, 0f) : new BasicStroke(1f));
            for (double d = doseStep; d < doseAxisMax; d += doseStep) {
                int x = (int) Math.round(left + d / doseAxisMax * pw);
                g.drawLine(x, top, x, bottom);
            }
            for (double v = 10; v < volumeAxisMax; v += 10) {
                int y = (int) Math.round(bottom - v / volumeAxisMax * ph);
                g.drawLine(left, y, right, y);
            }
        }
        for (TrueCurve c : curves) {
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < c.dose().length; i++) {
                double x = left + c.dose()[i] / doseAxisMax * pw;
                double y = bottom - c.volume()[i] / volumeAxisMax * ph;
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            g.setColor(c.colour());
            g.setStroke(stroke(width, c.dashed()));
            g.draw(path);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(index % 3 == 0 ? 2f : 1f));
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, top, left, bottom);
        if (look == Look.JAVA2D_BOXED) {
            g.drawLine(left, top, right, top);
            g.drawLine(right, top, right, bottom);
        }
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        FontMetrics legendMetrics = legendFont == null ? fm : g.getFontMetrics(legendFont);
        for (double d = 0; d <= doseAxisMax + 1e-9; d += doseStep) {
            int x = (int) Math.round(left + d / doseAxisMax * pw);
            g.drawLine(x, bottom, x, bottom + 6);
            String label = String.valueOf((int) Math.round(centiGray ? d * 100 : d));
            g.drawString(label, x - fm.stringWidth(label) / 2, bottom + 8 + fm.getAscent());
        }
        for (double v = 0; v <= volumeAxisMax + 1e-9; v += volumeAxisMax > 100 ? 20 : 10) {
            int y = (int) Math.round(bottom - v / volumeAxisMax * ph);
            g.drawLine(left - 6, y, left, y);
            String label = String.valueOf((int) v);
            g.drawString(label, left - 9 - fm.stringWidth(label), y + (fm.getAscent() - fm.getDescent()) / 2);
        }
        String xTitle = centiGray ? "Dose (cGy)" : "Dose (Gy)";
        g.drawString(xTitle, left + (int) pw / 2 - fm.stringWidth(xTitle) / 2, bottom + 14 + 2 * fm.getHeight());
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString("Ratio of total structure volume (%)", -(top + (int) ph / 2 + 120), left - fontSize * 3 - 10);
        g.setTransform(saved);
        g.setFont(legendFont == null ? font : legendFont);
        // The legend corpus keeps long names inside the picture (the truth must be visible); the
        // accuracy corpus keeps its original layout.
        int maxRight = legendFont == null ? Integer.MAX_VALUE : w - 4;
        drawLegend(g, curves, legendMetrics, legendInside ? right - 10 : right + 20, top + 10, legendInside, width, maxRight);
        g.dispose();
        return img;
    }

    private static void drawLegend(Graphics2D g, List<TrueCurve> curves, FontMetrics fm, int anchorX, int y,
                                   boolean alignRight, float width, int maxRight) {
        int textWidth = curves.stream().mapToInt(c -> fm.stringWidth(label(c))).max().orElse(50);
        int swatch = 36;
        int boxW = swatch + textWidth + 24;
        int rowH = fm.getHeight() + 4;
        int x = Math.min(alignRight ? anchorX - boxW : anchorX, maxRight - boxW);
        g.setColor(Color.WHITE);
        g.fillRect(x, y, boxW, rowH * curves.size() + 8);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, boxW, rowH * curves.size() + 8);
        for (int i = 0; i < curves.size(); i++) {
            TrueCurve c = curves.get(i);
            int cy = y + 4 + rowH * i + rowH / 2;
            g.setColor(c.colour());
            g.setStroke(stroke(width, c.dashed()));
            g.drawLine(x + 6, cy, x + 6 + swatch, cy);
            g.setColor(Color.BLACK);
            g.drawString(label(c), x + swatch + 14, cy + fm.getAscent() / 2 - 1);
        }
    }

    private static String jfreeLabel(TrueCurve c) {
        return c.name() + (c.dashed() ? " (3D)" : "");
    }

    private static String label(TrueCurve c) {
        return c.name() + (c.dashed() ? " (3D)" : " (IMRT)");
    }

    static BufferedImage jpeg(BufferedImage image, float quality) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            writer.dispose();
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
