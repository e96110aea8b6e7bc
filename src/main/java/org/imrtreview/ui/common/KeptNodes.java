package org.imrtreview.ui.common;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Changes to the nodes a cell keeps, made only where they differ: style classes and children. A node's style class
 * list changed — even by removing a class and adding it back, as cells did on every {@code updateItem} — and a node
 * taken out of its parent and put back both make it and everything under it look up their styles again (a new
 * style helper per node): on a reopen that was about a fifth of the FX thread's time (decision 0620). A cell that
 * keeps its nodes changes them through these.
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

    /** A children list becomes {@code nodes}, in order; it is untouched when it already is. */
    public static void children(ObservableList<Node> children, List<? extends Node> nodes) {
        if (!children.equals(nodes)) {
            children.setAll(nodes);
        }
    }
}
