package org.imrtreview.ui.common;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Changes to the nodes a cell keeps, made only where they differ: style classes, and nodes shown or parked. A
 * node's style class list changed — even by removing a class and adding it back, as cells did on every {@code updateItem} — makes the node and everything under it
 * look up its styles again in the next CSS pass (a new style helper per node): on a reopen that was about a
 * fifth of the FX thread's time (decision 0620). A cell that keeps its nodes sets its classes through these.
 */
public final class KeptNodes {
    private KeptNodes() {
    }

    /** The node carries {@code styleClass} exactly when {@code on}; its list is untouched when it already agrees. */
    public static void toggle(Node node, String styleClass, boolean on) {
        ObservableList<String> classes = node.getStyleClass();
        boolean has = classes.contains(styleClass);
        if (on && !has) {
            classes.add(styleClass);
        } else if (!on && has) {
            classes.removeAll(styleClass);
        }
    }

    /**
     * The node carries {@code chosen} (null: none) and no other of {@code choices}; its list is untouched when it
     * already does.
     */
    public static void choose(Node node, String chosen, List<String> choices) {
        for (String c : choices) {
            if (!c.equals(chosen)) {
                toggle(node, c, false);
            }
        }
        if (chosen != null) {
            toggle(node, chosen, true);
        }
    }

    /**
     * Shows or parks a node the cell keeps in its place: a parked node is invisible and left out of its parent's
     * layout (a cell's skin ignores an unmanaged graphic) but stays in the scene, so showing it again restyles
     * nothing. Taking it out and putting it back (a graphic set to null, a child removed) reapplies the CSS of it
     * and everything under it as it comes back.
     */
    public static void shown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
