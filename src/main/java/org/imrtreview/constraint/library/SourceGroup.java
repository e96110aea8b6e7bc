package org.imrtreview.constraint.library;

/**
 * Canonical source of a dose constraint. {@code inLibrary} says whether the published-constraint
 * library holds values for it (only those can be checked); the others are recognised so the nurse
 * sees a known source rather than an "unrecognised" warning.
 */
public enum SourceGroup {
    QUANTEC("QUANTEC", "QUANTEC", true),
    RTOG("RTOG", "RTOG", true),
    NRG("NRG Oncology", "NRG", false),
    AAPM_TG101("AAPM TG-101", "AAPM TG-101", true),
    CORSAIR("CORSAIR", "CORSAIR", true),
    NCCN("NCCN", "NCCN", true),
    EMAMI("Emami 1991", "Emami", true),
    UK_SABR("UK SABR consortium / trial", "UK SABR Consortium", true),
    /** Single-institution series and trial tables the library holds (cited by paper, not by a group name). */
    PUBLISHED_SERIES("Published series / trial", null, true),
    SWOG("SWOG", "SWOG", false),
    ECOG_ACRIN("ECOG-ACRIN", "ECOG-ACRIN", false),
    NSABP("NSABP", "NSABP", false),
    ALLIANCE("Alliance / CALGB", "Alliance", false),
    COG("Children's Oncology Group", "COG", false),
    EORTC("EORTC", "EORTC", false),
    CCTG("CCTG", "CCTG", false),
    GOG("GOG", "GOG", false),
    JCOG("JCOG", "JCOG", false),
    TROG("TROG", "TROG", false),
    ESTRO("ESTRO / ACROP", "ESTRO", false),
    HYTEC("HyTEC", "HyTEC", false),
    PENTEC("PENTEC", "PENTEC", false),
    TIMMERMAN("Timmerman", "Timmerman", false),
    ICRU("ICRU", "ICRU", false),
    AAPM("AAPM (report not named)", "AAPM", false),
    ASTRO("ASTRO", "ASTRO", false),
    NCI("NCI", "NCI", false),
    LITERATURE("Published literature", "Published literature", false),
    INSTITUTIONAL("Institutional", "Institutional", false);

    private final String title;
    private final String recognizerName;
    private final boolean inLibrary;

    SourceGroup(String title, String recognizerName, boolean inLibrary) {
        this.title = title;
        this.recognizerName = recognizerName;
        this.inLibrary = inLibrary;
    }

    /** The group for a canonical name of {@link org.imrtreview.constraint.SourceRecognizer}; LITERATURE when unknown. */
    public static SourceGroup byRecognizerName(String name) {
        for (SourceGroup g : values()) {
            if (g.recognizerName != null && g.recognizerName.equalsIgnoreCase(name)) {
                return g;
            }
        }
        return LITERATURE;
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
                || this == ALLIANCE || this == COG || this == EORTC || this == JCOG;
    }
}
