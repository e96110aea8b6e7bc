package org.imrtreview.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imrtreview.constraint.Laterality;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Determination;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0500: sample 03's request is a right upper lobe tumour (C34.11); with its "Total lung" row renamed
 * "Ipsilateral lung (Lung_L)" the table says the plan treats the left lung, and the case was CRITERIA_MET with no
 * word (trust tour, round three). Both sides' organs are in every plan, so only ipsilateral/contralateral rows and
 * sided targets can contradict the request; the controls are the variety that must raise nothing.
 */
class SideMismatchTest {

    private static final Path LUNG = Path.of("samples/03-lung-v20-csv-criteria-met");

    @TempDir
    Path tmp;

    /** Sample 03 with its "Total lung" row renamed, and optionally its request's site and diagnosis replaced. */
    private Path lungCase(String lungRow, String site, String code) throws Exception {
        Path folder = SampleCopies.copyTo(LUNG, tmp.resolve("case-" + Math.abs((lungRow + site + code).hashCode())),
                rel -> false);
        Path csv = folder.resolve("summary_table.csv");
        Files.writeString(csv, Files.readString(csv).replace("\nTotal lung,", "\n" + lungRow + ","));
        if (site != null) {
            Path request = folder.resolve("request.json");
            ObjectMapper json = new ObjectMapper();
            ObjectNode r = (ObjectNode) json.readTree(Files.readString(request));
            r.put("treatmentSite", site);
            ArrayNode dx = r.putArray("diagnosis");
            dx.addObject().put("code", code).put("description", "as the probe");
            Files.writeString(request, json.writerWithDefaultPrettyPrinter().writeValueAsString(r));
        }
        return folder;
    }

    private static Evaluation evaluate(Path folder, List<ChecklistOverride> overrides) throws Exception {
        ReviewCase rc = CaseLoader.standard().readOnly().load(folder);
        return Evaluator.standard().evaluate(rc, overrides);
    }

