package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0402: a case holding two summary tables that give different numbers (a first version and a
 * "revised" one) used to be decided on whichever table scored higher (a tie: the first file found),
 * silently. Sample 03 with a revised table in which no row supports stayed CRITERIA_MET.
 */
class TablesThatDisagreeTest {

    private static final Path SAMPLE = Path.of("samples/03-lung-v20-csv-criteria-met");

    @TempDir
    Path tmp;

    private Evaluation evaluate(Path folder) throws Exception {
        ReviewCase rc = CaseLoader.standard().readOnly().load(folder);
        return Evaluator.standard().evaluate(rc);
    }

    @Test
    void aRevisedTableWithOtherNumbersHoldsTheCaseUntilTheProviderSaysWhichIsCurrent() throws Exception {
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve("case"), rel -> false);
        String table = Files.readString(folder.resolve("summary_table.csv"));
        Files.writeString(folder.resolve("summary_table_revised.csv"), table
                .replace("38%", "33%").replace("27.4 Gy", "24.4 Gy").replace("36.2 Gy", "31.2 Gy").replace(",Yes", ",No"));

        Evaluation e = evaluate(folder);
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("tables"), e.missing());
        Problem p = e.problems().stream().filter(x -> x.code() == ProblemCode.TABLES_DISAGREE).findFirst().orElseThrow();
        assertEquals("summary_table_revised.csv", p.file());
        assertTrue(p.message().contains("Heart (Mean < 26 Gy): 3D \"24.4 Gy\" here, \"27.4 Gy\" there"), p.message());
        ChecklistItem item = e.checklist().stream().filter(i -> i.key().equals("tables")).findFirst().orElseThrow();
        assertTrue(!item.satisfied() && item.evidence().contains("summary_table_revised.csv"), item.toString());
    }

    @Test
    void theSameTableTwiceWrittenAnotherWayIsNoFinding() throws Exception {
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve("copy"), rel -> false);
        String table = Files.readString(folder.resolve("summary_table.csv"));
        // as a print of the same workbook might read: trailing zeros, a space before %, cGy, the policy's words
        Files.writeString(folder.resolve("summary_table_print.csv"), table.replace("27.4 Gy", "27.40 Gy")
                .replace("38%", "38 %").replace("36.2 Gy", "3620 cGy").replace(",Yes", ",Yes (only IMRT meets constraint)"));

        Evaluation e = evaluate(folder);
        assertEquals(Determination.CRITERIA_MET, e.determination(), e.problems().toString());
        assertTrue(e.problems().stream().noneMatch(x -> x.code() == ProblemCode.TABLES_DISAGREE), e.problems().toString());
    }

    @Test
    void aSecondTableOfAnotherFractionationWithTheSameValuesHoldsTheCase() throws Exception {
        // decision 0540: the same numbers, but the copy is a 55 Gy in 20 fx table (its cord limit for 20 fractions)
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve("fx"), rel -> false);
        String table = Files.readString(folder.resolve("summary_table.csv"));
        Files.writeString(folder.resolve("summary_table_55Gy.csv"), table
                .replace("Summary Analysis of 3D vs IMRT Planning", "Summary Analysis of 3D vs IMRT Planning - 55 Gy in 20 fx")
                .replace("Max <= 50 Gy", "\u2264 44 Gy in 20 fx"));

        Evaluation e = evaluate(folder);
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        // the copy's title states 55 Gy in 20 fx: the title check (0544) adds "plan"
        assertTrue(e.missing().contains("tables"), e.missing().toString());
        Problem p = e.problems().stream().filter(x -> x.code() == ProblemCode.TABLES_DISAGREE).findFirst().orElseThrow();
        assertTrue(p.message().contains("Spinal cord"), p.message());
        assertTrue(p.message().contains("20 fractions") && p.message().contains("no fractions named"), p.message());
    }

    @Test
    void aSecondTableWithAnotherLimitForAnOrganHoldsTheCase() throws Exception {
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve("limit"), rel -> false);
        String table = Files.readString(folder.resolve("summary_table.csv"));
        Files.writeString(folder.resolve("summary_table_v2.csv"), table.replace("V20 < 35%", "V20 < 40%"));

        Evaluation e = evaluate(folder);
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        Problem p = e.problems().stream().filter(x -> x.code() == ProblemCode.TABLES_DISAGREE).findFirst().orElseThrow();
        assertTrue(p.message().contains("Total lung") && p.message().contains("constraint \"V20 < 40%\" here"), p.message());
    }

    @Test
    void aConstraintWrittenAnotherWayIsTheSameConstraint() throws Exception {
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve("words"), rel -> false);
        String table = Files.readString(folder.resolve("summary_table.csv"));
        Files.writeString(folder.resolve("summary_table_print.csv"), table.replace("Mean < 26 Gy", "Dmean < 2600 cGy")
                .replace("Max <= 50 Gy", "Dmax \u2264 50 Gy").replace("V20 < 35%", "V20Gy < 35 %"));

        Evaluation e = evaluate(folder);
        assertEquals(Determination.CRITERIA_MET, e.determination(), e.problems().toString());
        assertTrue(e.problems().stream().noneMatch(x -> x.code() == ProblemCode.TABLES_DISAGREE), e.problems().toString());
    }
}
