package org.imrtreview.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.imrtreview.pas.ClaimLine;
import org.imrtreview.pas.ItemDecision;
import org.imrtreview.ui.common.ServiceLinesForm.Choice;
import org.junit.jupiter.api.Test;

/** The service-line dialog's rules (decision 0288), the same as {@code pas-response --decision modify} (0268). */
class ServiceLinesFormTest {
    private static final String RATIONALE = "The 3D plan meets every limit.";

    private static ServiceLinesForm form() {
        return new ServiceLinesForm(List.of(new ClaimLine(1, "77301", 1), new ClaimLine(2, "77338", 1),
                new ClaimLine(3, "77386", 23)), RATIONALE);
    }

    private static void choose(ServiceLinesForm f, Choice... choices) {
        for (int i = 0; i < choices.length; i++) {
            f.lines().get(i).choiceProperty().set(choices[i]);
        }
    }

    @Test
    void everyLineMustBeDecidedBeforeAnythingIsSent() {
        ServiceLinesForm f = form();
        choose(f, Choice.APPROVE, Choice.DENY);
        assertEquals("Line 3 (77386): choose Approve, Approve fewer units or Deny.", f.problemProperty().get());
        assertThrows(IllegalStateException.class, f::decisions);
    }

    @Test
    void fewerUnitsMeansFewerThanAskedAndAtLeastOne() {
        ServiceLinesForm f = form();
        choose(f, Choice.APPROVE, Choice.APPROVE, Choice.FEWER);
        for (String units : new String[] {"", "23", "24", "0", "twenty"}) {
            f.lines().get(2).unitsProperty().set(units);
            assertEquals("Line 3 (77386): approve fewer than the 23 units asked, at least 1.", f.problemProperty().get(), units);
        }
        f.lines().get(2).unitsProperty().set("22");
        assertEquals("", f.problemProperty().get());
        assertEquals(List.of(new ItemDecision(1, true, null, null), new ItemDecision(2, true, null, null),
                new ItemDecision(3, true, 22, RATIONALE)), f.decisions());
        choose(f, Choice.FEWER);
        assertEquals("Line 1 (77301) asks for one unit: approve or deny it.", f.problemProperty().get());
    }

    @Test
    void aLineDeniedOrCutCarriesAReasonThePhysiciansRationaleUnlessReworded() {
        ServiceLinesForm f = form();
        choose(f, Choice.APPROVE, Choice.APPROVE, Choice.DENY);
        assertEquals(RATIONALE, f.lines().get(2).reasonProperty().get());
        f.lines().get(2).reasonProperty().set("  ");
        assertEquals("Line 3 (77386): say why it is denied.", f.problemProperty().get());
        f.lines().get(2).reasonProperty().set(" IMRT delivery is not needed ");
        assertEquals(new ItemDecision(3, false, null, "IMRT delivery is not needed"), f.decisions().get(2));
    }

    @Test
    void wholeDecisionsAreNotSentLineByLine() {
        ServiceLinesForm f = form();
        choose(f, Choice.DENY, Choice.DENY, Choice.DENY);
        assertEquals("No line is approved: that is a whole denial. Send it with Export decision as PAS response.",
                f.problemProperty().get());
        choose(f, Choice.APPROVE, Choice.APPROVE, Choice.APPROVE);
        assertEquals("Every line is approved in full: that is a whole approval, not a decision line by line.",
                f.problemProperty().get());
    }
}
