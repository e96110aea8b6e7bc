package org.imrtreview.ui.common;

import java.util.function.Consumer;
import javafx.scene.control.Tooltip;

/**
 * One tooltip for a table or list cell (or any control whose content is refilled), made on first use and
 * given new text afterwards. A {@link Tooltip} is a popup window with its own scene and style sheet pass:
 * making a new one on every {@code updateItem} took about a fifth of the FX thread's time when a case
 * was opened (decision 0296). What the nurse sees when she hovers is the same text, delay and width.
 */
public final class ReusedTooltip {
    private final Consumer<Tooltip> setup;
    private Tooltip tip;

    /** A plain tooltip. */
    public ReusedTooltip() {
        this(t -> { });
    }

    /** {@code setup} is applied once, when the tooltip is made (show delay, wrapping, width). */
    public ReusedTooltip(Consumer<Tooltip> setup) {
        this.setup = setup;
    }

    /** The tooltip carrying {@code text}, or null for none (to pass to {@code setTooltip}). */
    public Tooltip with(String text) {
        if (text == null) {
            return null;
        }
        if (tip == null) {
            tip = new Tooltip(text);
            setup.accept(tip);
        } else if (!text.equals(tip.getText())) {
            tip.setText(text);
        }
        return tip;
    }
}
