package org.imrtreview.bench;

import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The anchor for "window visible" in bench/cold-path.sh: the smallest honest JavaFX window (a
 * TableView with a few columns and rows), run from the same jar, JDK and JavaFX as the workstation.
 * Not a test; a plain main class because a class extending Application cannot be a classpath main.
 */
public final class BareTableWindow {

    private BareTableWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            TableView<String[]> table = new TableView<>();
            String[] names = {"Member", "Request", "Urgency", "Due", "Status"};
            for (int c = 0; c < names.length; c++) {
                int col = c;
                TableColumn<String[], String> column = new TableColumn<>(names[c]);
                column.setCellValueFactory(r -> new SimpleStringProperty(r.getValue()[col]));
                table.getColumns().add(column);
            }
            var rows = FXCollections.<String[]>observableArrayList();
            for (int i = 0; i < 12; i++) {
                rows.add(new String[] {"Member " + i, "PA-" + (1000 + i), "standard", "2026-12-0" + (1 + i % 9), "new"});
            }
            table.setItems(rows);
            stage.setTitle("Bare TableView anchor");
            stage.setScene(new Scene(table, 1440, 900));
            stage.show();
        }
    }
}
