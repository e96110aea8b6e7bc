package org.imrtreview.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from one case folder: request metadata (never null: {@link Request#empty()} when
 * absent), the documents found, the summary table (null when none was found), DVH curves from data
 * exports or digitised images, and the problems met while reading.
 */
public record ReviewCase(Path folder, Request request, List<Document> documents, SummaryTable table,
                         List<DvhCurve> dvhCurves, List<Problem> problems) {

    public ReviewCase {
        request = request == null ? Request.empty() : request;
        documents = List.copyOf(documents);
        dvhCurves = List.copyOf(dvhCurves);
        problems = List.copyOf(problems);
    }

    public ReviewCase withTable(SummaryTable newTable) {
        return new ReviewCase(folder, request, documents, newTable, dvhCurves, problems);
    }

    public ReviewCase withRequest(Request newRequest) {
        return new ReviewCase(folder, newRequest, documents, table, dvhCurves, problems);
    }

    public ReviewCase withDvhCurves(List<DvhCurve> curves) {
        return new ReviewCase(folder, request, documents, table, curves, problems);
    }
}
