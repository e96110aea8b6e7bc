package org.imrtreview.digitize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes the synthetic corpus and the digitiser's debug overlays to a folder, for looking at. */
final class CorpusDump {
    private CorpusDump() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/digitize-corpus");
        int from = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int to = args.length > 2 ? Integer.parseInt(args[2]) : 36;
        Files.createDirectories(dir);
        for (int i = from; i < to; i++) {
            SyntheticDvh s = SyntheticDvhCorpus.make(i);
            ImageIO.write(s.image(), "png", dir.resolve(s.name() + ".png").toFile());
            try {
                DigitizeResult r = new DvhImageDigitizer().digitize(s.image(), DigitizeOptions.automatic());
                ImageIO.write(DebugOverlay.draw(s.image(), r), "png", dir.resolve(s.name() + "-overlay.png").toFile());
            } catch (NotADvhPlotException e) {
                System.out.println(s.name() + ": " + e.getMessage());
            }
        }
    }
}
