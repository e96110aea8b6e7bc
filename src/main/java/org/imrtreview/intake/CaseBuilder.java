package org.imrtreview.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrtreview.model.Document;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Problem;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryTable;

/**
 * Collects what the {@link FileHandler}s read from a case folder. Several files may hold a table
 * (a spreadsheet and a PDF export of it): all candidates are kept and the best one is chosen at
 * {@link #build()} (most required columns, then most rows, then first seen).
 */
public final class CaseBuilder {
    private final Path folder;
    private Request request;
    private final List<Document> documents = new ArrayList<>();
    private final List<SummaryTable> tables = new ArrayList<>();
    private final List<DvhCurve> curves = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    public CaseBuilder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** File name relative to the case folder, as shown to the nurse. */
    public String name(Path file) {
        try {
            return folder.relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.getFileName().toString();
        }
    }

    public synchronized CaseBuilder request(Request r) {
        this.request = r;
        return this;
    }

    public synchronized CaseBuilder document(Document d) {
        documents.add(d);
        return this;
    }

    public synchronized CaseBuilder table(SummaryTable t) {
        tables.add(t);
        return this;
    }

    public synchronized CaseBuilder curves(List<DvhCurve> c) {
        curves.addAll(c);
        return this;
    }

    public synchronized CaseBuilder problem(String file, String message) {
        problems.add(new Problem(file, message));
        return this;
    }

    public synchronized List<SummaryTable> tables() {
        return List.copyOf(tables);
    }

    public synchronized List<Document> documents() {
        return List.copyOf(documents);
    }

    public synchronized ReviewCase build() {
        SummaryTable best = null;
        for (SummaryTable t : tables) {
            if (best == null || score(t) > score(best)) {
                best = t;
            }
        }
        return new ReviewCase(folder, request, documents, best, curves, problems);
    }

    private static long score(SummaryTable t) {
        return t.columnsFound().size() * 1_000_000L + t.rows().size();
    }
}
