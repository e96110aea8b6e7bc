package org.imrtreview.cli;

import static org.imrtreview.evaluate.TestCases.complete;
import static org.imrtreview.evaluate.TestCases.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;

/** SPEC §5 JSON, extended compatibly: every row lists its limits; a multi-limit row has no single metric or value. */
class EvaluationJsonLimitsTest {

    private static JsonNode rows(ReviewCase c) throws Exception {
        return new ObjectMapper().readTree(new EvaluationJson().write(c, Evaluator.standard().evaluate(c))).get("rows");
    }

    private static ReviewCase withRx(ReviewCase c) {
        return c.withRequest(new Request("PA-1", null, null, null, null, null, null, null, "Lung",
                new Request.Prescription(60.0, 30), null, null, null));
    }

    @Test
    void aRowWithSeveralLimitsListsEachWithItsValuesAndLeavesTheSingleFieldsNull() throws Exception {
        JsonNode row = rows(withRx(complete(
                row(1, "Lungs", "V20 < 35%, Dmean < 20 Gy", "Institutional", "38%, 21.2 Gy", "29%, 17.5 Gy", "Yes")))).get(0);
        assertEquals("V20 < 35%, Dmean < 20 Gy", row.get("constraint").asText());
        assertTrue(row.get("metric").isNull());
        assertTrue(row.get("limit").isNull());
        assertTrue(row.get("dose3d").isNull());
        assertFalse(row.get("meets3d").asBoolean());
        assertTrue(row.get("meetsImrt").asBoolean());
        assertTrue(row.get("supports").asBoolean());
        assertEquals("V20Gy < 35% and Dmean < 20 Gy", row.get("readAs").asText());
        JsonNode limits = row.get("limits");
        assertEquals(2, limits.size());
        assertEquals("Dmean < 20 Gy", limits.get(1).get("constraint").asText());
        assertEquals("Dmean", limits.get(1).get("metric").asText());
        assertEquals("21.2 Gy", limits.get(1).get("table3d").asText());
        assertEquals(21.2, limits.get(1).get("dose3d").asDouble());
        assertFalse(limits.get(1).get("meets3d").asBoolean());
        assertTrue(limits.get(0).get("meetsImrt").asBoolean());
    }

    @Test
    void anOrdinaryRowKeepsItsFieldsAndHasOneLimitWithTheExplanation() throws Exception {
        JsonNode row = rows(withRx(complete(
                row(1, "Brainstem", "Dmax < 105% of Rx", "Institutional", "66 Gy", "61 Gy", "Yes")))).get(0);
        assertEquals("Dmax", row.get("metric").asText());
        assertEquals(63.0, row.get("limit").asDouble(), 1e-9);
        assertEquals(1, row.get("limits").size());
        assertEquals("105% of 60 Gy = 63 Gy", row.get("limits").get(0).get("explanation").asText());
        assertEquals("Dmax < 63 Gy (105% of 60 Gy = 63 Gy)", row.get("readAs").asText());
    }
}
