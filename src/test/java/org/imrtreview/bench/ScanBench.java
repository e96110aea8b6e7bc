package org.imrtreview.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.Loader;
import org.imrtreview.intake.pdf.ExtractedTable;
import org.imrtreview.intake.pdf.ScanDegrader;
import org.imrtreview.intake.pdf.ScanTables;

/**
 * The scanned-table bench (bench/scan-tables.sh): every fixture table PDF of the text-PDF corpus
 * degraded into each scanner/fax look, written as an image-only PDF under {@code out}, read back
 * by OCR through the shared table finders, scored against the fixture's expected CSV: exact cells,
 * silent errors (wrong and not flagged), CPU seconds per page (the thread's CPU time, which includes
 * the native engine: wall time on a shared machine measures the neighbours). Arguments:
 * {@code OUT_DIR [LOOK,...] [FIXTURE-PREFIX,...]}.
 */
public final class ScanBench {
    static final Path CORPUS = Path.of("src/test/resources/pdf/tables");
    static final double THRESHOLD = 0.80;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/scan-corpus");
        Files.createDirectories(out);
        List<ScanDegrader.Look> looks = new ArrayList<>();
        if (args.length > 1 && !args[1].isBlank() && !args[1].equals("all")) {
            for (String s : args[1].split(",")) {
                looks.add(ScanDegrader.Look.valueOf(s.strip()));
            }
        } else {
            looks.addAll(List.of(ScanDegrader.Look.values()));
        }
        List<String> prefixes = args.length > 2 ? List.of(args[2].split(",")) : List.of();
        List<Path> pdfs;
        try (var s = Files.list(CORPUS)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf"))
                    .filter(p -> prefixes.isEmpty() || prefixes.stream().anyMatch(x -> p.getFileName().toString().startsWith(x)))
                    .sorted().toList();
        }
        PrintStream o = System.out;
        Map<ScanDegrader.Look, long[]> totals = new EnumMap<>(ScanDegrader.Look.class);
        // silent errors: values the evaluator would use, wrong and not doubted (the program's summary rows by
        // column role, aligned to the expected rows; empty cells are flagged as missing by the row rules);
        // "wrong, no OCR flag": every expected cell, by position, wrong and read at >= 80 % or outside the
        // located table (tables not found, headers, columns with no role): the bench's measure before 0251
        // to confirm: the summary tables' OCR cells the program doubts (OcrDoubts), which the nurse must look at
        o.println("| look | file | pages | cells | exact | silent errors | wrong, no OCR flag | to confirm | CPU s/page |");
        o.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (ScanDegrader.Look look : looks) {
            long[] t = totals.computeIfAbsent(look, k -> new long[7]);
            for (Path pdf : pdfs) {
                String name = pdf.getFileName().toString().replace(".pdf", "");
                Path scanned = out.resolve(name + "-" + look.name().toLowerCase(Locale.ROOT) + ".pdf");
                int pages;
                try (PDDocument src = Loader.loadPDF(pdf.toFile())) {
                    pages = src.getNumberOfPages();
                    if (!Files.exists(scanned)) {
                        ScanDegrader.writeScannedPdf(src, look, name.hashCode(), scanned);
                    }
                }
                var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpu0 = mx.getCurrentThreadCpuTime();
                List<ExtractedTable> tables = ScanTables.extract(scanned);
                long nanos = mx.getCurrentThreadCpuTime() - cpu0; // CPU, not wall: the machine is shared
                List<List<Boolean>> flagged = new ArrayList<>();
                List<List<Boolean>> notUsed = new ArrayList<>();
                List<List<String>> rows = ScanTables.rows(tables, THRESHOLD, flagged, notUsed);
                List<List<String>> expected = PdfTableBench.readCsv(CORPUS.resolve(name + ".csv"));
                int total = TableScore.expectedCells(expected);
                int exact = TableScore.matched(expected, rows);
                int caught = ScanScore.matchedOrFlagged(expected, ScanScore.withWildcards(rows, flagged));
                List<String> misses = new ArrayList<>();
                int silent = ScanScore.silentByRole(org.imrtreview.intake.table.TableExtractor.extract(name + ".csv",
                        List.of(new org.imrtreview.intake.table.Grid("csv", expected,
                                org.imrtreview.intake.table.Grid.Addressing.ROW))).table(),
                        ScanTables.summaryTables(tables), misses);
                t[0] += total;
                t[1] += exact;
                t[2] += total - caught;
                t[3] += nanos;
                t[4] += pages;
                t[5] += silent;
                int toConfirm = ScanTables.summaryTables(tables).stream()
                        .mapToInt(st -> org.imrtreview.evaluate.OcrDoubts.ofTable(st).size()).sum();
                t[6] += toConfirm;
                o.printf(Locale.ROOT, "| %s | %s | %d | %d | %.1f%% | %d | %d | %d | %.2f |%n", look.name(), name, pages, total,
                        100.0 * exact / total, silent, total - caught, toConfirm, nanos / 1e9 / pages);
                if (Boolean.getBoolean("scan.bench.rows")) { // the rows as read, "?" after a doubted cell
                    for (int i = 0; i < rows.size(); i++) {
                        StringBuilder sb = new StringBuilder("    read:");
                        for (int j = 0; j < rows.get(i).size(); j++) {
                            sb.append(" | ").append(rows.get(i).get(j)).append(flagged.get(i).get(j) ? " ?" : "");
                        }
                        o.println(sb);
                    }
                }
                if (Boolean.getBoolean("scan.bench.cells")) { // every expected cell not read exactly, doubted or not
                    for (String miss : ScanScore.inexact(expected, rows, flagged)) {
                        o.println("    cell: " + miss);
                    }
                }
                if (Boolean.getBoolean("scan.bench.misses")) {
                    for (String miss : misses) {
                        o.println("    silent: " + miss);
                    }
                }
            }
        }
        o.println();
        o.println("| look | cells | exact | silent errors | wrong, no OCR flag | to confirm | mean CPU s/page |");
        o.println("|---|---:|---:|---:|---:|---:|---:|");
        for (var e : totals.entrySet()) {
            long[] t = e.getValue();
            o.printf(Locale.ROOT, "| %s (%s) | %d | %.2f%% | %d | %d | %d | %.2f |%n", e.getKey().name(), e.getKey().description(),
                    t[0], 100.0 * t[1] / t[0], t[5], t[2], t[6], t[3] / 1e9 / Math.max(1, t[4]));
        }
    }
}
