package org.imrtreview.digitize;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.imrtreview.ocr.TextReader;
import org.imrtreview.samples.SampleDvhTruth;

/**
 * A clean sample picture someone shrank and saved again as JPEG (decision 0531): the eight separate 3D/IMRT pictures
 * of samples 01, 03, 04 and 07 ({@link SampleDvhTruth}), bilinearly shrunk to 75-90 % and written at JPEG q70-q95
 * with the JDK's encoder. {@code bench/digitize-resized.sh} prints, per scale and quality, the pictures whose axes
 * were trusted, held back for the nurse, or trusted and wrong (an axis end more than 2 % of its span off), the curves
 * used, and the worst volume error of a used curve against the nearest known curve of its picture.
 */
final class ResizedSamples {
    static final int[] SCALES = {75, 80, 85, 90};
    static final int[] QUALITIES = {70, 80, 85, 90, 95};

    private ResizedSamples() {
    }

    static BufferedImage resized(BufferedImage src, int percent, int quality) {
        int w = Math.round(src.getWidth() * percent / 100f);
        int h = Math.round(src.getHeight() * percent / 100f);
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(small, null, null), param);
            }
            writer.dispose();
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How one resized picture was read. */
    record Reading(String picture, int percent, int quality, String outcome, int traced, int used, double worstV,
                   String note) {
    }

    static Reading read(SampleDvhTruth.Figure figure, BufferedImage original, int percent, int quality) {
        String name = figure.label() + " " + percent + "% q" + quality;
        BufferedImage img = resized(original, percent, quality);
        DigitizeResult r;
        try {
            r = new DvhImageDigitizer(TextReader.unavailable("not needed")).digitize(img, DigitizeOptions.automatic());
        } catch (NotADvhPlotException e) {
            return new Reading(name, percent, quality, "refused", 0, 0, 0, e.getMessage());
        }
        Calibration c = r.calibration();
        if (!c.trustworthy()) {
            return new Reading(name, percent, quality, "held", r.curves().size(), 0, 0, c.note());
        }
        double doseOff = Math.abs(c.doseAtRight() - c.doseAtLeft() - figure.doseAxisMax()) / figure.doseAxisMax();
        boolean volumeRight = Math.abs(Math.max(c.volumeAtTop(), c.volumeAtBottom()) - 105) < 0.02 * 105
                || Math.abs(Math.max(c.volumeAtTop(), c.volumeAtBottom()) - 100) < 0.02 * 100;
        String outcome = doseOff > 0.02 || !volumeRight ? "WRONG AXIS" : "read";
        int used = 0;
        double worst = 0;
        for (TracedCurve t : r.curves()) {
            if (!t.tracedWhole(c)) {
                continue;
            }
            used++;
            double best = Double.MAX_VALUE;
            for (SampleDvhTruth.Known k : figure.curves()) {
                double off = 0;
                for (int i = 1; i < 10; i++) {
                    double d = i * figure.doseAxisMax() / 10;
                    off = Math.max(off, Math.abs(CurveMetrics.volumeAt(t.doseGy(), t.volumePercent(), d) - k.volumeAt(d)));
                }
                best = Math.min(best, off);
            }
            worst = Math.max(worst, best);
        }
        return new Reading(name, percent, quality, outcome, r.curves().size(), used, worst, c.note());
    }

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        List<Reading> all = new ArrayList<>();
        for (SampleDvhTruth.Figure f : SampleDvhTruth.figures()) {
            BufferedImage original = ImageIO.read(f.path(samples).toFile());
            for (int p : SCALES) {
                for (int q : QUALITIES) {
                    Reading r = read(f, original, p, q);
                    all.add(r);
                    System.out.printf(Locale.ROOT, "%-22s %-10s traced %d used %d worst V %.2f pp | %s%n", r.picture(),
                            r.outcome(), r.traced(), r.used(), r.worstV(), r.note());
                }
            }
        }
        System.out.println();
        System.out.println("| scale | pictures | read | held | trusted and wrong | refused | curves used | worst V of a used curve (pp) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int p : SCALES) {
            List<Reading> rows = all.stream().filter(r -> r.percent() == p).toList();
            System.out.printf(Locale.ROOT, "| %d %% | %d | %d | %d | %d | %d | %d | %.2f |%n", p, rows.size(),
                    rows.stream().filter(r -> r.outcome().equals("read")).count(),
                    rows.stream().filter(r -> r.outcome().equals("held")).count(),
                    rows.stream().filter(r -> r.outcome().equals("WRONG AXIS")).count(),
                    rows.stream().filter(r -> r.outcome().equals("refused")).count(),
                    rows.stream().mapToInt(Reading::used).sum(),
                    rows.stream().filter(r -> r.outcome().equals("read")).mapToDouble(Reading::worstV).max().orElse(0));
        }
    }
}
