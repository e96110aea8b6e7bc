package org.imrtreview.samples;

import static org.imrtreview.samples.DvhCurveShape.Kind.MAX;
import static org.imrtreview.samples.DvhCurveShape.Kind.MEAN;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.imrtreview.intake.template.SummaryTemplateWriter;

/**
 * Generates samples/10-head-neck-stricter-than-published: a base-of-tongue case, 70 Gy in 35
 * fractions, whose "only IMRT" rows rely on constraints tighter than the cited source publishes
 * (combined parotid mean &lt; 20 Gy and larynx mean &lt; 35 Gy, both cited as QUANTEC). The table is
 * the workstation's own provider template, filled in. Run: {@code java -cp ... StricterThanPublishedSample [samples]}.
 */
public final class StricterThanPublishedSample {

    static final String FOLDER = "10-head-neck-stricter-than-published";

    static final List<SampleGenerator.Oar> OARS = List.of(
            new SampleGenerator.Oar("Spinal cord", "Max < 45 Gy", "RTOG 0225", "41.3", "36.8", "No (both meet constraint)", MAX, 41.3, 36.8, 0),
            new SampleGenerator.Oar("Brainstem", "Max < 54 Gy", "QUANTEC", "38.2", "33.5", "No (both meet constraint)", MAX, 38.2, 33.5, 0),
            new SampleGenerator.Oar("Parotids (combined)", "Mean < 20 Gy", "QUANTEC", "23.6", "18.9", "Yes (only IMRT meets constraint)", MEAN, 23.6, 18.9, 0),
            new SampleGenerator.Oar("Larynx", "Mean < 35 Gy", "QUANTEC", "41.7", "32.4", "Yes (only IMRT meets constraint)", MEAN, 41.7, 32.4, 0),
            new SampleGenerator.Oar("Oral cavity", "Mean < 30 Gy", "Institutional", "38.5", "34.1", "No (neither meets constraint)", MEAN, 38.5, 34.1, 0),
            new SampleGenerator.Oar("Mandible", "Max < 70 Gy", "RTOG 0225", "68.4", "67.9", "No (both meet constraint)", MAX, 68.4, 67.9, 0));

