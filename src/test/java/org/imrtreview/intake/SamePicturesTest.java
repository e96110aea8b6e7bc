package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Document;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.PlanKind;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0403: the IMRT plan's DVH picture sent a second time under the 3D plan's name is no
 * comparison of two plans. Sample 03 with DVH_VMAT.png copied over DVH_3DCRT.png used to stay
 * CRITERIA_MET with the DVH checklist item satisfied.
 */
class SamePicturesTest {

    private static final Path SAMPLE = Path.of("samples/03-lung-v20-csv-criteria-met");

    @TempDir
    Path tmp;

    private static Evaluation evaluate(Path folder) throws Exception {
        return Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(folder));
    }

    @Test
    void theImrtPictureSentAgainAsThe3dPictureLeavesTheComparisonMissing() throws Exception {
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve("case"), rel -> false);
        Files.copy(folder.resolve("DVH_VMAT.png"), folder.resolve("DVH_3DCRT.png"), StandardCopyOption.REPLACE_EXISTING);

        Evaluation e = evaluate(folder);
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("dvh"), e.missing());
        for (String name : List.of("DVH_3DCRT.png", "DVH_VMAT.png")) {
            Document d = e.documents().stream().filter(x -> x.file().equals(name)).findFirst().orElseThrow();
            assertNull(d.plan(), name);
        }
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("is the same picture as")), e.problems().toString());
    }

    @Test
    void twoDifferentPicturesStillCoverBothPlans() throws Exception {
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve("as-sent"), rel -> false);
        Evaluation e = evaluate(folder);
        assertEquals(Determination.CRITERIA_MET, e.determination());
        assertEquals(PlanKind.THREE_D, e.documents().stream().filter(x -> x.file().equals("DVH_3DCRT.png")).findFirst()
                .orElseThrow().plan());
    }
}
