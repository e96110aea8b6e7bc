package org.imrtreview.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.intake.pdf.ExtractedTable;
import org.imrtreview.intake.pdf.PdfTableExtractor;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.PageIterator;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.extractors.BasicExtractionAlgorithm;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Our PDF table extractor against Tabula (lattice = SpreadsheetExtractionAlgorithm, stream =
 * BasicExtractionAlgorithm) on the fixture corpus: cell accuracy ({@link TableScore}) and
 * milliseconds per page (PDF already loaded, after warm-up; median of repeated runs). Run with
 * {@code bench/pdf-tables.sh}.
 */
public final class PdfTableBench {
    private static final int WARMUP = 3;
    private static final int RUNS = 7;

    interface Extractor {
        List<List<List<String>>> extract(PDDocument doc) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/pdf/tables");
        boolean verbose = args.length > 1 && args[1].equals("-v");
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(dir)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        Extractor ours = doc -> {
            List<List<List<String>>> out = new ArrayList<>();
            for (ExtractedTable t : PdfTableExtractor.extract(doc)) {
                out.add(t.rows());
            }
            return out;
        };
        Extractor lattice = doc -> tabula(doc, true);
        Extractor stream = doc -> tabula(doc, false);
        double[] sum = new double[4];
        double[] msSum = new double[3];
        int files = 0;
        int pagesTotal = 0;
        System.out.printf(Locale.ROOT, "%-36s %5s | %8s %8s | %8s %8s %8s %8s | %s%n", "file", "pages", "ours",
                "ms/page", "lattice", "stream", "best", "ms/page", "tabula ms/page lattice+stream");
        for (Path pdf : pdfs) {
            List<List<String>> expected = readCsv(Path.of(pdf.toString().replaceAll("\\.pdf$", ".csv")));
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                int pages = doc.getNumberOfPages();
                double aOurs = TableScore.accuracy(expected, TableScore.concat(ours.extract(doc)));
                double aLat = TableScore.accuracy(expected, TableScore.concat(lattice.extract(doc)));
                double aStr = TableScore.accuracy(expected, TableScore.concat(stream.extract(doc)));
                double msOurs = time(ours, doc) / pages;
                double msLat = time(lattice, doc) / pages;
                double msStr = time(stream, doc) / pages;
                double best = Math.max(aLat, aStr);
                double msBest = aLat >= aStr ? msLat : msStr;
                System.out.printf(Locale.ROOT, "%-36s %5d | %7.1f%% %8.2f | %7.1f%% %7.1f%% %7.1f%% %8.2f | %.2f + %.2f%n",
                        pdf.getFileName(), pages, 100 * aOurs, msOurs, 100 * aLat, 100 * aStr, 100 * best, msBest,
                        msLat, msStr);
                if (verbose && aOurs < 1) {
                    for (List<List<String>> t : ours.extract(doc)) {
                        t.forEach(r -> System.out.println("    " + r));
                        System.out.println("    --");
                    }
                }
                sum[0] += aOurs;
                sum[1] += aLat;
                sum[2] += aStr;
                sum[3] += best;
                msSum[0] += msOurs * pages;
                msSum[1] += msBest * pages;
                msSum[2] += (msLat + msStr) * pages;
                files++;
                pagesTotal += pages;
            }
        }
        System.out.printf(Locale.ROOT, "%-36s %5d | %7.1f%% %8.2f | %7.1f%% %7.1f%% %7.1f%% %8.2f | both: %.2f%n",
                "MEAN over " + files + " files", pagesTotal, 100 * sum[0] / files, msSum[0] / pagesTotal,
                100 * sum[1] / files, 100 * sum[2] / files, 100 * sum[3] / files, msSum[1] / pagesTotal,
                msSum[2] / pagesTotal);
    }

    private static double time(Extractor e, PDDocument doc) throws IOException {
        for (int i = 0; i < WARMUP; i++) {
            e.extract(doc);
        }
        double[] t = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            e.extract(doc);
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(t);
        return t[RUNS / 2];
    }

    static List<List<List<String>>> tabula(PDDocument doc, boolean lattice) throws IOException {
        List<List<List<String>>> out = new ArrayList<>();
        ObjectExtractor oe = new ObjectExtractor(doc);
        PageIterator it = oe.extract();
        while (it.hasNext()) {
            Page page = it.next();
            List<? extends Table> tables = lattice ? new SpreadsheetExtractionAlgorithm().extract(page)
                    : new BasicExtractionAlgorithm().extract(page);
            for (Table t : tables) {
                List<List<String>> rows = new ArrayList<>();
                for (List<RectangularTextContainer> r : t.getRows()) {
                    List<String> cells = new ArrayList<>();
                    for (RectangularTextContainer c : r) {
                        cells.add(c.getText().replace('\r', ' ').replace('\n', ' '));
                    }
                    rows.add(cells);
                }
                out.add(rows);
            }
        }
        return out;
    }

    static List<List<String>> readCsv(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
                List<String> cells = new ArrayList<>();
                rec.forEach(cells::add);
                rows.add(cells);
            }
        }
        return rows;
    }
}
