package org.imrtreview.model;

import java.time.LocalDate;

/**
 * Who a piece of evidence says it is about: the patient name, ID and/or birth date a DVH export's
 * header, a PDF's "Patient:" line or a fax cover sheet states. Any part may be null. {@code where}
 * says where in the file it was read ("header", "page 2"), never the identifiers themselves.
 * {@code diagnoses}: the ICD-10 codes the same text states on a labelled diagnosis line ("Referring diagnosis:
 * C34.11 …", "Dx: C61"), compared with the request's site and side at evaluation (decision 0502); never prose.
 * {@code diagnosisWords}: what those lines say after their codes ("Malignant neoplasm of prostate"), one entry a
 * line: on a page read by OCR the words confirm or question a code a misread digit could have changed (decision 0526).
 */
public record IdentityClaim(String file, String where, String name, String id, LocalDate dateOfBirth,
        boolean dateOfBirthNoDate, java.util.List<String> diagnoses, java.util.List<String> diagnosisWords) {

    public IdentityClaim {
        diagnoses = diagnoses == null ? java.util.List.of() : java.util.List.copyOf(diagnoses);
        diagnosisWords = diagnosisWords == null ? java.util.List.of() : java.util.List.copyOf(diagnosisWords);
    }

    public IdentityClaim(String file, String where, String name, String id, LocalDate dateOfBirth,
            boolean dateOfBirthNoDate, java.util.List<String> diagnoses) {
        this(file, where, name, id, dateOfBirth, dateOfBirthNoDate, diagnoses, java.util.List.of());
    }

    /**
     * {@code dateOfBirthNoDate}: a labelled birth date was written with a date's shape but is no calendar
     * date ("1955-06-41", "06/41/1955"): a typing slip or another record, never silently ignored (decision 0407).
     */
    public IdentityClaim(String file, String where, String name, String id, LocalDate dateOfBirth,
            boolean dateOfBirthNoDate) {
        this(file, where, name, id, dateOfBirth, dateOfBirthNoDate, java.util.List.of());
    }

    public IdentityClaim(String file, String where, String name, String id, LocalDate dateOfBirth) {
        this(file, where, name, id, dateOfBirth, false);
    }

    /** The same claim, named by {@code newFile} (a packet's page claim joins its file) — every part kept. */
    public IdentityClaim withFile(String newFile) {
        return new IdentityClaim(newFile, where, name, id, dateOfBirth, dateOfBirthNoDate, diagnoses, diagnosisWords);
    }

    public boolean isEmpty() {
        return (name == null || name.isBlank()) && (id == null || id.isBlank()) && dateOfBirth == null
                && !dateOfBirthNoDate && diagnoses.isEmpty();
    }
}
