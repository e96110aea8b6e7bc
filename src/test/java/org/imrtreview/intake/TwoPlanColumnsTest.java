package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0406: a table with two IMRT columns ("IMRT_v1", "IMRT_v2") was read with the first one, silently.
 * With the first plan meeting the limits and the second (the one planned for treatment) not, the case
 * was CRITERIA_MET on a plan nobody said is the one requested.
 */
class TwoPlanColumnsTest {

    private static final Path SAMPLE = Path.of("samples/03-lung-v20-csv-criteria-met");

    @TempDir
    Path tmp;

    private static final String TABLE = String.join("\r\n",
            "Summary Analysis of 3D vs IMRT Planning,,,,,,",
            ",,,,,,",
            "OAR,Dose Constraint,Source of Constraint,3D-CRT,IMRT_v1,IMRT_v2,Can constraint only be met with IMRT?",
            "Total lung,V20 < 35%,NCCN,38%,29%,36%,Yes",
            "Heart,Mean < 26 Gy,QUANTEC,27.4 Gy,18.9 Gy,27.0 Gy,Yes",
            "Esophagus,Dmean < 34 Gy,QUANTEC,36.2 Gy,28.7 Gy,35.0 Gy,Yes",
            "Spinal cord,Max <= 50 Gy,QUANTEC,44.8 Gy,41.0 Gy,41.0 Gy,No", "");

    private Evaluation evaluate(String table) throws Exception {
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve("case" + table.hashCode()), rel -> false);
        Files.writeString(folder.resolve("summary_table.csv"), table);
        return Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(folder));
    }

    @Test
    void twoImrtColumnsWithDifferentValuesHoldTheCase() throws Exception {
        Evaluation e = evaluate(TABLE);
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("tables"), e.missing());
        assertTrue(e.problems().stream().anyMatch(p -> p.code() == ProblemCode.TABLES_DISAGREE
                && p.message().contains("read with column \"IMRT_v2\" as the IMRT plan")), e.problems().toString());
    }

    @Test
    void twoImrtColumnsThatAgreeAreNoFinding() throws Exception {
        Evaluation e = evaluate(TABLE.replace(",36%,", ",29%,").replace(",27.0 Gy,", ",18.9 Gy,").replace(",35.0 Gy,", ",28.7 Gy,"));
        assertEquals(Determination.CRITERIA_MET, e.determination(), e.problems().toString());
    }
}
