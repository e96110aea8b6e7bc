package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.imrtreview.dvh.DvhExport;
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
 * Decision 0461: a DVH export whose plan is prescribed another total dose than the request (an earlier plan,
 * another phase, another patient's plan) was read as the requested plan's DVH: its curves decided rows and
 * nothing said the doses differ. Found by the trust tour (sample 09's exports at 7000 cGy, request 78 Gy: no
 * warning).
 */
class PrescriptionDiffersTest {

    private static final Path SAMPLE = Path.of("samples/09-prostate-dvh-data-mismatch");

    @TempDir
    Path tmp;

    private static Evaluation evaluate(Path folder) throws Exception {
        ReviewCase rc = CaseLoader.standard().readOnly().load(folder);
        return Evaluator.standard().evaluate(rc);
    }

    @Test
    void exportsOfAPlanPrescribedAnotherDoseHoldTheCaseAndNameBothDoses() throws Exception {
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve("case"), rel -> false);
        for (String export : List.of("Eclipse_DVH_IMRT.txt", "Eclipse_DVH_3DCRT.txt")) {
            Path f = folder.resolve(export);
            Files.writeString(f, Files.readString(f).replace("Prescribed dose [cGy]: 7800.0", "Prescribed dose [cGy]: 7000.0"));
        }

        Evaluation e = evaluate(folder);
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertTrue(e.missing().contains("plan"), e.missing().toString());
        List<Problem> found = e.problems().stream().filter(p -> p.code() == ProblemCode.PRESCRIPTION_DIFFERS).toList();
        assertEquals(List.of("Eclipse_DVH_3DCRT.txt", "Eclipse_DVH_IMRT.txt"), found.stream().map(Problem::file).sorted().toList());
        Problem imrt = found.stream().filter(p -> p.file().equals("Eclipse_DVH_IMRT.txt")).findFirst().orElseThrow();
        assertTrue(imrt.message().contains("plan \"IMRT 7F\" is prescribed 70 Gy, but the request is for 78 Gy"), imrt.message());
        ChecklistItem item = e.checklist().stream().filter(i -> i.key().equals("plan")).findFirst().orElseThrow();
        assertTrue(!item.satisfied() && item.evidence().contains("Eclipse_DVH_IMRT.txt"), item.toString());
    }

    @Test
    void theSampleAsSubmittedRaisesNothing() throws Exception {
        Evaluation e = evaluate(SampleCopies.copyTo(SAMPLE, tmp.resolve("as-sent"), rel -> false));
        assertTrue(e.problems().stream().noneMatch(p -> p.code() == ProblemCode.PRESCRIPTION_DIFFERS), e.problems().toString());
        assertTrue(e.checklist().stream().noneMatch(i -> i.key().equals("plan")));
    }

    @Test
    void roundingAPlanSumAndAnExportWithoutPrescriptionAreNoFinding() {
        assertEquals(Optional.empty(), DvhDataHandler.prescriptionDiffers(export(new DvhExport.Plan("IMRT", 77.6, false)), 78.0));
        assertEquals(Optional.empty(), DvhDataHandler.prescriptionDiffers(export(new DvhExport.Plan("IMRT", null, false)), 78.0));
        assertEquals(Optional.empty(), DvhDataHandler.prescriptionDiffers(export(new DvhExport.Plan("IMRT", 70.0, false)), null));
        // phase 1 (50 Gy) beside the plan sum of the course: the sum carries the total
        assertEquals(Optional.empty(), DvhDataHandler.prescriptionDiffers(export(new DvhExport.Plan("Ph1", 50.0, false),
                new DvhExport.Plan("Course sum", null, true)), 70.0));
        // one of two plans is the requested one
        assertEquals(Optional.empty(), DvhDataHandler.prescriptionDiffers(export(new DvhExport.Plan("old", 66.0, false),
                new DvhExport.Plan("new", 70.0, false)), 70.0));
    }

    @Test
    void aPhaseAloneOrABoostAloneIsAnotherDose() {
        Optional<String> why = DvhDataHandler.prescriptionDiffers(export(new DvhExport.Plan("Ph1 pelvis", 45.0, false)), 79.2);
        assertTrue(why.orElseThrow().contains("plan \"Ph1 pelvis\" is prescribed 45 Gy, but the request is for 79.2 Gy"), why.get());
        assertTrue(DvhDataHandler.prescriptionDiffers(export(new DvhExport.Plan("", 59.4, false)), 60.0).isEmpty(),
                "59.4 vs 60 Gy is within 1 %");
        assertTrue(DvhDataHandler.prescriptionDiffers(export(new DvhExport.Plan("", 58.0, false)), 60.0).orElseThrow()
                .contains("its plan is prescribed 58 Gy"));
    }

    private static DvhExport export(DvhExport.Plan... plans) {
        return new DvhExport("x.txt", null, List.of(plans), List.of(), List.of(), List.of());
    }
}
