package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Images that are not DVH plots are refused with a reason, never turned into curves. */
class NonDvhImagesTest {
    private final DvhImageDigitizer digitizer = new DvhImageDigitizer();

    @Test
    void blankPageIsNotADvh() {
        BufferedImage page = new BufferedImage(1275, 1650, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1275, 1650);
        g.dispose();
        NotADvhPlotException e = assertThrows(NotADvhPlotException.class,
                () -> digitizer.digitize(page, DigitizeOptions.automatic()));
        assertTrue(e.getMessage().contains("no plot axes"), e.getMessage());
    }

    @Test
    void photographIsNotADvh() {
        BufferedImage photo = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(90, 140, 200), 0, 500, new Color(230, 220, 190)));
        g.fillRect(0, 0, 1200, 800);
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            g.fillOval(random.nextInt(1200), 350 + random.nextInt(450), 20 + random.nextInt(120), 10 + random.nextInt(80));
        }
        for (int y = 0; y < 800; y++) {
            for (int x = 0; x < 1200; x++) {
                int p = photo.getRGB(x, y);
                int n = random.nextInt(31) - 15;
                photo.setRGB(x, y, new Color(clamp(((p >> 16) & 255) + n), clamp(((p >> 8) & 255) + n), clamp((p & 255) + n)).getRGB());
            }
        }
        // A photographed picture frame gives it straight edges and a corner, like a chart's axes.
        g.setColor(new Color(40, 40, 40));
        g.setStroke(new BasicStroke(6f));
        g.drawRect(150, 100, 900, 600);
        g.dispose();
        NotADvhPlotException e = assertThrows(NotADvhPlotException.class,
                () -> digitizer.digitize(SyntheticDvhCorpus.jpeg(photo, 0.8f), DigitizeOptions.automatic()));
        assertTrue(e.getMessage().contains("not a plain chart background") || e.getMessage().contains("no plot axes"),
                e.getMessage());
    }

    @Test
    void scannedLetterWithATableIsNotADvh() {
        BufferedImage letter = new BufferedImage(1275, 1650, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = letter.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(250, 250, 246));
        g.fillRect(0, 0, 1275, 1650);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 22));
        for (int line = 0; line < 20; line++) {
            g.drawString("Re: request for preauthorization of intensity modulated radiotherapy, line " + line, 120, 160 + 34 * line);
        }
        g.drawRect(120, 900, 1000, 500);
        for (int row = 1; row < 6; row++) {
            g.drawLine(120, 900 + row * 83, 1120, 900 + row * 83);
        }
        g.drawLine(520, 900, 520, 1400);
        g.setColor(new Color(20, 40, 160));
        g.drawString("Signed: Dr. A. Physician", 700, 1500);
        g.dispose();
        NotADvhPlotException e = assertThrows(NotADvhPlotException.class,
                () -> digitizer.digitize(SyntheticDvhCorpus.jpeg(letter, 0.75f), DigitizeOptions.automatic()));
        assertTrue(e.getMessage().contains("no coloured curves") || e.getMessage().contains("no curve")
                || e.getMessage().contains("no plot axes"), e.getMessage());
    }

    @Test
    void grayscaleFaxOfADvhIsRefusedAsHavingNoColouredCurves() {
        SyntheticDvh dvh = SyntheticDvhCorpus.make(2);
        BufferedImage gray = new BufferedImage(dvh.image().getWidth(), dvh.image().getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(dvh.image(), 0, 0, null);
        g.dispose();
        NotADvhPlotException e = assertThrows(NotADvhPlotException.class,
                () -> digitizer.digitize(gray, DigitizeOptions.automatic()));
        assertTrue(e.getMessage().contains("grayscale"), e.getMessage());
    }

    @Test
    void barChartWithAxesAndTickLabelsIsNotADvh() {
        BufferedImage chart = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = chart.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 800);
        int left = 120;
        int bottom = 700;
        int top = 80;
        int right = 1150;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.setColor(Color.BLACK);
        for (int v = 0; v <= 100; v += 10) {
            int y = bottom - v * (bottom - top) / 100;
            g.drawLine(left - 5, y, left, y);
            g.drawString(String.valueOf(v), left - 40, y + 5);
        }
        Color[] colours = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44)};
        // Falling bars, as a DVH would fall: a bar chart of the dose per organ, not a curve.
        for (int i = 0; i < 10; i++) {
            int x = left + 20 + i * 100;
            int h = (int) ((bottom - top) * (0.95 - 0.08 * i));
            g.setColor(colours[i % 3]);
            g.fillRect(x, bottom - h, 60, h);
            g.setColor(Color.BLACK);
            g.drawString(String.valueOf(i * 10), x + 22, bottom + 22);
        }
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, top, left, bottom);
        g.dispose();
        NotADvhPlotException e = assertThrows(NotADvhPlotException.class,
                () -> digitizer.digitize(chart, DigitizeOptions.automatic()));
        assertTrue(e.getMessage().contains("bars"), e.getMessage());
    }

    @Test
    void differentialDvhIsReportedAsSuchNotTracedAsCumulative() {
        SyntheticDvh differential = VarietyDvhCorpus.make(VarietyDvhCorpus.Style.DIFFERENTIAL, 0).dvh();
        NotADvhPlotException e = assertThrows(NotADvhPlotException.class,
                () -> digitizer.digitize(differential.image(), DigitizeOptions.automatic()));
        assertTrue(e.getMessage().contains("differential DVH"), e.getMessage());
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
