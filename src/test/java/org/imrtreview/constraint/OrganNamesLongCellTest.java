package org.imrtreview.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 20 item 4: a pasted paragraph in the organ cell is read like a short one (the lookup is linear). */
class OrganNamesLongCellTest {

    @Test
    void anOrganNamedAtTheEndOfATwoThousandWordCellIsFound() {
        String filler = "reviewed and accepted as written by the physicist ".repeat(250);
        OrganName found = OrganNames.normalise(filler + "left parotid gland").orElseThrow();
        assertEquals(Laterality.LEFT, found.side());
        assertTrue(found.organ().startsWith("Parotid"), found.organ());
    }

    @Test
    void theLongestRunStillWinsInALongCell() {
        String filler = "word ".repeat(1500);
        assertEquals(OrganNames.normalise("optic chiasm").orElseThrow().organ(),
                OrganNames.normalise(filler + "optic chiasm " + filler).orElseThrow().organ());
        assertEquals(java.util.List.of(), OrganNames.suggestions(filler));
    }
}
