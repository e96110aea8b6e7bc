package org.imrtreview.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.RowResult;
import org.junit.jupiter.api.Test;

/** The committed sample 10 evaluates as its README says: rows relying on tighter-than-published constraints stop supporting. */
class StricterThanPublishedSampleTest {

    private static final Path CASE = Path.of("samples", StricterThanPublishedSample.FOLDER);

    @Test
    void sampleIsReferredBecauseItsOnlyImrtRowsRelyOnStricterThanPublishedConstraints() throws Exception {
        Evaluation e = Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(CASE));
        assertEquals(Determination.CRITERIA_NOT_MET, e.determination(), String.join("\n", e.reasons()));
        assertTrue(Files.readString(CASE.resolve("README.md")).contains("Expected determination: CRITERIA_NOT_MET"));
        List<RowResult> rows = e.rows();
        assertEquals(6, rows.size());
        for (int i : new int[] {2, 3}) {
            RowResult r = rows.get(i);
            assertEquals(Boolean.TRUE, r.onlyImrtMeets(), r.row().organ());
            assertFalse(r.supports(), r.row().organ());
            Flag f = r.flags().stream().filter(x -> x.code() == FlagCode.STRICTER_THAN_PUBLISHED).findFirst().orElseThrow();
            assertTrue(f.blocksSupport());
            assertTrue(f.message().contains("QUANTEC"), f.message());
        }
        assertTrue(rows.get(2).flags().stream().anyMatch(f -> f.message().contains("Dmean < 25 Gy")));
        assertTrue(rows.get(3).flags().stream().anyMatch(f -> f.message().contains("Dmean < 44 Gy")));
        for (int i : new int[] {0, 1, 4, 5}) {
            assertTrue(rows.get(i).flags().stream().noneMatch(f -> f.code() == FlagCode.STRICTER_THAN_PUBLISHED
                    || f.code() == FlagCode.LOOSER_THAN_PUBLISHED), rows.get(i).row().organ());
        }
        assertTrue(e.reasons().get(0).contains("physician reviewer decides"), e.reasons().get(0));
    }
}
