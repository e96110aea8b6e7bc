package org.imrtreview.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.digitize.SyntheticDvhCorpus;
import org.imrtreview.intake.pdf.fixtures.FigurePdfs;
import org.imrtreview.intake.pdf.fixtures.FigurePdfs.Placement;
import org.imrtreview.intake.pdf.fixtures.FigurePdfs.PlotStyle;

/** One-page PDFs holding one DVH figure each, for the PDF figure benchmarks. */
final class PdfFigureFiles {
    enum Kind {
        /** A 1600x1000 PNG picture (corpus image 12, five curves), lossless in the PDF. */
        RASTER,
        /** The same picture stored as JPEG (DCT) in the PDF, as a scanner or Word would. */
        RASTER_JPEG,
        /** A vector plot, four curves, legend and tick labels as PDF text (rendered at 200 dpi). */
        VECTOR
    }

    private PdfFigureFiles() {
    }

    static Path write(Path dir, Kind kind) throws IOException {
        Path f = dir.resolve(kind.name().toLowerCase(java.util.Locale.ROOT) + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            switch (kind) {
                case RASTER -> FigurePdfs.rasterDvhPage(doc, SyntheticDvhCorpus.make(12).image(), Placement.SCALED, false,
                        "Figure 1. DVH, IMRT plan");
                case RASTER_JPEG -> FigurePdfs.rasterDvhPage(doc, SyntheticDvhCorpus.make(12).image(), Placement.SCALED, true,
                        "Figure 1. DVH, IMRT plan");
                case VECTOR -> FigurePdfs.vectorDvhPage(doc, FigurePdfs.headAndNeck(), PlotStyle.standard(80),
                        "Figure 1. DVH, IMRT plan");
            }
            doc.save(f.toFile());
        }
        return f;
    }
}
