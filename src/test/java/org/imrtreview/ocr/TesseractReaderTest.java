package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real Tesseract runs on rendered text lines (the natives come from Maven for the build platform). */
class TesseractReaderTest {
    static final String NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.()+/ ";

    static BufferedImage line(String text, String face, int style, int size) {
        Font font = new Font(face, style, size);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        int width = pg.getFontMetrics(font).stringWidth(text) + size * 2;
        int height = pg.getFontMetrics(font).getHeight() + size;
        pg.dispose();
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(font);
        g.drawString(text, size, size / 2 + g.getFontMetrics().getAscent());
        g.dispose();
        return img;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Parotid_L        | SansSerif  | 40
            SpinalCord_PRV05 | Serif      | 44
            Brain Stem (3D)  | Monospaced | 36
            """)
    void readsAStructureNameRenderedLarge(String text, String face, int size) {
        Optional<LineText> read = TesseractReader.shared().readLine(line(text, face, Font.PLAIN, size), NAME_CHARS);
        assertTrue(read.isPresent());
        assertEquals(text, read.get().text().replaceAll("\\s*_\\s*", "_"));
        assertTrue(read.get().meanConfidence() > 0.3, read.get().toString());
    }

    @Test
    void blankImageReadsNothing() {
        BufferedImage blank = new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 60);
        g.dispose();
        Optional<LineText> read = TesseractReader.shared().readLine(blank, NAME_CHARS);
        assertTrue(read.isEmpty() || read.get().meanConfidence() < 0.3, read.toString());
    }

    @Test
    void languageDataIsCopiedOnceIntoTheCacheFolder(@TempDir Path cache) throws Exception {
        Path dir = TessData.prepare(cache);
        Path file = dir.resolve("eng.traineddata");
        long modified = Files.getLastModifiedTime(file).toMillis();
        assertEquals(4_113_088L, Files.size(file));
        Thread.sleep(20);
        assertEquals(dir, TessData.prepare(cache));
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no partial copies left behind");
        }
    }

    @Test
    void unavailableReaderSaysWhyAndReadsNothing() {
        TextReader none = TextReader.unavailable("OCR is not available on this computer (test)");
        assertFalse(none.available());
        assertTrue(none.readLine(line("PTV", "SansSerif", Font.PLAIN, 40), null).isEmpty());
        assertEquals("OCR is not available on this computer (test)", none.unavailableReason());
    }

    @Test
    void anEngineThatCannotStartTurnsUnavailableInsteadOfFailing(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file where the cache folder should be");
        TesseractReader broken = new TesseractReader(notAFolder);
        assertFalse(broken.available());
        assertTrue(broken.unavailableReason().startsWith("OCR is not available on this computer"), broken.unavailableReason());
        assertTrue(broken.readLine(line("PTV", "SansSerif", Font.PLAIN, 40), NAME_CHARS).isEmpty());
    }
}
