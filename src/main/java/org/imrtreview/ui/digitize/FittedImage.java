package org.imrtreview.ui.digitize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * A picture scaled to fit the space it is given (never a scroll bar, whatever the screen), with
 * markers at image pixels and clicks reported in image pixels. Asks for little space itself, so
 * the layout around it decides its size rather than the picture's 1600 pixels.
 */
final class FittedImage extends Region {
    private static final double MAX_ZOOM = 2.0;

    private final ImageView view = new ImageView();
    private final List<Point2D> markers = new ArrayList<>();
    private final List<javafx.scene.Node> markerNodes = new ArrayList<>();
    private BiConsumer<Double, Double> onClick = (x, y) -> { };
    private double scale = 1;
    /** While dragging a frame: receives {left, top, right, bottom} in image pixels on release; null otherwise. */
    private java.util.function.Consumer<double[]> onDragged;
    private double[] dragStart;
    private double[] box;
    private final javafx.scene.shape.Rectangle boxNode = new javafx.scene.shape.Rectangle();

    FittedImage() {
        getStyleClass().add("image-canvas");
        setStyle("-fx-cursor: default;");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        getChildren().add(view);
        setMinSize(0, 0);
        boxNode.setFill(Color.web("#e8178a", 0.08));
        boxNode.setStroke(Color.web("#e8178a"));
        boxNode.setStrokeWidth(2);
        boxNode.getStrokeDashArray().addAll(6.0, 4.0);
        boxNode.setMouseTransparent(true);
        boxNode.setManaged(false);
        boxNode.setVisible(false);
        boxNode.setId("frame-box");
        setOnMousePressed(e -> {
            if (onDragged == null || e.getButton() != MouseButton.PRIMARY || view.getImage() == null) {
                return;
            }
            dragStart = imagePoint(e.getX(), e.getY());
            box = null;
        });
        setOnMouseDragged(e -> {
            if (onDragged == null || dragStart == null) {
                return;
            }
            double[] p = imagePoint(e.getX(), e.getY());
            box = new double[] {Math.min(dragStart[0], p[0]), Math.min(dragStart[1], p[1]),
                Math.max(dragStart[0], p[0]), Math.max(dragStart[1], p[1])};
            requestLayout();
        });
        setOnMouseReleased(e -> {
            if (onDragged == null || dragStart == null) {
                return;
            }
            dragStart = null;
            if (box != null && box[2] - box[0] >= 8 && box[3] - box[1] >= 8) {
                onDragged.accept(box.clone());
            }
        });
        setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || view.getImage() == null) {
                return;
            }
            double x = (e.getX() - view.getLayoutX()) / scale;
            double y = (e.getY() - view.getLayoutY()) / scale;
            if (x >= 0 && y >= 0 && x <= view.getImage().getWidth() && y <= view.getImage().getHeight()) {
                onClick.accept(x, y);
            }
        });
    }

    /** A point on this region as image pixels, held inside the picture. */
    private double[] imagePoint(double x, double y) {
        double w = view.getImage().getWidth();
        double h = view.getImage().getHeight();
        return new double[] {Math.max(0, Math.min(w, (x - view.getLayoutX()) / scale)),
            Math.max(0, Math.min(h, (y - view.getLayoutY()) / scale))};
    }

    /** Starts (non-null listener) or ends dragging a rectangle on the picture; the rectangle stays shown. */
    void setOnFrameDragged(java.util.function.Consumer<double[]> listener) {
        onDragged = listener;
        if (listener == null) {
            dragStart = null;
        }
    }

    /** Shows a rectangle (image pixels: left, top, right, bottom), or none. */
    void showBox(double[] rectangle) {
        box = rectangle == null ? null : rectangle.clone();
        requestLayout();
    }

    double[] box() {
        return box == null ? null : box.clone();
    }

    void setImage(Image image) {
        view.setImage(image);
        requestLayout();
    }

    ImageView view() {
        return view;
    }

    /** Receives clicks on the picture, in image pixels. */
    void setOnImageClick(BiConsumer<Double, Double> listener) {
        this.onClick = listener;
    }

    void addMarker(double x, double y) {
        markers.add(new Point2D(x, y));
        requestLayout();
    }

    void clearMarkers() {
        markers.clear();
        requestLayout();
    }

    int markerCount() {
        return markers.size();
    }

    /** Where an image pixel is on the screen (for tests that click as a person would). */
    Point2D screenPoint(double x, double y) {
        layout();
        return localToScreen(view.getLayoutX() + x * scale, view.getLayoutY() + y * scale);
    }

    double scale() {
        return scale;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 320;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 200;
    }

    @Override
    protected void layoutChildren() {
        Image image = view.getImage();
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        if (image == null || w <= 0 || h <= 0 || image.getWidth() <= 0) {
            return;
        }
        scale = Math.min(MAX_ZOOM, Math.min(w / image.getWidth(), h / image.getHeight()));
        double shownW = image.getWidth() * scale;
        double shownH = image.getHeight() * scale;
        view.setFitWidth(shownW);
        view.setFitHeight(shownH);
        view.resizeRelocate(snappedLeftInset() + (w - shownW) / 2, snappedTopInset() + (h - shownH) / 2, shownW, shownH);
        getChildren().removeAll(markerNodes);
        markerNodes.clear();
        for (Point2D p : markers) {
            double cx = view.getLayoutX() + p.getX() * scale;
            double cy = view.getLayoutY() + p.getY() * scale;
            Circle ring = new Circle(cx, cy, 7, Color.TRANSPARENT);
            ring.setStroke(Color.web("#e8178a"));
            ring.setStrokeWidth(2);
            Line across = new Line(cx - 11, cy, cx + 11, cy);
            Line down = new Line(cx, cy - 11, cx, cy + 11);
            across.setStroke(Color.web("#e8178a"));
            down.setStroke(Color.web("#e8178a"));
            markerNodes.addAll(List.of(ring, across, down));
        }
        markerNodes.forEach(n -> {
            n.setMouseTransparent(true);
            // unmanaged: adding them here does not ask for another layout pass
            n.setManaged(false);
        });
        getChildren().addAll(markerNodes);
        getChildren().remove(boxNode);
        boxNode.setVisible(box != null);
        if (box != null) {
            boxNode.setX(view.getLayoutX() + box[0] * scale);
            boxNode.setY(view.getLayoutY() + box[1] * scale);
            boxNode.setWidth((box[2] - box[0]) * scale);
            boxNode.setHeight((box[3] - box[1]) * scale);
        }
        getChildren().add(boxNode);
    }
}
