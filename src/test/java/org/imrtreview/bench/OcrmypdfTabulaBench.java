package org.imrtreview.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The nearest thing a plan could use today, on the scan corpus written by {@link ScanBench}: OCRmyPDF
 * (Tesseract with --deskew --clean --rotate-pages) adds a text layer, then Tabula 1.0.5 reads the
 * tables (lattice and stream, the better per file). Scored with {@link TableScore} against the same
 * expected CSVs. Per page: wall seconds of OCRmyPDF plus Tabula, and CPU seconds — OCRmyPDF's with every
 * process it waited for (Tesseract, unpaper, Ghostscript: GNU {@code time}'s user + system) plus
 * Tabula's thread — which compares with {@link ScanBench}'s CPU s/page on a shared machine. Needs the
 * Debian packages {@code ocrmypdf tesseract-ocr-eng unpaper} (bench only; never a test); without
 * GNU {@code time} on the PATH the CPU column is empty. Arguments: {@code CORPUS_DIR [LOOK,...]}.
 */
public final class OcrmypdfTabulaBench {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        List<String> looks = args.length > 1 ? List.of(args[1].toLowerCase(Locale.ROOT).split(",")) : List.of();
        List<Path> scans;
        try (var s = Files.list(corpus)) {
            scans = s.filter(p -> p.toString().endsWith(".pdf") && !p.toString().endsWith(".ocr.pdf"))
                    .filter(p -> looks.isEmpty() || looks.stream().anyMatch(l -> p.getFileName().toString().endsWith("-" + l + ".pdf")))
                    .sorted().toList();
        }
        System.out.println("| scan | pages | cells | OCRmyPDF+Tabula exact | wall s/page | CPU s/page |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        // GNU time from the PATH (Debian package "time"); without it the CPU column stays empty
        boolean timed = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(d -> !d.isBlank()).anyMatch(d -> Files.isExecutable(Path.of(d, "time")));
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cells = 0;
        long right = 0;
        double seconds = 0;
        double cpuSeconds = 0;
        int pagesTotal = 0;
        for (Path scan : scans) {
            String fixture = scan.getFileName().toString().replaceAll("-[a-z0-9_]+\\.pdf$", "");
            Path ocred = corpus.resolve(scan.getFileName().toString().replace(".pdf", ".ocr.pdf"));
            Path cpuFile = corpus.resolve(scan.getFileName().toString().replace(".pdf", ".cpu.txt"));
            List<String> command = new java.util.ArrayList<>(List.of("ocrmypdf", "-q", "--force-ocr", "--deskew", "--clean",
                    "--rotate-pages", "-l", "eng", scan.toString(), ocred.toString()));
            if (timed) {
                command.addAll(0, List.of("time", "-f", "%U %S", "-o", cpuFile.toString()));
            }
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int rc = p.waitFor();
            double cpu = Double.NaN;
            if (timed && Files.isRegularFile(cpuFile)) {
                String[] us = Files.readString(cpuFile).strip().lines().reduce((a, b) -> b).orElse("").split("\\s+");
                cpu = us.length == 2 ? Double.parseDouble(us[0]) + Double.parseDouble(us[1]) : Double.NaN;
            }
            long tabulaCpu0 = threads.getCurrentThreadCpuTime();
            List<List<String>> expected = PdfTableBench.readCsv(ScanBench.CORPUS.resolve(fixture + ".csv"));
            int total = TableScore.expectedCells(expected);
            double best = 0;
            int pages = 1;
            if (rc == 0) {
                try (PDDocument doc = Loader.loadPDF(ocred.toFile())) {
                    pages = doc.getNumberOfPages();
                    best = Math.max(TableScore.accuracy(expected, TableScore.concat(PdfTableBench.tabula(doc, true))),
                            TableScore.accuracy(expected, TableScore.concat(PdfTableBench.tabula(doc, false))));
                }
            }
            double s = (System.nanoTime() - start) / 1e9;
            cpu += (threads.getCurrentThreadCpuTime() - tabulaCpu0) / 1e9;
            cells += total;
            right += Math.round(best * total);
            seconds += s;
            cpuSeconds += cpu;
            pagesTotal += pages;
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f%%%s | %.2f | %s |%n", scan.getFileName(), pages, total, 100 * best,
                    rc == 0 ? "" : " (ocrmypdf exit " + rc + ")", s / pages, Double.isNaN(cpu) ? "" : String.format(Locale.ROOT,
                    "%.2f", cpu / pages));
        }
        System.out.printf(Locale.ROOT, "| **all %d files** | %d | %d | **%.1f%%** | **%.2f** | %s |%n", scans.size(), pagesTotal,
                cells, 100.0 * right / Math.max(1, cells), seconds / Math.max(1, pagesTotal),
                Double.isNaN(cpuSeconds) ? "" : String.format(Locale.ROOT, "**%.2f**", cpuSeconds / Math.max(1, pagesTotal)));
    }
}