    private StricterThanPublishedSample() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples").resolve(FOLDER);
        Files.createDirectories(dir);
        SampleGenerator.Story s = new SampleGenerator.Story("Harold P. Westbrook", "ZRH602214775", "1961-07-14", "male", 65,
                "C01", "Malignant neoplasm of base of tongue", "Head and neck", "Elena Vasquez-Ruiz, MD",
                "Riverside Radiation Oncology", "2200 Riverside Parkway, Suite 110, Eugene, OR 97401 - Tel 541-555-0177 - Fax 541-555-0178",
                "Mr. Westbrook is a 65-year-old man who noticed a painless left upper neck mass in August 2026, followed by"
                        + " mild odynophagia. Examination and biopsy showed a 3.2 cm exophytic mass of the left base of tongue;"
                        + " pathology confirmed squamous cell carcinoma, p16 positive. PET-CT shows the primary and two"
                        + " ipsilateral level II nodes, with no distant disease. Clinical stage cT2 N1 M0 (AJCC 8th edition)."
                        + " He is referred for definitive chemoradiation.",
                "Hyperlipidemia. Gastro-oesophageal reflux. Left inguinal hernia repair (2015).",
                "Atorvastatin 20 mg daily, omeprazole 20 mg daily.",
                "Retired carpenter, married. Former smoker, 12 pack-years, quit 2004. Two beers per week.",
                "ECOG 0. Firm 2.5 cm left level II node. Exophytic left base-of-tongue lesion on flexible laryngoscopy,"
                        + " vallecula spared, vocal cords mobile. Dentition fair; dental evaluation completed.",
                "p16-positive squamous cell carcinoma of the left base of tongue, cT2 N1 M0. Plan 70 Gy in 35 fractions to"
                        + " the primary and involved nodes with weekly cisplatin, bilateral elective neck to 56 Gy. IMRT is"
                        + " requested to spare the parotid glands and larynx.",
                "Seen for planning review. Odynophagia stable, weight 84.2 kg (down 1 kg). Dental clearance obtained. PEG"
                        + " tube discussed; patient prefers to defer. Vitals: BP 128/80, pulse 70.",
                "PET-CT SKULL BASE TO MID-THIGH",
                "FDG PET with low-dose CT for attenuation correction and localisation, skull base to mid-thigh, 60 minutes"
                        + " after 10.2 mCi F-18 FDG. Fasting glucose 96 mg/dL.",
                "Intensely FDG-avid mass of the left base of tongue, SUVmax 14.8, measuring 3.1 x 2.7 cm, extending to the"
                        + " midline without crossing it; vallecula and epiglottis free. Two FDG-avid left level IIA lymph nodes"
                        + " (2.3 cm, SUVmax 9.6; 1.4 cm, SUVmax 6.1). No contralateral or lower neck adenopathy. No"
                        + " FDG-avid pulmonary nodules or distant disease.",
                "1. FDG-avid left base-of-tongue primary with two ipsilateral level II nodal metastases. 2. No distant"
                        + " metastatic disease.");
        double rx = 70;
        SampleGenerator.writeRequest(dir, "PA-2026-004561", "2026-11-23T10:20:00-08:00", "STANDARD", s,
                "Blue Summit Health PPO", "COMMERCIAL", "1457382913", rx, 35, List.of("77301", "77338", "77386"), "2026-12-08", Map.of());
        writeFilledTemplate(dir.resolve("Summary_Analysis_template_filled.xlsx"));
        SampleGenerator.separatePngs(dir, "DVH_3D-CRT.png", "DVH_IMRT.png", "Westbrook, H", rx, OARS, null);
        SampleGenerator.documents(dir, s, "consultation_note.pdf", "progress_note.pdf", "PET_CT_report.pdf");
        SampleGenerator.readme(dir, "Base-of-tongue squamous cell carcinoma, 70 Gy / 35 fractions.",
                "The summary table is the workstation's own provider template (`template` command) filled in, with the"
                        + " policy's three example rows left in; separate colour 3D-CRT and IMRT DVH PNGs; consultation note,"
                        + " progress note and PET-CT report PDFs. Two rows answer \"Yes\", but each relies on a constraint"
                        + " stricter than the source it cites: combined parotid mean < 20 Gy cited as QUANTEC (QUANTEC"
                        + " publishes mean < 25 Gy for both glands together; < 20 Gy applies to one spared gland) and larynx"
                        + " mean < 35 Gy cited as QUANTEC (QUANTEC publishes mean < 44 Gy for oedema and < 50 Gy for"
                        + " aspiration). Under the published values the 3D-CRT plan meets both too (23.6 Gy, 41.7 Gy), so the"
                        + " rows are flagged STRICTER_THAN_PUBLISHED with blocksSupport and no longer support approval.",
                "CRITERIA_NOT_MET", "documentation is complete, but the only rows where only IMRT meets the cited constraint"
                        + " (combined parotids, larynx) hold only under constraints stricter than QUANTEC publishes; under"
                        + " QUANTEC's published values both plans meet them. The other rows: both plans meet the cord,"
                        + " brainstem and mandible limits; neither meets the institutional oral-cavity limit. The case goes"
                        + " to a physician reviewer, who decides.");
    }

    /** The provider template with the case's rows typed in below the policy's example rows. */
    static void writeFilledTemplate(Path file) throws IOException {
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        new SummaryTemplateWriter().write(blank);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank.toByteArray()))) {
            fill(wb.getSheet(SummaryTemplateWriter.TABLE_SHEET), OARS);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    static void fill(Sheet sheet, List<SampleGenerator.Oar> oars) {
        int first = SummaryTemplateWriter.HEADER_ROW + 4;
        for (int i = 0; i < oars.size(); i++) {
            SampleGenerator.Oar o = oars.get(i);
            Row row = sheet.getRow(first + i);
            row.getCell(0).setCellValue(o.organ());
            row.getCell(1).setCellValue(o.constraint());
            row.getCell(2).setCellValue(o.source());
            row.getCell(3).setCellValue(Double.parseDouble(o.shown3d()));
            row.getCell(4).setCellValue(Double.parseDouble(o.shownImrt()));
            row.getCell(5).setCellValue(o.answer());
        }
    }
}
