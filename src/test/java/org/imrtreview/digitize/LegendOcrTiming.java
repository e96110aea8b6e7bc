package org.imrtreview.digitize;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imrtreview.ocr.TesseractReader;
import org.imrtreview.ocr.TextReader;

/**
 * Cost of reading legend text (bench/legend-ocr.sh): the first call's warm-up (native libraries,
 * language data copy, engine start), OCR per legend entry, and digitising per image with and
 * without legend OCR. Times are CPU times where the build machine is shared (wall times are
 * printed beside them); process CPU is shown too, in case the engine uses helper threads.
 */
final class LegendOcrTiming {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private LegendOcrTiming() {
    }

    public static void main(String[] args) throws Exception {
        int images = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<SyntheticDvh> corpus = SyntheticDvhCorpus.legendCorpus(images);

        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long proc = OS.getProcessCpuTime();
        boolean ok = TesseractReader.shared().available();
        TesseractReader.shared().readLine(crops(corpus.subList(0, 1)).get(0), LegendTextReader.WHITELIST);
        System.out.printf(Locale.ROOT, "warm-up (load natives, copy language data, start engine, first line): available=%s,"
                        + " wall %.0f ms, thread CPU %.0f ms, process CPU %.0f ms%n", ok, ms(System.nanoTime() - wall),
                ms(THREADS.getCurrentThreadCpuTime() - cpu), ms(OS.getProcessCpuTime() - proc));

        List<BufferedImage> crops = crops(corpus);
        List<Double> cpuPer = new ArrayList<>();
        List<Double> wallPer = new ArrayList<>();
        long procStart = OS.getProcessCpuTime();
        long wallStart = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            for (BufferedImage crop : crops) {
                long w = System.nanoTime();
                long c = THREADS.getCurrentThreadCpuTime();
                TesseractReader.shared().readLine(crop, LegendTextReader.WHITELIST);
                cpuPer.add(ms(THREADS.getCurrentThreadCpuTime() - c));
                wallPer.add(ms(System.nanoTime() - w));
            }
        }
        int n = 3 * crops.size();
        System.out.printf(Locale.ROOT, "OCR per legend entry (%d entries x 3): thread CPU median %.1f ms, p90 %.1f ms;"
                        + " wall median %.1f ms; process CPU per entry %.1f ms (wall %.1f ms)%n", crops.size(),
                AccuracyReport.median(cpuPer), AccuracyReport.quantile(cpuPer, 0.9), AccuracyReport.median(wallPer),
                ms(OS.getProcessCpuTime() - procStart) / n, ms(System.nanoTime() - wallStart) / n);

        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        DvhImageDigitizer ocr = new DvhImageDigitizer();
        DvhImageDigitizer plain = new DvhImageDigitizer(TextReader.unavailable("timing"));
        for (int round = 0; round < 2; round++) {
            for (SyntheticDvh s : corpus) {
                RgbImage rgb = RgbImage.of(s.image());
                long c = THREADS.getCurrentThreadCpuTime();
                plain.digitize(rgb, DigitizeOptions.automatic());
                long mid = THREADS.getCurrentThreadCpuTime();
                ocr.digitize(rgb, DigitizeOptions.automatic());
                long end = THREADS.getCurrentThreadCpuTime();
                if (round == 1) {
                    without.add(ms(mid - c));
                    with.add(ms(end - mid));
                }
            }
        }
        System.out.printf(Locale.ROOT, "digitise per image (%d legend-corpus images, thread CPU): without OCR median %.0f ms,"
                        + " with legend OCR median %.0f ms (ratio %.2f); worst %.0f vs %.0f ms%n", corpus.size(),
                AccuracyReport.median(without), AccuracyReport.median(with),
                AccuracyReport.median(with) / AccuracyReport.median(without), AccuracyReport.max(without),
                AccuracyReport.max(with));
    }

    private static List<BufferedImage> crops(List<SyntheticDvh> corpus) throws NotADvhPlotException {
        List<BufferedImage> out = new ArrayList<>();
        for (SyntheticDvh s : corpus) {
            RgbImage rgb = RgbImage.of(s.image());
            DigitizeResult r = new DvhImageDigitizer(TextReader.unavailable("timing")).digitize(rgb, DigitizeOptions.automatic());
            PlotFrame frame = r.frame();
            Region region = Region.around(frame, 2, rgb);
            CurveColours colours = new CurveColours(rgb, region, CurveColours.background(rgb, Region.around(frame, -3, rgb)));
            List<LegendSwatch> swatches = new LegendFinder(rgb, frame, region).swatches(r.curves(), colours, colours.find());
            LegendTextLocator locator = new LegendTextLocator(rgb);
            for (LegendSwatch sw : swatches) {
                locator.locate(sw, swatches, r.curves().get(sw.curve()).rgb())
                        .ifPresent(box -> out.add(LegendTextImage.of(rgb, box)));
            }
        }
        return out;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
