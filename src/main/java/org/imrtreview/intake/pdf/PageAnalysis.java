package org.imrtreview.intake.pdf;

import java.util.List;
import org.imrtreview.model.DocumentKind;

/**
 * What one page of a packet holds, kept after the page's glyphs are discarded: its tables, DVH
 * figures, what its text reads as, and whether it is a scan (no text layer) or blank.
 * {@code textKind} is the text classifier's verdict; {@code tableWords} marks a page whose words
 * describe a summary table. {@code partial} marks a page whose content broke off or had failing
 * operators ({@link ContentIntegrity}); {@code identities} are the patient lines its text states.
 * {@code flow}: the text lines outside its tables at its top and bottom, for joining a table across the
 * page break (decision 0408; for a page read by OCR marked scanned and used only for rows too few to be a
 * table, decision 0480; null for pages that could not be read).
 */
record PageAnalysis(int pageNumber, List<ExtractedTable> tables, List<DvhFigure> figures, DocumentKind textKind,
                    boolean scanned, boolean blank, boolean tableWords, boolean partial,
                    List<org.imrtreview.model.IdentityClaim> identities, PageFlow flow) {

    PageAnalysis {
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
        identities = identities == null ? List.of() : List.copyOf(identities);
    }

    PageAnalysis(int pageNumber, List<ExtractedTable> tables, List<DvhFigure> figures, DocumentKind textKind,
                 boolean scanned, boolean blank, boolean tableWords, boolean partial,
                 List<org.imrtreview.model.IdentityClaim> identities) {
        this(pageNumber, tables, figures, textKind, scanned, blank, tableWords, partial, identities, null);
    }

    static PageAnalysis unreadable(int pageNumber) {
        return new PageAnalysis(pageNumber, List.of(), List.of(), DocumentKind.OTHER, false, true, false, true, List.of());
    }
}
