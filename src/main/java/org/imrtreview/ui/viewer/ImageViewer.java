package org.imrtreview.ui.viewer;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;

/**
 * Shows one image with zoom (wheel, +/−), pan (drag) and fit (double-click or the button). Starts
 * fitted; keeps fitting on resize until the nurse zooms. Zoom follows the mouse pointer.
 */
public final class ImageViewer extends BorderPane {
    private static final double MIN_ZOOM = 0.05;
    private static final double MAX_ZOOM = 16;

    private final ObjectProperty<Image> image = new SimpleObjectProperty<>(this, "image");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ImageView view = new ImageView();
    private final Pane canvas = new Pane(view);
    private final Label caption = new Label();
    private final Label zoomLabel = new Label();
    private final Label placeholder = new Label();
    private boolean fitting = true;
    private double dragX;
    private double dragY;

    public ImageViewer() {
        getStyleClass().add("image-viewer");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(canvas.widthProperty());
        clip.heightProperty().bind(canvas.heightProperty());
        canvas.setClip(clip);
        canvas.getStyleClass().add("image-canvas");
        canvas.setMinSize(0, 0);
        placeholder.getStyleClass().add("placeholder-text");
        placeholder.setWrapText(true);
        placeholder.managedProperty().bind(image.isNull());
        placeholder.visibleProperty().bind(image.isNull());
        placeholder.layoutXProperty().bind(canvas.widthProperty().subtract(placeholder.widthProperty()).divide(2));
        placeholder.layoutYProperty().bind(canvas.heightProperty().subtract(placeholder.heightProperty()).divide(2));
        canvas.getChildren().add(placeholder);

        Button fit = toolButton(new FontIcon(MaterialDesignF.FIT_TO_SCREEN_OUTLINE), "Fit to window (double-click)");
        fit.setOnAction(e -> fit());
        Button actual = toolButton(new FontIcon(MaterialDesignN.NUMERIC_1_BOX_OUTLINE), "Actual size (100 %)");
        actual.setOnAction(e -> zoomAt(1 / zoom.get(), canvas.getWidth() / 2, canvas.getHeight() / 2));
        Button in = toolButton(new FontIcon(MaterialDesignM.MAGNIFY_PLUS_OUTLINE), "Zoom in (mouse wheel)");
        in.setOnAction(e -> zoomAt(1.25, canvas.getWidth() / 2, canvas.getHeight() / 2));
        Button out = toolButton(new FontIcon(MaterialDesignM.MAGNIFY_MINUS_OUTLINE), "Zoom out (mouse wheel)");
        out.setOnAction(e -> zoomAt(0.8, canvas.getWidth() / 2, canvas.getHeight() / 2));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        caption.getStyleClass().add("viewer-caption");
        caption.setMinWidth(0);
        // in a narrow pane (the documents preview at 1366 px) the caption was squeezed to a lone "…": it
        // repeats the selected document's name, so it steps aside when it cannot show six characters' worth
        caption.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> caption.getWidth() >= 6 * caption.getFont().getSize(), caption.widthProperty(), caption.fontProperty()));
        zoomLabel.getStyleClass().add("text-muted");
        zoomLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox tools = new HBox(4, caption, spring, zoomLabel, out, in, actual, fit);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("viewer-tools");
        setTop(tools);
        setCenter(canvas);
        zoom.addListener((o, a, b) -> zoomLabel.setText(Math.round(b.doubleValue() * 100) + " %"));

        canvas.setOnScroll(e -> {
            if (image.get() != null && e.getDeltaY() != 0) {
                zoomAt(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
                e.consume();
            }
        });
        canvas.setOnMousePressed(e -> {
            dragX = e.getX() - view.getLayoutX();
            dragY = e.getY() - view.getLayoutY();
        });
        canvas.setOnMouseDragged(e -> {
            if (e.getButton() == MouseButton.PRIMARY && image.get() != null) {
                fitting = false;
                view.setLayoutX(e.getX() - dragX);
                view.setLayoutY(e.getY() - dragY);
            }
        });
        canvas.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                fit();
            }
        });
        canvas.widthProperty().addListener((o, a, b) -> refit());
        canvas.heightProperty().addListener((o, a, b) -> refit());
        image.addListener((o, a, b) -> {
            view.setImage(b);
            fit();
        });
    }

    private static Button toolButton(FontIcon icon, String tip) {
        Button b = new Button(null, icon);
        b.getStyleClass().addAll("flat", "small");
        b.setTooltip(new Tooltip(tip));
        // a screen reader says what the icon does, without the hint in brackets
        b.setAccessibleText(tip.replaceAll("\\s*\\(.*\\)$", ""));
        b.setFocusTraversable(false);
        return b;
    }

    public void setImage(Image img, String captionText) {
        caption.setText(captionText == null ? "" : org.imrtreview.logging.VisibleText.escape(captionText));
        image.set(img);
    }

    public void showPlaceholder(String text) {
        caption.setText("");
        image.set(null);
        placeholder.setText(org.imrtreview.logging.VisibleText.escapeKeepingLines(text));
    }

    public ObjectProperty<Image> imageProperty() {
        return image;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Scales the image to fit the viewer and centres it. */
    public void fit() {
        fitting = true;
        refit();
    }

    private void refit() {
        Image img = image.get();
        if (!fitting || img == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        double scale = Math.min(canvas.getWidth() / img.getWidth(), canvas.getHeight() / img.getHeight());
        apply(Math.max(MIN_ZOOM, Math.min(scale, MAX_ZOOM)));
        view.setLayoutX((canvas.getWidth() - view.getFitWidth()) / 2);
        view.setLayoutY((canvas.getHeight() - view.getFitHeight()) / 2);
    }

    private void zoomAt(double factor, double x, double y) {
        Image img = image.get();
        if (img == null) {
            return;
        }
        fitting = false;
        double old = zoom.get();
        double next = Math.max(MIN_ZOOM, Math.min(old * factor, MAX_ZOOM));
        double ratio = next / old;
        // keep the image point under the pointer where it is
        view.setLayoutX(x - (x - view.getLayoutX()) * ratio);
        view.setLayoutY(y - (y - view.getLayoutY()) * ratio);
        apply(next);
    }

    private void apply(double scale) {
        Image img = image.get();
        zoom.set(scale);
        view.setFitWidth(img.getWidth() * scale);
        view.setFitHeight(img.getHeight() * scale);
    }
}
