package org.imrtreview.intake.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decision 0441: two plans' DVH pictures of one patient look alike (axes, legend, colours, curves starting at
 * 100 %), yet every sample pair of 3D and IMRT pictures stays far below the likeness of one picture saved twice.
 */
class PictureLikenessTest {

    private static PictureLikeness.Signature signature(Path file) throws Exception {
        DecodedImage d = ImageDecoder.decode(file);
        return PictureLikeness.of(d.argb(), d.sampleWidth(), d.sampleHeight());
    }

    private static Path sample(String prefix) throws Exception {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    @Test
    void twoPlansOfTheSamplesAreFarFromOnePicture() throws Exception {
        String[][] pairs = {
            {"01", "dvh_3d.png", "dvh_imrt.png"}, {"03", "DVH_3DCRT.png", "DVH_VMAT.png"},
            {"04", "image001.png", "image002.png"}, {"07", "DVH_3D.png", "DVH_IMRT.png"},
            {"08", "3D_DVH.jpg", "IMRT_DVH.jpg"}, {"09", "DVH_3D-CRT_plan.png", "DVH_IMRT_plan.png"},
            {"10", "DVH_3D-CRT.png", "DVH_IMRT.png"}, {"12", "DVH_3D.tif", "DVH_IMRT.tif"},
            {"13", "DVH_3DCRT_scan.jpg", "DVH_VMAT_scan.jpg"},
        };
        for (String[] p : pairs) {
            Path dir = sample(p[0]);
            double l = PictureLikeness.likeness(signature(dir.resolve(p[1])), signature(dir.resolve(p[2])));
            assertTrue(l < 0.5, p[0] + ": " + l);
        }
    }

    @Test
    void aPictureIsLikeItselfAndAGreyFaxIsNotCompared() throws Exception {
        Path vmat = sample("03").resolve("DVH_VMAT.png");
        assertEquals(1.0, PictureLikeness.likeness(signature(vmat), signature(vmat)), 1e-9);
        Path fax = sample("05").resolve("fax_p4_DVH_3D.jpg");
        assertTrue(Double.isNaN(PictureLikeness.likeness(signature(fax), signature(fax))));
    }

    @Test
    void shrunkOrCompressedCopiesStayAlike() throws Exception {
        Path vmat = sample("03").resolve("DVH_VMAT.png");
        PictureLikeness.Signature original = signature(vmat);
        for (double scale : List.of(0.5, 0.7, 1.3)) {
            int w = (int) Math.round(1000 * scale);
            int h = (int) Math.round(650 * scale);
            java.awt.image.BufferedImage in = javax.imageio.ImageIO.read(vmat.toFile());
            java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = out.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(in, 0, 0, w, h, null);
            g.dispose();
            int[] argb = out.getRGB(0, 0, w, h, null, 0, w);
            double l = PictureLikeness.likeness(PictureLikeness.of(argb, w, h), original);
            assertTrue(l >= 0.9, scale + ": " + l);
        }
    }
}
