package org.imrtreview.ui.common;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The size of the window's text, in percent of the normal 13 px (Ctrl+plus, Ctrl+minus, Ctrl+0). The
 * layout's sizes are in em, so everything grows with the text; the chosen size is remembered in the
 * preferences. Steps as in a browser, so a nurse finds the size she wants in a few presses. Every window
 * opened over the main window (dialogs, the evidence, library and reports windows) and every tooltip takes
 * the same percent of its own normal size (decisions 0244, 0245).
 */
public final class TextScale {
    /** The workstation's normal text size (workstation.css, {@code .workstation}). */
    public static final double NORMAL_PX = 13;
    static final int[] STEPS = {80, 90, 100, 110, 125, 150, 175, 200};
    public static final int NORMAL = 100;
    /**
     * The normal text size of a window without the workstation's own root (dialogs, the evidence window):
     * AtlantaFX Primer's {@code .root} size, kept at 100 % so those windows look as before.
     */
    public static final double OTHER_WINDOWS_PX = 14;
    /** AtlantaFX Primer's {@code .dialog-pane} maximum width. */
    static final double DIALOG_MAX_PX = 600;

    private final IntegerProperty percent = new SimpleIntegerProperty(NORMAL);
    private Node main;
    /** Held here: the list of all windows keeps only a weak reference, so a closed workstation is collected. */
    private final ListChangeListener<Window> opened = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::dress);
        }
    };

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

    /**
     * The keys that size the text, on {@code target} (the main window, a window of its own): Ctrl+= (the "+"
     * key without Shift) and the keypad's plus, minus and 0, which no menu accelerator can name; Ctrl+plus,
     * Ctrl+minus and Ctrl+0 too where no menu holds them.
     */
    public void keys(javafx.event.EventTarget target, boolean withMenuKeys) {
        javafx.event.EventHandler<KeyEvent> filter = e -> {
            if (!e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case EQUALS, ADD -> larger();
                case SUBTRACT -> smaller();
                case NUMPAD0 -> reset();
                case PLUS -> {
                    if (!withMenuKeys) {
                        return;
                    }
                    larger();
                }
                case MINUS -> {
                    if (!withMenuKeys) {
                        return;
                    }
                    smaller();
                }
                case DIGIT0 -> {
                    if (!withMenuKeys) {
                        return;
                    }
                    reset();
                }
                default -> {
                    return;
                }
            }
            e.consume();
        };
        if (target instanceof Node n) {
            n.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        } else if (target instanceof javafx.scene.Scene sc) {
            sc.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        }
    }

    /**
     * Every window opened over {@code mainRoot}'s window takes the size too: as it opens (before it is sized,
     * so a dialog is as large as its text) and whenever the size changes. Windows of their own (not modal)
     * also answer the keys, so a nurse reading the evidence on her second monitor sizes it there.
     */
    public void followWindows(Node mainRoot) {
        this.main = mainRoot;
        Window.getWindows().addListener(new WeakListChangeListener<>(opened));
        percent.addListener((o, a, p) -> Window.getWindows().forEach(this::dress));
    }

    private void dress(Window window) {
        if (window instanceof javafx.scene.control.Tooltip tip) {
            // a tooltip inherits nothing from the control it explains (its root is a .root of its own, Primer's
            // 14 px): it takes the size on its own style, which its skin reads, as it opens. Menus and choice
            // lists need nothing: their styles inherit from the menu bar or control that opened them.
            if (ownedByMain(tip)) {
                String style = tip.getStyle();
                if (style == null || style.isEmpty() || style.startsWith("-fx-font-size")) {
                    tip.setStyle(fontSize(OTHER_WINDOWS_PX));
                }
            }
            return;
        }
        if (!(window instanceof Stage stage) || stage.getScene() == null || !ownedByMain(stage)) {
            return;
        }
        Parent root = stage.getScene().getRoot();
        style(root);
        if (stage.getModality() == Modality.NONE && !root.getProperties().containsKey(TextScale.class)) {
            root.getProperties().put(TextScale.class, Boolean.TRUE);
            keys(stage.getScene(), true);
        }
    }

    /**
     * A dialog takes the size before it is shown: a dialog measures its buttons once, when it is placed on the
     * screen, before its window opens ("Save o…" at 150 % if the size came only with the window).
     */
    public void dress(javafx.scene.control.DialogPane pane) {
        style(pane);
    }

    private void style(Parent root) {
        String style = root.getStyle();
        if (style != null && !style.isEmpty() && !style.startsWith("-fx-font-size")) {
            return; // a root with a style of its own is left as it is
        }
        int p = percent.get();
        // a dialog's width is capped at 600 px by the theme (.dialog-pane): the cap grows with the text
        root.setStyle(p == NORMAL ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;",
                OTHER_WINDOWS_PX * p / 100.0) + (root instanceof javafx.scene.control.DialogPane
                ? String.format(java.util.Locale.ROOT, " -fx-max-width: %.0fpx;", DIALOG_MAX_PX * p / 100.0) : ""));
    }

    private boolean ownedByMain(Window window) {
        Window mainWindow = main == null || main.getScene() == null ? null : main.getScene().getWindow();
        if (mainWindow == null || window == mainWindow) {
            return false;
        }
        for (Window o = owner(window); o != null; o = owner(o)) {
            if (o == mainWindow) {
                return true;
            }
        }
        return false;
    }

    private String fontSize(double normalPx) {
        int p = percent.get();
        return p == NORMAL ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", normalPx * p / 100.0);
    }

    private static Window owner(Window window) {
        if (window instanceof Stage s) {
            return s.getOwner();
        }
        return window instanceof PopupWindow p ? p.getOwnerWindow() : null;
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
