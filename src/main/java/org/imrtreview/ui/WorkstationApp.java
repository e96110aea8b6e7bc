package org.imrtreview.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The workstation window. */
public final class WorkstationApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(WorkstationApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("IMRT Review Workstation"));
        stage.setTitle("IMRT Review Workstation");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }
}
