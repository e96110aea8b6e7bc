package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.imrtreview.digitize.SyntheticDvh;
import org.imrtreview.digitize.SyntheticDvhCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigitizeCommandTest {
    @TempDir
    static Path dir;
    private static Path dvh;
    private static SyntheticDvh synthetic;

    @BeforeAll
    static void writeImage() throws Exception {
        synthetic = SyntheticDvhCorpus.make(12);
        dvh = dir.resolve("imrt dvh.png");
        ImageIO.write(synthetic.image(), "png", dvh.toFile());
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void jsonHasFrameCalibrationAndOneEntryPerCurveWithPointsAndMetrics() throws Exception {
        Run r = run("digitize", dvh.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.path("frame").path("right").asDouble() > json.path("frame").path("left").asDouble());
        assertEquals("TICK_LABELS", json.path("calibration").path("xSource").asText());
        assertEquals(synthetic.doseAxisMax(), json.path("calibration").path("x").get(1).asDouble(), 1.0);
        assertEquals(synthetic.curves().size(), json.path("curves").size());
        JsonNode first = json.path("curves").get(0);
        assertTrue(first.path("color").asText().matches("#[0-9a-f]{6}"));
        assertEquals("solid", first.path("style").asText());
        assertTrue(first.path("points").size() > 10);
        assertTrue(first.path("metrics").path("Dmax[Gy]").asDouble() > 0);
        assertTrue(first.path("metrics").has("Mean[Gy]"));
    }

    @Test
    void doseInPercentOfPrescriptionIsWarnedAndReadInGrayOnlyWithThePrescription() throws Exception {
        org.imrtreview.digitize.VarietyDvhCorpus.Image image = org.imrtreview.digitize.VarietyDvhCorpus.make(
                org.imrtreview.digitize.VarietyDvhCorpus.Style.DOSE_PERCENT, 0);
        Path file = dir.resolve("relative dose dvh.png");
        ImageIO.write(image.dvh().image(), "png", file.toFile());
        Run without = run("digitize", file.toString());
        assertEquals(0, without.exit(), without.err());
        assertTrue(without.err().contains("% of the prescription"), without.err());
        assertEquals(false, new ObjectMapper().readTree(without.out()).path("calibration").path("trustworthy").asBoolean());
        Run with = run("digitize", file.toString(), "--prescription", String.valueOf(image.prescriptionGy()));
        JsonNode json = new ObjectMapper().readTree(with.out());
        assertEquals(true, json.path("calibration").path("trustworthy").asBoolean(), with.err());
        assertEquals(1.2 * image.prescriptionGy(), json.path("calibration").path("x").get(1).asDouble(),
                0.02 * image.prescriptionGy());
    }

    @Test
    void tiltedScanSaysItsSkewInTheFrame() throws Exception {
        org.imrtreview.digitize.VarietyDvhCorpus.Image image = org.imrtreview.digitize.VarietyDvhCorpus.make(
                org.imrtreview.digitize.VarietyDvhCorpus.Style.SCANNED_PRINT, 1);
        Path file = dir.resolve("scan.jpg");
        ImageIO.write(image.dvh().image(), "jpg", file.toFile());
        Run r = run("digitize", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(image.rotatedDegrees(), new ObjectMapper().readTree(r.out()).path("frame").path("skewDegrees").asDouble(),
                0.15);
        assertTrue(r.err().contains("tilted"), r.err());
    }

    @Test
    void givenAxisRangesOverrideTheTickLabelsAndDebugOverlayIsWritten() throws Exception {
        Path overlay = dir.resolve("overlay.png");
        Run r = run("digitize", dvh.toString(), "--x-range", "0:40", "--y-range", "0:100", "--format", "text",
                "--debug-out", overlay.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("40.00 Gy (USER)"), r.out());
        BufferedImage written = ImageIO.read(overlay.toFile());
        assertEquals(synthetic.image().getWidth(), written.getWidth());
    }

    @Test
    void blankImageIsReportedAsNotADvhWithExitThree() throws Exception {
        BufferedImage blank = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        Path file = dir.resolve("blank.png");
        ImageIO.write(blank, "png", file.toFile());
        Run r = run("digitize", file.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().startsWith("not a DVH plot: "), r.err());
    }

    @Test
    void unreadableFileGivesExitTwoAndANamedReason() throws Exception {
        Path file = dir.resolve("broken.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Run r = run("digitize", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("broken.png"), r.err());
    }

    @Test
    void malformedRangeIsAUsageError() {
        Run r = run("digitize", dvh.toString(), "--x-range", "eighty");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("0:80"), r.err());
    }

    @Test
    void labelsAreReadFromTheLegendWithTheirBasis() throws Exception {
        SyntheticDvh legend = SyntheticDvhCorpus.legendImage(2);
        Path file = dir.resolve("legend.png");
        ImageIO.write(legend.image(), "png", file.toFile());
        Run r = run("digitize", file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode curves = new ObjectMapper().readTree(r.out()).path("curves");
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (JsonNode c : curves) {
            if (c.path("labelConfidence").asText().equals("LEGEND_TEXT")) {
                labels.add(c.path("label").asText());
                assertTrue(c.path("basis").asText().contains("legend read by OCR"), c.toString());
                assertTrue(c.path("legendText").path("certainty").asDouble() >= 0.6, c.toString());
                assertEquals("IMRT", c.path("plan").asText(), "the name says (IMRT)");
            }
        }
        assertTrue(labels.size() >= 3, r.out());
        assertTrue(legend.legendTexts().containsAll(labels), labels + " vs " + legend.legendTexts());
    }

    @Test
    void withoutLegendTextTheTypedNamesAreUsedInLegendOrder() throws Exception {
        SyntheticDvh legend = SyntheticDvhCorpus.legendImage(2);
        Path file = dir.resolve("legend-names.png");
        ImageIO.write(legend.image(), "png", file.toFile());
        // as many names as legend entries the digitiser finds (names are matched only then)
        Run counted = run("digitize", file.toString(), "--no-legend-text", "--format", "text");
        long entries = counted.out().lines().filter(l -> l.contains(", legend entry ")).count();
        assertTrue(entries >= 2, counted.out());
        String names = String.join(",", java.util.stream.Stream.of("A", "B", "C", "D", "E", "F").limit(entries).toList());
        Run r = run("digitize", file.toString(), "--no-legend-text", "--names", names, "--format", "text");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("[LEGEND_ORDER"), r.out());
        assertTrue(!r.out().contains("LEGEND_TEXT"), r.out());
        assertTrue(r.err().contains("legend text not read: turned off (--no-legend-text)"), r.err());
    }
}
