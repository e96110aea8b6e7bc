package org.imrtreview.intake.pdf;

import java.util.List;
import org.imrtreview.model.Document;
import org.imrtreview.model.SummaryTable;

/**
 * What a PDF yielded: its logical documents (with page ranges), the summary table when one was
 * recognised, and the problems to show the nurse (each a sentence about this file).
 */
public record PacketResult(List<Document> documents, SummaryTable table, List<String> problems, int pageCount) {

    public PacketResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
