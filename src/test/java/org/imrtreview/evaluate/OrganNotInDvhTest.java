package org.imrtreview.evaluate;

import static org.imrtreview.evaluate.TestCases.complete;
import static org.imrtreview.evaluate.TestCases.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Determination;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0440: a table row whose organ has no structure in the submitted DVH evidence. Sample 09's
 * table with its rectum V70 row labelled "Sigmoid colon" escaped the cross-check with the Eclipse exports
 * that makes sample 09 a referral, and was CRITERIA_MET on the table's 14.2 % (the data say 24.2 %).
 */
class OrganNotInDvhTest {

    private static final Evaluator EVALUATOR = Evaluator.standard();

    @TempDir
    Path dir;

    private static String messages(RowResult r) {
        return String.join("\n", r.flags().stream().map(f -> f.code() + ": " + f.message()).toList());
    }

    @Test
    void aRowRelabelledAsAnOrganTheExportsDoNotHoldNoLongerEscapesTheirCrossCheck() throws Exception {
        Path sample = SampleCopies.copyOf(Path.of("samples/09-prostate-dvh-data-mismatch").toAbsolutePath(), dir);
        Evaluation before = EVALUATOR.evaluate(CaseLoader.standard().readOnly().load(sample));
        assertEquals(Determination.CRITERIA_NOT_MET, before.determination());
        assertTrue(before.rows().stream().noneMatch(r -> r.has(FlagCode.ORGAN_NOT_IN_DVH)), before.reasons().toString());

        Path csv = sample.resolve("Summary_3D_vs_IMRT.csv");
        Files.writeString(csv, Files.readString(csv, StandardCharsets.UTF_8).replace("Rectum,V70", "Sigmoid colon,V70"),
                StandardCharsets.UTF_8);
        Evaluation e = EVALUATOR.evaluate(CaseLoader.standard().readOnly().load(sample));
        RowResult sigmoid = e.rows().get(0);
        assertEquals("Sigmoid colon", sigmoid.row().organ());
        assertTrue(sigmoid.has(FlagCode.ORGAN_NOT_IN_DVH), messages(sigmoid));
        assertFalse(sigmoid.supports(), messages(sigmoid));
        assertTrue(messages(sigmoid).contains("Eclipse_DVH_3DCRT.txt, Eclipse_DVH_IMRT.txt"), messages(sigmoid));
        assertTrue(messages(sigmoid).contains("Rectum, Bladder"), messages(sigmoid));
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("dose3d", "doseImrt"), e.missing());
        for (RowResult r : e.rows().subList(1, e.rows().size())) {
            assertFalse(r.has(FlagCode.ORGAN_NOT_IN_DVH), messages(r));
        }

