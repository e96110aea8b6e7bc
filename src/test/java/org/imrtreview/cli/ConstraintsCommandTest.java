package org.imrtreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConstraintsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void summaryPrintsCountsBySourceAndProvenance() {
        assertEquals(0, run("constraints", "--summary"));
        String text = out.toString();
        assertTrue(text.contains("376 entries"), text);
        assertTrue(text.matches("(?s).*AAPM TG-101\\s+121.*"), text);
        assertTrue(text.matches("(?s).*secondary\\s+45.*"), text);
    }

    @Test
    void summaryAsJsonCarriesTheSameCounts() throws Exception {
        assertEquals(0, run("constraints", "--summary", "--format", "json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(376, json.get("total").asInt());
        assertEquals(55, json.get("bySource").get("QUANTEC").asInt());
        assertEquals(277, json.get("byProvenance").get("PRIMARY").asInt());
    }

    @Test
    void organSourceAndFractionsFilterTheEntries() throws Exception {
        assertEquals(0, run("constraints", "--organ", "cord", "--source", "TG-101", "--fractions", "3", "--format", "json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(3, json.get("count").asInt());
        for (JsonNode e : json.get("entries")) {
            assertEquals("AAPM TG-101", e.get("source").asText());
            assertEquals(3, e.get("fractions").asInt());
            assertTrue(e.get("citation").asText().contains("Benedict"));
        }
        assertEquals(50.9, json.get("entries").get(1).get("eqd2Gy").asDouble(), 1e-9);
    }

    @Test
    void textListingShowsCitationsAndMarksSecondaryEntries() {
        assertEquals(0, run("constraints", "--source", "CORSAIR", "--organ", "Mandible"));
        String text = out.toString();
        assertTrue(text.contains("OAR-348*"), text);
        assertTrue(text.contains("Bisello S et al."), text);
        assertTrue(text.contains("secondary source"), text);
    }

    @Test
    void unknownOrganListsNothingAndSaysSo() {
        assertEquals(0, run("constraints", "--organ", "Elbow"));
        assertTrue(out.toString().contains("No published constraint matches"), out.toString());
    }

    @Test
    void badFormatIsAUsageError() {
        assertEquals(1, run("constraints", "--format", "xml"));
        assertTrue(err.toString().contains("--format"));
    }
}
