package org.imrtreview.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.imrtreview.constraint.CitedSource;
import org.imrtreview.constraint.SourceRecognizer;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.Document;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Flag;
import org.imrtreview.model.LimitResult;
import org.imrtreview.model.Problem;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;

/**
 * The SPEC §5 JSON of an evaluation: {@code determination}, {@code rows} (table order),
 * {@code documents}, {@code missing}, {@code reasons}, plus {@code checklist}, {@code problems} and
 * a {@code request} summary. The request summary carries no member identifiers (name, ID, date of
 * birth): the JSON is for scripts and batch files, which need the request ID, not the member
 * (docs/decisions/0014). Field names are a contract; add, never rename.
 */
public final class EvaluationJson {

    private final ObjectMapper mapper;

    public EvaluationJson() {
        this(false);
    }

    /** @param asciiOnly escape non-ASCII characters (≤, µ, accented names) for terminals that are not UTF-8 */
    public EvaluationJson(boolean asciiOnly) {
        mapper = JsonOutput.mapper();
        if (asciiOnly) {
            mapper.getFactory().configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, true);
        }
    }

    public String write(ReviewCase reviewCase, Evaluation evaluation) {
        try {
            return mapper.writeValueAsString(tree(reviewCase, evaluation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the evaluation as JSON", e);
        }
    }

    public ObjectNode tree(ReviewCase reviewCase, Evaluation evaluation) {
        ObjectNode root = mapper.createObjectNode();
        root.put("determination", evaluation.determination().name());
        root.put("determinationTitle", evaluation.determination().title());
        root.set("request", request(reviewCase == null ? Request.empty() : reviewCase.request()));
        ArrayNode rows = root.putArray("rows");
        evaluation.rows().forEach(r -> rows.add(row(r)));
        ArrayNode documents = root.putArray("documents");
        evaluation.documents().forEach(d -> documents.add(document(d)));
        strings(root.putArray("missing"), evaluation.missing());
        strings(root.putArray("reasons"), evaluation.reasons());
        ArrayNode checklist = root.putArray("checklist");
        evaluation.checklist().forEach(i -> checklist.add(checklistItem(i)));
        ArrayNode problems = root.putArray("problems");
        evaluation.problems().forEach(p -> problems.add(problem(p)));
        // cells, file names and the sentences quoting them may hold the member's name, ID or birth date
        new IdentifierScrubber(reviewCase == null ? null : reviewCase.request()).scrub(root);
        return root;
    }

    private ObjectNode request(Request r) {
        ObjectNode n = mapper.createObjectNode();
        n.put("requestId", r.requestId());
        n.put("urgency", r.urgency() == null ? null : r.urgency().name());
        n.put("receivedAt", r.receivedAt() == null ? null : r.receivedAt().toString());
        n.put("treatmentSite", r.treatmentSite());
        if (r.prescription() != null) {
            ObjectNode p = n.putObject("prescription");
            p.put("totalDoseGy", r.prescription().totalDoseGy());
            p.put("fractions", r.prescription().fractions());
        } else {
            n.putNull("prescription");
        }
        strings(n.putArray("requestedCodes"), r.requestedCodes() == null ? List.of() : r.requestedCodes());
        return n;
    }

    private ObjectNode row(RowResult r) {
        ObjectNode n = mapper.createObjectNode();
        n.put("number", r.row().number());
        n.put("organ", r.row().organ());
        n.put("constraint", r.row().constraint());
        n.put("source", r.row().source());
        n.put("sourceRecognized", SourceRecognizer.recognize(r.row().source()).map(CitedSource::display).orElse(null));
        boolean parsed = r.constraint() != null && r.constraint().parsed();
        n.put("metric", parsed ? r.constraint().metric().label() : null);
        n.put("tg263", parsed ? r.constraint().metric().tg263() : null);
        n.put("operator", parsed ? r.constraint().operator().ascii() : null);
        number(n, "limit", parsed ? r.constraint().limit().value() : null);
        n.put("unit", parsed ? r.constraint().limit().unit().symbol() : null);
        number(n, "dose3d", r.dose3d());
        number(n, "doseImrt", r.doseImrt());
        n.put("meets3d", r.meets3d());
        n.put("meetsImrt", r.meetsImrt());
        n.put("onlyImrtMeets", r.onlyImrtMeets());
        n.put("submittedAnswer", r.submittedAnswer() == null ? null : r.submittedAnswer().name());
        n.put("answerText", r.row().answer());
        n.put("table3d", r.row().dose3d());
        n.put("tableImrt", r.row().doseImrt());
        n.put("unitConverted3d", converted(r.table3d()));
        n.put("unitConvertedImrt", converted(r.tableImrt()));
        number(n, "dvh3d", r.dvh3d());
        number(n, "dvhImrt", r.dvhImrt());
        n.put("complete", r.complete());
        n.put("supports", r.supports());
        n.put("origin", r.row().origin());
        n.put("readAs", r.limits().isEmpty() ? null : r.readAs());
        ArrayNode limits = n.putArray("limits");
        for (LimitResult l : r.limits()) {
            limits.add(limit(l));
        }
        ArrayNode flags = n.putArray("flags");
        for (Flag f : r.flags()) {
            ObjectNode fn = flags.addObject();
            fn.put("code", f.code().name());
            fn.put("message", f.message());
            if (f.blocksSupport()) {
                fn.put("blocksSupport", true);
            }
        }
        return n;
    }

    /** One limit of the row (several for a cell such as "V20 < 35%, Dmean < 20 Gy"). */
    private ObjectNode limit(LimitResult l) {
        ObjectNode n = mapper.createObjectNode();
        n.put("constraint", l.constraint().text());
        n.put("metric", l.constraint().metric().label());
        n.put("tg263", l.constraint().metric().tg263());
        n.put("operator", l.constraint().operator().ascii());
        number(n, "limit", l.constraint().limit().value());
        n.put("unit", l.constraint().limit().unit().symbol());
        number(n, "limit3d", l.limit3d() == null ? null : l.limit3d().value());
        n.put("explanation", l.explanation());
        n.put("table3d", l.table3d() == null ? null : l.table3d().text());
        n.put("tableImrt", l.tableImrt() == null ? null : l.tableImrt().text());
        number(n, "dose3d", l.dose3d());
        number(n, "doseImrt", l.doseImrt());
        number(n, "dvh3d", l.dvh3d());
        number(n, "dvhImrt", l.dvhImrt());
        n.put("meets3d", l.meets3d());
        n.put("meetsImrt", l.meetsImrt());
        n.put("onlyImrtMeets", l.onlyImrtMeets());
        return n;
    }

    private ObjectNode document(Document d) {
        ObjectNode n = mapper.createObjectNode();
        n.put("file", d.file());
        n.put("kind", d.kind() == null ? null : d.kind().name());
        n.put("plan", d.plan() == null ? null : d.plan().label());
        n.put("color", d.color());
        n.put("pages", d.pages());
        n.put("state", d.state() == null ? null : d.state().name());
        n.put("note", d.note());
        return n;
    }

    private ObjectNode checklistItem(ChecklistItem i) {
        ObjectNode n = mapper.createObjectNode();
        n.put("key", i.key());
        n.put("label", i.label());
        n.put("satisfied", i.satisfied());
        n.put("evidence", i.evidence());
        n.put("overridden", i.overridden());
        n.put("note", i.note());
        return n;
    }

    private ObjectNode problem(Problem p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("file", p.file());
        n.put("message", p.message());
        if (p.code() != null) {
            n.put("code", p.code().name());
        }
        if (p.field() != null) {
            n.put("field", p.field());
        }
        return n;
    }

    private static Boolean converted(CellValue cell) {
        return cell == null ? null : cell.converted();
    }

    /** Numbers rounded to 6 decimals so cGy→Gy divisions print as 52.4, not 52.400000000000006. */
    private static void number(ObjectNode n, String field, Double value) {
        if (value == null || !Double.isFinite(value)) {
            n.putNull(field);
        } else {
            n.put(field, Math.round(value * 1e6) / 1e6);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