    @Test
    void anIpsilateralLungOfTheOtherSideHoldsTheCase() throws Exception {
        Evaluation e = evaluate(lungCase("Ipsilateral lung (Lung_L)", null, null), List.of());
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("site"), e.missing());
        List<Problem> found = e.problems().stream().filter(p -> p.code() == ProblemCode.SITE_MISMATCH).toList();
        assertEquals(1, found.size(), e.problems().toString());
        assertEquals("summary_table.csv", found.get(0).file());
        String m = found.get(0).message();
        assertTrue(m.contains("on the left side") && m.contains("\"Ipsilateral lung (Lung_L)\" (row 1")
                && m.contains("diagnosis C34.11") && m.contains("is for the right side")
                && m.contains("ask which side the plan treats"), m);
        assertTrue(e.checklist().stream().anyMatch(i -> i.key().equals("site") && !i.satisfied()));
    }

    @Test
    void theNurseMayResolveItAndTheRightSideRaisesNothing() throws Exception {
        Evaluation resolved = evaluate(lungCase("Ipsilateral lung (Lung_L)", null, null),
                List.of(new ChecklistOverride("site", true, "provider: the row's label is a typing slip, Lung_R")));
        assertEquals(Determination.CRITERIA_MET, resolved.determination(), resolved.reasons().toString());

        Evaluation right = evaluate(lungCase("Ipsilateral lung (Lung_R)", null, null), List.of());
        assertEquals(Determination.CRITERIA_MET, right.determination(), right.reasons().toString());
        Evaluation asSent = evaluate(SampleCopies.copyTo(LUNG, tmp.resolve("as-sent"), rel -> false), List.of());
        assertEquals(Determination.CRITERIA_MET, asSent.determination());
        assertTrue(asSent.problems().stream().noneMatch(p -> p.code() == ProblemCode.SITE_MISMATCH));
    }

    @Test
    void aLeftBreastRequestWithARightSidedPlanIsHeld() throws Exception {
        // the request's side from the code and the site text; the table's from its contralateral breast row
        Evaluation e = evaluate(lungCase("Contralateral breast (Breast_L)", "Left breast", "C50.912"), List.of());
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertTrue(e.missing().contains("site"), e.missing().toString());

        assertHeld(request("Lt breast", "C50.912"), "Heart", "Ipsilateral lung (Lung_R)", "Contralateral breast (Breast_L)");
        assertHeld(request("Breast", "C50.911"), "Heart", "Contralateral breast (Rt)", "Spinal cord");
        assertHeld(request("Lung, right upper lobe"), "Ipsilateral lung (Lung_L)", "Heart");
        assertHeld(request("Right tonsil", "C09.9"), "Contralateral parotid (Parotid_R)", "Larynx");
        // a sided target in the table
        assertHeld(request("Left breast", "C50.912"), "PTV_Rt_Breast", "Heart", "Lung_L");
    }

    @Test
    void aSidedTargetInADvhExportIsReadButNotADigitisedLegend() {
        ReviewCase rc = caseOf(request("Left breast", "C50.912"), "Heart", "Lung_L", "Lung_R", "Breast_R")
                .withDvhCurves(List.of(curve("PTV_Rt_Breast", false), curve("Heart", false), curve("Lung_R", false)));
        List<Problem> p = SideCheck.check(rc);
        assertEquals(1, p.size(), p.toString());
        assertEquals("imrt.dvh", p.get(0).file());
        assertTrue(p.get(0).message().contains("\"PTV_Rt_Breast\" (structure: a target of the right side)"),
                p.get(0).message());

        ReviewCase traced = rc.withDvhCurves(List.of(curve("PTV_Rt_Breast", true)));
        assertEquals(List.of(), SideCheck.check(traced));
        ReviewCase agreeing = rc.withDvhCurves(List.of(curve("PTV_Rt_Breast", false), curve("CTV_Lt_Breast", false)));
        assertEquals(List.of(), SideCheck.check(agreeing));
    }

    @Test
    void realisticVarietyRaisesNothing() {
        // both sides' organs are in every plan: sided names alone say nothing
        assertNone(request("Lung", "C34.11"), "Lung_L", "Lung_R", "Heart", "Esophagus");
        assertNone(request("Left breast", "C50.912"), "Heart", "LAD", "Lung_L", "Breast_R", "Lung_R");
        // ipsilateral and contralateral rows that agree; ones without a side
        assertNone(request("Lung", "C34.11"), "Ipsilateral lung (Lung_R)", "Contralateral lung (Lung_L)");
        assertNone(request("Left breast", "C50.912"), "Ipsilateral lung", "Contralateral breast", "Heart");
        assertNone(request("Left breast", "C50.912"), "Lung_L (ipsilateral)", "Breast_R (contralateral)");
        // one statement of the requested side among others: the table is not plainly of the other side
        assertNone(request("Lung", "C34.11"), "Ipsilateral lung (Lung_L)", "Contralateral lung (Lung_L)");
        // a request without a side, or with both
        assertNone(request("Lung", "C34.90"), "Ipsilateral lung (Lung_L)", "Heart");
        assertNone(request("Bilateral breast", "C50.911", "C50.912"), "Contralateral breast (Breast_L)", "Heart");
        assertNone(request("Breast", "C50.911", "C50.912"), "Contralateral breast (Breast_L)", "Heart");
        // "RT" is radiotherapy, "L1-L3" vertebrae, not sides
        assertNone(request("Prostate RT", "C61"), "Ipsilateral femoral head (Femur_Head_L)", "Rectum");
        assertNone(request("Spine (L1-L3)", "C79.51"), "Ipsilateral kidney (Kidney_R)", "Bowel");
        // targets without a side: nodes, a total PTV
        assertNone(request("Left breast", "C50.912"), "PTV_LN", "PTV_TOTAL", "Heart");
        assertNone(request("Lung", "C34.11"), "LUNGS-ITV", "PTV_PRIMARY", "Heart");
    }

    @Test
    void aRequestWhoseSiteAndDiagnosisNameDifferentSidesIsHeld() throws Exception {
        // sample 03's request (C34.11, "upper lobe, right bronchus or lung") with its treatment site typed "Left lung"
        Path folder = SampleCopies.copyTo(LUNG, tmp.resolve("left-lung-site"), rel -> false);
        Path request = folder.resolve("request.json");
        Files.writeString(request, Files.readString(request).replace("\"treatmentSite\" : \"Lung\"",
                "\"treatmentSite\" : \"Left lung\""));
        Evaluation e = evaluate(folder, List.of());
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("site"), e.missing());
        Problem p = e.problems().stream().filter(x -> x.code() == ProblemCode.SITE_MISMATCH).findFirst().orElseThrow();
        assertEquals(null, p.file());
        assertTrue(p.message().startsWith("The request contradicts itself: its diagnosis C34.11 is of the right side but "
                + "its treatment site \"Left lung\" names the left — ask which side the plan treats"), p.message());

        // the same side twice, both sides diagnosed, a site without a side, a code without one: nothing
        Request same = new Request(null, null, null, null, null, null, null,
                List.of(new Request.Diagnosis("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung")),
                "Right lung (RUL)", null, null, null, null);
        assertTrue(SideCheck.requestContradicts(same).isEmpty());
        assertTrue(SideCheck.requestContradicts(request("Left breast", "C50.911", "C50.912")).isEmpty());
        assertTrue(SideCheck.requestContradicts(request("Lung", "C34.12")).isEmpty());
        assertTrue(SideCheck.requestContradicts(request("Right tonsil", "C09.9")).isEmpty());
        assertTrue(SideCheck.requestContradicts(request("Left breast", "C50.911")).isPresent());
    }

    @Test
    void sidesOfCodes() {
        assertEquals(Optional.of(Laterality.RIGHT), SideCheck.codeSide("C34.11"));
        assertEquals(Optional.of(Laterality.LEFT), SideCheck.codeSide("C3412"));
        assertEquals(Optional.empty(), SideCheck.codeSide("C34.90"));
        assertEquals(Optional.empty(), SideCheck.codeSide("C34.2"));
        assertEquals(Optional.of(Laterality.LEFT), SideCheck.codeSide("C50.912"));
        assertEquals(Optional.of(Laterality.RIGHT), SideCheck.codeSide("C50.411"));
        assertEquals(Optional.empty(), SideCheck.codeSide("C50.919"));
        assertEquals(Optional.of(Laterality.LEFT), SideCheck.codeSide("C64.2"));
        assertEquals(Optional.of(Laterality.RIGHT), SideCheck.codeSide("C78.01"));
        assertEquals(Optional.empty(), SideCheck.codeSide("C61"));
        assertEquals(Optional.empty(), SideCheck.codeSide("C50"));
    }

    private static DvhCurve curve(String structure, boolean digitised) {
        return new DvhCurve(structure, "IMRT", PlanKind.IMRT, Double.NaN, new double[] {0, 50}, new double[] {100, 0},
                digitised, "imrt.dvh");
    }

    private static void assertHeld(Request request, String... organs) {
        List<Problem> p = SideCheck.check(caseOf(request, organs));
        assertEquals(1, p.size(), request.treatmentSite() + " " + List.of(organs));
        assertEquals(ProblemCode.SITE_MISMATCH, p.get(0).code());
        Evaluation e = Evaluator.standard().evaluate(caseOf(request, organs));
        assertTrue(e.missing().contains("site"), e.missing().toString());
        assertFalse(e.determination() == Determination.CRITERIA_MET);
    }

    private static void assertNone(Request request, String... organs) {
        assertEquals(List.of(), SideCheck.check(caseOf(request, organs)),
                request.treatmentSite() + " " + request.diagnosis() + " " + List.of(organs));
    }

    private static ReviewCase caseOf(Request request, String... organs) {
        List<SummaryRow> rows = new ArrayList<>();
        for (int i = 0; i < organs.length; i++) {
            rows.add(TestCases.row(i + 1, organs[i], "Mean < 20 Gy", "QUANTEC", "25 Gy", "15 Gy", "Yes"));
        }
        return TestCases.caseWith(TestCases.table(rows.toArray(SummaryRow[]::new)), TestCases.completeDocuments())
                .withRequest(request);
    }

    private static Request request(String site, String... codes) {
        List<Request.Diagnosis> dx = new ArrayList<>();
        for (String c : codes) {
            dx.add(new Request.Diagnosis(c, null));
        }
        return new Request(null, null, null, null, null, null, null, dx.isEmpty() ? null : dx, site, null, null, null,
                null);
    }
}
