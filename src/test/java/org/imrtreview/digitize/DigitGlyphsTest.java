package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tick-label numbers written in the common faces and sizes are read back exactly. */
class DigitGlyphsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SansSerif  | 0 | 13 | 0
            SansSerif  | 0 | 13 | 70
            SansSerif  | 1 | 18 | 2500
            Serif      | 0 | 16 | 45
            Serif      | 0 | 24 | 7000
            Monospaced | 0 | 14 | 38
            Monospaced | 1 | 20 | 96
            Dialog     | 0 | 11 | 12.5
            SansSerif  | 0 | 30 | 1.0
            """)
    void numbersAreReadBack(String face, int bold, int size, String number) {
        BufferedImage img = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 100);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(face, bold == 1 ? Font.BOLD : Font.PLAIN, size));
        g.drawString(number, 40, 60);
        g.dispose();
        List<TickLabel> labels = new TickLabelReader(RgbImage.of(img)).read(new Region(0, 0, 299, 99), 60,
                TickLabelReader.AxisSide.TOP);
        assertEquals(1, labels.size(), "labels read: " + labels);
        assertEquals(Double.parseDouble(number), labels.get(0).value(), 1e-9);
    }
}
