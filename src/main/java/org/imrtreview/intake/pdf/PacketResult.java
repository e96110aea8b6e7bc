package org.imrtreview.intake.pdf;

import java.util.List;
import org.imrtreview.model.Document;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.IdentityClaim;
import org.imrtreview.model.SummaryTable;

/**
 * What a PDF yielded: its logical documents (with page ranges), the summary table when one was
 * recognised, the problems to show the nurse (each a sentence about this file), and the curves
 * digitised from its colour DVH figures (source key {@code "file p.N fig.K"}, see {@link PdfFigures}),
 * {@code damage}: sentences about a table read from damaged or partly read pages (each blocks a decision,
 * {@link org.imrtreview.model.ProblemCode#EVIDENCE_DAMAGED}), and the patient lines its pages state.
 * {@code tableTitle}: the summary table's title (the lines printed above it and any rows above its header),
 * to be compared with the request's prescription (decision 0640); empty when none.
 */
public record PacketResult(List<Document> documents, SummaryTable table, List<String> problems, int pageCount,
                           List<DvhCurve> curves, List<String> damage, List<IdentityClaim> identities,
                           String tableTitle) {

    public PacketResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        curves = List.copyOf(curves);
        damage = damage == null ? List.of() : List.copyOf(damage);
        identities = identities == null ? List.of() : List.copyOf(identities);
        tableTitle = tableTitle == null ? "" : tableTitle;
    }

    public PacketResult(List<Document> documents, SummaryTable table, List<String> problems, int pageCount,
                        List<DvhCurve> curves, List<String> damage, List<IdentityClaim> identities) {
        this(documents, table, problems, pageCount, curves, damage, identities, "");
    }

    public PacketResult(List<Document> documents, SummaryTable table, List<String> problems, int pageCount,
                        List<DvhCurve> curves) {
        this(documents, table, problems, pageCount, curves, List.of(), List.of());
    }

    public PacketResult(List<Document> documents, SummaryTable table, List<String> problems, int pageCount) {
        this(documents, table, problems, pageCount, List.of());
    }
}
