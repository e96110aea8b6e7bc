package org.imrtreview.intake.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads every table in a text PDF as grids of cell strings, page by page, joining tables that
 * continue on the next page. The packet reader uses the same per-page steps; this entry point
 * serves the benchmark and tools that want tables only.
 */
public final class PdfTableExtractor {

    private PdfTableExtractor() {
    }

    public static List<ExtractedTable> extract(Path pdf) throws PdfReadException {
        try (PDDocument doc = PdfOpener.open(pdf)) {
            return extract(doc);
        } catch (IOException e) {
            throw new PdfReadException(org.imrtreview.model.LoadState.UNREADABLE, "could not be closed cleanly");
        }
    }

    public static List<ExtractedTable> extract(PDDocument doc) throws IOException {
        int n = doc.getNumberOfPages();
        List<ExtractedTable> tables = new ArrayList<>();
        Map<Integer, PageFlow> flows = new HashMap<>();
        int sinceTables = Integer.MAX_VALUE; // pages since the last page with tables
        for (int i = 0; i < n; i++) {
            PageContent page = new PageContentCollector(doc.getPage(i)).collect(i);
            List<ExtractedTable> found = PageTableExtractor.tables(page);
            tables.addAll(found);
            boolean previousHasTables = sinceTables <= PageFlow.MAX_CHAIN;
            if (!found.isEmpty() || previousHasTables) {
                // only the text outside the tables: the packet reader has the page's lines already, this reader not
                flows.put(page.pageNumber(), PageFlow.of(page.pageNumber(), page.height(),
                        TextLayout.lines(PageFlow.outside(page.glyphs(), found)), found)
                        .slim(!found.isEmpty() || previousHasTables, previousHasTables));
            }
            sinceTables = !found.isEmpty() ? 1 : sinceTables == Integer.MAX_VALUE ? sinceTables : sinceTables + 1;
        }
        return TableStitcher.stitch(tables, flows).tables();
    }
}
