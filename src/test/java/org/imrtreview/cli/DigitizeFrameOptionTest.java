package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.imrtreview.digitize.SyntheticDvh;
import org.imrtreview.digitize.SyntheticDvhCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digitize --frame x0,y0,x1,y1}: the nurse's plot frame replaces the detected one (decision 0184). */
class DigitizeFrameOptionTest {
    @TempDir
    static Path dir;
    private static Path dvh;
    private static JsonNode automatic;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void writeImage() throws Exception {
        SyntheticDvh synthetic = SyntheticDvhCorpus.make(12);
        dvh = dir.resolve("dvh.png");
        ImageIO.write(synthetic.image(), "png", dvh.toFile());
        Run r = run("digitize", dvh.toString(), "--no-legend-text");
        assertEquals(0, r.exit(), r.err());
        automatic = new ObjectMapper().readTree(r.out());
    }

    @Test
    void aGivenFrameIsUsedAndSaidAndTheCurvesComeOutTheSame() throws Exception {
        JsonNode f = automatic.path("frame");
        String frame = String.format(java.util.Locale.ROOT, "%.0f,%.0f,%.0f,%.0f", f.path("left").asDouble(),
                f.path("top").asDouble(), f.path("right").asDouble(), f.path("bottom").asDouble());
        Run r = run("digitize", dvh.toString(), "--no-legend-text", "--frame", frame);
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(Math.round(f.path("left").asDouble()), json.path("frame").path("left").asDouble(), 0.01);
        assertTrue(r.out().contains("plot frame set by you"), r.out());
        assertEquals(automatic.path("curves").size(), json.path("curves").size());
        for (int i = 0; i < json.path("curves").size(); i++) {
            assertEquals(automatic.path("curves").get(i).path("metrics").path("Dmax[Gy]").asDouble(),
                    json.path("curves").get(i).path("metrics").path("Dmax[Gy]").asDouble(), 0.5);
        }
    }

    @Test
    void aFrameThatIsNotFourNumbersIsAUsageError() {
        Run r = run("digitize", dvh.toString(), "--frame", "10,20,30");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("x0,y0,x1,y1"), r.err());
        Run backwards = run("digitize", dvh.toString(), "--frame", "500,20,30,400");
        assertEquals(1, backwards.exit());
    }

    @Test
    void aFrameOutsideThePictureIsRefusedWithItsSize() {
        Run r = run("digitize", dvh.toString(), "--frame", "10,10,9000,400");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("outside"), r.err());
    }

    @Test
    void eachCurveSaysHowReliableItsDmaxIs() {
        JsonNode first = automatic.path("curves").get(0).path("reliability");
        assertTrue(first.path("tracedWhole").isBoolean(), first.toString());
        assertTrue(first.path("Dmax[Gy]").get(1).asDouble() >= first.path("Dmax[Gy]").get(0).asDouble());
    }
}
