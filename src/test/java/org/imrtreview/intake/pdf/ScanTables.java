package org.imrtreview.intake.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.evaluate.OcrDoubts;
import org.imrtreview.intake.table.Grid;
import org.imrtreview.intake.table.HeaderMatch;
import org.imrtreview.intake.table.HeaderRole;
import org.imrtreview.intake.table.LocatedTable;
import org.imrtreview.intake.table.TableExtractor;
import org.imrtreview.intake.table.TableLocator;
import org.imrtreview.model.SummaryTable;

/**
 * Test and bench access to the scanned-page table path: every page of an image-only PDF read by OCR
 * and through the same finders and stitcher as the packet reader, cells still carrying their
 * confidence markers (see {@link #clean} and {@link #doubtful}).
 */
public final class ScanTables {

    private ScanTables() {
    }

    /**
     * The lines outside the tables of the pages each list of {@link #extract} came from, for the stitcher as the
     * packet reader has them (decisions 0480, 0481); keyed by the list itself.
     */
    private static final Map<List<ExtractedTable>, Map<Integer, PageFlow>> FLOWS =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** Tables of an image-only PDF, markers kept (no cache). */
    public static List<ExtractedTable> extract(Path pdf) throws IOException, PdfReadException {
        ScanReading reading = ScanReading.standard(null);
        List<ExtractedTable> all = new ArrayList<>();
        Map<Integer, PageFlow> flows = new HashMap<>();
        try (PDDocument doc = PdfOpener.open(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PageAnalysis page = reading.readPdfPage(doc, i, pdf);
                if (page != null) {
                    all.addAll(page.tables());
                    if (page.flow() != null) {
                        flows.put(page.pageNumber(), page.flow());
                    }
                }
            }
        }
        FLOWS.put(all, flows);
        return all;
    }

    /**
     * Rows of all tables with markers removed, as the packet reader has them (markers stripped per
     * page, then stitched); {@code flagged} (same shape) says which cells the program would flag: in
     * the summary table, the cells {@link OcrDoubts} doubts (confidence, the reader's own doubts,
     * values impossible for their column or their row); elsewhere (titles, headers), cells read
     * under {@code threshold} or doubted by the reader.
     */
    public static List<List<String>> rows(List<ExtractedTable> tables, double threshold, List<List<Boolean>> flagged) {
        return rows(tables, threshold, flagged, new ArrayList<>());
    }

    /**
     * As {@link #rows(List, double, List)}; {@code notUsed} (same shape) marks the cells whose text the
     * program never takes as a value: every cell of a table the locator did not take as the summary
     * table (the case then has no table from it), header, title and continuation rows, columns with no
     * role; and empty cells of the summary table's columns, which the program flags as missing
     * (ORGAN_MISSING, VALUE_MISSING, ANSWER_MISSING, SOURCE_MISSING, CONSTRAINT_UNPARSED).
     */
    public static List<List<String>> rows(List<ExtractedTable> tables, double threshold, List<List<Boolean>> flagged,
                                          List<List<Boolean>> notUsed) {
        OcrConfidence confidence = new OcrConfidence();
        List<ExtractedTable> clean = tables.stream().map(t -> confidence.strip(t, "scan.pdf")).toList();
        List<List<String>> rows = new ArrayList<>();
        for (ExtractedTable t : stitch(tables, clean, confidence)) {
            List<List<Boolean>> doubt = new ArrayList<>();
            for (List<String> r : t.rows()) {
                List<Boolean> d = new ArrayList<>();
                for (String c : r) {
                    d.add(c != null && confidence.doubtful(c, threshold));
                }
                doubt.add(d);
            }
            Optional<LocatedTable> located = TableLocator.locate(t.rows());
            List<List<Boolean>> unused = new ArrayList<>();
            for (List<String> r : t.rows()) {
                List<Boolean> u = new ArrayList<>();
                r.forEach(c -> u.add(true));
                unused.add(u);
            }
            if (located.isPresent()) {
                HeaderMatch hm = located.get().header();
                for (var lr : located.get().rows()) {
                    List<String> r = t.rows().get(lr.gridRow());
                    for (HeaderRole role : hm.columns().keySet()) {
                        int k = hm.index(role);
                        if (role.column() != null && k < r.size()) {
                            unused.get(lr.gridRow()).set(k, r.get(k) == null || OcrConfidence.normalise(r.get(k)).isEmpty());
                        }
                    }
                }
                SummaryTable table = confidence.attach(TableExtractor.extract("scan.pdf",
                        List.of(new Grid("scan", t.rows(), Grid.Addressing.ROW))).table());
                HeaderMatch h = located.get().header();
                for (int i = 0; i < located.get().rows().size(); i++) {
                    int gridRow = located.get().rows().get(i).gridRow();
                    for (HeaderRole role : h.columns().keySet()) {
                        if (role.column() != null && h.index(role) < doubt.get(gridRow).size()) {
                            doubt.get(gridRow).set(h.index(role), false);
                        }
                    }
                }
                for (OcrDoubts.Doubt d : OcrDoubts.ofTable(table)) {
                    int gridRow = located.get().rows().get(d.cell().row() - 1).gridRow();
                    for (HeaderRole role : h.columns().keySet()) {
                        if (role.column() == d.cell().column() && h.index(role) < doubt.get(gridRow).size()) {
                            doubt.get(gridRow).set(h.index(role), true);
                        }
                    }
                }
            }
            for (int i = 0; i < t.rows().size(); i++) {
                List<String> r = new ArrayList<>();
                for (String c : t.rows().get(i)) {
                    r.add(c == null ? null : OcrConfidence.normalise(c));
                }
                rows.add(r);
                flagged.add(doubt.get(i));
                notUsed.add(unused.get(i));
            }
        }
        return rows;
    }

    /**
     * The summary tables the program takes from these tables (markers stripped per page, stitched,
     * located, extracted, confidences attached), as the packet reader builds them: what the
     * evaluator would see.
     */
    public static List<SummaryTable> summaryTables(List<ExtractedTable> tables) {
        OcrConfidence confidence = new OcrConfidence();
        List<ExtractedTable> clean = tables.stream().map(t -> confidence.strip(t, "scan.pdf")).toList();
        List<SummaryTable> out = new ArrayList<>();
        for (ExtractedTable t : stitch(tables, clean, confidence)) {
            if (TableLocator.locate(t.rows()).isPresent()) {
                out.add(confidence.attach(TableExtractor.extract("scan.pdf",
                        List.of(new Grid("scan", t.rows(), Grid.Addressing.ROW))).table()));
            }
        }
        return out;
    }

    /** Stitched as the packet reader does, with the pages' lines when {@code tables} came from {@link #extract}. */
    private static List<ExtractedTable> stitch(List<ExtractedTable> tables, List<ExtractedTable> clean,
                                               OcrConfidence confidence) {
        return TableStitcher.stitch(clean, FLOWS.getOrDefault(tables, Map.of()), t -> confidence.strip(t, "scan.pdf"))
                .tables();
    }

    static String clean(String cell) {
        if (cell == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : cell.toCharArray()) {
            if (!OcrConfidence.isMarker(c)) {
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
            if (c >= '\uE065' && c < '\uE400' && OcrConfidence.isMarker(c) || c >= '\uE000' && c <= '\uE064' && (c - '\uE000') / 100.0 < threshold) {
                return true;
            }
        }
        return false;
    }
}
