package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DvhAndChartCommandTest {

    private static final Path BUNDLED = Path.of("samples/09-prostate-dvh-data-mismatch");

    @TempDir
    Path tmp;

    /** A copy of the bundled sample: `chart` and `evaluate` keep results beside the case they read. */
    private Path SAMPLE;

    @BeforeEach
    void copySample() {
        SAMPLE = SampleCopies.copyOf(BUNDLED, tmp);
    }

    private record Run(int exit, String out, String err) { }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void dvhPrintsTheRequestedMetricsPerPlanAndStructureAsJson() throws Exception {
        Run r = run("dvh", SAMPLE.resolve("Eclipse_DVH_3DCRT.txt").toString(), SAMPLE.resolve("Eclipse_DVH_IMRT.txt").toString(),
                "--metrics", "Dmax,Mean,V70Gy[%],D0.03cc,V45Gy[cc]", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode plans = json.get("plans");
        assertEquals(2, plans.size());
        assertEquals("3D CRT 4FLD", plans.get(0).get("plan").asText());
        assertEquals("3D", plans.get(0).get("role").asText());
        assertEquals("IMRT", plans.get(1).get("role").asText());
        JsonNode rectum = plans.get(1).get("structures").get(1);
        assertEquals("Rectum", rectum.get("name").asText());
        assertEquals(72.4, rectum.get("volumeCc").asDouble(), 1e-9);
        assertEquals(24.2, rectum.get("metrics").get("V70Gy[%]").asDouble(), 0.05);
        assertTrue(rectum.get("metrics").has("Dmax[Gy]"));
        assertTrue(rectum.get("metrics").has("D0.03cc[Gy]"));
        assertTrue(rectum.get("metrics").has("V45Gy[cc]"));
    }

    @Test
    void dvhTextNamesAFileThatIsNoExportAndExitsTwo() throws Exception {
        Path junk = tmp.resolve("notes.txt");
        Files.writeString(junk, "Dear colleague,\nplease find attached.\n");
        Run r = run("dvh", junk.toString(), SAMPLE.resolve("Eclipse_DVH_IMRT.txt").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("notes.txt is not a DVH export"), r.err());
        assertTrue(r.out().contains("Plan IMRT 7F — IMRT"), r.out());
    }

    @Test
    void dvhRejectsAMetricItCannotRead() {
        Run r = run("dvh", SAMPLE.resolve("Eclipse_DVH_IMRT.txt").toString(), "--metrics", "Dmax,Vfoo");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("'Vfoo' is not a DVH metric"), r.err());
    }

    @Test
    void chartRendersAColourPngHeadless() throws Exception {
        Path png = tmp.resolve("chart.png");
        Path svg = tmp.resolve("chart.svg");
        Run r = run("chart", SAMPLE.toString(), "--out", png.toString(), "--svg", svg.toString(), "--width", "900", "--height", "600");
        assertEquals(0, r.exit(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        int coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                int rgb = image.getRGB(x, y);
                int red = rgb >> 16 & 0xFF;
                int green = rgb >> 8 & 0xFF;
                int blue = rgb & 0xFF;
                if (Math.max(red, Math.max(green, blue)) - Math.min(red, Math.min(green, blue)) > 80) {
                    coloured++;
                }
            }
        }
        assertTrue(coloured > 500, "curves drawn in colour: " + coloured);
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    @Test
    void chartOfACaseWithoutDvhDataSaysSo() throws Exception {
        Path bare = Files.createDirectories(tmp.resolve("bare-case"));
        Files.writeString(bare.resolve("request.json"), "{\"requestId\":\"X\"}");
        Run r = run("chart", bare.toString(), "--out", tmp.resolve("c.png").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("holds no DVH data"), r.err());
    }

    @Test
    void sampleCaseShowsTheMismatchAndTheDataDecideTheVerdict() throws Exception {
        Run r = run("evaluate", SAMPLE.toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("CRITERIA_NOT_MET", json.get("determination").asText());
        JsonNode row = json.get("rows").get(0);
        assertTrue(row.toString().contains("DVH_TABLE_MISMATCH"), row.toString());
        assertEquals(false, row.get("meetsImrt").asBoolean());
    }

    @Test
    void dvhReadsAnRtDoseNamedByTheRtStructureSetGivenWithIt() {
        Path dicom = Path.of("src/test/resources/dvh/dicom");
        Run r = run("dvh", dicom.resolve("rtdose-explicit.dcm").toString(), dicom.resolve("rtstruct.dcm").toString(),
                "--metrics", "Dmax,Mean,D95%", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"format\" : \"DICOM RT Dose DVH sequence\""), r.out());
        assertTrue(r.out().contains("\"name\" : \"Parotid_L\""), r.out());
        Run alone = run("dvh", dicom.resolve("rtdose-explicit.dcm").toString(), "--format", "json");
        assertTrue(alone.out().contains("RT Structure Set"), alone.out());
    }
}
