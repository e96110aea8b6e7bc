package org.imrtreview.model;

import java.time.LocalDate;

/**
 * Who a piece of evidence says it is about: the patient name, ID and/or birth date a DVH export's
 * header, a PDF's "Patient:" line or a fax cover sheet states. Any part may be null. {@code where}
 * says where in the file it was read ("header", "page 2"), never the identifiers themselves.
 */
public record IdentityClaim(String file, String where, String name, String id, LocalDate dateOfBirth) {

    public boolean isEmpty() {
        return (name == null || name.isBlank()) && (id == null || id.isBlank()) && dateOfBirth == null;
    }
}
