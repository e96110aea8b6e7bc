package org.imrtreview.model;

/** The recommendation for a case (SPEC §4). */
public enum Determination {
    /** Required documentation missing → request additional information. */
    INCOMPLETE("Incomplete — request additional information"),
    /** At least one complete row where only IMRT meets a published constraint → nurse may approve. */
    CRITERIA_MET("Criteria met — may approve"),
    /** Complete, and no row supports the request → refer to a physician reviewer (criterion II). */
    CRITERIA_NOT_MET("Criteria not met — refer to physician reviewer");

    private final String title;

    Determination(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
