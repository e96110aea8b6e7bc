package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Document;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.PlanKind;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0403: the IMRT plan's DVH picture sent a second time under the 3D plan's name is no
 * comparison of two plans. Sample 03 with DVH_VMAT.png copied over DVH_3DCRT.png used to stay
 * CRITERIA_MET with the DVH checklist item satisfied.
 */
class SamePicturesTest {

    private static final Path SAMPLE = Path.of("samples/03-lung-v20-csv-criteria-met");

    @TempDir
    Path tmp;

    private static Evaluation evaluate(Path folder) throws Exception {
        return Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(folder));
    }

    @Test
    void theImrtPictureSentAgainAsThe3dPictureLeavesTheComparisonMissing() throws Exception {
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve("case"), rel -> false);
        Files.copy(folder.resolve("DVH_VMAT.png"), folder.resolve("DVH_3DCRT.png"), StandardCopyOption.REPLACE_EXISTING);

        Evaluation e = evaluate(folder);
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("dvh"), e.missing());
        for (String name : List.of("DVH_3DCRT.png", "DVH_VMAT.png")) {
            Document d = e.documents().stream().filter(x -> x.file().equals(name)).findFirst().orElseThrow();
            assertNull(d.plan(), name);
        }
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("is the same picture as")), e.problems().toString());
    }

    /** The picture drawn again at {@code scale} and written as PNG (other deflate level) or JPEG at {@code quality}. */
    static void resave(Path from, Path to, double scale, String format, float quality) throws Exception {
        BufferedImage in = ImageIO.read(from.toFile());
        int w = (int) Math.round(in.getWidth() * scale);
        int h = (int) Math.round(in.getHeight() * scale);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(in, 0, 0, w, h, null);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (ImageOutputStream os = ImageIO.createImageOutputStream(to.toFile())) {
            writer.setOutput(os);
            writer.write(null, new IIOImage(out, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * Decision 0441: the IMRT picture saved again (other bytes) as the 3D picture: re-encoded PNG, and shrunk
     * to 90 % as a JPEG (the digitiser reads no curves from that one, so only the pixels can tell).
     */
    @Test
    void theImrtPictureSavedAgainWithOtherBytesIsStillOnePicture() throws Exception {
        record Copy(String name, double scale, String format, float quality) { }
        for (Copy c : List.of(new Copy("DVH_3DCRT.png", 1.0, "png", 1.0f), new Copy("DVH_3DCRT.jpg", 0.9, "jpeg", 0.85f))) {
            Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve("resaved-" + c.format()), rel -> rel.equals("DVH_3DCRT.png"));
            resave(folder.resolve("DVH_VMAT.png"), folder.resolve(c.name()), c.scale(), c.format(), c.quality());
            assertNotEquals(Files.size(folder.resolve("DVH_VMAT.png")), Files.size(folder.resolve(c.name())));

            Evaluation e = evaluate(folder);
            assertEquals(Determination.INCOMPLETE, e.determination(), c + ": " + e.reasons());
            assertEquals(List.of("dvh"), e.missing(), c.toString());
            for (String name : List.of(c.name(), "DVH_VMAT.png")) {
                Document d = e.documents().stream().filter(x -> x.file().equals(name)).findFirst().orElseThrow();
                assertNull(d.plan(), c + ": " + name);
            }
            assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("shows the same picture as DVH_VMAT.png")),
                    e.problems().toString());
        }
    }

    /** The 3D picture itself shrunk and saved as JPEG is still the 3D plan's picture beside the VMAT one. */
    @Test
    void theOtherPlansPictureResavedIsStillAnotherPlan() throws Exception {
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve("3d-as-jpeg"), rel -> rel.equals("DVH_3DCRT.png"));
        resave(SAMPLE.resolve("DVH_3DCRT.png"), folder.resolve("DVH_3DCRT.jpg"), 0.8, "jpeg", 0.8f);
        Evaluation e = evaluate(folder);
        assertEquals(PlanKind.THREE_D, e.documents().stream().filter(x -> x.file().equals("DVH_3DCRT.jpg")).findFirst()
                .orElseThrow().plan(), e.problems().toString());
        assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("same picture")), e.problems().toString());
    }

    @Test
    void twoDifferentPicturesStillCoverBothPlans() throws Exception {
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve("as-sent"), rel -> false);
        Evaluation e = evaluate(folder);
        assertEquals(Determination.CRITERIA_MET, e.determination());
        assertEquals(PlanKind.THREE_D, e.documents().stream().filter(x -> x.file().equals("DVH_3DCRT.png")).findFirst()
                .orElseThrow().plan());
    }
}
