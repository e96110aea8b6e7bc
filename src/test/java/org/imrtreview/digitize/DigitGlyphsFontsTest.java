package org.imrtreview.digitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imrtreview.ocr.TextReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tick-label digits are matched against templates drawn from the DejaVu faces bundled with the program, so a
 * picture reads the same tick labels, and gives the same DVH values, whatever fonts the machine has (decision 0590).
 * Sample 13's scanned IMRT picture read its volume axis from 21 tick labels on a machine with the URW fonts installed
 * and from 3 on one with DejaVu only: its DVH values differed in the fifth digit from one hour to the next.
 */
class DigitGlyphsFontsTest {

    private static final Path SCANNED = Path.of("samples/13-lung-scanned-table/DVH_VMAT_scan.jpg");

    @Test
    void everyBundledFaceMakesItsTemplates() {
        // 6 faces (sans, serif, mono; plain and bold) x 4 sizes x 10 digits
        assertEquals(DigitGlyphs.FACE_FILES.size() * 4 * 10, DigitGlyphs.templateCount());
    }

    /**
     * A second JVM whose Java logical fonts (SansSerif, Serif, Monospaced, Dialog) are Liberation, the metric clones
     * of Helvetica, Times and Courier that the URW fonts also are, makes the same templates and reads the scanned
     * picture's axes as this one (whose logical fonts are DejaVu, decision 0600). With the machine's logical fonts as
     * templates the other JVM read the volume axis from 21 tick labels, this one from 3.
     */
    @Test
    void anotherMachinesFontsReadTheSameTickLabels(@TempDir Path dir) throws Exception {
        Path fonts = Path.of("src/test/resources/fonts").toAbsolutePath();
        // Liberation Sans Bold, Serif and Mono are in the application's fonts since decision 0650
        Path appFonts = Path.of("src/main/resources/fonts").toAbsolutePath();
        Path config = dir.resolve("liberation-logical-fonts.properties");
        StringBuilder p = new StringBuilder("version=1\n");
        for (String logical : List.of("sansserif", "dialog", "serif", "monospaced", "dialoginput")) {
            String family = switch (logical) {
                case "serif" -> "Liberation_Serif";
                case "monospaced", "dialoginput" -> "Liberation_Mono";
                default -> "Liberation_Sans";
            };
            for (String style : List.of("plain", "bold", "italic", "bolditalic")) {
                String face = family.equals("Liberation_Sans") && style.startsWith("bold") ? family + "_Bold" : family;
                p.append(logical).append('.').append(style).append(".latin-1=").append(face.replace('_', ' ')).append('\n');
            }
        }
        p.append("sequence.allfonts=latin-1\n");
        p.append("filename.Liberation_Sans=").append(fonts.resolve("LiberationSans-Regular.ttf")).append('\n');
        p.append("filename.Liberation_Sans_Bold=").append(appFonts.resolve("LiberationSans-Bold.ttf")).append('\n');
        p.append("filename.Liberation_Serif=").append(appFonts.resolve("LiberationSerif-Regular.ttf")).append('\n');
        p.append("filename.Liberation_Mono=").append(appFonts.resolve("LiberationMono-Regular.ttf")).append('\n');
        p.append("awtfontpath.latin-1=").append(fonts).append('\n');
        Files.writeString(config, p.toString(), StandardCharsets.UTF_8);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx1g", org.imrtreview.testing.TestHome.property(), "-Djava.awt.headless=true",
                "-Dsun.awt.fontconfig=" + config, "-D" + DvhImageDigitizer.LEGEND_OCR_PROPERTY + "=false",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName(), SCANNED.toString())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the other JVM did not finish");
        assertEquals(0, process.exitValue(), out);
        String[] lines = out.strip().split("\n");
        String otherFonts = lines[lines.length - 1];
        String here = probe(SCANNED);
        assertNotEquals(here.substring(0, here.indexOf('|')), otherFonts.substring(0, otherFonts.indexOf('|')),
                "the other JVM's logical SansSerif draws another 8 (it is Liberation Sans there)");
        assertEquals(here.substring(here.indexOf('|')), otherFonts.substring(otherFonts.indexOf('|')));
        assertTrue(here.contains("volume axis read from"), here);
    }

    /**
     * A checksum of an 8 drawn in the logical SansSerif (this JVM's fonts), then the templates' checksum and the
     * picture's calibration note.
     */
    static String probe(Path picture) throws IOException, NotADvhPlotException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = img.createGraphics();
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 30));
        g.drawString("8", 5, 35);
        g.dispose();
        int logical = java.util.Arrays.hashCode(img.getRaster().getSamples(0, 0, 40, 40, 0, (int[]) null));
        DigitizeResult result = new DvhImageDigitizer(TextReader.unavailable("off in this test"))
                .digitize(picture, DigitizeOptions.automatic(null));
        return logical + "|" + DigitGlyphs.templatesChecksum() + "|" + result.calibration().note();
    }

    /** Run in the other JVM. */
    static final class Probe {
        public static void main(String[] args) throws Exception {
            System.out.println(probe(Path.of(args[0])));
        }
    }
}
