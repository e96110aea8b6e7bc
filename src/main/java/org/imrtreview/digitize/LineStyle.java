package org.imrtreview.digitize;

/** How a traced curve is drawn; combined 3D-vs-IMRT images often draw one plan dashed. */
public enum LineStyle {
    SOLID, DASHED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
