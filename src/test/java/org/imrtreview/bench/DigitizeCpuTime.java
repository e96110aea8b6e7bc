package org.imrtreview.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.DvhImageDigitizer;
import org.imrtreview.digitize.RgbImage;
import org.imrtreview.intake.image.DecodedImage;
import org.imrtreview.intake.image.ImageDecoder;
import org.imrtreview.ocr.TextReader;

/**
 * Thread CPU of digitising pictures (legend OCR off, so the digitiser's own work is measured): the first
 * round in a fresh JVM (what a cold {@code evaluate} pays, class loading and the tick digits' templates
 * included) and the median of later rounds. Issue 17. Run from the project root:
 * {@code java -XX:TieredStopAtLevel=1 -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.imrtreview.bench.DigitizeCpuTime ROUNDS PICTURE...}. Prints to stdout (a tool, not product code).
 */
public final class DigitizeCpuTime {

    private DigitizeCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // Decoded as a case's picture is (ImageHandler), handed over as packed pixels (DvhImageCurves).
        DecodedImage[] pictures = new DecodedImage[args.length - 1];
        for (int i = 1; i < args.length; i++) {
            pictures[i - 1] = ImageDecoder.decode(Path.of(args[i]));
        }
        DvhImageDigitizer digitizer = new DvhImageDigitizer(TextReader.unavailable("measuring the digitiser alone"));
        double[] cpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            for (DecodedImage p : pictures) {
                // A new RgbImage each round, as each reading of a file makes one: what it remembers is not reused.
                digitizer.digitize(RgbImage.fromArgb(p.width(), p.height(), p.argb()), DigitizeOptions.automatic());
            }
            cpu[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        double first = cpu[0];
        double[] later = Arrays.copyOfRange(cpu, 1, rounds);
        Arrays.sort(later);
        System.out.printf(Locale.ROOT, "first round %.1f ms CPU; later rounds median %.1f ms (%d rounds, %d pictures)%n",
                first, later.length == 0 ? Double.NaN : later[later.length / 2], rounds, pictures.length);
    }
}
