package org.imrtreview.intake.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Test and bench access to the scanned-page table path: every page of an image-only PDF read by OCR
 * and through the same finders and stitcher as the packet reader, cells still carrying their
 * confidence markers (see {@link #clean} and {@link #doubtful}).
 */
public final class ScanTables {

    private ScanTables() {
    }

    /** Tables of an image-only PDF, markers kept (no cache). */
    public static List<ExtractedTable> extract(Path pdf) throws IOException, PdfReadException {
        ScanReading reading = ScanReading.standard(null);
        List<ExtractedTable> all = new ArrayList<>();
        try (PDDocument doc = PdfOpener.open(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PageAnalysis page = reading.readPdfPage(doc, i, pdf);
                if (page != null) {
                    all.addAll(page.tables());
                }
            }
        }
        return all;
    }

    /** Rows of all tables with markers removed; {@code flagged} (same shape) says which cells are below {@code threshold}. */
    public static List<List<String>> rows(List<ExtractedTable> tables, double threshold, List<List<Boolean>> flagged) {
        List<List<String>> rows = new ArrayList<>();
        for (ExtractedTable t : TableStitcher.stitch(tables)) {
            for (List<String> r : t.rows()) {
                List<String> clean = new ArrayList<>();
                List<Boolean> doubt = new ArrayList<>();
                for (String c : r) {
                    clean.add(clean(c));
                    doubt.add(doubtful(c, threshold));
                }
                rows.add(clean);
                flagged.add(doubt);
            }
        }
        return rows;
    }

    static String clean(String cell) {
        if (cell == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : cell.toCharArray()) {
            if (c < '\uE000' || c > '\uE064') {
                sb.append(c);
            }
        }
        return OcrConfidence.normalise(sb.toString());
    }

    static boolean doubtful(String cell, double threshold) {
        if (cell == null) {
            return false;
        }
        for (char c : cell.toCharArray()) {
            if (c >= '\uE000' && c <= '\uE064' && (c - '\uE000') / 100.0 < threshold) {
                return true;
            }
        }
        return false;
    }
}
