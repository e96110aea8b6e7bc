package org.imrtreview.samples;

import static org.imrtreview.samples.DvhCurveShape.Kind.DOSE_AT_PERCENT;
import static org.imrtreview.samples.DvhCurveShape.Kind.MAX;
import static org.imrtreview.samples.DvhCurveShape.Kind.MEAN;
import static org.imrtreview.samples.DvhCurveShape.Kind.VOLUME_AT_DOSE;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.imrtreview.samples.SampleTableWriter.Layout;
import org.imrtreview.samples.SampleTableWriter.Value;

/**
 * Generates the demo cases under {@code samples/} (run: {@code mvn -o -q test-compile exec...} or
 * from the IDE: {@code SampleGenerator.main(new String[] {"samples"})}). Every name, member ID, NPI
 * and clinical detail is fictional. The output is committed; re-running reproduces it.
 *
 * <p>Each case is one folder per SPEC §3: {@code request.json}, the summary table (xlsx/xls/csv in
 * varied layouts), DVH images drawn with JFreeChart from curves fitted to the table's values, and
 * clinical PDFs (history, chart notes, imaging report — one case deliberately lacks the imaging
 * report). Re-running reproduces the same content (PDF IDs and workbook timestamps differ).
 */
public final class SampleGenerator {

    /** One table row and the numbers its DVH curves are fitted to (Gy, or % for V metrics). */
    record Oar(String organ, String constraint, String source, String shown3d, String shownImrt, String answer,
               DvhCurveShape.Kind kind, double value3d, double valueImrt, double param) { }

    record Story(String patient, String memberId, String dob, String sex, int age, String dxCode, String dxText,
                 String site, String physician, String facility, String facilityAddress, String hpi, String pmh,
                 String meds, String social, String exam, String assessment, String interval,
                 String imagingTitle, String imagingTechnique, String imagingFindings, String imagingImpression) { }

    /** The rows (and so the DVH curves) of the samples whose DVHs are separate colour PNGs (SampleDvhTruth). */
    static final List<Oar> BRAIN_01 = List.of(
            new Oar("Brainstem", "Max < 54 Gy", "QUANTEC", "58.6 Gy", "52.1 Gy", "Yes (only IMRT meets constraint)", MAX, 58.6, 52.1, 0),
            new Oar("Optic chiasm", "Max < 55 Gy", "QUANTEC", "53.2 Gy", "47.8 Gy", "No (both meet constraint)", MAX, 53.2, 47.8, 0),
            new Oar("Left cochlea", "Mean <= 45 Gy", "QUANTEC", "48.2 Gy", "39.5 Gy", "Yes (only IMRT meets constraint)", MEAN, 48.2, 39.5, 0),
            new Oar("Right optic nerve", "Max < 55 Gy", "QUANTEC", "50.9 Gy", "46.3 Gy", "No (both meet constraint)", MAX, 50.9, 46.3, 0));
    static final List<Oar> LUNG_03 = List.of(
            new Oar("Total lung", "V20 < 35%", "NCCN", "38%", "29%", "Yes", VOLUME_AT_DOSE, 38, 29, 20),
            new Oar("Heart", "Mean < 26 Gy", "QUANTEC", "27.4 Gy", "18.9 Gy", "Yes", MEAN, 27.4, 18.9, 0),
            new Oar("Esophagus", "Dmean < 34 Gy", "QUANTEC", "36.2 Gy", "28.7 Gy", "Yes", MEAN, 36.2, 28.7, 0),
            new Oar("Spinal cord", "Max <= 50 Gy", "QUANTEC", "44.8 Gy", "41.0 Gy", "No", MAX, 44.8, 41.0, 0));
    static final List<Oar> PROSTATE_04 = List.of(
            new Oar("Rectum", "V70 < 20%", "QUANTEC", "16.8%", "10.2%", "No", VOLUME_AT_DOSE, 16.8, 10.2, 70),
            new Oar("Rectum", "V50 < 50%", "QUANTEC", "38.5%", "27.0%", "No", VOLUME_AT_DOSE, 38.5, 27.0, 50),
            new Oar("Bladder", "V70 < 35%", "QUANTEC", "21.4%", "14.9%", "No", VOLUME_AT_DOSE, 21.4, 14.9, 70),
            new Oar("Femoral heads", "Max < 50 Gy", "Institutional", "44.6 Gy", "38.2 Gy", "No", MAX, 44.6, 38.2, 0));
    static final List<Oar> NASOPHARYNX_07 = List.of(
            new Oar("Brainstem", "Max <= 54 Gy", "RTOG 0225", "57.9", "51.6", "Yes", MAX, 57.9, 51.6, 0),
            new Oar("Parotid (either)", "Mean <= 26 Gy", "RTOG 0225", "41.3", "25.2", "Yes", MEAN, 41.3, 25.2, 0),
            new Oar("Spinal cord", "Max <= 45 Gy", "RTOG 0225", "43.1", "38.4", "No", MAX, 43.1, 38.4, 0),
            new Oar("Optic chiasm", "Max <= 54 Gy", "RTOG 0225", "49.5", "44.0", "No", MAX, 49.5, 44.0, 0));

    private final Path root;

