package org.imrtreview.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrtreview.constraint.OrganNames;
import org.imrtreview.dvh.DvhExport;
import org.imrtreview.dvh.DvhFormats;
import org.imrtreview.dvh.DvhMetrics;
import org.imrtreview.dvh.MetricNames;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.imrtreview.chart.DvhChartModel;
import org.imrtreview.chart.DvhOverlayChart;

/**
 * Writes {@code samples/09-prostate-dvh-data-mismatch}: a prostate case whose provider also sent the
 * Eclipse DVH exports of both plans, and whose summary table misstates the IMRT rectum V70 (14.2 %
 * where the export gives 24.2 %). Every other table value is computed from the exports with the
 * product's own metric code, and the submitted DVH pictures are drawn from the same curves, so the
 * only disagreement in the packet is the one the case demonstrates. Run:
 * {@code java -cp target/test-classes:target/classes:<deps> org.imrtreview.samples.DvhDataSampleGenerator samples}.
 * All names and clinical details are fictional.
 */
public final class DvhDataSampleGenerator {

    static final String FOLDER = "09-prostate-dvh-data-mismatch";
    /** The one value the provider's table gets wrong (IMRT rectum V70, in %). */
    static final String MISSTATED_IMRT_RECTUM_V70 = "14.2%";

    private DvhDataSampleGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples").resolve(FOLDER);
        Files.createDirectories(dir);
        byte[] threeD = forThisMember(fixture("sample-3d.txt"));
        byte[] imrt = forThisMember(fixture("sample-imrt.txt"));
        Files.write(dir.resolve("Eclipse_DVH_3DCRT.txt"), threeD);
        Files.write(dir.resolve("Eclipse_DVH_IMRT.txt"), imrt);
        DvhExport e3 = DvhFormats.read("Eclipse_DVH_3DCRT.txt", threeD, 78.0);
        DvhExport ei = DvhFormats.read("Eclipse_DVH_IMRT.txt", imrt, 78.0);
        writeTable(dir, e3.curves(), ei.curves());
        writePicture(dir.resolve("DVH_3D-CRT_plan.png"), e3.curves(), "Cumulative DVH \u2014 plan 3D CRT 4FLD (78 Gy / 39 fx)");
        writePicture(dir.resolve("DVH_IMRT_plan.png"), ei.curves(), "Cumulative DVH \u2014 plan IMRT 7F (78 Gy / 39 fx)");
        writeRequest(dir);
        writeDocuments(dir);
        writeReadme(dir);
    }

    /**
     * The exports carry this case's member, as a real export for this request would: the evidence's
     * patient name is checked against the request (decision 0131). The ID is the hospital's record
     * number, which is not the health plan's member ID.
     */
    static byte[] forThisMember(byte[] export) {
        String text = new String(export, java.nio.charset.StandardCharsets.UTF_8)
                .replace("Patient Name         : Doe, John", "Patient Name         : Vennerby, Harold T.")
                .replace("Patient ID           : 00012345", "Patient ID           : CVRO-0048213");
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = DvhDataSampleGenerator.class.getResourceAsStream("/dvh/" + name)) {
            return in.readAllBytes();
        }
    }

    private static DvhCurve curve(List<DvhCurve> curves, String structure) {
        return curves.stream().filter(c -> c.structure().equals(structure)).findFirst().orElseThrow();
    }

    private static String percent(List<DvhCurve> curves, String structure, String metric) {
        return String.format(Locale.ROOT, "%.1f%%", DvhMetrics.compute(curve(curves, structure), MetricNames.parse(metric), 78.0).value());
    }

    private static String gy(double value) {
        return String.format(Locale.ROOT, "%.1f Gy", value);
    }

    private static double worst(List<DvhCurve> curves, String metric) {
        return Math.max(DvhMetrics.compute(curve(curves, "Femoral Head L"), MetricNames.parse(metric), 78.0).value(),
                DvhMetrics.compute(curve(curves, "Femoral Head R"), MetricNames.parse(metric), 78.0).value());
    }

    private static void writeTable(Path dir, List<DvhCurve> d3, List<DvhCurve> im) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Organ at Risk,Dose Constraint,Source of Constraint,3D,IMRT,Can constraint only be met with IMRT?");
        lines.add(String.join(",", "Rectum", "V70 < 20%", "QUANTEC", percent(d3, "Rectum", "V70Gy"),
                MISSTATED_IMRT_RECTUM_V70, "Yes - only IMRT meets constraint"));
        lines.add(String.join(",", "Rectum", "V50 < 50%", "QUANTEC", percent(d3, "Rectum", "V50Gy"),
                percent(im, "Rectum", "V50Gy"), "No"));
        lines.add(String.join(",", "Bladder", "V65 < 50%", "QUANTEC", percent(d3, "Bladder", "V65Gy"),
                percent(im, "Bladder", "V65Gy"), "No"));
        lines.add(String.join(",", "Femoral heads", "D10% < 50 Gy", "RTOG 0534", gy(worst(d3, "D10%")),
                gy(worst(im, "D10%")), "No"));
        lines.add(String.join(",", "Penile bulb", "Mean < 51 Gy", "RTOG 0415",
                gy(DvhMetrics.mean(curve(d3, "Penile Bulb"))), gy(DvhMetrics.mean(curve(im, "Penile Bulb"))), "No"));
        Files.write(dir.resolve("Summary_3D_vs_IMRT.csv"), lines);
    }

    /** The provider's own single-plan DVH screenshot, drawn in colour from the exported curves. */
    private static void writePicture(Path file, List<DvhCurve> curves, String title) throws IOException {
        Map<String, List<DvhCurve>> byOrgan = new LinkedHashMap<>();
        for (DvhCurve c : curves) {
            String organ = OrganNames.normalise(c.structure()).map(n -> n.organ().equals("External") ? "BODY" : c.structure())
                    .orElse(c.structure());
            byOrgan.computeIfAbsent(organ, k -> new ArrayList<>()).add(c);
        }
        List<DvhChartModel.OrganCurves> organs = new ArrayList<>();
        byOrgan.forEach((k, v) -> organs.add(new DvhChartModel.OrganCurves(k, v)));
        DvhOverlayChart.writePng(DvhOverlayChart.create(new DvhChartModel(organs, List.of()), title), file, 1100, 700);
    }

    private static void writeRequest(Path dir) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("requestId", "PA-2026-004377");
        json.put("receivedAt", "2026-11-23T10:12:00-08:00");
        json.put("urgency", "STANDARD");
        json.put("member", ordered("name", "Harold T. Vennerby", "id", "QWP551830274", "dateOfBirth", "1951-07-19",
                "address", List.of("88 Imaginary Road", "Fairview, OR 97024")));
        json.put("plan", ordered("name", "Blue Summit Health PPO", "line", "COMMERCIAL"));
        json.put("requestingProvider", ordered("name", "Priya Ramaswamy, MD", "npi", "1578203949",
                "facility", "Cascade Valley Radiation Oncology", "address", List.of("2200 Riverbend Drive", "Eugene, OR 97401"),
                "phone", "541-555-0188", "fax", "541-555-0189"));
        json.put("diagnosis", List.of(ordered("code", "C61", "description", "Malignant neoplasm of prostate")));
        json.put("treatmentSite", "Prostate");
        json.put("prescription", ordered("totalDoseGy", 78.0, "fractions", 39));
        json.put("requestedCodes", List.of("77301", "77338", "77385"));
        json.put("plannedStart", "2026-12-14");
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(dir.resolve("request.json"), mapper.writeValueAsString(json) + "\n");
    }

    /** Map.of iterates in a random order per JVM; the sample must be byte-stable across runs. */
    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static void writeDocuments(Path dir) throws IOException {
        String facility = "Cascade Valley Radiation Oncology";
        String address = "2200 Riverbend Drive, Eugene, OR 97401 - Tel 541-555-0188 - Fax 541-555-0189";
        String header = "Patient: Harold T. Vennerby    DOB: 1951-07-19    Member ID: QWP551830274";
        new ClinicalPdfWriter().letterhead(facility, address)
                .title("Radiation Oncology Consultation")
                .line(header).line("Date of consultation: 2026-11-05    Attending: Priya Ramaswamy, MD")
                .line("Referring diagnosis: C61 Malignant neoplasm of prostate").gap()
                .section("History of Present Illness", "Mr. Vennerby is a 75-year-old man referred by urology for "
                        + "unfavourable intermediate-risk adenocarcinoma of the prostate. PSA rose from 6.1 to 9.8 ng/mL over "
                        + "fourteen months. Transrectal biopsy showed Gleason 4+3=7 (Grade Group 3) in 5 of 12 cores, "
                        + "maximum core involvement 60%, without perineural invasion. He reports nocturia twice nightly "
                        + "and an IPSS of 11; erectile function is partially preserved.")
                .section("Past Medical History", "Hypertension, type 2 diabetes mellitus (HbA1c 7.2%), diverticulosis "
                        + "on colonoscopy 2023, no prior pelvic radiation or inflammatory bowel disease.")
                .section("Medications", "Metformin 1000 mg twice daily, lisinopril 20 mg daily, tamsulosin 0.4 mg nightly.")
                .section("Social History", "Retired civil engineer, lives with his wife, former smoker (20 pack-years, "
                        + "quit 1998), drinks alcohol rarely.")
                .section("Assessment and Plan", "Unfavourable intermediate-risk prostate cancer, cT2b N0 M0. "
                        + "Recommend definitive external beam radiotherapy to 78 Gy in 39 fractions with six months of "
                        + "androgen deprivation. A 3D-conformal four-field plan and a seven-field IMRT plan were both "
                        + "generated for comparison; rectal sparing is the limiting consideration given his diverticulosis.")
                .line("Electronically signed: Priya Ramaswamy, MD, 2026-11-05")
                .write(dir.resolve("Consultation_History.pdf"), "Consultation");
        new ClinicalPdfWriter().letterhead(facility, address)
                .title("Progress Note - Radiation Oncology")
                .line(header).line("Visit date: 2026-11-19    Provider: Priya Ramaswamy, MD").gap()
                .section("Interval History", "Returns after CT simulation with fiducial markers placed on 2026-11-12. "
                        + "Tolerating leuprolide with mild hot flashes. No hematuria, no rectal bleeding, bowel habits "
                        + "unchanged.")
                .section("Physical Examination", "Well appearing, ECOG 0. BP 136/82, weight 84 kg. Abdomen soft, "
                        + "non-tender. Digital rectal examination: firm right lobe nodule, no extracapsular extension "
                        + "palpable.")
                .section("Plan Review", "The 3D-conformal and IMRT plans were reviewed with physics. Target coverage "
                        + "is equivalent (PTV D95% above 76 Gy in both). The IMRT plan reduces rectal and bladder dose; "
                        + "the DVH exports of both plans and the comparison table are attached to the preauthorization "
                        + "request.")
                .section("Plan", "Request IMRT authorization; start treatment 2026-12-14 pending approval.")
                .line("Electronically signed: Priya Ramaswamy, MD, 2026-11-19")
                .write(dir.resolve("Progress_Note.pdf"), "Progress note");
        new ClinicalPdfWriter().letterhead("Cascade Valley Imaging", "2210 Riverbend Drive, Eugene, OR 97401 - Tel 541-555-0120")
                .title("MRI Pelvis with and without Contrast - Report")
                .line(header).line("Exam date: 2026-10-21    Ordering: Urology Associates of Lane County").gap()
                .section("Technique", "Multiparametric MRI of the prostate at 3 T: T2-weighted, diffusion-weighted and "
                        + "dynamic contrast-enhanced sequences after 15 mL gadoterate.")
                .section("Findings", "Prostate volume 46 mL. A 1.4 cm lesion in the right peripheral zone at the mid "
                        + "gland shows restricted diffusion and early enhancement (PI-RADS 5), abutting without breaching the "
                        + "capsule. Seminal vesicles are normal. No pelvic lymphadenopathy. No suspicious osseous lesion. "
                        + "Sigmoid diverticulosis is noted.")
                .section("Impression", "PI-RADS 5 right peripheral zone lesion without definite extraprostatic "
                        + "extension or seminal vesicle invasion (T2). No nodal or osseous metastasis.")
                .line("Electronically signed: Martin Oyelaran, MD, Radiology, 2026-10-21")
                .write(dir.resolve("MRI_Pelvis_Report.pdf"), "Imaging report");
    }

    private static void writeReadme(Path dir) throws IOException {
        Files.writeString(dir.resolve("README.md"), """
                # 09-prostate-dvh-data-mismatch

                Unfavourable intermediate-risk prostate cancer, 78 Gy / 39 fractions. Besides the CSV summary table,
                the colour DVH pictures of both plans and the clinical PDFs, the provider sent the **Varian Eclipse DVH
                exports** of both plans (`Eclipse_DVH_3DCRT.txt`, plan "3D CRT 4FLD"; `Eclipse_DVH_IMRT.txt`, plan
                "IMRT 7F"). The workstation reads them, overlays the curves (`chart` command) and cross-checks every
                table row against them.

                The table states the IMRT rectum V70 as 14.2 %, but the exported IMRT curve gives 24.2 %. Every other
                table value agrees with the exports.

                Expected determination: CRITERIA_NOT_MET — the rectum V70 < 20 % row is flagged DVH_TABLE_MISMATCH
                (table 14.2 %, DVH data 24.2 %); per SPEC §4 the verdict uses the exported data, under which IMRT does not
                meet V70 < 20 % either (3D 31.0 %), so the provider's "Yes" is contradicted (ANSWER_MISMATCH) and no row
                shows that only IMRT meets a constraint: refer to a physician reviewer. Without the DVH exports the same
                table would read as CRITERIA_MET.

                All names, identifiers and clinical details are fictional.
                """);
    }
}
