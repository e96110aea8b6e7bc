package org.imrtreview.pas;

/**
 * X12 278 HCR01 action codes (code list 306) that a review on this workstation can end in. A
 * request decided as a whole is A1, A3 or A4 on the request and on every service line; a request
 * decided line by line (decision 0268) is A2 on the request (A6 when every line is certified but
 * some with fewer units) and A1, A3 or A6 on each line.
 */
public enum ReviewAction {
    CERTIFIED("A1", "Certified in total"),
    CERTIFIED_PARTIAL("A2", "Certified - partial"),
    NOT_CERTIFIED("A3", "Not Certified"),
    PENDED("A4", "Pended"),
    MODIFIED("A6", "Modified");

    /** Code system of X12 element 306 as the PAS IG names it. */
    public static final String SYSTEM = "https://codesystem.x12.org/005010/306";

    private final String code;
    private final String display;

    ReviewAction(String code, String display) {
        this.code = code;
        this.display = display;
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }

    /** Whether something is authorized under the review number (a preAuthRef, REF*BB, a validity period). */
    public boolean authorizes() {
        return this == CERTIFIED || this == CERTIFIED_PARTIAL || this == MODIFIED;
    }
}
