package org.imrtreview.model;

/**
 * What kind of problem a {@link Problem} is, where it matters to the determination (SPEC §4, "Fail
 * closed"). Problems without a code are notes for the nurse; these codes block a decision until she
 * resolves them (a checklist decision with her reason, kept in the audit trail).
 */
public enum ProblemCode {
    /** A second request-like file in the case: it was not read as the request. Blocks every letter. */
    SECOND_REQUEST(true),
    /** Evidence in the submission names a patient other than the request's member. Blocks every letter. */
    MEMBER_MISMATCH(true),
    /**
     * Evidence that could hold the deciding numbers was damaged or read only in part (a DVH export that
     * would not parse, a table page whose content broke off): the case is INCOMPLETE, never criteria met.
     */
    EVIDENCE_DAMAGED(false),
    /**
     * Two summary tables in the case give different values for the same organ (a first and a revised
     * version): which one the verdict rests on is the provider's to say. The case is INCOMPLETE until
     * the nurse resolves it (decision 0402).
     */
    TABLES_DISAGREE(false),
    /**
     * A submitted DVH export's plan is prescribed another total dose than the request (70 Gy in the export,
     * 78 Gy requested): its curves may be of another plan or an earlier version, so they cannot support the
     * plan requested. The case is INCOMPLETE until the nurse resolves it (decision 0461).
     */
    PRESCRIPTION_DIFFERS(false),
    /**
     * The summary table's organs are all of another body region than the request's diagnosis and treatment
     * site (a lung table under a prostate request): another case's or another patient's plan. The case is
     * INCOMPLETE until the nurse resolves it (decision 0463).
     */
    SITE_MISMATCH(false),
    /**
     * Two DVH exports of one plan give one structure different curves (a first export and a re-export): which one
     * decides the rows is the provider's to say. Shown with the item {@code plan}; INCOMPLETE until resolved
     * (decision 0546).
     */
    EXPORTS_DISAGREE(false),
    /**
     * A field present in the request (request.json) whose value could not be read — a prescription "seventy-eight", a
     * member ID written as an object, a date that is no date — or a request file that could not be read at all: what
     * the provider asked for is not known, and the checks that compare it (prescription, identity, dates) cannot be
     * made. Shown with the item {@code request}; INCOMPLETE until the nurse types the value in the request details
     * (which settles it) or resolves the item (decision 0570). A field simply absent is not this finding.
     */
    REQUEST_UNREADABLE(false);

    private final boolean identity;

    ProblemCode(boolean identity) {
        this.identity = identity;
    }

    /** True for the one-member-per-case findings, which block every letter until resolved. */
    public boolean identity() {
        return identity;
    }
}
