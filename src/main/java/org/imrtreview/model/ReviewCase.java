package org.imrtreview.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from one case folder: request metadata (never null: {@link Request#empty()} when
 * absent), the documents found, the summary table (null when none was found), DVH curves from data
 * exports or digitised images, the problems met while reading, and who the evidence says it is about
 * ({@code identities}: patient name/ID/birth date lines, checked against the request at evaluation).
 */
public record ReviewCase(Path folder, Request request, List<Document> documents, SummaryTable table,
                         List<DvhCurve> dvhCurves, List<Problem> problems, List<IdentityClaim> identities) {

    public ReviewCase {
        request = request == null ? Request.empty() : request;
        documents = List.copyOf(documents);
        dvhCurves = List.copyOf(dvhCurves);
        problems = List.copyOf(problems);
        identities = identities == null ? List.of() : List.copyOf(identities);
    }

    public ReviewCase(Path folder, Request request, List<Document> documents, SummaryTable table,
                      List<DvhCurve> dvhCurves, List<Problem> problems) {
        this(folder, request, documents, table, dvhCurves, problems, List.of());
    }

    public ReviewCase withTable(SummaryTable newTable) {
        return new ReviewCase(folder, request, documents, newTable, dvhCurves, problems, identities);
    }

    public ReviewCase withRequest(Request newRequest) {
        return new ReviewCase(folder, newRequest, documents, table, dvhCurves, problems, identities);
    }

    public ReviewCase withDvhCurves(List<DvhCurve> curves) {
        return new ReviewCase(folder, request, documents, table, curves, problems, identities);
    }
}
