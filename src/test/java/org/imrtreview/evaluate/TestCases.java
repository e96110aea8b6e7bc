package org.imrtreview.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.imrtreview.model.Column;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;

/** Cases built in code, independent of the file readers: what a clinic's submission looks like once read. */
public final class TestCases {

    private TestCases() {
    }

    public static SummaryRow row(int n, String organ, String constraint, String source, String dose3d, String doseImrt,
                                 String answer) {
        return new SummaryRow(n, organ, constraint, source, dose3d, doseImrt, answer, "Sheet1!A" + (n + 3));
    }

    public static Map<Column, String> allHeaders() {
        Map<Column, String> h = new EnumMap<>(Column.class);
        h.put(Column.ORGAN, "Organ(s) At Risk");
        h.put(Column.CONSTRAINT, "Dose Constraint");
        h.put(Column.SOURCE, "Source of Constraint");
        h.put(Column.DOSE_3D, "3D");
        h.put(Column.DOSE_IMRT, "IMRT");
        h.put(Column.ANSWER, "Can constraint only be met with IMRT?");
        return h;
    }

    public static SummaryTable table(SummaryRow... rows) {
        return new SummaryTable("summary.xlsx", "Sheet1!A3:F" + (rows.length + 3), allHeaders(), Arrays.asList(rows));
    }

    public static Document image(String file, PlanKind plan, Boolean color) {
        return new Document(file, DocumentKind.DVH_IMAGE, plan, color, null, LoadState.LOADED, null);
    }

    /** A colour combined DVH image, clinical history, chart notes and an imaging report. */
    public static List<Document> completeDocuments() {
        return List.of(Document.of("summary.xlsx", DocumentKind.SUMMARY_TABLE),
                image("dvh_comparison.png", PlanKind.BOTH, true),
                Document.of("history.pdf", DocumentKind.CLINICAL_HISTORY),
                Document.of("consult_note.pdf", DocumentKind.CHART_NOTES),
                Document.of("mri_report.pdf", DocumentKind.IMAGING_REPORT));
    }

    public static List<Document> completeDocumentsExcept(DocumentKind kind) {
        List<Document> docs = new ArrayList<>(completeDocuments());
        docs.removeIf(d -> d.kind() == kind);
        return docs;
    }

    public static ReviewCase caseWith(SummaryTable table, List<Document> documents) {
        return new ReviewCase(Path.of("cases", "PA-2026-000123"), null, documents, table, List.of(), List.of());
    }

    public static ReviewCase complete(SummaryRow... rows) {
        return caseWith(table(rows), completeDocuments());
    }

    /** The three example rows of the policy's own table. */
    public static SummaryRow[] policyExampleRows() {
        return new SummaryRow[] {
            row(1, "Brachial plexus", "Max < 66 Gy", "RTOG", "58 Gy", "52 Gy", "No (both meet constraint)"),
            row(2, "Cauda equina", "Max < 16 Gy", "RTOG #0631", "19 Gy", "17 Gy", "No (neither meets constraint)"),
            row(3, "Brainstem", "Max < 54 Gy", "Quantec", "62 Gy", "52 Gy", "Yes (only IMRT meets constraint)")
        };
    }

    public static RowContext context(SummaryRow row) {
        return context(row, DvhEvidenceSource.none());
    }

    public static RowContext context(SummaryRow row, DvhEvidenceSource evidence) {
        return new RowAssessor(evidence).assess(complete(row), row);
    }
}
