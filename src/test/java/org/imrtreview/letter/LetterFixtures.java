package org.imrtreview.letter;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imrtreview.model.Answer;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.Column;
import org.imrtreview.model.Constraint;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.Metric;
import org.imrtreview.model.Operator;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;
import org.imrtreview.model.Unit;

/**
 * Realistic cases and evaluations built in code (as the evaluator would produce them), so the
 * letters can be tested without the intake and evaluation rings.
 */
public final class LetterFixtures {

    public static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 26);

    private LetterFixtures() {
    }

    public static Request request(String requestId, String memberName, String memberId, Request.LineOfBusiness line,
                                  Request.Urgency urgency, String site, List<String> codes) {
        return new Request(requestId, OffsetDateTime.parse("2026-11-20T09:15:00-08:00"), urgency,
                new Request.Member(memberName, memberId, LocalDate.of(1963, 4, 2),
                        List.of("4417 Alder Crest Lane", "Tacoma, WA 98407")),
                new Request.HealthPlan("Evergreen Choice PPO", line),
                new Request.Provider("Priya Raman, MD", "1932456789", "Puget Sound Radiation Oncology",
                        List.of("500 Cedar Street, Suite 200", "Seattle, WA 98104"), "206-555-0188", "206-555-0189"),
                null,
                List.of(new Request.Diagnosis("C71.1", "Malignant neoplasm of frontal lobe")),
                site, new Request.Prescription(60.0, 30), codes, LocalDate.of(2026, 12, 7), null);
    }

    public static ReviewCase brainCase(String requestId, String memberName, String memberId) {
        return new ReviewCase(Path.of("cases", requestId), request(requestId, memberName, memberId,
                Request.LineOfBusiness.COMMERCIAL, Request.Urgency.STANDARD, "Brain", List.of("77301", "77338", "77386")),
                documents(true), table(), List.of(), List.of());
    }

    public static ReviewCase lungCase(Request.LineOfBusiness line) {
        return new ReviewCase(Path.of("cases", "lung"), request("PA-2026-000457", "José Núñez-García", "ECH-884120577",
                line, Request.Urgency.STANDARD, "Lung", List.of("77301", "77338", "G6015")),
                documents(true), table(), List.of(), List.of());
    }

    public static ReviewCase withRequest(ReviewCase c, Request r) {
        return c.withRequest(r);
    }

    static List<Document> documents(boolean color) {
        List<Document> docs = new ArrayList<>();
        docs.add(Document.of("summary-table.xlsx", DocumentKind.SUMMARY_TABLE));
        docs.add(new Document("dvh-3d.png", DocumentKind.DVH_IMAGE, org.imrtreview.model.PlanKind.THREE_D, color, null,
                org.imrtreview.model.LoadState.LOADED, null));
        docs.add(Document.of("history.pdf", DocumentKind.CLINICAL_HISTORY));
        return docs;
    }

    static SummaryTable table() {
        return new SummaryTable("summary-table.xlsx", "Sheet1!A3:F6", Map.of(Column.ORGAN, "Organ"), List.of());
    }

    public static RowResult row(int n, String organ, String constraintText, Metric metric, Operator op, double limit,
                                String source, Double d3, Double dImrt, String answer, boolean supports, Flag... flags) {
        Unit unit = metric.resultUnit();
        Constraint c = new Constraint(constraintText, metric, op, new Quantity(limit, unit));
        Boolean m3 = d3 == null ? null : op.test(d3, limit);
        Boolean mi = dImrt == null ? null : op.test(dImrt, limit);
        Boolean only = m3 == null || mi == null ? null : !m3 && mi;
        CellValue c3 = d3 == null ? CellValue.missing("") : new CellValue(new Quantity(d3, unit).toString(), new Quantity(d3, unit), false);
        CellValue ci = dImrt == null ? CellValue.missing("") : new CellValue(new Quantity(dImrt, unit).toString(), new Quantity(dImrt, unit), false);
        Answer a = answer == null ? null : Answer.valueOf(answer);
        return new RowResult(new SummaryRow(n, organ, constraintText, source, c3.text(), ci.text(), answer, "Sheet1!A" + (n + 3)),
                c, c3, ci, null, null, d3, dImrt, m3, mi, only, a, d3 != null && dImrt != null && a != null, supports,
                List.of(flags));
    }

    /** Brain: brainstem only met with IMRT (supports), chiasm both meet, cochlea neither. */
    public static Evaluation criteriaMet() {
        List<RowResult> rows = List.of(
                row(1, "Brainstem", "Max < 54 Gy", Metric.max(), Operator.LT, 54, "QUANTEC", 62.0, 52.0, "YES", true),
                row(2, "Optic chiasm", "Max ≤ 55 Gy", Metric.max(), Operator.LE, 55, "RTOG 0825", 48.2, 44.9, "NO", false),
                row(3, "Left cochlea", "Mean < 45 Gy", Metric.mean(), Operator.LT, 45, "QUANTEC", 51.0, 46.3, "NO", false,
                        Flag.of(FlagCode.BORDERLINE, "IMRT value 46.3 Gy is within 3% of the 45 Gy limit.")));
        return new Evaluation(Determination.CRITERIA_MET, rows, documents(true), checklist(true), List.of(),
                List.of("Brainstem: only the IMRT plan meets Max < 54 Gy (QUANTEC), which supports the request."),
                List.of());
    }

    /** Lung: every row complete, none supports → criteria not met. */
    public static Evaluation criteriaNotMet() {
        List<RowResult> rows = List.of(
                row(1, "Spinal cord", "Max < 45 Gy", Metric.max(), Operator.LT, 45, "QUANTEC", 38.5, 36.0, "NO", false),
                row(2, "Esophagus", "Mean < 34 Gy", Metric.mean(), Operator.LT, 34, "QUANTEC", 36.2, 35.1, "YES", false,
                        Flag.of(FlagCode.ANSWER_MISMATCH, "The provider answered yes, but neither plan meets the constraint.")),
                row(3, "Heart", "V25Gy < 10%", Metric.volumeAtDose(25, Unit.PERCENT), Operator.LT, 10, "QUANTEC", 7.5, 6.0,
                        "NO", false));
        return new Evaluation(Determination.CRITERIA_NOT_MET, rows, documents(true), checklist(true), List.of(),
                List.of("No row shows that only IMRT meets a published constraint (criterion II)."), List.of());
    }

    /** Brain: DVH images in grayscale, no imaging report, and one 3D dose cell empty. */
    public static Evaluation incomplete() {
        List<RowResult> rows = List.of(
                row(1, "Brainstem", "Max < 54 Gy", Metric.max(), Operator.LT, 54, "QUANTEC", null, 52.0, "YES", false,
                        Flag.of(FlagCode.VALUE_MISSING, "The 3D dose is empty.")),
                row(2, "Optic chiasm", "Max ≤ 55 Gy", Metric.max(), Operator.LE, 55, "RTOG 0825", 48.2, 44.9, "NO", false));
        return new Evaluation(Determination.INCOMPLETE, rows, documents(false), checklist(false),
                List.of("dose3d", "color", "imaging"),
                List.of("The DVH images are not in colour.", "No imaging report was found."), List.of());
    }

    static List<ChecklistItem> checklist(boolean complete) {
        return List.of(new ChecklistItem("table", "Summary analysis table", true, "summary-table.xlsx", false, null),
                new ChecklistItem("color", "DVH images in colour", complete, "dvh-3d.png", false, null),
                new ChecklistItem("imaging", "Imaging report", complete, null, false, null));
    }
}
