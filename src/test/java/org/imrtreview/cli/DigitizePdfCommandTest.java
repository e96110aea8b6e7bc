package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.digitize.SyntheticDvhCorpus;
import org.imrtreview.intake.pdf.fixtures.FigurePdfs;
import org.imrtreview.intake.pdf.fixtures.FigurePdfs.Placement;
import org.imrtreview.intake.pdf.fixtures.FigurePdfs.PlotStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code digitize packet.pdf [--page N [--figure K]]}: DVH figures inside a PDF from the command line. */
class DigitizePdfCommandTest {
    @TempDir
    static Path dir;
    private static Path packet;

    @BeforeAll
    static void writePacket() throws Exception {
        packet = dir.resolve("packet.pdf");
        try (PDDocument doc = new PDDocument()) {
            FigurePdfs.vectorDvhPage(doc, FigurePdfs.headAndNeck(), PlotStyle.standard(80), "Figure 1. DVH, IMRT plan");
            FigurePdfs.rasterDvhPage(doc, FigurePdfs.grey(SyntheticDvhCorpus.make(12).image()), Placement.SCALED, false,
                    "Figure 2. DVH, 3D plan");
            doc.save(packet.toFile());
        }
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
    void oneFigureGivesTheImageJsonWithItsSourceAndLegendNames() throws Exception {
        Path overlay = dir.resolve("overlay.png");
        Run r = run("digitize", packet.toString(), "--page", "1", "--figure", "1", "--debug-out", overlay.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("packet.pdf", json.path("source").path("file").asText());
        assertEquals(1, json.path("source").path("page").asInt());
        assertEquals(1, json.path("source").path("figure").asInt());
        assertEquals("IMRT", json.path("source").path("plan").asText());
        assertEquals("TICK_LABELS", json.path("calibration").path("xSource").asText());
        assertEquals(80, json.path("calibration").path("x").get(1).asDouble(), 0.5);
        List<String> labels = new ArrayList<>();
        json.path("curves").forEach(c -> labels.add(c.path("label").asText() + " " + c.path("labelConfidence").asText()));
        assertEquals(List.of("Brainstem LEGEND_TEXT", "PTV_70 LEGEND_TEXT", "Parotid_L LEGEND_TEXT", "SpinalCord LEGEND_TEXT"),
                labels.stream().sorted().toList());
        assertTrue(Files.size(overlay) > 10_000);
    }

    @Test
    void withoutAPageTheTextListsEveryFigureWithItsPage() {
        Run r = run("digitize", packet.toString(), "--format", "text");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("page 1 figure 1: vector drawing, IMRT plan, colour — \"Figure 1. DVH, IMRT plan\"",
                "page 2 figure 1: picture, 3D plan, grayscale — \"Figure 2. DVH, 3D plan\"",
                "digitise one with: --page N [--figure K]"), r.out().lines().toList());
    }

    @Test
    void withoutAPageTheJsonDigitisesEveryFigureAndSaysWhyOneWasNot() throws Exception {
        Run r = run("digitize", packet.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(2, json.size());
        assertEquals(4, json.get(0).path("curves").size());
        assertEquals(2, json.get(1).path("source").path("page").asInt());
        assertEquals("grayscale figure: the policy requires colour DVHs", json.get(1).path("error").asText());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '--page,1,--figure,2',  3, 'no such figure: PACKET: page 1 has 1 DVH figure; there is no figure 2'
            '--page,5',             3, 'no such figure: PACKET: there is no page 5 (the PDF has 2)'
            '--figure,2',           1, 'error: --figure needs --page (the page the figure is on)'
            """)
    void aFigureThatIsNotThereIsNamedInOneLine(String options, int exit, String message) {
        List<String> args = new ArrayList<>(List.of("digitize", packet.toString()));
        args.addAll(List.of(options.split(",")));
        Run r = run(args.toArray(String[]::new));
        assertEquals(exit, r.exit());
        assertEquals(message.replace("PACKET", packet.toString()), r.err().strip());
    }

    @Test
    void pageOptionOnAnImageIsRefused() throws Exception {
        Path png = dir.resolve("dvh.png");
        javax.imageio.ImageIO.write(SyntheticDvhCorpus.make(0).image(), "png", png.toFile());
        Run r = run("digitize", png.toString(), "--page", "2");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("--page and --figure apply to PDFs"), r.err());
    }
}
