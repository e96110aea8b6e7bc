package org.imrtreview.model;

/** The six columns the policy requires in the summary table, with the SPEC §5 word for each. */
public enum Column {
    ORGAN("organ", "Organ at risk"),
    CONSTRAINT("constraint", "Dose constraint"),
    SOURCE("source", "Source of constraint"),
    DOSE_3D("dose3d", "3D dose"),
    DOSE_IMRT("doseImrt", "IMRT dose"),
    ANSWER("answer", "Only met with IMRT?");

    private final String missingWord;
    private final String title;

    Column(String missingWord, String title) {
        this.missingWord = missingWord;
        this.title = title;
    }

    /** The word used in the evaluation's {@code missing} list. */
    public String missingWord() {
        return missingWord;
    }

    public String title() {
        return title;
    }
}
