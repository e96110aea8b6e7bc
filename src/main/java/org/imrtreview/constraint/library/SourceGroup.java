package org.imrtreview.constraint.library;

/**
 * Canonical source of a dose constraint. {@code inLibrary} says whether the published-constraint
 * library holds values for it (only those can be checked); the others are recognised so the nurse
 * sees a known source rather than an "unrecognised" warning.
 */
public enum SourceGroup {
    QUANTEC("QUANTEC", true),
    RTOG("RTOG", true),
    NRG("NRG Oncology", false),
    AAPM_TG101("AAPM TG-101", true),
    CORSAIR("CORSAIR", true),
    NCCN("NCCN", true),
    EMAMI("Emami 1991", true),
    UK_SABR("UK SABR consortium / trial", true),
    PUBLISHED_SERIES("Published series / trial", true),
    SWOG("SWOG", false),
    ECOG_ACRIN("ECOG-ACRIN", false),
    NSABP("NSABP", false),
    ALLIANCE("Alliance / CALGB", false),
    COG("Children's Oncology Group", false),
    EORTC("EORTC", false),
    HYTEC("HyTEC", false),
    PENTEC("PENTEC", false),
    TIMMERMAN("Timmerman", false),
    ICRU("ICRU", false),
    INSTITUTIONAL("Institutional", false);

    private final String title;
    private final boolean inLibrary;

    SourceGroup(String title, boolean inLibrary) {
        this.title = title;
        this.inLibrary = inLibrary;
    }

    public String title() {
        return title;
    }

    /** True when the library holds published values for this source, so a cited value can be checked. */
    public boolean inLibrary() {
        return inLibrary;
    }

    /** Cooperative-group trial sources whose protocols are numbered (RTOG 0631, SWOG S1826, NRG HN005). */
    public boolean numbersProtocols() {
        return this == RTOG || this == NRG || this == SWOG || this == ECOG_ACRIN || this == NSABP
                || this == ALLIANCE || this == COG || this == EORTC;
    }
}
