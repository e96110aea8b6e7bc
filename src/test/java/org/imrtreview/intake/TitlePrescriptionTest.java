package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0544: sample 03 (60 Gy in 30 fractions requested) whose only table is titled "… 55 Gy in 20 fx" was
 * CRITERIA_MET with no word: a physicist reads the table as another plan's or another course's.
 */
class TitlePrescriptionTest {

    private static final Path SAMPLE = Path.of("samples/03-lung-v20-csv-criteria-met");
    private static final String TITLE = "Summary Analysis of 3D vs IMRT Planning";

    @TempDir
    Path tmp;

    private Evaluation withTitle(String dir, String title) throws Exception {
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve(dir), rel -> false);
        Path csv = folder.resolve("summary_table.csv");
        Files.writeString(csv, Files.readString(csv).replace(TITLE, title));
        return Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(folder));
    }

    @Test
    void aTableTitledWithAnotherPrescriptionHoldsTheCase() throws Exception {
        Evaluation e = withTitle("other", TITLE + " - 55 Gy in 20 fx");
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("plan"), e.missing());
        Problem p = e.problems().stream().filter(x -> x.code() == ProblemCode.PRESCRIPTION_DIFFERS).findFirst().orElseThrow();
        assertEquals("summary_table.csv", p.file());
        assertTrue(p.message().contains("\"55 Gy in 20 fx\"") && p.message().contains("60 Gy in 30 fractions"), p.message());
    }

    @Test
    void aTitleOfTheRequestedPrescriptionInAnyWritingRaisesNothing() throws Exception {
        for (String title : List.of(TITLE + " (60 Gy in 30 fx)", TITLE + " 6000 cGy / 30 fractions",
                TITLE + ": 2 Gy x 30 fx", TITLE + " - RUL, 60 Gy/30 fx; cord < 45 Gy")) {
            Evaluation e = withTitle("same" + Math.abs(title.hashCode()), title);
            assertEquals(Determination.CRITERIA_MET, e.determination(), title + ": " + e.problems());
        }
    }

    @Test
    void whatTheTitleStatesIsReadOnlyWithItsFractions() {
        // a limit quoted in a title is no prescription
        assertTrue(TitlePrescription.differs("Summary (cord < 45 Gy)", 60.0, 30).isEmpty());
        // the levels of a simultaneous boost: the requested one is enough
        assertTrue(TitlePrescription.differs("H&N SIB 70 Gy / 63 Gy / 56 Gy in 35 fx", 70.0, 35).isEmpty());
        assertTrue(TitlePrescription.differs("H&N SIB 70 Gy / 63 Gy / 56 Gy in 35 fx", 66.0, 33).isPresent());
        // the same total in other fractions is another course
        assertTrue(TitlePrescription.differs("60 Gy in 20 fx", 60.0, 30).isPresent());
        assertTrue(TitlePrescription.differs("60 Gy in 20 fx", 60.0, null).isEmpty());
        assertTrue(TitlePrescription.differs("55 Gy in 20 fx", null, null).isEmpty());
    }
}
