package org.imrtreview.arch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 0600: the pictures the test corpora draw with Java's logical fonts ({@code new Font(Font.SANS_SERIF,
 * …)}) come from the repository's DejaVu files, not from whatever fonts the machine has installed (with Debian's
 * fonts-noto-mono, Monospaced became Noto Sans Mono and SheerJumpsTest failed). The pom gives the test JVM
 * {@code -Dsun.awt.fontconfig=src/test/resources/fonts/awt-logical-fonts.properties}.
 */
class LogicalFontsTest {

    @ParameterizedTest(name = "{0} style {1}")
    @CsvSource(textBlock = """
            SansSerif,  0, src/main/resources/fonts/DejaVuSans.ttf
            SansSerif,  1, src/main/resources/fonts/DejaVuSans-Bold.ttf
            Dialog,     0, src/main/resources/fonts/DejaVuSans.ttf
            Serif,      0, src/main/resources/fonts/DejaVuSerif.ttf
            Serif,      1, src/main/resources/fonts/DejaVuSerif-Bold.ttf
            Monospaced, 0, src/main/resources/fonts/DejaVuSansMono.ttf
            Monospaced, 1, src/main/resources/fonts/DejaVuSansMono-Bold.ttf
            """)
    void aLogicalFontDrawsAsTheRepositorysFile(String logical, int style, String file) throws Exception {
        String config = System.getProperty("sun.awt.fontconfig");
        assertNotNull(config, "the pom's surefire argLine sets -Dsun.awt.fontconfig");
        assertTrue(Files.isRegularFile(Path.of(config)), config);
        Font fromFile = Font.createFont(Font.TRUETYPE_FONT, Path.of(file).toFile()).deriveFont(24f);
        assertArrayEquals(pixels(fromFile), pixels(new Font(logical, style, 24)),
                logical + " is not drawn with " + file + ": the machine's fonts would decide the corpora's pictures");
    }

    private static int[] pixels(Font font) {
        BufferedImage image = new BufferedImage(420, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 420, 48);
        g.setColor(Color.BLACK);
        g.setFont(font);
        g.drawString("Brainstem Dmax 54.0 Gy 0123456789", 4, 34);
        g.dispose();
        return image.getRGB(0, 0, 420, 48, null, 0, 420);
    }
}
