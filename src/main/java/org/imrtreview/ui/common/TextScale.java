package org.imrtreview.ui.common;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;

/**
 * The size of the window's text, in percent of the normal 13 px (Ctrl+plus, Ctrl+minus, Ctrl+0). The
 * layout's sizes are in em, so everything grows with the text; the chosen size is remembered in the
 * preferences. Steps as in a browser, so a nurse finds the size she wants in a few presses.
 */
public final class TextScale {
    /** The workstation's normal text size (workstation.css, {@code .workstation}). */
    public static final double NORMAL_PX = 13;
    static final int[] STEPS = {80, 90, 100, 110, 125, 150, 175, 200};
    public static final int NORMAL = 100;

    private final IntegerProperty percent = new SimpleIntegerProperty(NORMAL);

    public IntegerProperty percentProperty() {
        return percent;
    }

    public int percent() {
        return percent.get();
    }

    /** Sets the size, held to the nearest step (a hand-edited or old preference never gives 3 % text). */
    public void set(int value) {
        percent.set(nearest(value));
    }

    public void larger() {
        for (int s : STEPS) {
            if (s > percent.get()) {
                percent.set(s);
                return;
            }
        }
    }

    public void smaller() {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < percent.get()) {
                percent.set(STEPS[i]);
                return;
            }
        }
    }

    public void reset() {
        percent.set(NORMAL);
    }

    /** Keeps {@code root}'s font size at the chosen size, now and whenever it changes. */
    public void bind(Node root) {
        apply(root, percent.get());
        percent.addListener((o, a, p) -> apply(root, p.intValue()));
    }

    private static void apply(Node root, int p) {
        root.setStyle(p == NORMAL ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", NORMAL_PX * p / 100.0));
    }

    static int nearest(int value) {
        int best = NORMAL;
        for (int s : STEPS) {
            if (Math.abs(s - value) < Math.abs(best - value)) {
                best = s;
            }
        }
        return best;
    }
}
