package org.imrtreview.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.DvhImageDigitizer;
import org.imrtreview.digitize.NotADvhPlotException;
import org.imrtreview.digitize.SyntheticDvhCorpus;
import org.imrtreview.digitize.VarietyDvhCorpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Milliseconds per DVH image: a 1600x1000 PNG (synthetic corpus image 12, JFreeChart look, five
 * curves; image 3 is the same size in the plain Java2D look, as JPEG) decoded and digitised with
 * automatic calibration; and two 1600x1000 pictures of the variety corpus (a dark TPS theme, a tilted
 * noisy scan), which exercise the inversion, deskew and lighting steps. Run with bench/digitize-bench.sh.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DigitizeBench {

    /** A corpus index, or a variety image as style-variant ("dark_tps-1": 1600x1000, dark theme). */
    @Param({"12", "3", "dark_tps-1", "scanned_print-1"})
    String corpusImage;

    private byte[] png;
    private BufferedImage decoded;
    private final DvhImageDigitizer digitizer = new DvhImageDigitizer();

    @Setup
    public void makeImage() throws IOException {
        if (corpusImage.matches("\\d+")) {
            decoded = SyntheticDvhCorpus.make(Integer.parseInt(corpusImage)).image();
        } else {
            int dash = corpusImage.lastIndexOf('-');
            decoded = VarietyDvhCorpus.make(
                    VarietyDvhCorpus.Style.valueOf(corpusImage.substring(0, dash).toUpperCase(java.util.Locale.ROOT)),
                    Integer.parseInt(corpusImage.substring(dash + 1))).dvh().image();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(decoded, "png", bytes);
        png = bytes.toByteArray();
    }

    @Benchmark
    public DigitizeResult decodeAndDigitise() throws IOException, NotADvhPlotException {
        return digitizer.digitize(ImageIO.read(new ByteArrayInputStream(png)), DigitizeOptions.automatic());
    }

    @Benchmark
    public DigitizeResult digitiseDecoded() throws NotADvhPlotException {
        return digitizer.digitize(decoded, DigitizeOptions.automatic());
    }
}
