package org.imrtreview.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws demo DVH plots the way a planning system prints them: white background, axes, legend. */
final class DvhChartWriter {

    static final int WIDTH = 1000;
    static final int HEIGHT = 650;
    static final Color[] PALETTE = {
        new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C), new Color(0xFF7F0E),
        new Color(0x9467BD), new Color(0x17BECF), new Color(0x8C564B), new Color(0xE377C2)
    };
    private static final BasicStroke SOLID = new BasicStroke(2.2f);
    private static final BasicStroke DASHED = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {9f, 6f}, 0f);

    /** One organ's curve in one plan. */
    record Curve(String organ, boolean threeD, DvhCurveShape shape) { }

    private DvhChartWriter() {
    }

    static BufferedImage render(String title, String subtitle, double rx, List<Curve> curves, boolean combined,
                                boolean showPtv) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true); // so dash patterns run along the whole curve
        double xMax = Math.ceil(rx * 1.15 / 5) * 5;
        int series = 0;
        java.util.Map<String, Integer> organColour = new java.util.LinkedHashMap<>();
        if (showPtv) {
            for (boolean threeD : combined ? new boolean[] {true, false} : new boolean[] {curves.get(0).threeD()}) {
                XYSeries s = new XYSeries("PTV" + (combined ? (threeD ? " (3D-CRT)" : " (IMRT)") : ""));
                for (double d = 0; d <= xMax; d += xMax / 400) {
                    s.add(d, DvhCurveShape.ptvVolumeAt(d, rx, threeD ? 0.012 : 0.008));
                }
                data.addSeries(s);
                renderer.setSeriesPaint(series, Color.BLACK);
                renderer.setSeriesStroke(series, threeD && combined ? DASHED : SOLID);
                series++;
            }
        }
        for (Curve c : curves) {
            int colour = organColour.computeIfAbsent(c.organ(), k -> organColour.size());
            String name = c.organ() + (combined ? (c.threeD() ? " (3D-CRT)" : " (IMRT)") : "");
            XYSeries s = new XYSeries(name);
            for (double d = 0; d <= xMax; d += xMax / 400) {
                s.add(d, c.shape().volumeAt(d));
            }
            data.addSeries(s);
            renderer.setSeriesPaint(series, PALETTE[colour % PALETTE.length]);
            renderer.setSeriesStroke(series, combined && c.threeD() ? DASHED : SOLID);
            series++;
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "Dose (Gy)", "Volume (%)", data,
                PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font("SansSerif", Font.BOLD, 20));
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle, new Font("SansSerif", Font.PLAIN, 13)));
        }
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlinePaint(Color.DARK_GRAY);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(0, xMax);
        x.setAxisLinePaint(Color.BLACK);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRange(0, 105);
        y.setAxisLinePaint(Color.BLACK);
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        chart.getLegend().setItemFont(new Font("SansSerif", Font.PLAIN, 12));
        return chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
    }

    /** Writes a PNG, optionally with a tEXt "Title" chunk as some planning systems embed. */
    static void writePng(BufferedImage image, Path file, String embeddedTitle) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        if (embeddedTitle != null) {
            IIOMetadataNode entry = new IIOMetadataNode("TextEntry");
            entry.setAttribute("keyword", "Title");
            entry.setAttribute("value", embeddedTitle);
            entry.setAttribute("encoding", "ISO-8859-1");
            entry.setAttribute("language", "en");
            entry.setAttribute("compression", "none");
            IIOMetadataNode text = new IIOMetadataNode("Text");
            text.appendChild(entry);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
            root.appendChild(text);
            meta.mergeTree("javax_imageio_1.0", root);
        }
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    static void writeJpeg(BufferedImage image, Path file, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    static void writeTiff(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("Deflate");
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * A fax render: gray levels only, a little scanner noise and a fax header line, kept in an RGB
     * image (as fax servers save it) — the colour check must still call it grayscale.
     */
    static BufferedImage asFax(BufferedImage colour, String faxHeader, long seed) {
        int w = colour.getWidth();
        int h = colour.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = colour.getRGB(x, y);
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                int gray = (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
                gray = gray < 200 ? Math.max(0, gray - 40) : gray; // fax contrast
                gray = Math.max(0, Math.min(255, gray + (int) Math.round(random.nextGaussian() * 6)));
                out.setRGB(x, y, gray << 16 | gray << 8 | gray);
            }
        }
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setColor(Color.BLACK);
        g.setFont(new Font("Monospaced", Font.PLAIN, 13));
        g.drawString(faxHeader, 10, 14);
        g.dispose();
        return out;
    }
}