        // the nurse maps the organ to a structure in the window: the data are found, the flag goes
        Evaluation mapped = EVALUATOR.withEvidence(new CurveEvidenceSource(java.util.Map.of("Sigmoid colon", "Rectum"),
                java.util.Map.of())).evaluate(CaseLoader.standard().readOnly().load(sample));
        assertFalse(mapped.rows().get(0).has(FlagCode.ORGAN_NOT_IN_DVH), messages(mapped.rows().get(0)));
        assertEquals(Determination.CRITERIA_NOT_MET, mapped.determination(), mapped.reasons().toString());
    }

    /** Exported curves: uniform dose lo..hi Gy. */
    private static DvhCurve exported(String structure, PlanKind plan) {
        return new DvhCurve(structure, plan == PlanKind.IMRT ? "IMRT 9F" : "3D 4F", plan, 20,
                new double[] {0, 10, 30}, new double[] {100, 100, 0}, false, plan == PlanKind.IMRT ? "imrt.txt" : "3d.txt");
    }

    private static DvhCurve traced(String structure, PlanKind plan, String file) {
        return new DvhCurve(structure, file + " (digitised)", plan, Double.NaN,
                new double[] {0, 10, 30}, new double[] {100, 100, 0}, true, file);
    }

    private static ReviewCase withCurves(List<DvhCurve> curves, SummaryRow... rows) {
        return complete(rows).withDvhCurves(curves);
    }

    private static List<DvhCurve> bothPlans(String... structures) {
        List<DvhCurve> out = new ArrayList<>();
        for (PlanKind p : new PlanKind[] {PlanKind.THREE_D, PlanKind.IMRT}) {
            for (String s : structures) {
                out.add(exported(s, p));
            }
        }
        return out;
    }

    @Test
    void ordinaryNamingVarietyIsNoFinding() {
        String[][] namings = {
            {"Parotid_L", "Parotid_R", "SpinalCord_PRV05", "Brainstem", "Larynx"},
            {"L Parotid", "R Parotid", "Cord PRV 5mm", "BrainStem", "Larynx"},
            {"PAROTID LT", "PAROTID RT", "SPINAL CORD", "BRAIN STEM", "LARYNX"},
            {"Lt Parotid gland", "Rt Parotid gland", "SpinalCord", "Brain_Stem", "Glottic larynx"},
        };
        for (String[] names : namings) {
            Evaluation e = EVALUATOR.evaluate(withCurves(bothPlans(names),
                    row(1, "Left parotid", "Mean < 26 Gy", "QUANTEC", "27.4 Gy", "18.9 Gy", "Yes"),
                    row(2, "Parotid (contralateral)", "Mean < 26 Gy", "QUANTEC", "27.4 Gy", "18.9 Gy", "Yes"),
                    row(3, "Spinal cord", "Max < 45 Gy", "QUANTEC", "44 Gy", "40 Gy", "No"),
                    row(4, "SpinalCord_PRV05", "Max < 50 Gy", "QUANTEC", "44 Gy", "40 Gy", "No"),
                    row(5, "Brain stem", "Max < 54 Gy", "QUANTEC", "44 Gy", "40 Gy", "No"),
                    row(6, "Larynx", "Mean < 44 Gy", "QUANTEC", "44 Gy", "40 Gy", "No"),
                    row(7, "Both parotids", "Mean < 25 Gy", "QUANTEC", "27.4 Gy", "18.9 Gy", "Yes")));
            for (RowResult r : e.rows()) {
                assertFalse(r.has(FlagCode.ORGAN_NOT_IN_DVH), String.join(", ", names) + ": " + messages(r));
            }
        }
    }

    @Test
    void theOtherSideOnlyOrAnotherOrganIsAFinding() {
        Evaluation e = EVALUATOR.evaluate(withCurves(bothPlans("Parotid_R", "Heart", "Lungs", "Esophagus"),
                row(1, "Left parotid", "Mean < 26 Gy", "QUANTEC", "27.4 Gy", "18.9 Gy", "Yes"),
                row(2, "Total lung", "V20 < 35%", "NCCN", "38%", "29%", "No")));
        assertTrue(e.rows().get(0).has(FlagCode.ORGAN_NOT_IN_DVH), messages(e.rows().get(0)));
        assertFalse(e.rows().get(1).has(FlagCode.ORGAN_NOT_IN_DVH), messages(e.rows().get(1)));
        assertEquals(Determination.INCOMPLETE, e.determination());
    }

    @Test
    void onlyThePlanWhoseExportLacksTheOrganIsInQuestion() {
        List<DvhCurve> curves = new ArrayList<>(bothPlans("Heart", "Lungs"));
        curves.removeIf(c -> c.plan() == PlanKind.IMRT && c.structure().equals("Heart"));
        Evaluation e = EVALUATOR.evaluate(withCurves(curves,
                row(1, "Heart", "Mean < 26 Gy", "QUANTEC", "27.4 Gy", "18.9 Gy", "Yes")));
        RowResult heart = e.rows().get(0);
        assertTrue(heart.has(FlagCode.ORGAN_NOT_IN_DVH), messages(heart));
        assertTrue(messages(heart).contains("the IMRT plan (imrt.txt)"), messages(heart));
        assertEquals(List.of("doseImrt"), e.missing());
    }

    @Test
    void picturesCountOnlyWhenALegendNamedEveryCurveAndNoPictureShowsTheOrgan() {
        List<DvhCurve> named = List.of(traced("Total lung", PlanKind.THREE_D, "dvh_3d.png"),
                traced("Heart", PlanKind.THREE_D, "dvh_3d.png"), traced("Esophagus", PlanKind.THREE_D, "dvh_3d.png"),
                traced("Total lung", PlanKind.IMRT, "dvh_imrt.png"), traced("Heart", PlanKind.IMRT, "dvh_imrt.png"),
                traced("unassigned #1f77b4 solid", PlanKind.IMRT, "dvh_imrt.png"));
        SummaryRow parotid = row(1, "Left parotid", "Mean < 26 Gy", "QUANTEC", "27.4 Gy", "18.9 Gy", "Yes");
        SummaryRow esophagus = row(2, "Esophagus", "Dmean < 34 Gy", "QUANTEC", "36.2 Gy", "28.7 Gy", "Yes");
        Evaluation e = EVALUATOR.evaluate(withCurves(named, parotid, esophagus));
        assertTrue(e.rows().get(0).has(FlagCode.ORGAN_NOT_IN_DVH), messages(e.rows().get(0)));
        assertTrue(messages(e.rows().get(0)).contains("Total lung, Heart, Esophagus"), messages(e.rows().get(0)));
        // the esophagus is missing from the IMRT picture only: a picture need not show every organ
        assertFalse(e.rows().get(1).has(FlagCode.ORGAN_NOT_IN_DVH), messages(e.rows().get(1)));
        assertEquals(Determination.CRITERIA_MET, e.determination());

        // no picture whose every curve was named: a legend label may have been missed
        List<DvhCurve> unsure = new ArrayList<>(named);
        unsure.add(traced("unassigned #d62728 solid", PlanKind.THREE_D, "dvh_3d.png"));
        Evaluation u = EVALUATOR.evaluate(withCurves(unsure, parotid));
        assertFalse(u.rows().get(0).has(FlagCode.ORGAN_NOT_IN_DVH), messages(u.rows().get(0)));
    }
}
