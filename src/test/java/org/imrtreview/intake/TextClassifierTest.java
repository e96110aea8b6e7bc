package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.imrtreview.model.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextClassifierTest {

    private static final String CONSULT = """
            Radiation Oncology Consultation
            Reason for Consultation: evaluation for radiotherapy.
            History of Present Illness: 63-year-old woman presented with headaches; MRI showed a frontal mass.
            Past Medical History: hypertension. Medications: levetiracetam. Allergies: NKDA.
            Social History: never smoker. Family History: noncontributory.
            """;
    private static final String PROGRESS = """
            Progress Note - Follow-up Visit
            Interval History: headaches improved. Review of Systems negative.
            Vital Signs: BP 132/78, pulse 76. Physical Exam: alert, oriented, strength 5/5.
            Assessment and Plan: continue steroid taper; follow-up weekly during treatment. MRI reviewed.
            """;
    private static final String RADIOLOGY = """
            Department of Radiology
            MRI BRAIN WITH AND WITHOUT CONTRAST
            INDICATION: glioblastoma. TECHNIQUE: axial T1, T2, FLAIR and post-contrast T1-weighted images.
            COMPARISON: none. FINDINGS: residual enhancement along the resection margin.
            IMPRESSION: residual tumor. Electronically signed by: L. Brandt, MD, Radiologist
            """;

    @Test
    void consultationIsClinicalHistoryWhateverItsName() {
        assertEquals(DocumentKind.CLINICAL_HISTORY, TextClassifier.classify("Document_1.pdf", CONSULT).kind());
    }

    @Test
    void progressNoteIsChartNotesWhateverItsName() {
        assertEquals(DocumentKind.CHART_NOTES, TextClassifier.classify("scan 17.pdf", PROGRESS).kind());
    }

    @Test
    void radiologyReportIsImagingReportWhateverItsName() {
        assertEquals(DocumentKind.IMAGING_REPORT, TextClassifier.classify("attachment.pdf", RADIOLOGY).kind());
    }

    @Test
    void progressNoteThatMentionsAnMriIsStillChartNotes() {
        assertEquals(DocumentKind.CHART_NOTES, TextClassifier.classify("note.pdf", PROGRESS + " MRI MRI CT").kind());
    }

    @Test
    void summaryTableTextIsRecognised() {
        String text = "Summary Analysis of 3D vs IMRT Planning\nOrgan(s) At Risk Dose Constraint Source of Constraint 3D IMRT"
                + " Can constraint only be met with IMRT?\nBrainstem Max < 54 Gy Quantec 62 Gy 52 Gy Yes";
        assertEquals(DocumentKind.SUMMARY_TABLE, TextClassifier.classify("packet.pdf", text).kind());
    }

    @Test
    void unrelatedTextIsOther() {
        assertEquals(DocumentKind.OTHER, TextClassifier.classify("invoice.pdf", "Invoice 2231. Amount due: $140.00. Thank you.").kind());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            clinical_history.pdf       | CLINICAL_HISTORY
            HP_consultation.pdf        | CLINICAL_HISTORY
            consult_2026-10-28.pdf     | CLINICAL_HISTORY
            progress_notes.pdf         | CHART_NOTES
            chart_notes.pdf            | CHART_NOTES
            clinic-visit.pdf           | CHART_NOTES
            MRI_brain_report.pdf       | IMAGING_REPORT
            CT_report.pdf              | IMAGING_REPORT
            PET-CT.pdf                 | IMAGING_REPORT
            radiology.pdf              | IMAGING_REPORT
            dvh_3d.pdf                 | DVH_IMAGE
            summary_table.pdf          | SUMMARY_TABLE
            Document_1.pdf             | OTHER
            """)
    void classifiesByNameAlone(String name, DocumentKind kind) {
        assertEquals(kind, TextClassifier.classifyName(name));
    }
}
