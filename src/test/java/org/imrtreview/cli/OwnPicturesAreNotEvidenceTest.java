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
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overlay chart this program draws from a case's DVH exports is a colour picture of both plans.
 * Saved into the case folder (the nurse's "Export PNG…", or {@code chart CASE --out CASE/x.png}) it
 * used to be read as the provider's DVH image and satisfied "Comparative 3D and IMRT DVH images" and
 * "DVH images in colour" by itself: a case that lacked the provider's DVH pictures went from
 * INCOMPLETE to CRITERIA_MET (decision 0400).
 */
class OwnPicturesAreNotEvidenceTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) { }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static JsonNode evaluate(Path folder) throws Exception {
        Run r = run("evaluate", folder.toString(), "--format", "json", "--read-only");
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> missing(JsonNode json) {
        List<String> words = new ArrayList<>();
        json.get("missing").forEach(m -> words.add(m.asText()));
        return words;
    }

    @Test
    void theOverlayChartSavedIntoTheCaseDoesNotStandInForTheProvidersDvhImages() throws Exception {
        // sample 09 without the provider's DVH pictures, its rectum row as a clinic that wrote the exported
        // value and an institutional limit would: only IMRT meets it, so the table alone would support
        Path folder = SampleCopies.copyTo(Path.of("samples/09-prostate-dvh-data-mismatch"), tmp.resolve("case"),
                rel -> rel.startsWith("DVH_") && rel.endsWith(".png"));
        Path table = folder.resolve("Summary_3D_vs_IMRT.csv");
        Files.writeString(table, Files.readString(table)
                .replace("Rectum,V70 < 20%,QUANTEC,31.0%,14.2%", "Rectum,V70 < 25%,Institutional,31.0%,24.2%"));
        JsonNode before = evaluate(folder);
        assertEquals("INCOMPLETE", before.get("determination").asText());
        assertEquals(List.of("dvh", "color"), missing(before));

        Run chart = run("chart", folder.toString(), "--out", folder.resolve("DVH_3D_vs_IMRT_overlay.png").toString());
        assertEquals(0, chart.exit(), chart.err());

        JsonNode after = evaluate(folder);
        assertEquals("INCOMPLETE", after.get("determination").asText(), after.get("checklist").toString());
        assertEquals(List.of("dvh", "color"), missing(after));
        int ours = 0;
        for (JsonNode d : after.get("documents")) {
            String file = d.get("file").asText();
            if (file.endsWith(".png")) {
                assertEquals("OWN_PICTURE", d.get("kind").asText(), file);
                ours++;
            }
        }
        assertEquals(1, ours, after.get("documents").toString());
    }

    /**
     * Any picture written through {@link org.imrtreview.chart.OwnPictures} (the snapshot and the digitiser's
     * overlay use it too) is ours: the provider's own colour DVH picture of sample 03, re-written that way,
     * is no longer the case's 3D DVH image.
     */
    @Test
    void aPictureWrittenAsOursIsNotReadEvenWhenItIsARealDvhPicture() throws Exception {
        Path folder = SampleCopies.copyTo(Path.of("samples/03-lung-v20-csv-criteria-met"), tmp.resolve("case03"), rel -> false);
        assertEquals("CRITERIA_MET", evaluate(folder).get("determination").asText());
        Path picture = folder.resolve("DVH_3DCRT.png");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(picture.toFile());
        org.imrtreview.chart.OwnPictures.writePng(image, picture, "case screen snapshot");

        JsonNode after = evaluate(folder);
        assertEquals("INCOMPLETE", after.get("determination").asText());
        assertEquals(List.of("dvh"), missing(after), "the 3D plan's DVH picture is missing");
    }
}
