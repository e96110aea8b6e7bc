package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bundled sample loads into the documents, plans, colours and table rows it was built with. */
class SampleCaseLoadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            01-brain-glioblastoma-criteria-met          | Summary_Analysis_3D_vs_IMRT.xlsx | Sheet1!A4:F11, header row 4 | Brainstem;Optic chiasm;Left cochlea;Right optic nerve          | dvh_3d.png=3D/true;dvh_imrt.png=IMRT/true                    | clinical_history.pdf=CLINICAL_HISTORY;progress_notes.pdf=CHART_NOTES;MRI_brain_report.pdf=IMAGING_REPORT | 3
            02-oropharynx-cgy-second-sheet-criteria-met | IMRT_justification.xlsx          | 'DVH Summary'!B4:G8, header row 4 | Parotid (contralateral);Larynx;Spinal cord;Brainstem           | 3D_vs_IMRT_DVH.png=BOTH/true                                 | HP_consultation.pdf=CLINICAL_HISTORY;clinic_notes.pdf=CHART_NOTES;PET_CT_report.pdf=IMAGING_REPORT       | 0
            03-lung-v20-csv-criteria-met                | summary_table.csv                | header row 3, rows 4-7 | Total lung;Heart;Esophagus;Spinal cord                         | DVH_3DCRT.png=3D/true;DVH_VMAT.png=IMRT/true                 | consult_2026-10-28.pdf=CLINICAL_HISTORY;visit_note.pdf=CHART_NOTES;PET-CT.pdf=IMAGING_REPORT             | 0
            04-prostate-xls-criteria-not-met            | DVH comparison table.xls         | Sheet1!A3:F7, header row 3 | Rectum;Rectum;Bladder;Femoral heads                            | image001.png=3D/true;image002.png=IMRT/true                  | Document_1.pdf=CLINICAL_HISTORY;Document_2.pdf=CHART_NOTES;Document_3.pdf=IMAGING_REPORT                 | 0
            05-spine-grayscale-fax-incomplete           | summary_analysis.xlsx            | Sheet1!A3:F6, header row 3 | Spinal cord;Kidneys (bilateral);Esophagus                      | fax_p4_DVH_3D.jpg=3D/false;fax_p5_DVH_IMRT.jpg=IMRT/false    | history.pdf=CLINICAL_HISTORY;chart_notes.pdf=CHART_NOTES;MRI_spine.pdf=IMAGING_REPORT                     | 0
            06-esophagus-answer-mismatch-not-met        | oar_table.xlsx                   | Comparison!A3:F7, header row 3 | Heart;Lungs;Spinal cord;Kidneys (bilateral)                    | comparison.png=BOTH/true                                     | clinical_history.pdf=CLINICAL_HISTORY;chart_notes.pdf=CHART_NOTES;CT_report.pdf=IMAGING_REPORT           | 0
            07-nasopharynx-missing-imaging-incomplete   | NPC_summary_table.xlsx           | Summary!C5:H9, header row 5 | Brainstem;Parotid (either);Spinal cord;Optic chiasm            | DVH_3D.png=3D/true;DVH_IMRT.png=IMRT/true                    | consultation.pdf=CLINICAL_HISTORY;progress_note.pdf=CHART_NOTES                                          | 0
            08-pelvis-formulas-criteria-met             | Delgado_IMRT_constraints.xlsx    | Summary!A3:F7, header row 3 | Small bowel;Rectum;Bladder;Femoral heads                       | 3D_DVH.jpg=3D/true;IMRT_DVH.jpg=IMRT/true                    | clinical_history.pdf=CLINICAL_HISTORY;chart_notes.pdf=CHART_NOTES;CT_abdomen_pelvis.pdf=IMAGING_REPORT   | 0
            12-brain-mets-missing-value-incomplete      | HA-WBRT summary.xlsx             | 'HA-WBRT'!A3:F6, header row 3 | Hippocampus;Optic chiasm;Lenses                                | DVH_3D.tif=3D/true;DVH_IMRT.tif=IMRT/true                    | consult_note.pdf=CLINICAL_HISTORY;follow_up_note.pdf=CHART_NOTES;MRI_brain.pdf=IMAGING_REPORT             | 0
            """)
    void sampleLoadsAsBuilt(String folder, String tableFile, String location, String organs, String images, String documents,
                            int problems) throws Exception {
        ReviewCase c = CaseLoader.standard().readOnly().load(Path.of("samples", folder));
        assertEquals(tableFile, c.table().file());
        assertEquals(location, c.table().location());
        assertTrue(c.table().columnsMissing().isEmpty(), () -> "missing " + c.table().columnsMissing());
        assertEquals(List.of(organs.split(";")), c.table().rows().stream().map(SummaryRow::organ).toList());
        assertEquals(set(images), set(c.documents().stream().filter(d -> d.kind() == DocumentKind.DVH_IMAGE)
                .map(d -> d.file() + "=" + d.plan().label() + "/" + d.color()).toList()));
        assertEquals(set(documents), set(c.documents().stream().filter(SampleCaseLoadTest::isClinical)
                .map(d -> d.file() + "=" + d.kind()).toList()));
        assertEquals(problems, c.problems().size(), () -> "problems: " + c.problems());
        assertTrue(c.request().requestId().startsWith("PA-2026-"));
    }

    private static boolean isClinical(Document d) {
        return d.kind() == DocumentKind.CLINICAL_HISTORY || d.kind() == DocumentKind.CHART_NOTES
                || d.kind() == DocumentKind.IMAGING_REPORT;
    }

    private static TreeSet<String> set(String semicolonList) {
        return set(List.of(semicolonList.split(";")));
    }

    private static TreeSet<String> set(List<String> items) {
        return items.stream().map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }
}
