package org.imrtreview.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.RowResult;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0442: sample 09 with the plan names of its two Eclipse exports swapped ("3D CRT 4FLD" in the IMRT
 * file and "IMRT 7F" in the 3D file). The exported data replaced every table value with the other plan's, every
 * row read "IMRT worse", and the case was referred for denial, though the table agrees with the data as soon as
 * the plans are the other way round.
 */
class SwappedPlansTest {

    @TempDir
    Path dir;

    private static Evaluation evaluate(Path folder) throws Exception {
        return Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(folder));
    }

    private static void replace(Path file, String from, String to) throws Exception {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void exportsWhosePlansAreTheOtherWayRoundFromTheTableHoldTheCase() throws Exception {
        Path sample = SampleCopies.copyOf(Path.of("samples/09-prostate-dvh-data-mismatch").toAbsolutePath(), dir);
        Evaluation before = evaluate(sample);
        assertEquals(Determination.CRITERIA_NOT_MET, before.determination());
        assertTrue(before.rows().stream().noneMatch(r -> r.has(FlagCode.DVH_PLANS_SWAPPED)));

        replace(sample.resolve("Eclipse_DVH_3DCRT.txt"), "Plan: 3D CRT 4FLD", "Plan: SWAP");
        replace(sample.resolve("Eclipse_DVH_IMRT.txt"), "Plan: IMRT 7F", "Plan: 3D CRT 4FLD");
        replace(sample.resolve("Eclipse_DVH_3DCRT.txt"), "Plan: SWAP", "Plan: IMRT 7F");
        Evaluation e = evaluate(sample);
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("dose3d", "doseImrt"), e.missing());
        for (RowResult r : e.rows()) {
            assertTrue(r.has(FlagCode.DVH_PLANS_SWAPPED), r.row().organ());
            assertFalse(r.supports());
        }
        String message = e.rows().get(0).flags().stream().filter(f -> f.code() == FlagCode.DVH_PLANS_SWAPPED)
                .findFirst().orElseThrow().message();
        assertTrue(message.contains("in 4 of 5 rows"), message);

        // the nurse sets the plans' roles the other way round in the DVH view: the table agrees again
        Evaluation roles = Evaluator.standard().withEvidence(new CurveEvidenceSource(java.util.Map.of(), java.util.Map.of(
                "IMRT 7F", org.imrtreview.model.PlanKind.THREE_D, "3D CRT 4FLD", org.imrtreview.model.PlanKind.IMRT)))
                .evaluate(CaseLoader.standard().readOnly().load(sample));
        assertTrue(roles.rows().stream().noneMatch(r -> r.has(FlagCode.DVH_PLANS_SWAPPED)), roles.reasons().toString());
        assertEquals(Determination.CRITERIA_NOT_MET, roles.determination());
    }

    @Test
    void exportFilesNamedTheWrongWayRoundAreReadByThePlanInside() throws Exception {
        Path sample = SampleCopies.copyOf(Path.of("samples/09-prostate-dvh-data-mismatch").toAbsolutePath(), dir);
        Path a = sample.resolve("Eclipse_DVH_3DCRT.txt");
        Path b = sample.resolve("Eclipse_DVH_IMRT.txt");
        Path t = sample.resolve("swap.tmp");
        Files.move(a, t);
        Files.move(b, a);
        Files.move(t, b);
        Evaluation e = evaluate(sample);
        assertEquals(Determination.CRITERIA_NOT_MET, e.determination());
        assertTrue(e.rows().stream().noneMatch(r -> r.has(FlagCode.DVH_PLANS_SWAPPED)));
    }
}
