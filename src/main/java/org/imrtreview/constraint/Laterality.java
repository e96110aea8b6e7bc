package org.imrtreview.constraint;

/**
 * Which side of a paired organ a name refers to. {@link #NONE} is used for midline (unpaired) organs;
 * {@link #UNSPECIFIED} for a paired organ named without a side ("Parotid", "Parotid (each)").
 */
public enum Laterality {
    NONE, LEFT, RIGHT,
    /** Both sides together: "Parotids", "Both parotids", "Total lung", "Femoral heads". */
    BOTH,
    UNSPECIFIED,
    /** The gland/organ opposite the target ("contralateral parotid", "spared parotid"). */
    CONTRALATERAL,
    IPSILATERAL;

    public boolean isSided() {
        return this == LEFT || this == RIGHT;
    }

    /** TG-263 suffix for a sided structure. */
    public String suffix() {
        return switch (this) {
            case LEFT -> "_L";
            case RIGHT -> "_R";
            default -> "";
        };
    }
}
