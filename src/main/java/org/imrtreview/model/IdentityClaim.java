package org.imrtreview.model;

import java.time.LocalDate;

/**
 * Who a piece of evidence says it is about: the patient name, ID and/or birth date a DVH export's
 * header, a PDF's "Patient:" line or a fax cover sheet states. Any part may be null. {@code where}
 * says where in the file it was read ("header", "page 2"), never the identifiers themselves.
 */
public record IdentityClaim(String file, String where, String name, String id, LocalDate dateOfBirth,
        boolean dateOfBirthNoDate) {

    /**
     * {@code dateOfBirthNoDate}: a labelled birth date was written with a date's shape but is no calendar
     * date ("1955-06-41", "06/41/1955"): a typing slip or another record, never silently ignored (decision 0407).
     */
    public IdentityClaim(String file, String where, String name, String id, LocalDate dateOfBirth) {
        this(file, where, name, id, dateOfBirth, false);
    }

    public boolean isEmpty() {
        return (name == null || name.isBlank()) && (id == null || id.isBlank()) && dateOfBirth == null
                && !dateOfBirthNoDate;
    }
}
