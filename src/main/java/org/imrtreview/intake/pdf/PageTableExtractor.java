package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The tables of one page: ruled grids first, then unruled tables in the text they leave. */
final class PageTableExtractor {

    private PageTableExtractor() {
    }

    static List<ExtractedTable> tables(PageContent page) {
        return tables(page, false);
    }

    /** {@code scanned}: a page read by OCR, whose faint row rules may be lost (decision 0256). */
    static List<ExtractedTable> tables(PageContent page, boolean scanned) {
        RuledTableFinder ruled = new RuledTableFinder(scanned);
        List<ExtractedTable> tables = new ArrayList<>(ruled.find(page));
        tables.addAll(new StreamTableFinder(scanned).find(page, ruled.claimed()));
        tables.sort(Comparator.comparingDouble(ExtractedTable::top));
        return tables;
    }
}
