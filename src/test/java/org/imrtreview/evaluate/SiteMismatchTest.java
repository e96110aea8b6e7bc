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
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0463: a summary table whose organs are all of another body region than the request's diagnosis and
 * treatment site (a lung case's table filed under a prostate request) was evaluated as this request's evidence:
 * CRITERIA_MET with no word (trust tour). The controls are the realistic variety that must raise nothing.
 */
class SiteMismatchTest {

    private static final Path LUNG = Path.of("samples/03-lung-v20-csv-criteria-met");

    @TempDir
    Path tmp;

    /** Sample 03 (a lung plan, CRITERIA_MET) with its request's site and diagnosis replaced. */
    private Path lungTableUnder(String site, String code) throws Exception {
        Path folder = SampleCopies.copyTo(LUNG, tmp.resolve("case-" + code), rel -> false);
        Path request = folder.resolve("request.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode r = (ObjectNode) json.readTree(Files.readString(request));
        r.put("treatmentSite", site);
        ArrayNode dx = r.putArray("diagnosis");
        dx.addObject().put("code", code).put("description", "as the probe");
        Files.writeString(request, json.writerWithDefaultPrettyPrinter().writeValueAsString(r));
        return folder;
    }

    private static Evaluation evaluate(Path folder, List<ChecklistOverride> overrides) throws Exception {
        ReviewCase rc = CaseLoader.standard().readOnly().load(folder);
        return Evaluator.standard().evaluate(rc, overrides);
    }

    @Test
    void aLungTableUnderAProstateRequestHoldsTheCase() throws Exception {
        Evaluation e = evaluate(lungTableUnder("Prostate", "C61"), List.of());
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("site"), e.missing());
        List<Problem> found = e.problems().stream().filter(p -> p.code() == ProblemCode.SITE_MISMATCH).toList();
        // the table (0463) and, since 0502, the consult whose labelled diagnosis line is the lung's C34.11
        assertEquals(List.of("summary_table.csv", "consult_2026-10-28.pdf"), found.stream().map(Problem::file).toList(),
                e.problems().toString());
        String m = found.get(0).message();
        assertTrue(m.contains("(Lung, Heart, Esophagus)") && m.contains("treatment site \"Prostate\", diagnosis C61")
                && m.contains("which site the plan treats"), m);
        ChecklistItem item = e.checklist().stream().filter(i -> i.key().equals("site")).findFirst().orElseThrow();
        assertTrue(!item.satisfied() && item.evidence().contains("summary_table.csv"), item.toString());
    }

    @Test
    void theNurseMayResolveItAndTheSampleAsSentRaisesNothing() throws Exception {
        Evaluation resolved = evaluate(lungTableUnder("Prostate", "C61"),
                List.of(new ChecklistOverride("site", true, "request corrected by phone: lung, C34.11")));
        assertEquals(Determination.CRITERIA_MET, resolved.determination(), resolved.reasons().toString());

        Evaluation asSent = evaluate(SampleCopies.copyTo(LUNG, tmp.resolve("as-sent"), rel -> false), List.of());
        assertEquals(Determination.CRITERIA_MET, asSent.determination());
        assertTrue(asSent.problems().stream().noneMatch(p -> p.code() == ProblemCode.SITE_MISMATCH));
        assertTrue(asSent.checklist().stream().noneMatch(i -> i.key().equals("site")));
    }

    @Test
    void otherMismatchesAreFoundToo() {
        // a head-and-neck table under a brain request; a pelvic table under a lung request; the site text alone
        assertHeld(request("Brain", "C71.1"), "Left parotid", "Larynx", "Oral cavity", "Spinal cord");
        assertHeld(request("Lung", "C34.11"), "Rectum", "Bladder", "Femoral heads", "Penile bulb");
        assertHeld(request("Prostate"), "Total lung", "Heart", "Esophagus");
        assertHeld(request("Brain (whole brain, hippocampal avoidance)", "C7931"), "Rectum", "Bladder");
    }

    @Test
    void realisticVarietyRaisesNothing() {
        // metastases: bone can be anywhere; brain metastases with brain organs
        assertNone(request("Spine (T10-T12)", "C79.51"), "Esophagus", "Heart", "Kidneys", "Spinal cord");
        assertNone(request("Spine (T10-T12)", "C41.2"), "Esophagus", "Heart", "Total lung", "Cauda equina");
        assertNone(request("Brain (whole brain, hippocampal avoidance)", "C79.31"), "Hippocampi", "Brainstem",
                "Optic chiasm", "Lens");
        // a lung tumour near the brachial plexus; oesophagus with heart and lungs (and upper-abdominal organs)
        assertNone(request("Lung", "C34.11"), "Brachial plexus", "Spinal cord", "Esophagus", "Trachea");
        assertNone(request("Esophagus", "C15.5"), "Heart", "Total lung", "Liver", "Stomach", "Kidneys");
        // head and neck with the brachial plexus; nasopharynx with brain organs
        assertNone(request("Head and neck", "C10.9"), "Brachial plexus", "Spinal cord", "Esophagus", "Thyroid");
        assertNone(request("Nasopharynx", "C11.9"), "Brainstem", "Temporal lobes", "Optic chiasm", "Cochlea");
        // whole-pelvis nodes with kidneys and bowel; prostate with pelvic nodes
        assertNone(request("Pelvis", "C53.9"), "Kidneys", "Small bowel", "Bowel bag", "Spinal cord");
        assertNone(request("Prostate", "C61"), "Bowel bag", "Kidneys", "Sigmoid colon");
        // breast: heart, LAD, lung, the other breast, the plexus of the nodal fields
        assertNone(request("Left breast", "C50.912"), "Heart", "LAD", "Ipsilateral lung", "Contralateral breast",
                "Brachial plexus");
        // liver and gastric plans list the heart and lungs
        assertNone(request("Liver", "C22.0"), "Heart", "Lungs", "Esophagus");
        assertNone(request("Stomach", "C16.0"), "Heart", "Lungs", "Esophagus");
        // no site, an unknown code, a code that can be anywhere: no check
        assertNone(request(null), "Total lung", "Heart", "Esophagus");
        assertNone(request("Prostate", "Z51.0"), "Total lung", "Heart", "Esophagus");
        assertNone(request("Bone metastases"), "Total lung", "Heart", "Esophagus");
        assertNone(request("Right arm", "C49.11"), "Total lung", "Heart", "Esophagus");
        assertNone(request("Mediastinum", "C83.30"), "Total lung", "Heart", "Rectum");
        // a second diagnosis: a lung primary's brain metastases; prostate cancer's spine metastases
        assertNone(request("Brain", "C34.11", "C79.31"), "Brainstem", "Optic chiasm", "Hippocampi");
        assertNone(request("Spine (L1-L3)", "C61", "C79.51"), "Kidneys", "Small bowel", "Esophagus", "Heart");
        // a breast cancer's femoral metastasis (the site text places it anywhere), a skull-base plan
        assertNone(request("Left femoral neck", "C50.912"), "Femoral heads", "Bladder", "Rectum");
        assertNone(request("Skull base", "C41.0"), "Brainstem", "Optic chiasm", "Parotids", "Cochlea");
        // fewer than two region-specific organs; organs of every region and unknown names count neither way
        assertNone(request("Prostate", "C61"), "Heart", "Spinal cord", "Skin", "Body");
        assertNone(request("Prostate", "C61"), "Heart", "Heart", "PTV", "Humeral head");
        // one organ of the requested region is enough
        assertNone(request("Prostate", "C61"), "Total lung", "Heart", "Esophagus", "Rectum");
    }

    @Test
    void regionsOfRequestsAndOrgans() {
        assertEquals(java.util.Set.of(SiteCheck.Region.PELVIS, SiteCheck.Region.ABDOMEN),
                SiteCheck.requestRegions(request("Prostate", "C61")));
        assertEquals(java.util.Set.of(SiteCheck.Region.BRAIN), SiteCheck.requestRegions(request(null, "C79.31")));
        assertTrue(SiteCheck.requestRegions(request("Spine", "C79.51")).isEmpty());
        assertTrue(SiteCheck.requestRegions(request("Whatever the plan says")).isEmpty());
        assertEquals(java.util.Set.of(SiteCheck.Region.BRAIN, SiteCheck.Region.HEAD_NECK),
                SiteCheck.organRegions("Brain stem"));
        assertTrue(SiteCheck.organRegions("SpinalCord_PRV05").isEmpty());
        assertTrue(SiteCheck.organRegions("Humeral head").isEmpty());
    }

    private static void assertHeld(Request request, String... organs) {
        List<Problem> p = SiteCheck.check(caseOf(request, organs));
        assertEquals(1, p.size(), request + " " + List.of(organs));
        assertEquals(ProblemCode.SITE_MISMATCH, p.get(0).code());
        Evaluation e = Evaluator.standard().evaluate(caseOf(request, organs));
        assertTrue(e.missing().contains("site"), e.missing().toString());
        assertFalse(e.determination() == Determination.CRITERIA_MET);
    }

    private static void assertNone(Request request, String... organs) {
        assertEquals(List.of(), SiteCheck.check(caseOf(request, organs)),
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
