package org.imrtreview.intake.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.ocr.OcrPage;
import org.imrtreview.ocr.OcrWord;

/** Prints what OCR read on an image-only PDF's first page (developer aid for the scan bench). */
public final class ScanDebug {
    public static void main(String[] args) throws Exception {
        Path pdf = Path.of(args[0]);
        if (Boolean.getBoolean("words")) { // the words as the program reads the page (render at 250 dpi RGB)
            try (PDDocument doc = PdfOpener.open(pdf)) {
                int pageIndex = Integer.getInteger("page", 0);
                OcrPage page = ScanReading.standard(null).read(pdf, pageIndex, new ScanReading.ImageSource() {
                    @Override
                    public java.awt.image.BufferedImage image() throws java.io.IOException {
                        return new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(pageIndex, ScanReading.RENDER_DPI,
                                org.apache.pdfbox.rendering.ImageType.RGB);
                    }

                    @Override
                    public ScanReading.Dpi dpi() {
                        return new ScanReading.Dpi(ScanReading.RENDER_DPI, ScanReading.RENDER_DPI);
                    }
                });
                for (OcrWord w : page.words()) {
                    System.out.printf("%3d %-20s %4d %4d %4d %4d %.2f %s%n", w.line(), w.text(), w.x0(), w.y0(), w.x1(), w.y1(),
                            w.confidence(), w.doubt() == null ? "" : w.doubt());
                }
                if (Boolean.getBoolean("rules")) {
                    page.rules().forEach(System.out::println);
                }
            }
            return;
        }
        if (Boolean.getBoolean("rows")) { // the whole file as the bench reads it: rows, flagged cells marked "?"
            List<List<Boolean>> flagged = new ArrayList<>();
            List<List<String>> rows = ScanTables.rows(ScanTables.extract(pdf), 0.8, flagged);
            for (int i = 0; i < rows.size(); i++) {
                StringBuilder sb = new StringBuilder();
                for (int j = 0; j < rows.get(i).size(); j++) {
                    sb.append(j == 0 ? "" : " | ").append(rows.get(i).get(j)).append(flagged.get(i).get(j) ? "?" : "");
                }
                System.out.println(sb);
            }
            return;
        }
        ScanReading reading = ScanReading.standard(null);
        try (PDDocument doc = PdfOpener.open(pdf)) {
            long t0 = System.nanoTime();
            var img = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(Integer.getInteger("page", 0), Float.parseFloat(System.getProperty("dpi", "300")),
                    org.apache.pdfbox.rendering.ImageType.GRAY);
            long t1 = System.nanoTime();
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c1 = mx.getCurrentThreadCpuTime();
            OcrPage page = org.imrtreview.ocr.PageOcr.shared().read(img, Float.parseFloat(System.getProperty("dpi", "300")), Float.parseFloat(System.getProperty("dpi", "300")));
            long t2 = System.nanoTime();
            System.out.println("cpu ms " + (mx.getCurrentThreadCpuTime() - c1) / 1_000_000);
            System.out.printf("render %d ms, ocr %d ms, %dx%d dpi %.0f rot %d skew %.2f words %d conf %.2f rules %d%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, page.width(), page.height(), page.dpi(), page.rotation(),
                    page.skewDegrees(), page.words().size(), page.meanConfidence(), page.rules().size());
            if (args.length > 1) {
                for (OcrWord w : page.words()) {
                    System.out.printf("%3d %-20s %4d %4d %4d %4d %.2f base %.0f%n", w.line(), w.text(), w.x0(), w.y0(), w.x1(),
                            w.y1(), w.confidence(), w.baseline());
                }
                page.rules().forEach(System.out::println);
            }
            PageAnalysis a = ScanReading.analyse(page, 0);
            List<List<Boolean>> flagged = new ArrayList<>();
            for (List<String> r : ScanTables.rows(a.tables(), 0.8, flagged)) {
                System.out.println(r);
            }
        }
    }
}
