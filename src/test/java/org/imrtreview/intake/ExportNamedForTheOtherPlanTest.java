package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0643: sample 09 (criteria not met: its IMRT export's rectum V70 24.2 % replaces the table's 14.2 %) whose
 * 3D export was also sent under the IMRT export's name — the same file twice — read CRITERIA_MET: both files were
 * read by their content as the 3D plan, so no IMRT data checked the table and its 14.2 % stood.
 */
class ExportNamedForTheOtherPlanTest {

    private static final Path SAMPLE = Path.of("samples/09-prostate-dvh-data-mismatch");

    @TempDir
    Path tmp;

    @Test
    void theThreeDExportSentUnderTheImrtNameHoldsTheCase() throws Exception {
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve("copied"), rel -> false);
        Files.copy(folder.resolve("Eclipse_DVH_3DCRT.txt"), folder.resolve("Eclipse_DVH_IMRT.txt"),
                StandardCopyOption.REPLACE_EXISTING);
        Evaluation e = Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(folder));
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("plan"), e.missing());
        Problem p = e.problems().stream().filter(x -> x.code() == ProblemCode.EXPORTS_DISAGREE).findFirst().orElseThrow();
        assertEquals("Eclipse_DVH_IMRT.txt", p.file());
        assertTrue(p.message().startsWith("is named as the IMRT plan's DVH export, but holds only the 3D plan (\"3D CRT 4FLD\")"),
                p.message());
    }

    @Test
    void namesThatSayNoPlanOrBothOrTheSamePlanRaiseNothing() {
        assertTrue(DvhDataHandler.namedForTheOtherPlan("export.txt", PlanKind.THREE_D, List.of()).isEmpty());
        assertTrue(DvhDataHandler.namedForTheOtherPlan("DVH_3D_vs_IMRT.txt", PlanKind.THREE_D, List.of()).isEmpty());
        assertTrue(DvhDataHandler.namedForTheOtherPlan("plans/IMRT_export.txt", PlanKind.IMRT, List.of()).isEmpty());
        Evaluation asSent = null;
        try {
            asSent = Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(
                    SampleCopies.copyTo(SAMPLE, tmp.resolve("sent"), rel -> false)));
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
        assertEquals(Determination.CRITERIA_NOT_MET, asSent.determination());
        assertTrue(asSent.problems().stream().noneMatch(x -> x.code() == ProblemCode.EXPORTS_DISAGREE), asSent.problems().toString());
    }
}
