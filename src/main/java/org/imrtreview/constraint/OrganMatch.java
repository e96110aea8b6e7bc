package org.imrtreview.constraint;

/**
 * How well a DVH structure stands for a table organ, best first. Callers use the best quality
 * available and treat {@link #NONE} as "not this organ".
 */
public enum OrganMatch {
    /** Same organ, same side, same PRV/target subtraction. */
    EXACT,
    /**
     * The structure is one side (or member) of an organ group the table names as a whole whose
     * constraint applies to each member ("Femoral heads" ↔ Femur_Head_L and Femur_Head_R, "Optic
     * pathway" ↔ OpticChiasm): the worst member is the value to compare.
     */
    EACH_MEMBER,
    /** Same organ with a target subtracted on one side only ("Total lung" ↔ "Lungs-GTV"). */
    TARGET_SUBTRACTION_DIFFERS,
    /**
     * Not returned by {@link OrganNames#match}: the table names both sides as one organ ("Parotids",
     * "Both parotids") and the data hold only the single sides, which are summed by volume into one curve.
     */
    COMBINED_SIDES,
    /** The table names a paired organ without telling which side ("Parotid (contralateral)"). */
    SIDE_UNKNOWN,
    NONE;

    public boolean matches() {
        return this != NONE;
    }
}
