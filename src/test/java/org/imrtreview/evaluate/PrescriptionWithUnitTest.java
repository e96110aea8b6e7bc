package org.imrtreview.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0642 (left open by 0579): a prescription in request.json written with its unit — "60 Gy", "7800 cGy",
 * "70 Gy in 35 fx" — is read when it says one thing, with a note; anything else still holds the case (0570, 0575).
 * Samples 03 (60 Gy in 30, criteria met) and 09 (78 Gy in 39, criteria not met, Eclipse exports prescribed 78 Gy).
 */
class PrescriptionWithUnitTest {

    private static final Path LUNG = Path.of("samples/03-lung-v20-csv-criteria-met");
    private static final Path PROSTATE = Path.of("samples/09-prostate-dvh-data-mismatch");

    @TempDir
    Path tmp;

    private ReviewCase with(Path sample, String name, Consumer<ObjectNode> change) throws Exception {
        Path folder = SampleCopies.copyTo(sample, tmp.resolve(name), rel -> false);
        Path request = folder.resolve("request.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode r = (ObjectNode) json.readTree(Files.readString(request));
        change.accept(r);
        Files.writeString(request, json.writerWithDefaultPrettyPrinter().writeValueAsString(r));
        return CaseLoader.standard().readOnly().load(folder);
    }

    private static ObjectNode rx(ObjectNode r) {
        return (ObjectNode) r.get("prescription");
    }

    private static void readAs(ReviewCase rc, Evaluation e, Determination expected, double gy, int fractions, String note) {
        assertEquals(expected, e.determination(), e.reasons() + " " + e.problems());
        assertEquals(new Request.Prescription(gy, fractions), rc.request().prescription());
        assertTrue(e.problems().stream().noneMatch(p -> p.code() == ProblemCode.REQUEST_UNREADABLE), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.code() == null && "request.json".equals(p.file())
                && p.message().contains(note)), e.problems().toString());
    }

    @Test
    void aTotalWrittenInGrayWithItsUnitIsRead() throws Exception {
        ReviewCase rc = with(LUNG, "gy", r -> rx(r).put("totalDoseGy", "60 Gy"));
        readAs(rc, Evaluator.standard().evaluate(rc), Determination.CRITERIA_MET, 60, 30,
                "field \"prescription.totalDoseGy\" holds \"60 Gy\", read as 60 Gy");
    }

    @Test
    void aTotalWrittenInCentigrayIsReadInGrayAndComparedWithTheExports() throws Exception {
        ReviewCase rc = with(PROSTATE, "cgy", r -> rx(r).put("totalDoseGy", "7800 cGy"));
        Evaluation e = Evaluator.standard().evaluate(rc);
        readAs(rc, e, Determination.CRITERIA_NOT_MET, 78, 39, "holds \"7800 cGy\", read as 78 Gy");
        // the exports' 78 Gy agree with it (0461 reads the same request.json)
        assertTrue(e.problems().stream().noneMatch(p -> p.code() == ProblemCode.PRESCRIPTION_DIFFERS), e.problems().toString());
    }

    @Test
    void aPrescriptionWrittenAsOneSentenceIsRead() throws Exception {
        ReviewCase rc = with(LUNG, "sentence", r -> r.put("prescription", "60 Gy in 30 fx"));
        readAs(rc, Evaluator.standard().evaluate(rc), Determination.CRITERIA_MET, 60, 30,
                "field \"prescription\" holds \"60 Gy in 30 fx\", read as 60 Gy in 30 fractions");
        ReviewCase fx = with(LUNG, "fx", r -> rx(r).put("fractions", "30 fractions"));
        readAs(fx, Evaluator.standard().evaluate(fx), Determination.CRITERIA_MET, 60, 30, "read as 30 fractions");
    }

    @Test
    void whatSaysMoreThanOneThingOrNoCourseStillHoldsTheCase() throws Exception {
        for (Consumer<ObjectNode> change : List.<Consumer<ObjectNode>>of(
                r -> rx(r).put("totalDoseGy", "60 Gy / 2 Gy"),
                r -> rx(r).put("totalDoseGy", "50,4 Gy"),
                r -> rx(r).put("totalDoseGy", "sixty Gy"),
                r -> rx(r).put("totalDoseGy", "6000 Gy"),
                r -> r.put("prescription", "60 Gy"))) {
            Evaluation e = Evaluator.standard().evaluate(with(LUNG, "held" + System.identityHashCode(change), change));
            assertEquals(Determination.INCOMPLETE, e.determination(), e.problems().toString());
            assertEquals(List.of("request"), e.missing());
        }
    }
}
