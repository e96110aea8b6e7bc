package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The pure-Java clean-up: tilt from text lines, specks, rulings. No OCR engine needed. */
class PageCleanerTest {

    /** Ten lines of dark bars (words) on white, 1000 x 1300 px, tilted by {@code degrees}. */
    private static GreyImage textLines(double degrees) {
        BufferedImage img = new BufferedImage(1000, 1300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 1300);
        g.rotate(Math.toRadians(degrees), 500, 650);
        g.setColor(Color.BLACK);
        for (int line = 0; line < 10; line++) {
            for (int word = 0; word < 8; word++) {
                g.fillRect(120 + word * 95, 200 + line * 90, 70, 18);
            }
        }
        g.dispose();
        return GreyImage.of(img);
    }

    @ParameterizedTest(name = "tilt {0}°")
    @ValueSource(doubles = {-3.0, -1.2, 0.0, 0.7, 2.5})
    void tiltIsMeasuredFromTheTextLines(double degrees) {
        GreyImage page = textLines(degrees);
        assertEquals(degrees, PageCleaner.skew(page, page.otsu()), 0.15);
    }

    @Test
    void isolatedSpecksGoButADecimalPointBesideItsDigitsStays() {
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.BLACK);
        g.fillRect(100, 100, 12, 30); // a digit
        g.fillRect(115, 126, 3, 3);   // its decimal point, 3 px away
        g.fillRect(121, 100, 12, 30); // the next digit
        g.fillRect(300, 40, 2, 2);    // a speck far from anything
        g.fillRect(50, 170, 1, 1);    // another
        g.dispose();
        GreyImage page = GreyImage.of(img);
        int removed = PageCleaner.despeckle(page, 128, 200);
        assertEquals(2, removed);
        assertEquals(255, page.at(300, 40));
        assertEquals(0, page.at(116, 127));
    }

    @Test
    void aDecimalPointSetWideOfItsDigitsAt250DpiStays() {
        // measured on the scan bench: at 250 dpi a 10-pt point sits 5-6 px from its digits, beyond
        // the near-ink radius, and was whitened ("46.0%" read "46 0%", "9.7%" read "97%")
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.BLACK);
        g.fillRect(100, 100, 16, 34); // a digit
        g.fillRect(122, 131, 3, 3);   // its decimal point, 6 px away
        g.fillRect(131, 100, 16, 34); // the next digit
        g.fillRect(300, 131, 3, 3);   // a speck of the same size with a digit on one side only
        g.fillRect(280, 100, 16, 34);
        g.dispose();
        GreyImage page = GreyImage.of(img);
        int removed = PageCleaner.despeckle(page, 128, 250);
        assertEquals(1, removed);
        assertEquals(0, page.at(123, 132));
        assertEquals(255, page.at(301, 132));
    }

    @Test
    void tableRulingsAreFoundAsPixelRunsAndWhitened() {
        BufferedImage img = new BufferedImage(1000, 600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 600);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (int y : new int[] {100, 200, 300, 400}) {
            g.fillRect(100, y, 800, 2);
        }
        for (int x : new int[] {100, 500, 898}) {
            g.fillRect(x, 100, 2, 302);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40)); // text inside a cell is not a ruling
        g.fillRect(150, 140, 300, 30);
        g.dispose();
        GreyImage page = GreyImage.of(img);
        List<OcrRule> rules = PageCleaner.rulings(page, 128, 200);
        assertEquals(4, rules.stream().filter(OcrRule::horizontal).count(), rules::toString);
        assertEquals(3, rules.stream().filter(r -> !r.horizontal()).count(), rules::toString);
        assertEquals(255, page.at(300, 200), "the ruling is whitened before OCR");
        assertTrue(page.at(300, 150) < 100, "the text block is left alone");
    }
}
