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

    FittedImage() {
        getStyleClass().add("image-canvas");
        setStyle("-fx-cursor: default;");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        getChildren().add(view);
        setMinSize(0, 0);
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
    }
}