    private SampleGenerator(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "samples");
        Files.createDirectories(root);
        SampleGenerator g = new SampleGenerator(root);
        g.case01();
        g.case02();
        g.case03();
        g.case04();
        g.case05();
        g.case06();
        g.case07();
        g.case08();
        g.case09();
    }

    // ---------------------------------------------------------------- cases

    private void case01() throws IOException {
        Path dir = folder("01-brain-glioblastoma-criteria-met");
        Story s = new Story("Margaret T. Ellison", "ZRH448120917", "1963-04-02", "female", 63, "C71.1",
                "Malignant neoplasm of frontal lobe", "Brain", "Daniel R. Okafor, MD",
                "Cascade Radiation Oncology", "1400 Alder Street, Suite 200, Portland, OR 97205 - Tel 503-555-0142 - Fax 503-555-0143",
                "Mrs. Ellison is a 63-year-old right-handed woman who presented in September 2026 with three weeks of"
                        + " progressive headaches, word-finding difficulty and a witnessed focal seizure. MRI showed a 4.1 cm"
                        + " enhancing right frontal mass extending into the genu of the corpus callosum and approaching the"
                        + " optic apparatus. She underwent subtotal resection on 2026-10-09; pathology confirmed glioblastoma,"
                        + " IDH-wildtype, MGMT promoter methylated. She is referred for adjuvant chemoradiation with concurrent"
                        + " temozolomide.",
                "Hypertension, controlled. Type 2 diabetes mellitus on metformin. Remote cholecystectomy (2011).",
                "Levetiracetam 750 mg twice daily, dexamethasone 2 mg daily (tapering), metformin 1000 mg twice daily, lisinopril 10 mg daily.",
                "Retired schoolteacher, lives with her husband. Never smoker. Occasional alcohol.",
                "KPS 80. Alert and oriented. Mild expressive aphasia. Pupils equal and reactive, visual fields full to"
                        + " confrontation, extraocular movements intact. Strength 5/5 throughout. Healing bicoronal incision.",
                "Glioblastoma of the right frontal lobe after subtotal resection. Plan 60 Gy in 30 fractions with"
                        + " concurrent temozolomide. The target lies within 6 mm of the brainstem and abuts the optic chiasm;"
                        + " a comparative 3D-CRT plan cannot keep the brainstem maximum under 54 Gy without underdosing the"
                        + " target, so IMRT is requested.",
                "Seen for planning follow-up. Headaches improved on steroid taper. No further seizures. Tolerating"
                        + " temozolomide lead-in counselling well. Vitals: BP 132/78, pulse 76, weight 71.4 kg.",
                "MRI BRAIN WITH AND WITHOUT CONTRAST",
                "Multiplanar multisequence MRI of the brain before and after 7 mL gadobutrol, including axial T1, T2,"
                        + " FLAIR, diffusion and post-contrast 3D T1-weighted images.",
                "Postoperative changes of right frontal craniotomy. Residual nodular enhancement measuring 2.2 x 1.8 cm"
                        + " along the posterior resection margin, extending to the genu of the corpus callosum. Surrounding"
                        + " FLAIR signal abnormality extends inferiorly to within 5 mm of the optic chiasm and 6 mm of the"
                        + " anterior brainstem. No hydrocephalus. No new lesion.",
                "1. Residual enhancing tumor at the posterior margin of the resection cavity, consistent with known"
                        + " glioblastoma. 2. Peritumoral signal abnormality close to the optic chiasm and brainstem.");
        double rx = 60;
        List<Oar> oars = BRAIN_01;
        writeRequest(dir, "PA-2026-004117", "2026-11-17T08:42:00-08:00", "STANDARD", s, "Blue Summit Health PPO", "COMMERCIAL",
                "1588667430", rx, 30, List.of("77301", "77338", "77386"), "2026-12-01", Map.of());
        Workbook wb = SampleTableWriter.workbook(false);
        SampleTableWriter.addTable(wb, new Layout("Sheet1", 0, 0,
                List.of("Summary Analysis of 3D vs IMRT Planning", "Patient: Ellison, Margaret T.  -  Plan: Brain 60 Gy / 30 fx"),
                List.of("Organ(s) At Risk", "Dose Constraint", "Source of Constraint", "3D", "IMRT", "Can constraint only be met with IMRT?"),
                null, withExamples(textRows(oars)),
                List.of("Prepared by: K. Lindqvist, CMD, 11/14/2026", "Physician: Daniel R. Okafor, MD")));
        SampleTableWriter.save(wb, dir.resolve("Summary_Analysis_3D_vs_IMRT.xlsx"));
        separatePngs(dir, "dvh_3d.png", "dvh_imrt.png", "Ellison, M", rx, oars, null);
        documents(dir, s, "clinical_history.pdf", "progress_notes.pdf", "MRI_brain_report.pdf");
        readme(dir, "Glioblastoma, right frontal lobe, 60 Gy / 30 fractions.",
                "Workbook with two title rows above the table and the policy template's three \"Example:\" rows still in it"
                        + " (they are left out with a note); separate colour 3D and IMRT DVH PNGs; clinical history, progress"
                        + " notes and MRI report PDFs.",
                "CRITERIA_MET", "brainstem Max < 54 Gy (QUANTEC) is met only by IMRT (58.6 Gy vs 52.1 Gy), as is the left"
                        + " cochlea mean <= 45 Gy; all documentation is present.");
    }

    private void case02() throws IOException {
        Path dir = folder("02-oropharynx-cgy-second-sheet-criteria-met");
        Story s = new Story("Robert J. Haverford", "ZRH551093384", "1958-11-23", "male", 68, "C10.9",
                "Malignant neoplasm of oropharynx, unspecified", "Head and neck", "Priya Raman, MD",
                "Lakeside Cancer Center", "88 Harbor Drive, Tacoma, WA 98402 - Tel 253-555-0190 - Fax 253-555-0191",
                "Mr. Haverford is a 68-year-old man with a p16-positive squamous cell carcinoma of the left tonsil,"
                        + " cT2 N1 M0 (AJCC 8th), who presented with a painless left neck mass in August 2026. Biopsy of the"
                        + " left tonsil confirmed invasive, HPV-associated squamous cell carcinoma. He was discussed at the"
                        + " head and neck tumor board, which recommended definitive chemoradiation with weekly cisplatin.",
                "Hyperlipidemia. Gastroesophageal reflux disease. Right inguinal hernia repair (2015).",
                "Atorvastatin 20 mg daily, omeprazole 20 mg daily.",
                "Former smoker, 12 pack-years, quit 2004. Two beers per week. Works as a ferry engineer.",
                "ECOG 0. Oropharynx: 2.5 cm exophytic left tonsillar mass, not crossing midline, base of tongue soft."
                        + " Neck: 3 cm mobile left level II node. No trismus. Cranial nerves intact.",
                "Left tonsil carcinoma, plan 70 Gy in 35 fractions to gross disease with elective nodal coverage."
                        + " A 3D-CRT plan gives the contralateral parotid a mean of 38.5 Gy and the larynx a mean above"
                        + " 50 Gy; IMRT spares both, which is why IMRT is requested.",
                "Dental clearance completed 11/10. Feeding tube discussed and declined for now. Weight stable at 84 kg."
                        + " Vitals: BP 128/80, pulse 68.",
                "PET/CT SKULL BASE TO MID-THIGH",
                "FDG PET/CT acquired 60 minutes after 10.2 mCi F-18 FDG; fasting glucose 96 mg/dL. Low-dose CT for"
                        + " attenuation correction and anatomic localization.",
                "Intense FDG uptake in the left palatine tonsil, SUV max 14.2, measuring 2.6 cm. Hypermetabolic left level"
                        + " IIA lymph node, 2.9 cm, SUV max 11.8. No contralateral or low neck adenopathy. No distant"
                        + " hypermetabolic disease.",
                "1. Hypermetabolic left tonsillar primary with a single ipsilateral level IIA nodal metastasis."
                        + " 2. No evidence of distant metastatic disease.");
        double rx = 70;
        List<Oar> oars = List.of(
                new Oar("Parotid (contralateral)", "Mean < 26 Gy", "RTOG 0522", "3850 cGy", "2410 cGy", "Yes", MEAN, 38.5, 24.1, 0),
                new Oar("Larynx", "Mean < 44 Gy", "QUANTEC", "5120 cGy", "4260 cGy", "Yes", MEAN, 51.2, 42.6, 0),
                new Oar("Spinal cord", "Max <= 4500 cGy", "RTOG 0225", "4410 cGy", "3790 cGy", "No", MAX, 44.1, 37.9, 0),
                new Oar("Brainstem", "Max <= 54 Gy", "RTOG 0225", "4120 cGy", "3530 cGy", "No", MAX, 41.2, 35.3, 0));
        writeRequest(dir, "PA-2026-004188", "2026-11-18T14:05:00-08:00", "EXPEDITED", s, "Evergreen Medicare Advantage",
                "MEDICARE_ADVANTAGE", "1760492854", rx, 35, List.of("77301", "77338", "77386"), "2026-11-30",
                Map.of("submissionChannel", "portal", "attachmentsCount", 5));
        Workbook wb = SampleTableWriter.workbook(false);
        Sheet cover = wb.createSheet("Plan info");
        String[][] info = {{"Patient", "Haverford, Robert J."}, {"Plan", "L Tonsil 70 Gy / 35 fx"}, {"TPS", "Eclipse 16.1"},
            {"Algorithm", "AAA 16.1.0"}, {"Comparison", "3D-CRT (opposed laterals + low anterior neck) vs 9-field IMRT"}};
        for (int i = 0; i < info.length; i++) {
            Row r = cover.createRow(i);
            r.createCell(0).setCellValue(info[i][0]);
            r.createCell(1).setCellValue(info[i][1]);
        }
        SampleTableWriter.addTable(wb, new Layout("DVH Summary", 1, 1, List.of("Summary Analysis of 3D vs IMRT Planning"),
                List.of("OAR", "Constraint", "Source", "3D-CRT plan", "IMRT plan", "Can constraint only be met with IMRT?"),
                null, textRows(oars), List.of("All plan doses in cGy as exported from Eclipse.")));
        SampleTableWriter.save(wb, dir.resolve("IMRT_justification.xlsx"));
        combinedPng(dir, "3D_vs_IMRT_DVH.png", "Haverford, R", rx, oars);
        documents(dir, s, "HP_consultation.pdf", "clinic_notes.pdf", "PET_CT_report.pdf");
        readme(dir, "p16-positive left tonsil carcinoma, 70 Gy / 35 fractions.",
                "The table sits on the second sheet (\"DVH Summary\", starting at B2) behind a plan-info sheet; plan doses"
                        + " are written in cGy while constraints are in Gy (converted, flagged UNIT_CONVERTED); the cord row"
                        + " is within 2 % of its limit; one combined 3D (dashed) vs IMRT (solid) colour DVH.",
                "CRITERIA_MET", "the contralateral parotid mean < 26 Gy (RTOG 0522) and larynx mean < 44 Gy (QUANTEC) are met"
                        + " only by IMRT; documentation is complete.");
    }

    private void case03() throws IOException {
        Path dir = folder("03-lung-v20-csv-criteria-met");
        Story s = new Story("Alvin D. Moreno", "ZRH330218856", "1955-06-14", "male", 71, "C34.11",
                "Malignant neoplasm of upper lobe, right bronchus or lung", "Lung", "Helen Achterberg, MD",
                "Riverbend Oncology Associates", "2200 River Road, Spokane, WA 99201 - Tel 509-555-0117 - Fax 509-555-0118",
                "Mr. Moreno is a 71-year-old man with stage IIIA (cT2b N2 M0) adenocarcinoma of the right upper lobe,"
                        + " EGFR and ALK negative, PD-L1 40%. He presented with cough and hemoptysis in September 2026."
                        + " EBUS-TBNA confirmed station 4R and 7 nodal involvement. He is not a surgical candidate because of"
                        + " multistation N2 disease and is referred for concurrent chemoradiation followed by durvalumab.",
                "COPD (FEV1 1.9 L, 62% predicted; DLCO 58%). Coronary artery disease with stent in 2019. Hypertension.",
                "Tiotropium inhaler daily, albuterol as needed, aspirin 81 mg, clopidogrel 75 mg, metoprolol 25 mg twice daily.",
                "Former smoker, 45 pack-years, quit 2020. Retired carpenter.",
                "ECOG 1. Decreased breath sounds at the right apex, no wheeze. Heart regular. No supraclavicular adenopathy."
                        + " No clubbing or edema.",
                "Stage IIIA right upper lobe adenocarcinoma. Plan 60 Gy in 30 fractions with weekly carboplatin and"
                        + " paclitaxel. Given limited pulmonary reserve, total lung V20 must stay under 35%; the 3D plan gives"
                        + " 38%, the VMAT plan 29%.",
                "Simulation completed 11/12 with 4D CT. Mild dyspnea on exertion, stable. Vitals: BP 138/84, pulse 72,"
                        + " SpO2 94% on room air, weight 77 kg.",
                "PET/CT WHOLE BODY",
                "F-18 FDG PET/CT from skull base to mid-thigh with low-dose non-contrast CT. Comparison: CT chest 09/22/2026.",
                "4.6 cm spiculated right upper lobe mass, SUV max 12.7, abutting the mediastinal pleura. Hypermetabolic"
                        + " right paratracheal (4R, SUV 8.1) and subcarinal (7, SUV 6.9) nodes. No contralateral hilar or"
                        + " supraclavicular uptake. No osseous or adrenal metastases. Background emphysema.",
                "1. FDG-avid right upper lobe primary with ipsilateral mediastinal and subcarinal nodal disease (N2)."
                        + " 2. No distant metastases.");
        double rx = 60;
        List<Oar> oars = LUNG_03;
        writeRequest(dir, "PA-2026-004203", "2026-11-19T10:30:00-08:00", "STANDARD", s, "Columbia Basin Health Plan",
                "COMMERCIAL", "1326041187", rx, 30, List.of("77301", "77338", "77386"), "2026-12-03", Map.of());
        List<List<String>> csv = new ArrayList<>();
        csv.add(List.of("Summary Analysis of 3D vs IMRT Planning", "", "", "", "", ""));
        csv.add(List.of("", "", "", "", "", ""));
        csv.add(List.of("OAR", "Dose Constraint", "Source of Constraint", "3D-CRT", "VMAT", "Can constraint only be met with IMRT?"));
        for (Oar o : oars) {
            csv.add(List.of(o.organ(), o.constraint(), o.source(), o.shown3d(), o.shownImrt(), o.answer()));
        }
        SampleTableWriter.writeCsv(dir.resolve("summary_table.csv"), csv, ',', true);
        separatePngs(dir, "DVH_3DCRT.png", "DVH_VMAT.png", "Moreno, A", rx, oars, null);
        documents(dir, s, "consult_2026-10-28.pdf", "visit_note.pdf", "PET-CT.pdf");
        readme(dir, "Stage IIIA right upper lobe adenocarcinoma, 60 Gy / 30 fractions.",
                "CSV table (UTF-8 with BOM, as Excel saves it) with a title line; volume metrics (lung V20 < 35%);"
                        + " the IMRT plan is a VMAT plan (VMAT counts as IMRT) in both the table header and the image name;"
                        + " documents named by date and modality, recognised by content.",
                "CRITERIA_MET", "lung V20 < 35% (3D 38%, VMAT 29%), heart mean < 26 Gy and esophagus mean < 34 Gy are met"
                        + " only by IMRT.");
    }

    private void case04() throws IOException {
        Path dir = folder("04-prostate-xls-criteria-not-met");
        Story s = new Story("Walter B. Kessling", "ZRH702245519", "1954-02-09", "male", 72, "C61",
                "Malignant neoplasm of prostate", "Prostate", "Samuel Ortiz-Bell, MD",
                "Valley Radiation Therapy", "515 Orchard Avenue, Yakima, WA 98901 - Tel 509-555-0160 - Fax 509-555-0161",
                "Mr. Kessling is a 72-year-old man with intermediate-risk adenocarcinoma of the prostate, Gleason 3+4=7"
                        + " (grade group 2) in 4 of 12 cores, PSA 8.4 ng/mL, clinical stage T2a. He chose definitive external"
                        + " beam radiotherapy with 6 months of androgen deprivation after discussing surgery and active"
                        + " surveillance.",
                "Benign prostatic hyperplasia. Atrial fibrillation on anticoagulation. Osteoarthritis of both knees.",
                "Apixaban 5 mg twice daily, tamsulosin 0.4 mg nightly, leuprolide 22.5 mg every 3 months (started 10/2026).",
                "Married, retired orchardist. Never smoker.",
                "ECOG 0. Digital rectal exam: firm nodule at the left base, no extracapsular extension palpable."
                        + " IPSS 9. No lower extremity edema.",
                "Intermediate-risk prostate cancer. Plan 78 Gy in 39 fractions to the prostate and proximal seminal"
                        + " vesicles with daily image guidance. IMRT is requested for rectal and bladder sparing.",
                "Fiducial markers placed 11/03 without complication. Hot flashes mild. Vitals: BP 124/76, pulse 64"
                        + " irregular, weight 82 kg.",
                "MRI PELVIS (PROSTATE) WITH AND WITHOUT CONTRAST",
                "Multiparametric 3 T MRI of the prostate: T2-weighted axial, sagittal and coronal; diffusion-weighted"
                        + " imaging with ADC map; dynamic contrast-enhanced series.",
                "Prostate volume 42 mL. A 1.1 cm lesion in the left peripheral zone at the base with restricted diffusion"
                        + " and early enhancement, PI-RADS 4. No extraprostatic extension. Seminal vesicles normal. No pelvic"
                        + " adenopathy. No suspicious osseous lesion.",
                "1. PI-RADS 4 lesion, left peripheral zone base, concordant with biopsy-proven cancer. 2. Organ-confined"
                        + " disease; no nodal or osseous metastasis.");
        double rx = 78;
        List<Oar> oars = PROSTATE_04;
        writeRequest(dir, "PA-2026-004251", "2026-11-20T09:15:00-08:00", "STANDARD", s, "Orchard State Medicaid Plan",
                "MEDICAID", "1912873308", rx, 39, List.of("77301", "77338", "77385"), "2026-12-08", Map.of());
        Workbook wb = SampleTableWriter.workbook(true);
        List<List<Value>> rows = new ArrayList<>();
        for (Oar o : oars) {
            rows.add(List.of(Value.text(o.organ()), Value.text(o.constraint()), Value.text(o.source()),
                    Value.text(o.shown3d()), Value.text(o.shownImrt()), Value.text(o.answer())));
        }
        SampleTableWriter.addTable(wb, new Layout("Sheet1", 0, 0, List.of("3D vs IMRT plan comparison - Kessling, W."),
                List.of("Organ at Risk", "Constraint", "Source of Constraint", "3D", "IMRT", "IMRT required?"),
                null, rows, List.of("* Volumes are percent of the whole organ. Plans computed in Pinnacle 16.2.")));
        SampleTableWriter.save(wb, dir.resolve("DVH comparison table.xls"));
        separatePngs(dir, "image001.png", "image002.png", "Kessling, W", rx, oars,
                new String[] {"Dose Volume Histogram - 3D-CRT plan", "Dose Volume Histogram - IMRT plan"});
        documents(dir, s, "Document_1.pdf", "Document_2.pdf", "Document_3.pdf");
        readme(dir, "Intermediate-risk prostate adenocarcinoma, 78 Gy / 39 fractions.",
                "Legacy Excel 97-2003 .xls table; DVH images with neutral names (image001.png, image002.png) whose plan"
                        + " is read from the PNG's embedded title; clinical PDFs named Document_1..3 and recognised by content."
                        + " Every row is complete and both plans meet every constraint.",
                "CRITERIA_NOT_MET", "the 3D-CRT plan already meets every listed constraint (rectum V70 16.8% < 20%, rectum"
                        + " V50, bladder V70, femoral heads), so no row shows that only IMRT can meet it; refer to a physician"
                        + " reviewer.");
    }

    private void case05() throws IOException {
        Path dir = folder("05-spine-grayscale-fax-incomplete");
        Story s = new Story("Dolores A. Fairbanks", "ZRH615570042", "1961-09-30", "female", 65, "C41.2",
                "Malignant neoplasm of vertebral column", "Spine (T10-T12)", "Marcus Weil, MD",
                "Summit Radiation Partners", "30 Cascade Plaza, Bend, OR 97701 - Tel 541-555-0133 - Fax 541-555-0134",
                "Ms. Fairbanks is a 65-year-old woman with a chondrosarcoma of the T11 vertebral body with paraspinal"
                        + " extension, resected with positive margins at the anterior epidural surface on 2026-09-18."
                        + " Postoperatively she has mild left leg numbness. She is referred for adjuvant radiotherapy to the"
                        + " tumor bed; the target wraps around the spinal cord.",
                "Hypothyroidism. Osteopenia. Prior right breast DCIS treated with lumpectomy only (2012).",
                "Levothyroxine 75 mcg daily, calcium with vitamin D, oxycodone 5 mg as needed.",
                "Lives alone, works as a librarian. Never smoker.",
                "ECOG 1. Healing midline thoracolumbar incision. Strength 5/5 in the legs, decreased light touch over the"
                        + " left anterolateral thigh. Reflexes symmetric. Gait steady.",
                "Residual chondrosarcoma at T11 after resection. Plan 50.4 Gy in 28 fractions. The cord maximum with a"
                        + " 3D plan exceeds 50 Gy; IMRT is requested to keep the cord under QUANTEC limits.",
                "Pain controlled. Numbness unchanged. Vitals: BP 118/72, pulse 70, weight 63 kg.",
                "MRI THORACIC AND LUMBAR SPINE WITH AND WITHOUT CONTRAST",
                "Sagittal T1, T2, STIR and post-contrast T1-weighted images of the thoracic and lumbar spine; axial T2 and"
                        + " post-contrast T1 through T9-L1.",
                "Postoperative changes of T10-T12 posterior instrumentation. Residual enhancing soft tissue along the"
                        + " anterior and left lateral epidural space at T11 measuring 1.4 x 0.9 cm, abutting but not"
                        + " compressing the cord. No cord signal abnormality. No other osseous lesion.",
                "1. Residual enhancing tumor in the anterior epidural space at T11, abutting the spinal cord."
                        + " 2. No cord compression.");
        double rx = 50.4;
        List<Oar> oars = List.of(
                new Oar("Spinal cord", "Max <= 50 Gy", "QUANTEC", "52.3 Gy", "46.1 Gy", "Yes", MAX, 52.3, 46.1, 0),
                new Oar("Kidneys (bilateral)", "Mean < 18 Gy", "QUANTEC", "9.8 Gy", "7.2 Gy", "No", MEAN, 9.8, 7.2, 0),
                new Oar("Esophagus", "Mean < 34 Gy", "QUANTEC", "21.4 Gy", "16.9 Gy", "No", MEAN, 21.4, 16.9, 0));
        writeRequest(dir, "PA-2026-004266", "2026-11-20T16:48:00-08:00", "STANDARD", s, "High Desert Health PPO",
                "COMMERCIAL", "1497758213", rx, 28, List.of("77301", "77338", "77386"), "2026-12-07", Map.of());
        Workbook wb = SampleTableWriter.workbook(false);
        SampleTableWriter.addTable(wb, new Layout("Sheet1", 0, 0, List.of("Summary Analysis of 3D vs IMRT Planning"),
                List.of("Organ(s) At Risk", "Dose Constraint", "Source of Constraint", "3D", "IMRT", "Can constraint only be met with IMRT?"),
                null, textRows(oars), List.of()));
        SampleTableWriter.save(wb, dir.resolve("summary_analysis.xlsx"));
        for (boolean threeD : new boolean[] {true, false}) {
            BufferedImage colour = DvhChartWriter.render("Dose Volume Histogram - " + (threeD ? "3D-CRT" : "IMRT") + " plan",
                    "Fairbanks, D  -  T11 tumor bed 50.4 Gy / 28 fx", rx, curves(oars, threeD, rx), false, true);
            BufferedImage fax = DvhChartWriter.asFax(colour, "11/20/2026 16:31  FROM: 541-555-0134  SUMMIT RAD PARTNERS   P. "
                    + (threeD ? "4" : "5") + "/9", threeD ? 11 : 12);
            DvhChartWriter.writeJpeg(fax, dir.resolve(threeD ? "fax_p4_DVH_3D.jpg" : "fax_p5_DVH_IMRT.jpg"), 0.72f);
        }
        documents(dir, s, "history.pdf", "chart_notes.pdf", "MRI_spine.pdf");
        readme(dir, "Chondrosarcoma of T11 after resection, 50.4 Gy / 28 fractions.",
                "The DVH images arrived by fax: grayscale JPEGs (stored as RGB, with scanner noise and a fax header line)."
                        + " The table itself would support IMRT (cord Max <= 50 Gy met only by IMRT).",
                "INCOMPLETE", "the policy requires comparative DVHs in colour; request colour DVH images (missing: color).");
    }

    private void case06() throws IOException {
        Path dir = folder("06-esophagus-answer-mismatch-not-met");
        Story s = new Story("Gloria N. Whitcombe", "ZRH118843307", "1959-12-05", "female", 66, "C15.5",
                "Malignant neoplasm of lower third of esophagus", "Esophagus", "Thomas Egerland, MD",
                "Puget Regional Cancer Institute", "901 Madison Street, Seattle, WA 98104 - Tel 206-555-0175 - Fax 206-555-0176",
                "Ms. Whitcombe is a 66-year-old woman with adenocarcinoma of the distal esophagus, cT3 N1 M0, presenting"
                        + " with progressive dysphagia to solids and a 6 kg weight loss over three months. EGD showed a 5 cm"
                        + " ulcerated mass at 34-39 cm from the incisors. She is planned for neoadjuvant chemoradiation"
                        + " (CROSS regimen) followed by esophagectomy.",
                "Barrett esophagus under surveillance since 2018. Hypertension. Depression.",
                "Pantoprazole 40 mg twice daily, amlodipine 5 mg daily, sertraline 50 mg daily, liquid nutrition supplements.",
                "Former smoker, 20 pack-years, quit 2010. Rare alcohol. Works as an accountant.",
                "ECOG 1. Thin, mildly cachectic. Lungs clear. Heart regular. Abdomen soft, non-tender. No supraclavicular"
                        + " adenopathy.",
                "Distal esophageal adenocarcinoma. Plan 41.4 Gy in 23 fractions with weekly carboplatin and paclitaxel,"
                        + " followed by surgery. The dosimetry team compared 3D-CRT and VMAT plans.",
                "Dysphagia stable, tolerating soft diet. Vitals: BP 126/74, pulse 80, weight 58.2 kg (down 0.4 kg).",
                "CT CHEST ABDOMEN PELVIS WITH CONTRAST",
                "Axial CT of the chest, abdomen and pelvis after 100 mL iohexol intravenous contrast, with oral contrast;"
                        + " coronal and sagittal reformats.",
                "Circumferential wall thickening of the distal esophagus over 5.5 cm, maximal thickness 1.8 cm. A 1.2 cm"
                        + " paraesophageal lymph node at the level of the gastroesophageal junction. No liver lesion. No"
                        + " ascites. Lungs clear.",
                "1. Distal esophageal mass with a paraesophageal nodal metastasis. 2. No distant metastatic disease.");
        double rx = 41.4;
        List<Oar> oars = List.of(
                new Oar("Heart", "Mean < 26 Gy", "QUANTEC", "23.8 Gy", "19.1 Gy", "Yes", MEAN, 23.8, 19.1, 0),
                new Oar("Lungs", "V20Gy <= 30%", "QUANTEC", "22%", "17%", "Yes", VOLUME_AT_DOSE, 22, 17, 20),
                new Oar("Spinal cord", "Max <= 50 Gy", "QUANTEC", "38.2 Gy", "35.5 Gy", "No", MAX, 38.2, 35.5, 0),
                new Oar("Kidneys (bilateral)", "Mean < 18 Gy", "QUANTEC", "6.2 Gy", "7.9 Gy", "No", MEAN, 6.2, 7.9, 0));
        writeRequest(dir, "PA-2026-004290", "2026-11-21T11:02:00-08:00", "STANDARD", s, "Sound Choice HMO", "COMMERCIAL",
                "1043386626", rx, 23, List.of("77301", "77338", "77386"), "2026-12-02", Map.of());
        Workbook wb = SampleTableWriter.workbook(false);
        List<List<Value>> rows = new ArrayList<>();
        for (Oar o : oars) {
            Value v3 = o.kind() == VOLUME_AT_DOSE ? Value.num(o.value3d() / 100, "0%") : Value.num(o.value3d(), "0.0");
            Value vi = o.kind() == VOLUME_AT_DOSE ? Value.num(o.valueImrt() / 100, "0%") : Value.num(o.valueImrt(), "0.0");
            rows.add(List.of(Value.text(o.organ()), Value.text(o.constraint()), Value.text(o.source()), v3, vi,
                    Value.text(o.answer())));
        }
        SampleTableWriter.addTable(wb, new Layout("Comparison", 2, 0, List.of(),
                List.of("OAR", "Constraint", "Reference", "3D-CRT (Gy or %)", "VMAT (Gy or %)", "IMRT required?"),
                null, rows, List.of("Reviewed by: T. Egerland, MD")));
        SampleTableWriter.save(wb, dir.resolve("oar_table.xlsx"));
        combinedPng(dir, "comparison.png", "Whitcombe, G", rx, oars);
        documents(dir, s, "clinical_history.pdf", "chart_notes.pdf", "CT_report.pdf");
        readme(dir, "Distal esophageal adenocarcinoma, neoadjuvant 41.4 Gy / 23 fractions.",
                "Header wording varies (OAR / Constraint / Reference / 3D-CRT / VMAT / IMRT required?); doses are numeric"
                        + " cells, lung V20 formatted as percentages (22%); one combined image named only \"comparison\"."
                        + " The provider answered \"Yes\" for heart and lungs although the 3D plan meets both constraints.",
                "CRITERIA_NOT_MET", "both plans meet every constraint (heart mean 23.8 vs 19.1 Gy < 26 Gy; lungs V20 22% vs"
                        + " 17% <= 30%), so the provider's \"Yes\" answers are flagged ANSWER_MISMATCH; refer to a physician"
                        + " reviewer.");
    }

    private void case07() throws IOException {
        Path dir = folder("07-nasopharynx-missing-imaging-incomplete");
        Story s = new Story("Kenji L. Matsuda", "ZRH904417268", "1972-03-17", "male", 54, "C11.9",
                "Malignant neoplasm of nasopharynx, unspecified", "Nasopharynx", "Priya Raman, MD",
                "Lakeside Cancer Center", "88 Harbor Drive, Tacoma, WA 98402 - Tel 253-555-0190 - Fax 253-555-0191",
                "Mr. Matsuda is a 54-year-old man with nonkeratinizing nasopharyngeal carcinoma, EBV-positive, cT3 N2 M0,"
                        + " who presented with right aural fullness and bilateral neck masses. Biopsy of the right fossa of"
                        + " Rosenmuller confirmed the diagnosis. Plasma EBV DNA 4,200 copies/mL. Induction gemcitabine and"
                        + " cisplatin completed 11/2026; concurrent chemoradiation is planned.",
                "Chronic hepatitis B on suppressive therapy. Seasonal allergic rhinitis.",
                "Entecavir 0.5 mg daily, fluticasone nasal spray.",
                "Married, two children. Software engineer. Never smoker, no alcohol.",
                "ECOG 0. Right serous otitis media. Bilateral level II nodes, right 3 cm and left 2 cm, both decreased after"
                        + " induction. Cranial nerves II-XII intact.",
                "Nasopharyngeal carcinoma after induction chemotherapy. Plan 70 Gy in 35 fractions with concurrent"
                        + " cisplatin. The tumor extends to the skull base near the brainstem; IMRT is standard and is"
                        + " requested.",
                "Tolerated induction well. Mild neuropathy grade 1. Vitals: BP 122/78, pulse 66, weight 70 kg.",
                null, null, null, null);
        double rx = 70;
        List<Oar> oars = NASOPHARYNX_07;
        writeRequest(dir, "PA-2026-004301", "2026-11-21T15:20:00-08:00", "EXPEDITED", s, "Evergreen Medicare Advantage",
                "MEDICARE_ADVANTAGE", "1760492854", rx, 35, List.of("77301", "77338", "77386"), "2026-11-28", Map.of());
        Workbook wb = SampleTableWriter.workbook(false);
        List<List<Value>> rows = new ArrayList<>();
        for (Oar o : oars) {
            rows.add(List.of(Value.text(o.organ()), Value.text(o.constraint()), Value.text(o.source()),
                    Value.num(o.value3d()), Value.num(o.valueImrt()), Value.text(o.answer())));
        }
        SampleTableWriter.addTable(wb, new Layout("Summary", 3, 2, List.of(),
                List.of("Organ at risk", "Dose Constraint", "Source of Constraint", "Dose achieved (Gy)", "",
                        "Only achievable with IMRT? (Y/N)"),
                java.util.Arrays.asList("", "", "", "3D", "IMRT", ""), rows, List.of()));
        SampleTableWriter.save(wb, dir.resolve("NPC_summary_table.xlsx"));
        separatePngs(dir, "DVH_3D.png", "DVH_IMRT.png", "Matsuda, K", rx, oars, null);
        documents(dir, s, "consultation.pdf", "progress_note.pdf", null);
        readme(dir, "Nasopharyngeal carcinoma after induction chemotherapy, 70 Gy / 35 fractions.",
                "Table starting at C4 (two blank columns before it) with a two-row merged header (\"Dose achieved (Gy)\""
                        + " over 3D | IMRT) and bare numeric doses; colour DVH PNGs; consultation and progress note, but no"
                        + " imaging report in the packet.",
                "INCOMPLETE", "no imaging report was submitted (missing: imaging); the table itself would support IMRT"
                        + " (brainstem and parotid met only by IMRT).");
    }

    private void case08() throws IOException {
        Path dir = folder("08-pelvis-formulas-criteria-met");
        Story s = new Story("Carmen R. Delgado", "ZRH226690154", "1968-07-21", "female", 58, "C54.1",
                "Malignant neoplasm of endometrium", "Pelvis", "Ingrid Solberg, MD",
                "Willamette Valley Cancer Care", "3300 Commercial Street SE, Salem, OR 97302 - Tel 503-555-0188 - Fax 503-555-0189",
                "Ms. Delgado is a 58-year-old woman with FIGO stage IIIC1 endometrioid adenocarcinoma of the endometrium,"
                        + " grade 2, after total laparoscopic hysterectomy, bilateral salpingo-oophorectomy and pelvic lymph"
                        + " node dissection on 2026-09-02 (2 of 14 pelvic nodes positive, MMR proficient). She completed three"
                        + " cycles of carboplatin and paclitaxel and is referred for pelvic radiotherapy.",
                "Obesity (BMI 36). Obstructive sleep apnea on CPAP. Prior appendectomy and small bowel adhesiolysis (2004).",
                "Metformin 500 mg twice daily, ondansetron as needed, CPAP nightly.",
                "Married, works as a school administrator. Never smoker.",
                "ECOG 1. Abdomen obese, well-healed port sites. Vaginal cuff intact without lesions. No inguinal"
                        + " adenopathy. Mild bilateral lower extremity edema.",
                "Stage IIIC1 endometrial cancer. Plan pelvic radiotherapy 45 Gy in 25 fractions. Because of prior"
                        + " adhesiolysis, small bowel is fixed low in the pelvis; a 3D four-field plan exceeds RTOG 0418 small"
                        + " bowel and rectum limits.",
                "Neuropathy grade 1 after chemotherapy. Mild fatigue. Vitals: BP 134/82, pulse 78, weight 96 kg.",
                "CT ABDOMEN AND PELVIS WITH CONTRAST",
                "Axial CT of the abdomen and pelvis after intravenous and oral contrast; coronal reformats.",
                "Postsurgical changes of hysterectomy and bilateral salpingo-oophorectomy. Surgical clips along the pelvic"
                        + " sidewalls. Loops of small bowel tethered in the low pelvis near the vaginal cuff. No residual"
                        + " adenopathy. No peritoneal nodularity. Liver, adrenals and kidneys unremarkable.",
                "1. Postoperative pelvis without residual disease or adenopathy. 2. Small bowel loops adherent in the low"
                        + " pelvis.");
        double rx = 45;
        List<Oar> oars = List.of(
                new Oar("Small bowel", "D30% < 40 Gy", "RTOG 0418", "43.5", "36.2", "Y", DOSE_AT_PERCENT, 43.5, 36.2, 30),
                new Oar("Rectum", "D60% < 30 Gy", "RTOG 0418", "34.0", "27.5", "Y", DOSE_AT_PERCENT, 34.0, 27.5, 60),
                new Oar("Bladder", "D35% < 45 Gy", "RTOG 0418", "44.1", "38.0", "N", DOSE_AT_PERCENT, 44.1, 38.0, 35),
                new Oar("Femoral heads", "D15% < 30 Gy", "RTOG 0418", "27.2", "21.6", "N", DOSE_AT_PERCENT, 27.2, 21.6, 15));
        writeRequest(dir, "PA-2026-004322", "2026-11-22T09:00:00-08:00", "STANDARD", s, "Blue Summit Health PPO",
                "COMMERCIAL", "1588667430", rx, 25, List.of("77301", "77338", "77386"), "2026-12-10", Map.of());
        Workbook wb = SampleTableWriter.workbook(false);
        Sheet export = wb.createSheet("Eclipse export");
        String[] head = {"Structure", "Plan", "Metric", "Value"};
        Row hr = export.createRow(0);
        for (int i = 0; i < head.length; i++) {
            hr.createCell(i).setCellValue(head[i]);
        }
        int r = 1;
        for (Oar o : oars) {
            for (boolean threeD : new boolean[] {true, false}) {
                Row row = export.createRow(r++);
                row.createCell(0).setCellValue(o.organ());
                row.createCell(1).setCellValue(threeD ? "4FLD_3D" : "IMRT_7F");
                row.createCell(2).setCellValue(o.constraint().split(" ")[0]);
                row.createCell(3).setCellValue(threeD ? o.value3d() : o.valueImrt());
            }
        }
        List<List<Value>> rows = new ArrayList<>();
        double[] limits = {40, 30, 45, 30};
        for (int i = 0; i < oars.size(); i++) {
            Oar o = oars.get(i);
            int excelRow = 4 + i; // data rows start at row 4 (1-based) on the summary sheet
            int exportRow = 2 + 2 * i;
            rows.add(List.of(Value.text(o.organ()), Value.text(o.constraint()), Value.text(o.source()),
                    new Value(null, null, "0.0", "'Eclipse export'!D" + exportRow),
                    new Value(null, null, "0.0", "'Eclipse export'!D" + (exportRow + 1)),
                    Value.formula("IF(AND(D" + excelRow + ">=" + limits[i] + ",E" + excelRow + "<" + limits[i]
                            + "),\"Y\",\"N\")")));
        }
        Workbook target = wb;
        SampleTableWriter.addTable(target, new Layout("Summary", 0, 0, List.of("Pelvis IMRT vs 3D - RTOG 0418 constraints"),
                List.of("Structure", "Constraint", "Reference", "3D-CRT plan", "IMRT plan", "Only achievable with IMRT? (Y/N)"),
                null, rows, List.of()));
        wb.setSheetOrder("Summary", 0);
        wb.setActiveSheet(0);
        SampleTableWriter.save(wb, dir.resolve("Delgado_IMRT_constraints.xlsx"));
        for (boolean threeD : new boolean[] {true, false}) {
            BufferedImage img = DvhChartWriter.render("DVH - " + (threeD ? "3D conformal (4-field)" : "IMRT (7-field)"),
                    "Delgado, C  -  Pelvis 45 Gy / 25 fx", rx, curves(oars, threeD, rx), false, true);
            DvhChartWriter.writeJpeg(img, dir.resolve(threeD ? "3D_DVH.jpg" : "IMRT_DVH.jpg"), 0.85f);
        }
        documents(dir, s, "clinical_history.pdf", "chart_notes.pdf", "CT_abdomen_pelvis.pdf");
        readme(dir, "Stage IIIC1 endometrial cancer after surgery and chemotherapy, pelvic IMRT 45 Gy / 25 fractions.",
                "Dose cells are formulas pointing at an \"Eclipse export\" sheet and the Y/N answer is an IF formula (read"
                        + " from cached values); header wording \"Structure / Reference / 3D-CRT plan / IMRT plan / Only"
                        + " achievable with IMRT? (Y/N)\"; colour DVH JPEGs.",
                "CRITERIA_MET", "small bowel D30% < 40 Gy and rectum D60% < 30 Gy (RTOG 0418) are met only by IMRT.");
    }


    private void case09() throws IOException {
        Path dir = folder("12-brain-mets-missing-value-incomplete");
        Story s = new Story("Evelyn M. Thorsby", "ZRH387710065", "1966-01-28", "female", 60, "C79.31",
                "Secondary malignant neoplasm of brain", "Brain (whole brain, hippocampal avoidance)", "Daniel R. Okafor, MD",
                "Cascade Radiation Oncology", "1400 Alder Street, Suite 200, Portland, OR 97205 - Tel 503-555-0142 - Fax 503-555-0143",
                "Ms. Thorsby is a 60-year-old woman with EGFR-negative lung adenocarcinoma diagnosed in 2025, now with"
                        + " eleven brain metastases up to 1.2 cm on MRI after progression on chemo-immunotherapy. She reports"
                        + " mild headaches and word-finding pauses. Given the number of lesions, whole-brain radiotherapy with"
                        + " hippocampal avoidance and memantine is recommended to preserve memory.",
                "Stage IV lung adenocarcinoma. Hypothyroidism. Migraine.",
                "Memantine 5 mg daily (titrating), dexamethasone 4 mg daily, levothyroxine 50 mcg daily.",
                "Lives with her partner, works part-time as a pharmacist. Former smoker, 10 pack-years.",
                "KPS 80. Alert, oriented, mild anomia. Visual fields full. No motor deficit. Gait normal.",
                "Multiple brain metastases. Plan hippocampal-avoidance whole-brain radiotherapy 30 Gy in 10 fractions."
                        + " Hippocampal sparing requires IMRT; a conventional opposed-lateral 3D plan treats the hippocampi to"
                        + " the full dose.",
                "Headaches better on dexamethasone. Vitals: BP 120/76, pulse 82, weight 64 kg.",
                "MRI BRAIN WITH AND WITHOUT CONTRAST",
                "Axial T1, T2, FLAIR, diffusion and volumetric post-contrast T1-weighted images, 1 mm slices.",
                "Eleven enhancing lesions in both cerebral hemispheres and the left cerebellum, the largest 1.2 cm in the"
                        + " right parietal lobe with mild surrounding edema. No lesion within 5 mm of either hippocampus."
                        + " No hydrocephalus, no leptomeningeal enhancement.",
                "1. Eleven brain metastases, new since 08/2026. 2. Hippocampi free of disease; hippocampal avoidance is"
                        + " feasible.");
        double rx = 30;
        List<Oar> oars = List.of(
                new Oar("Hippocampus", "D100% < 9 Gy", "CORSAIR", "29.1 Gy", "", "Yes", DOSE_AT_PERCENT, 29.1, 8.4, 100),
                new Oar("Optic chiasm", "Max < 37.5 Gy", "Institutional", "31.0 Gy", "30.6 Gy", "No", MAX, 31.0, 30.6, 0),
                new Oar("Lenses", "Max < 10 Gy", "Institutional", "6.2 Gy", "4.8 Gy", "No", MAX, 6.2, 4.8, 0));
        writeRequest(dir, "PA-2026-004340", "2026-11-23T07:55:00-08:00", "EXPEDITED", s, "Blue Summit Health PPO",
                "COMMERCIAL", "1588667430", rx, 10, List.of("77301", "77338", "77386"), "2026-11-30", Map.of());
        Workbook wb = SampleTableWriter.workbook(false);
        SampleTableWriter.addTable(wb, new Layout("HA-WBRT", 0, 0, List.of("Summary Analysis of 3D vs IMRT Planning"),
                List.of("Organ at risk", "Dose constraint employed", "Source of constraint", "Dose achieved via 3D planning",
                        "Dose achieved via IMRT", "Can dose restraint only be met with IMRT?"),
                null, textRows(oars), List.of("IMRT plan still optimising - hippocampus value to follow.")));
        SampleTableWriter.save(wb, dir.resolve("HA-WBRT summary.xlsx"));
        for (boolean threeD : new boolean[] {true, false}) {
            List<DvhChartWriter.Curve> curves = new ArrayList<>();
            for (Oar o : oars) {
                double v = threeD ? o.value3d() : o.valueImrt();
                DvhCurveShape shape = o.kind() == DOSE_AT_PERCENT
                        ? DvhCurveShape.fitting(MAX, threeD ? 31.5 : 16.0, 0, rx) : DvhCurveShape.fitting(o.kind(), v, o.param(), rx);
                curves.add(new DvhChartWriter.Curve(o.organ(), threeD, shape));
            }
            BufferedImage img = DvhChartWriter.render("Dose Volume Histogram - " + (threeD ? "3D (opposed laterals)" : "IMRT (HA-WBRT)"),
                    "Thorsby, E  -  Whole brain 30 Gy / 10 fx", rx, curves, false, true);
            DvhChartWriter.writeTiff(img, dir.resolve(threeD ? "DVH_3D.tif" : "DVH_IMRT.tif"));
        }
        documents(dir, s, "consult_note.pdf", "follow_up_note.pdf", "MRI_brain.pdf");
        readme(dir, "Eleven brain metastases, hippocampal-avoidance whole-brain radiotherapy 30 Gy / 10 fractions.",
                "Header in the policy's own long wording (\"Dose achieved via 3D planning\", \"Can dose restraint only be met"
                        + " with IMRT?\"); colour DVHs as TIFF files; the hippocampus row - the one that would justify IMRT -"
                        + " has no IMRT value yet, and the other rows are met by both plans.",
                "INCOMPLETE", "no complete row shows that only IMRT meets a constraint, and the hippocampus row's IMRT dose is"
                        + " empty (the missing value could be the evidence); request the IMRT hippocampus dose.");
    }

    // ---------------------------------------------------------------- helpers

    private Path folder(String name) throws IOException {
        Path dir = root.resolve(name);
        Files.createDirectories(dir);
        return dir;
    }

    static List<List<Value>> textRows(List<Oar> oars) {
        List<List<Value>> rows = new ArrayList<>();
        for (Oar o : oars) {
            rows.add(List.of(Value.text(o.organ()), Value.text(o.constraint()), Value.text(o.source()),
                    Value.text(o.shown3d()), Value.text(o.shownImrt()), Value.text(o.answer())));
        }
        return rows;
    }

    /** The policy's template rows left in above the clinic's own rows, as submitted templates often are. */
    private static List<List<Value>> withExamples(List<List<Value>> rows) {
        List<List<Value>> out = new ArrayList<>();
        out.add(texts("Example: Brachial plexus", "Max < 66 Gy", "RTOG", "58 Gy", "52 Gy", "No (both meet constraint)"));
        out.add(texts("Example: Cauda equina", "Max < 16 Gy", "RTOG #0631", "19 Gy", "17 Gy", "No (neither meets constraint)"));
        out.add(texts("Example: Brainstem", "Max < 54 Gy", "Quantec", "62 Gy", "52 Gy", "Yes (only IMRT meets constraint)"));
        out.addAll(rows);
        return out;
    }

    private static List<Value> texts(String... t) {
        List<Value> out = new ArrayList<>();
        for (String s : t) {
            out.add(Value.text(s));
        }
        return out;
    }

    static List<DvhChartWriter.Curve> curves(List<Oar> oars, boolean threeD, double rx) {
        List<DvhChartWriter.Curve> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Oar o : oars) {
            if (!seen.add(o.organ())) {
                continue; // one curve per organ even when two rows cite it
            }
            double v = threeD ? o.value3d() : o.valueImrt();
            out.add(new DvhChartWriter.Curve(o.organ(), threeD, DvhCurveShape.fitting(o.kind(), v, o.param(), rx)));
        }
        return out;
    }

    static void separatePngs(Path dir, String name3d, String nameImrt, String patient, double rx, List<Oar> oars,
                                     String[] embeddedTitles) throws IOException {
        for (boolean threeD : new boolean[] {true, false}) {
            String title = embeddedTitles != null ? "Cumulative DVH" : "Dose Volume Histogram - " + (threeD ? "3D-CRT plan" : "IMRT plan");
            BufferedImage img = DvhChartWriter.render(title, patient + "  -  Rx " + Math.round(rx * 10) / 10.0 + " Gy",
                    rx, curves(oars, threeD, rx), false, true);
            DvhChartWriter.writePng(img, dir.resolve(threeD ? name3d : nameImrt),
                    embeddedTitles == null ? null : embeddedTitles[threeD ? 0 : 1]);
        }
    }

    private static void combinedPng(Path dir, String name, String patient, double rx, List<Oar> oars) throws IOException {
        List<DvhChartWriter.Curve> all = new ArrayList<>();
        List<DvhChartWriter.Curve> d3 = curves(oars, true, rx);
        List<DvhChartWriter.Curve> im = curves(oars, false, rx);
        for (int i = 0; i < d3.size(); i++) {
            all.add(d3.get(i));
            all.add(im.get(i));
        }
        BufferedImage img = DvhChartWriter.render("DVH comparison: 3D-CRT (dashed) vs IMRT (solid)",
                patient + "  -  Rx " + Math.round(rx * 10) / 10.0 + " Gy", rx, all, true, true);
        DvhChartWriter.writePng(img, dir.resolve(name), null);
    }

    static void writeRequest(Path dir, String requestId, String receivedAt, String urgency, Story s, String planName,
                                     String line, String npi, double rx, int fx, List<String> codes, String start,
                                     Map<String, Object> extra) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("requestId", requestId);
        json.put("receivedAt", receivedAt);
        json.put("urgency", urgency);
        json.put("member", ordered("name", s.patient(), "id", s.memberId(), "dateOfBirth", s.dob(),
                "address", List.of("412 Fictional Lane", "Springfield, OR 97477")));
        json.put("plan", ordered("name", planName, "line", line));
        String[] addr = s.facilityAddress().split(" - ");
        json.put("requestingProvider", ordered("name", s.physician(), "npi", npi, "facility", s.facility(),
                "address", List.of(addr[0].split(", ", 2)[0], addr[0].split(", ", 2)[1]),
                "phone", addr[1].replace("Tel ", ""), "fax", addr[2].replace("Fax ", "")));
        json.put("diagnosis", List.of(ordered("code", s.dxCode(), "description", s.dxText())));
        json.put("treatmentSite", s.site());
        json.put("prescription", ordered("totalDoseGy", rx, "fractions", fx));
        json.put("requestedCodes", codes);
        json.put("plannedStart", start);
        new java.util.TreeMap<>(extra).forEach(json::put);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
        Files.writeString(dir.resolve("request.json"), mapper.writeValueAsString(json) + "\n");
    }

    /** A map that keeps the order written, so request.json reads like a hand-written one. */
    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    static void documents(Path dir, Story s, String historyName, String notesName, String imagingName)
            throws IOException {
        String header = "Patient: " + s.patient() + "    DOB: " + s.dob() + "    Member ID: " + s.memberId();
        new ClinicalPdfWriter().letterhead(s.facility(), s.facilityAddress())
                .title("Radiation Oncology Consultation")
                .line(header).line("Date of consultation: 2026-10-28    Attending: " + s.physician())
                .line("Referring diagnosis: " + s.dxCode() + " " + s.dxText()).gap()
                .section("Reason for Consultation", "Evaluation for radiotherapy of " + s.dxText().toLowerCase() + ".")
                .section("History of Present Illness", s.hpi())
                .section("Past Medical History", s.pmh())
                .section("Medications", s.meds())
                .section("Allergies", "No known drug allergies.")
                .section("Social History", s.social())
                .section("Family History", "Noncontributory for hereditary cancer syndromes.")
                .section("Assessment", s.assessment())
                .line("Electronically signed: " + s.physician() + ", 2026-10-28")
                .write(dir.resolve(historyName), "Consultation");
        new ClinicalPdfWriter().letterhead(s.facility(), s.facilityAddress())
                .title("Progress Note - Radiation Oncology Follow-up Visit")
                .line(header).line("Visit date: 2026-11-13    Provider: " + s.physician()).gap()
                .section("Interval History", s.interval())
                .section("Review of Systems", "Negative for fever, chills, chest pain, new neurologic symptoms, bleeding.")
                .section("Physical Exam", s.exam())
                .section("Vital Signs", "Recorded by nursing; see interval history. Pain 2/10.")
                .section("Assessment and Plan", s.assessment() + " Comparative 3D-CRT and IMRT plans have been reviewed with"
                        + " the physicist; the summary analysis table and DVHs are attached to the preauthorization request."
                        + " Follow-up weekly during treatment.")
                .line("Electronically signed: " + s.physician() + ", 2026-11-13")
                .write(dir.resolve(notesName), "Progress note");
        if (imagingName != null) {
            new ClinicalPdfWriter().letterhead(s.facility().replace("Radiation Oncology", "Imaging")
                            .replace("Cancer Center", "Imaging Center") + " - Department of Radiology", s.facilityAddress())
                    .title(s.imagingTitle())
                    .line(header).line("Exam date: 2026-10-21    Ordering: " + s.physician()).gap()
                    .section("INDICATION:", s.dxText() + "; radiotherapy planning.")
                    .section("TECHNIQUE:", s.imagingTechnique())
                    .section("COMPARISON:", "None available.")
                    .section("FINDINGS:", s.imagingFindings())
                    .section("IMPRESSION:", s.imagingImpression())
                    .line("Electronically signed by: Laura Brandt, MD, Radiologist, 2026-10-21 17:42")
                    .write(dir.resolve(imagingName), "Radiology report");
        }
    }

    static void readme(Path dir, String patientLine, String contents, String determination, String reason)
            throws IOException {
        String text = "# " + dir.getFileName() + "\n\n" + patientLine + " " + contents + "\n\n"
                + "Expected determination: " + determination + " — " + reason + "\n\n"
                + "All names, identifiers and clinical details are fictional.\n";
        Files.writeString(dir.resolve("README.md"), text);
    }
}
