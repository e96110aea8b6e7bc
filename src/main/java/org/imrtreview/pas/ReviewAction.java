package org.imrtreview.pas;

/**
 * X12 278 HCR01 action codes (code list 306) that a review on this workstation can end in, with
 * the PAS ClaimResponse outcome each maps to. Partial certification (A2) and modification (A6) are
 * not produced: a request is decided as a whole.
 */
public enum ReviewAction {
    CERTIFIED("A1", "Certified in total"),
    NOT_CERTIFIED("A3", "Not Certified"),
    PENDED("A4", "Pended");

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
}
