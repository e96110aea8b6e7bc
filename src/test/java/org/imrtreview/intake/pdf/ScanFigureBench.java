package org.imrtreview.intake.pdf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.cache.ResultCache;
import org.imrtreview.digitize.CurveAssigner;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.DigitizedCurves;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.ocr.OcrPage;
import org.imrtreview.ocr.PageOcr;
import org.imrtreview.samples.SampleDvhTruth;

/**
 * bench/scan-figures.sh: the samples' DVH pictures on figure pages, printed and scanned in each
 * {@link ScanFigureCorpus.Look}, read by the packet reader (OCR, figure cut, digitiser) and scored
 * against their known curves. For the grey and 1-bit looks, which the policy does not count as colour
 * and the reader does not digitise, it also digitises the cut figure directly to show what that would
 * give. Prints a markdown table per look and the confidently wrong curves.
 */
public final class ScanFigureBench {

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/scan-figures"));
        Path samples = Path.of(args.length > 1 ? args[1] : "samples");
        List<ScanFigureCorpus.Look> looks = new ArrayList<>();
        if (args.length > 2) {
            for (String l : args[2].split(",")) {
                looks.add(ScanFigureCorpus.Look.valueOf(l));
            }
        } else {
            looks.addAll(List.of(ScanFigureCorpus.Look.values()));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("| look | pages | DVH page found | colour | curves found / present | usable curves | V error median / p90 (pp) "
                + "| Dmax error median / p90 (Gy) | confident wrong | DVH_TABLE_MISMATCH | CPU s/page |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> wrongs = new ArrayList<>();
        // warm-up (class loading, JIT, the OCR engine) outside the timings and the load's CPU budget
        SampleDvhTruth.Figure first = SampleDvhTruth.figures().get(0);
        new PdfPacketReader(null).withScans(ScanReading.cached(ResultCache.off())).read(ScanFigureCorpus.scannedPage(first,
                samples, ScanFigureCorpus.Look.COLOUR_200, 99, out.resolve("warm-up.pdf")), "warm-up.pdf");
        List<String> direct = new ArrayList<>();
        for (ScanFigureCorpus.Look look : looks) {
            int pages = 0;
            int dvhPages = 0;
            int colour = 0;
            int present = 0;
            int found = 0;
            int usable = 0;
            int wrong = 0;
            int spurious = 0;
            List<Double> v = new ArrayList<>();
            List<Double> d = new ArrayList<>();
            long cpu = 0;
            int dPresent = 0;
            int dFound = 0;
            int dUsable = 0;
            int dWrong = 0;
            List<Double> dv = new ArrayList<>();
            int seed = 0;
            java.util.Map<String, List<Path>> bySample = new java.util.LinkedHashMap<>();
            for (SampleDvhTruth.Figure f : SampleDvhTruth.figures()) {
                Path pdf = ScanFigureCorpus.scannedPage(f, samples, look, ++seed,
                        out.resolve(f.label().replace(' ', '-') + "-" + look + ".pdf"));
                bySample.computeIfAbsent(f.sample(), k -> new ArrayList<>()).add(pdf);
                long t0 = threads.getCurrentThreadCpuTime();
                PacketResult r = new PdfPacketReader(null).withScans(ScanReading.cached(ResultCache.off()))
                        .read(pdf, "figure.pdf");
                cpu += threads.getCurrentThreadCpuTime() - t0;
                pages++;
                Document doc = r.documents().stream().filter(x -> x.kind() == DocumentKind.DVH_IMAGE).findFirst().orElse(null);
                if (doc == null) {
                    wrongs.add(f.label() + " " + look + ": not found as a DVH page: " + r.documents().stream()
                            .map(x -> x.kind() + " (" + x.note() + ")").toList());
                } else {
                    dvhPages++;
                    if (Boolean.TRUE.equals(doc.color())) {
                        colour++;
                    }
                    if ((doc.plan() == org.imrtreview.model.PlanKind.THREE_D) != f.threeD()) {
                        wrongs.add(f.label() + " " + look + ": plan read as " + doc.plan());
                    }
                }
                ScanFigureCorpus.Score s = ScanFigureCorpus.score(f, r.curves());
                if (System.getProperty("scan.figures.each") != null) {
                    System.err.println(f.label() + " " + look + ": " + s.found() + "/" + s.present() + " found, "
                            + s.usable() + " usable; " + (doc == null ? "-" : doc.note()));
                }
                present += s.present();
                found += s.found();
                usable += s.usable();
                wrong += s.confidentWrong();
                v.addAll(s.volumeErrors());
                d.addAll(s.dmaxErrors());
                s.wrong().forEach(w -> wrongs.add(look + " " + w));
                s.dmaxNotes().forEach(w -> wrongs.add(look + " " + w));
                spurious += s.spurious();
                if (doc != null && !Boolean.TRUE.equals(doc.color())) {
                    ScanFigureCorpus.Score g = ScanFigureCorpus.score(f, digitiseAnyway(pdf, f));
                    dPresent += g.present();
                    dFound += g.found();
                    dUsable += g.usable();
                    dWrong += g.confidentWrong();
                    dv.addAll(g.volumeErrors());
                    g.wrong().forEach(w -> wrongs.add(look + " (digitised anyway) " + w));
                }
            }
            // each sample with its two pictures replaced by these scanned figure pages, loaded and evaluated
            int mismatches = 0;
            for (var e : bySample.entrySet()) {
                Path caseDir = out.resolve("case-" + e.getKey().substring(0, 2) + "-" + look);
                if (!Files.isDirectory(caseDir)) {
                    SampleDvhTruth.Figure any = SampleDvhTruth.figures().stream().filter(x -> x.sample().equals(e.getKey()))
                            .findFirst().orElseThrow();
                    org.imrtreview.testing.SampleCopies.copyTo(samples.resolve(e.getKey()), caseDir,
                            rel -> SampleDvhTruth.figures().stream().anyMatch(x -> x.sample().equals(any.sample())
                                    && x.file().equals(rel)));
                    for (Path pdf : e.getValue()) {
                        Files.copy(pdf, caseDir.resolve(pdf.getFileName()));
                    }
                }
                var rc = org.imrtreview.intake.CaseLoader.standard().load(caseDir);
                var ev = org.imrtreview.evaluate.Evaluator.standard().evaluate(rc);
                for (var row : ev.rows()) {
                    if (row.has(org.imrtreview.model.FlagCode.DVH_TABLE_MISMATCH)) {
                        mismatches++;
                        wrongs.add(look + " " + e.getKey().substring(0, 2) + ": DVH_TABLE_MISMATCH on " + row);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d/%d | %d (%d spurious) | %.2f / %.2f | %.2f / %.2f | %d | %d | %.2f |%n",
                    look.description(), pages, dvhPages, colour, found, present, usable, spurious,
                    ScanFigureCorpus.median(v), ScanFigureCorpus.p90(v), ScanFigureCorpus.median(d), ScanFigureCorpus.p90(d),
                    wrong, mismatches, cpu / 1e9 / pages);
            if (dPresent > 0) {
                direct.add(String.format(Locale.ROOT, "| %s | %d/%d | %d | %.2f / %.2f | %d |", look.description(), dFound,
                        dPresent, dUsable, ScanFigureCorpus.median(dv), ScanFigureCorpus.p90(dv), dWrong));
            }
        }
        if (!direct.isEmpty()) {
            System.out.println();
            System.out.println("Not colour, so not digitised by the reader; the cut figure digitised anyway:");
            System.out.println();
            System.out.println("| look | curves found / present | usable curves | V error median / p90 (pp) | confident wrong |");
            System.out.println("|---|---:|---:|---:|---:|");
            direct.forEach(System.out::println);
        }
        System.out.println();
        wrongs.forEach(w -> System.out.println("- " + w));
    }

    /** The figure cut and digitised as the reader would if the page counted as colour. */
    private static List<DvhCurve> digitiseAnyway(Path pdf, SampleDvhTruth.Figure f) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            java.awt.image.BufferedImage picture = ScanReading.renderPage(doc, 0);
            OcrPage ocr = PageOcr.shared().read(picture, ScanReading.RENDER_DPI, ScanReading.RENDER_DPI);
            ScanFigures.Cut cut = ScanFigures.figure(picture, ScanReading.RENDER_DPI, ocr);
            DigitizeResult result = FigureReading.digitiseScan(cut, ScanFigures.lines(ocr, 0),
                    DigitizeOptions.automatic(java.time.Duration.ofSeconds(FigureCurves.TIME_BUDGET_SECONDS)));
            var plan = f.threeD() ? org.imrtreview.model.PlanKind.THREE_D : org.imrtreview.model.PlanKind.IMRT;
            return DigitizedCurves.toModel(result, new CurveAssigner().assign(result.curves(), plan, List.of(), null), "figure.pdf");
        } catch (org.imrtreview.digitize.NotADvhPlotException e) {
            return List.of();
        }
    }
}
