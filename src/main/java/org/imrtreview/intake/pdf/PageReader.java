package org.imrtreview.intake.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.intake.IdentityLines;
import org.imrtreview.intake.TextClassifier;
import org.imrtreview.model.IdentityClaim;
import org.imrtreview.model.DocumentKind;

/**
 * Reads one page: a single pass over its content, then tables, DVH figures and the text's kind.
 * A page with (almost) no text is a scan when a picture covers much of it, unless the picture looks
 * like a DVH plot (an image-only DVH page); otherwise it is blank.
 */
final class PageReader {
    /** Fewer characters than this is no text layer (page numbers, a stray mark). */
    static final int MIN_TEXT_CHARACTERS = 20;
    /** A picture covering this share of a page without text makes it a scanned page. */
    private static final double SCAN_COVERAGE = 0.1;

    private PageReader() {
    }

    static PageAnalysis read(PDDocument doc, int pageIndex) throws IOException {
        return read(doc, pageIndex, null);
    }

    /** Reads the page; with {@code digitising}, its colour DVH figures are digitised while the page is open. */
    static PageAnalysis read(PDDocument doc, int pageIndex, FigureCurves digitising) throws IOException {
        PageContentCollector collector = new PageContentCollector(doc.getPage(pageIndex));
        PageContent content = collector.collect(pageIndex);
        boolean partial = collector.contentErrors() > 0 || ContentIntegrity.streamsDamaged(doc.getPage(pageIndex));
        List<TextLine> lines = TextLayout.lines(content.glyphs());
        StringBuilder text = new StringBuilder();
        for (TextLine l : lines) {
            text.append(l.text()).append('\n');
        }
        String pageText = text.toString();
        boolean hasText = content.visibleCharacters() >= MIN_TEXT_CHARACTERS;
        List<IdentityClaim> identities = IdentityLines.find(null, "page " + content.pageNumber(), pageText);
        List<DvhFigure> figures = new ArrayList<>();
        for (DvhFigureFinder.Located located : DvhFigureFinder.locate(doc, content, lines, pageText)) {
            figures.add(digitising == null ? located.figure() : digitising.digitise(doc, content, lines, located));
        }
        if (!hasText) {
            // any picture on a page without text is a scan (or a photo of one) unless it is a DVH plot
            boolean pictured = imageCoverage(content) >= SCAN_COVERAGE;
            boolean scanned = pictured && figures.isEmpty();
            return new PageAnalysis(content.pageNumber(), List.of(), figures, DocumentKind.OTHER, scanned,
                    !pictured && figures.isEmpty(), false, partial, identities);
        }
        List<ExtractedTable> tables = PageTableExtractor.tables(content);
        TextClassifier.Classification c = TextClassifier.classify("", pageText);
        // only a page that reads as a summary table above all else: notes mention constraints too
        boolean tableWords = c.kind() == DocumentKind.SUMMARY_TABLE;
        return new PageAnalysis(content.pageNumber(), tables, figures, c.kind(), false, false, tableWords, partial,
                identities, PageFlow.of(content.pageNumber(), content.height(), lines, tables));
    }

    private static double imageCoverage(PageContent content) {
        double covered = 0;
        for (PlacedImage img : content.images()) {
            covered += Math.min(img.area(), content.area());
        }
        return content.area() <= 0 ? 0 : Math.min(1, covered / content.area());
    }
}
