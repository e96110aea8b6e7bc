package org.imrtreview.cli;

import static org.imrtreview.evaluate.TestCases.complete;
import static org.imrtreview.evaluate.TestCases.policyExampleRows;
import static org.imrtreview.evaluate.TestCases.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.Request;
import org.junit.jupiter.api.Test;

class EvaluationJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Request request() {
        return new Request("PA-2026-000123", null, Request.Urgency.EXPEDITED,
                new Request.Member("Jane Q. Example", "M123456789", LocalDate.of(1963, 4, 2), List.of("1 Main St")),
                null, null, null, null, "Brain", new Request.Prescription(60.0, 30), List.of("77301", "77386"), null, null);
    }

    private static JsonNode json(ReviewCase c) throws Exception {
        String text = new EvaluationJson().write(c, Evaluator.standard().evaluate(c));
        return MAPPER.readTree(text);
    }

    @Test
    void hasTheSpecShape() throws Exception {
        JsonNode root = json(complete(policyExampleRows()).withRequest(request()));
        assertEquals("CRITERIA_MET", root.get("determination").asText());
        for (String field : List.of("rows", "documents", "missing", "reasons", "checklist", "problems")) {
            assertTrue(root.get(field).isArray(), field);
        }
        JsonNode brainstem = root.get("rows").get(2);
        assertEquals("Brainstem", brainstem.get("organ").asText());
        assertEquals("Max < 54 Gy", brainstem.get("constraint").asText());
        assertEquals("Quantec", brainstem.get("source").asText());
        assertEquals("QUANTEC", brainstem.get("sourceRecognized").asText());
        assertEquals("Dmax", brainstem.get("metric").asText());
        assertEquals("Max[Gy]", brainstem.get("tg263").asText());
        assertEquals("<", brainstem.get("operator").asText());
        assertEquals(54.0, brainstem.get("limit").asDouble());
        assertTrue(brainstem.get("limit").isDouble());
        assertEquals("Gy", brainstem.get("unit").asText());
        assertEquals(62.0, brainstem.get("dose3d").asDouble());
        assertEquals(52.0, brainstem.get("doseImrt").asDouble());
        assertFalse(brainstem.get("meets3d").asBoolean());
        assertTrue(brainstem.get("meetsImrt").asBoolean());
        assertTrue(brainstem.get("onlyImrtMeets").asBoolean());
        assertEquals("YES", brainstem.get("submittedAnswer").asText());
        assertEquals("62 Gy", brainstem.get("table3d").asText());
        assertTrue(brainstem.get("dvh3d").isNull());
        assertTrue(brainstem.get("complete").asBoolean());
        assertTrue(brainstem.get("supports").asBoolean());
        assertTrue(brainstem.get("flags").isArray());
    }

    @Test
    void documentsCarryKindPlanAndColour() throws Exception {
        JsonNode docs = json(complete(policyExampleRows())).get("documents");
        JsonNode image = docs.get(1);
        assertEquals("dvh_comparison.png", image.get("file").asText());
        assertEquals("DVH_IMAGE", image.get("kind").asText());
        assertEquals("BOTH", image.get("plan").asText());
        assertTrue(image.get("color").asBoolean());
        assertTrue(docs.get(2).get("plan").isNull());
    }

    @Test
    void flagsHaveCodeAndMessage() throws Exception {
        JsonNode row = json(complete(row(1, "Brainstem", "Max < 54 Gy", "QUANTEC", "62 Gy", "52 Gy", "No"))).get("rows").get(0);
        JsonNode flag = row.get("flags").get(0);
        assertEquals("ANSWER_MISMATCH", flag.get("code").asText());
        assertTrue(flag.get("message").asText().contains("answered No"));
        assertEquals("NO", row.get("submittedAnswer").asText());
    }

    @Test
    void unparsedConstraintHasNullMetricAndVerdicts() throws Exception {
        JsonNode row = json(complete(row(1, "Heart", "keep it low", "institutional", "20 Gy", "15 Gy", "No"))).get("rows").get(0);
        assertTrue(row.get("metric").isNull());
        assertTrue(row.get("operator").isNull());
        assertTrue(row.get("limit").isNull());
        assertTrue(row.get("meets3d").isNull());
        assertTrue(row.get("onlyImrtMeets").isNull());
        assertEquals("CONSTRAINT_UNPARSED", row.get("flags").get(0).get("code").asText());
    }

    @Test
    void lessOrEqualIsWrittenInAscii() throws Exception {
        JsonNode row = json(complete(row(1, "Cord", "Dmax ≤ 4500 cGy", "QUANTEC", "4600", "4400", "Yes"))).get("rows").get(0);
        assertEquals("<=", row.get("operator").asText());
        assertEquals(45.0, row.get("limit").asDouble());
        assertEquals(46.0, row.get("dose3d").asDouble());
        assertTrue(row.get("unitConverted3d").asBoolean());
    }

    @Test
    void requestSummaryHasNoMemberIdentifiers() throws Exception {
        ReviewCase c = complete(policyExampleRows()).withRequest(request());
        String text = new EvaluationJson().write(c, Evaluator.standard().evaluate(c));
        JsonNode request = MAPPER.readTree(text).get("request");
        assertEquals("PA-2026-000123", request.get("requestId").asText());
        assertEquals("EXPEDITED", request.get("urgency").asText());
        assertEquals(30, request.get("prescription").get("fractions").asInt());
        assertFalse(text.contains("Jane"));
        assertFalse(text.contains("M123456789"));
        assertFalse(text.contains("1963"));
    }

    @Test
    void asciiOnlyOutputEscapesSymbols() {
        ReviewCase c = complete(row(1, "Cord", "Dmax ≤ 45 Gy", "QUANTEC", "46", "44", "Yes"));
        String text = new EvaluationJson(true).write(c, Evaluator.standard().evaluate(c));
        assertFalse(text.contains("≤"));
        assertTrue(text.contains("\\u2264"));
    }
}
