package org.imrtreview.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.RowResult;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0541: sample 09 with the organ names of two rows exchanged ("Bladder, V70 &lt; 20 %" with the
 * rectum's numbers, "Rectum, V65 &lt; 50 %" with the bladder's). The exported data decide both rows and flag
 * the mismatch, but only the numbers were said; a physicist sees at once that the rectum row holds the
 * bladder's values. The note says so; the determination is the data's, unchanged.
 */
class ValuesOfAnotherOrganTest {

    @TempDir
    Path dir;

    private static Evaluation evaluate(Path folder) throws Exception {
        return Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(folder));
    }

    private static void replace(Path file, String from, String to) throws Exception {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(from, to), StandardCharsets.UTF_8);
    }

    private static Flag note(RowResult r) {
        return r.flags().stream().filter(f -> f.code() == FlagCode.DVH_VALUES_OF_ANOTHER_ORGAN).findFirst().orElse(null);
    }

    @Test
    void aRowHoldingAnotherOrgansValuesSaysWhoseTheyAre() throws Exception {
        Path sample = SampleCopies.copyOf(Path.of("samples/09-prostate-dvh-data-mismatch").toAbsolutePath(), dir);
        Path table = sample.resolve("Summary_3D_vs_IMRT.csv");
        replace(table, "Rectum,V70 < 20%", "@@,V70 < 20%");
        replace(table, "Bladder,V65 < 50%", "Rectum,V65 < 50%");
        replace(table, "@@,V70 < 20%", "Bladder,V70 < 20%");

        Evaluation e = evaluate(sample);
        assertEquals(Determination.CRITERIA_NOT_MET, e.determination(), e.reasons().toString());
        RowResult rectumV65 = e.rows().get(2);
        assertEquals("Rectum", rectumV65.row().organ());
        assertTrue(rectumV65.has(FlagCode.DVH_TABLE_MISMATCH));
        Flag note = note(rectumV65);
        assertTrue(note != null, rectumV65.flags().toString());
        assertFalse(note.blocksSupport());
        assertTrue(note.message().contains("fit the DVH data of Bladder") && note.message().contains("3D 26.2%")
                && note.message().contains("IMRT 20.1%"), note.message());
        // the bladder row's IMRT value is the sample's planted mismatch (14.2 % against 24.2 % for the rectum): no fit
        assertEquals(null, note(e.rows().get(0)));
        // rows whose values agree with their own data get nothing
        assertEquals(null, note(e.rows().get(1)));
        assertEquals(null, note(e.rows().get(3)));
    }

    @Test
    void aValueThatDiffersFromItsOwnDataButFitsNoOtherOrganGetsNoNote() throws Exception {
        Path sample = SampleCopies.copyOf(Path.of("samples/09-prostate-dvh-data-mismatch").toAbsolutePath(), dir);
        Evaluation e = evaluate(sample);
        assertEquals(Determination.CRITERIA_NOT_MET, e.determination());
        assertTrue(e.rows().get(0).has(FlagCode.DVH_TABLE_MISMATCH));
        assertTrue(e.rows().stream().allMatch(r -> note(r) == null), e.rows().toString());
    }
}
