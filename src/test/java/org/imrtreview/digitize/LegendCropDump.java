package org.imrtreview.digitize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** Writes legend corpus images and the text crops handed to OCR, for looking at. */
final class LegendCropDump {
    private LegendCropDump() {
    }

    public static void main(String[] args) throws IOException, NotADvhPlotException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (int a = 1; a < args.length; a++) {
            SyntheticDvh s = SyntheticDvhCorpus.legendImage(Integer.parseInt(args[a]));
            ImageIO.write(s.image(), "png", dir.resolve(s.name() + ".png").toFile());
            RgbImage rgb = RgbImage.of(s.image());
            DigitizeResult r = new DvhImageDigitizer().digitize(rgb, DigitizeOptions.automatic());
            ImageIO.write(DebugOverlay.draw(s.image(), r), "png", dir.resolve(s.name() + "-overlay.png").toFile());
            PlotFrame frame = r.frame();
            Region region = Region.around(frame, 2, rgb);
            int background = CurveColours.background(rgb, Region.around(frame, -3, rgb));
            CurveColours colours = new CurveColours(rgb, region, background);
            List<Integer> seeds = colours.find();
            List<LegendSwatch> swatches = new LegendFinder(rgb, frame, region).swatches(r.curves(), colours, seeds);
            LegendTextLocator locator = new LegendTextLocator(rgb);
            for (LegendSwatch sw : swatches) {
                System.out.println(s.name() + " swatch " + sw);
                var box = locator.locate(sw, swatches, r.curves().get(sw.curve()).rgb());
                System.out.println("   box " + box);
                if (box.isPresent()) {
                    ImageIO.write(LegendTextImage.of(rgb, box.get()), "png",
                            dir.resolve(s.name() + "-crop-" + sw.curve() + ".png").toFile());
                }
            }
        }
    }
}
