package org.imrtreview.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import org.imrtreview.model.Determination;
import org.imrtreview.model.FlagCode;

/**
 * Walks every shown text of a window and names what a person cannot read whole: a label, button, table or
 * list cell drawn with an ellipsis, or text running past the edge of the pane that clips it (a scroll pane's
 * viewport, a list, the window). Text below the fold of a scrolling pane is not cut: it scrolls into view, so
 * only the horizontal edge counts. Also names any internal code shown (flag codes, enum names, checklist keys).
 */
final class CutText {

    private static final List<Pattern> CODES = codes();

    private CutText() {
    }

    private static List<Pattern> codes() {
        List<Pattern> out = new ArrayList<>();
        for (FlagCode f : FlagCode.values()) {
            out.add(Pattern.compile("\\b" + f.name() + "\\b"));
        }
        out.add(Pattern.compile("\\b" + Determination.CRITERIA_MET.name() + "\\b|\\b"
                + Determination.CRITERIA_NOT_MET.name() + "\\b"));
        // any enum-looking word: TICK_LABELS, IN_REVIEW, THREE_D ...
        out.add(Pattern.compile("(?<![\\w.-])[A-Z0-9]{2,}(?:_[A-Z0-9]{2,})+(?![\\w.-])"));
        out.add(Pattern.compile("Missing: [a-z]\\w*(?=[.,;]|$)|\\bdoseImrt\\b|\\bdose3d\\b"));
        return out;
    }

    /** "where: what" lines for every text cut off or showing a code; empty when all reads whole. */
    static List<String> find(Node window) {
        List<String> found = new ArrayList<>();
        window.applyCss();
        if (window instanceof Parent p) {
            p.layout();
        }
        walk(window, window.localToScene(window.getLayoutBounds()), found);
        return found;
    }

    private static void walk(Node node, Bounds scene, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled, scene, found);
        } else if (node instanceof Text text && !(text.getParent() instanceof Labeled)) {
            TextInputControl input = textInput(text);
            if (input == null) {
                checkText(text, text.getText(), scene, found);
            } else if (input.getText().isEmpty() && text.getText() != null && text.getText().equals(input.getPromptText())) {
                promptCheck(text, found);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, found);
            }
        }
    }

    private static TextInputControl textInput(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TextInputControl input) {
                return input;
            }
        }
        return null;
    }

    /**
     * A box's prompt says what the box is for and does not scroll: cut at the bottom of a text area ("…differs
     * from the" and no more) or the end of a field, it is cut for good.
     */
    private static void promptCheck(Text prompt, List<String> found) {
        if (!prompt.isVisible()) {
            return;
        }
        codeCheck(prompt.getText(), prompt, found);
        Bounds b = prompt.localToScene(prompt.getBoundsInLocal());
        Node box = textInput(prompt);
        // only the box's own viewport: a box below a scrolling panel's fold is reached by scrolling
        for (Node p = prompt.getParent(); p != null && p != box.getParent(); p = p.getParent()) {
            if (p.getClip() != null) {
                Bounds clip = p.localToScene(p.getClip().getBoundsInParent());
                if (b.getMaxY() > clip.getMaxY() + 1.5 || b.getMaxX() > clip.getMaxX() + 1.5) {
                    found.add(where(box) + ": prompt '" + prompt.getText() + "' cut ("
                            + Math.round(b.getWidth()) + "x" + Math.round(b.getHeight()) + " px in "
                            + Math.round(clip.getWidth()) + "x" + Math.round(clip.getHeight()) + ")");
                    return;
                }
            }
        }
    }

    /**
     * The named exceptions, each with its reason (codes are still checked in them):
     * <ul>
     * <li>a file name in the documents list ({@code .document-file}): a name without spaces cannot wrap and
     * the list is as narrow as the documents pane; its tooltip and the evidence window show it whole. The
     * parts of a fax packet lead with their kind and pages ("Chart notes · pp. 3–4"), which are measured.</li>
     * <li>the caption over a picture or page ({@code .viewer-caption}): it repeats the selected document's
     * name; the picture below it is the evidence.</li>
     * </ul>
     */
    static boolean excepted(Node node) {
        for (Node p = node; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("document-file") || p.getStyleClass().contains("viewer-caption")) {
                return true;
            }
        }
        return false;
    }

    private static void checkLabeled(Labeled labeled, Bounds scene, List<String> found) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getWidth() <= 0) {
            return;
        }
        if (excepted(labeled)) {
            codeCheck(full, labeled, found);
            return;
        }
        if (labeled instanceof TableCell<?, ?> cell && (cell.isEmpty() || cell.getTableRow() == null
                || cell.getTableRow().isEmpty())) {
            return;
        }
        codeCheck(full, labeled, found);
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text drawn && child.isVisible()) {
                String shown = drawn.getText();
                if (shown != null && !shown.equals(full) && !labeled.getEllipsisString().isEmpty()
                        && shown.contains(labeled.getEllipsisString().strip())
                        && !full.contains(labeled.getEllipsisString().strip())) {
                    found.add(where(labeled) + ": '" + full + "' drawn as '" + shown + "'");
                } else {
                    edgeCheck(drawn, full, scene, found);
                }
            }
        }
    }

    private static void checkText(Text text, String full, Bounds scene, List<String> found) {
        if (full == null || full.isBlank()) {
            return;
        }
        codeCheck(full, text, found);
        edgeCheck(text, full, scene, found);
    }

    private static void codeCheck(String full, Node node, List<String> found) {
        for (Pattern p : CODES) {
            var m = p.matcher(full);
            if (m.find()) {
                found.add(where(node) + ": internal code '" + m.group() + "' in '" + full + "'");
            }
        }
    }

    /** Text running past the right edge of the nearest clipping ancestor, or of the window. */
    private static void edgeCheck(Text text, String full, Bounds scene, List<String> found) {
        Bounds b = text.localToScene(text.getBoundsInLocal());
        if (b.getWidth() <= 0) {
            return;
        }
        double right = scene.getMaxX();
        double left = scene.getMinX();
        for (Node p = text.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() != null) {
                Bounds clip = p.localToScene(p.getClip().getBoundsInParent());
                if (b.getMinY() >= clip.getMaxY() || b.getMaxY() <= clip.getMinY()) {
                    return; // scrolled out of sight vertically: not drawn at all
                }
                right = Math.min(right, clip.getMaxX());
                left = Math.max(left, clip.getMinX());
            }
        }
        if (b.getMinX() >= right || b.getMaxX() <= left) {
            return; // scrolled out of sight sideways (a wide table's far columns): reached by scrolling
        }
        if (b.getMaxX() > right + 1.5 || b.getMinX() < left - 1.5) {
            found.add(where(text) + ": '" + full + "' runs past the edge (" + Math.round(b.getMinX()) + "–"
                    + Math.round(b.getMaxX()) + " px, visible " + Math.round(left) + "–" + Math.round(right) + ")");
        }
    }

    /** "Label#id in .case-header" — enough to find the control. */
    static String where(Node node) {
        StringBuilder sb = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            sb.append('#').append(node.getId());
        }
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                sb.append(" in #").append(p.getId());
                break;
            }
        }
        return sb.toString();
    }
}
