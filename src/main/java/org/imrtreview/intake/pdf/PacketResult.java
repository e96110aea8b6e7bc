package org.imrtreview.intake.pdf;

import java.util.List;
import org.imrtreview.model.Document;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.SummaryTable;

/**
 * What a PDF yielded: its logical documents (with page ranges), the summary table when one was
 * recognised, the problems to show the nurse (each a sentence about this file), and the curves
 * digitised from its colour DVH figures (source key {@code "file p.N fig.K"}, see {@link PdfFigures}).
 */
public record PacketResult(List<Document> documents, SummaryTable table, List<String> problems, int pageCount,
                           List<DvhCurve> curves) {

    public PacketResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        curves = List.copyOf(curves);
    }

    public PacketResult(List<Document> documents, SummaryTable table, List<String> problems, int pageCount) {
        this(documents, table, problems, pageCount, List.of());
    }
}
