package org.imrtreview.ui.casereview;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.store.RequestChanges;
import org.imrtreview.store.RequestForm;
import org.imrtreview.ui.common.Notifier;

/**
 * The request details as a form the nurse can fill in or correct: a fax packet often arrives
 * without request.json, and a letter cannot go out without the member, provider and codes. Saved
 * details replace request.json for the evaluation (the prescription sets the fractionation the
 * published-constraint check uses), the deadline and the letters; every change is audited and the
 * submitted file is never written.
 */
public final class RequestDetailsPane extends BorderPane {
    private static final List<String> URGENCY = List.of("", "Standard", "Expedited");
    private static final List<String> LINES = List.of("", "Commercial", "Medicare advantage", "Medicaid");

    private final CaseReviewViewModel vm;
    private final Notifier notifier;
    private final ZoneId zone;
    private final Map<String, Control> inputs = new LinkedHashMap<>();
    private final Label origin = new Label();
    private final Label messages = new Label();
    private java.nio.file.Path shownFolder;
    private Request shownRequest;

    public RequestDetailsPane(CaseReviewViewModel vm, Notifier notifier, ZoneId zone) {
        this.vm = vm;
        this.notifier = notifier;
        this.zone = zone;
        setId("requestDetails");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(5);
        form.setPadding(new Insets(10));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(160);
        form.getColumnConstraints().addAll(labels, values, labels, values);

        int row = 0;
        row = section(form, row, "Request", "Member");
        pair(form, row++, "Request ID", "e.g. PA-2026-000123", "Member name", "Last, First");
        pair(form, row++, "Received", "e.g. 11/20/2026 9:30 AM", "Member ID", "as on the member card");
        inputs.put("Urgency", choice("Urgency", URGENCY));
        inputs.put("Member date of birth", field("Member date of birth", "e.g. 03/14/1958"));
        addPair(form, row++, "Urgency", "Member date of birth");
        pair(form, row++, "Treatment site", "e.g. Oropharynx", "Member address", "e.g. street / city, state ZIP");
        row = section(form, row, "Health plan and codes", "Prescription");
        pair(form, row++, "Health plan", "e.g. plan name on the card", "Prescription dose (Gy)", "total, e.g. 70");
        inputs.put("Line of business", choice("Line of business", LINES));
        inputs.put("Fractions", field("Fractions", "e.g. 35"));
        addPair(form, row++, "Line of business", "Fractions");
        pair(form, row++, "Requested codes", "e.g. 77301, 77338, 77385", "Planned start", "e.g. 12/01/2026");
        pair(form, row++, "Diagnosis", "C10.9 Oropharynx cancer; …", null, null);
        row = section(form, row, "Requesting provider", "Treating provider");
        for (String part : List.of("name", "NPI", "facility", "address", "phone", "fax")) {
            String hint = switch (part) {
                case "NPI" -> "10 digits";
                case "address" -> "e.g. street / city, state ZIP";
                default -> "";
            };
            pair(form, row++, "Requesting provider " + part, hint, "Treating provider " + part, hint);
        }

        Button save = new Button("Save request details");
        save.setId("saveRequest");
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        Button undo = new Button("Undo changes");
        undo.setId("undoRequest");
        undo.setOnAction(e -> fill(vm.effectiveRequest()));
        origin.setId("requestOrigin");
        origin.getStyleClass().add("text-muted");
        origin.setWrapText(true);
        messages.setId("requestMessages");
        messages.setWrapText(true);
        HBox.setHgrow(origin, Priority.ALWAYS);
        origin.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(8, origin, save, undo);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        save.setMinWidth(Control.USE_PREF_SIZE);
        undo.setMinWidth(Control.USE_PREF_SIZE);
        VBox top = new VBox(4, buttons, messages);
        top.setPadding(new Insets(8, 10, 0, 10));
        setTop(top);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        // refilled when another case is shown or the saved details change, not on every re-evaluation
        // (a cell correction must not wipe what she is typing here)
        vm.effectiveProperty().addListener((o, a, c) -> show(c));
    }

    private void show(ReviewCase c) {
        if (c == null) {
            shownFolder = null;
            shownRequest = null;
            fill(Request.empty());
            origin.setText("");
            messages.setText("");
            return;
        }
        Request saved = vm.state() == null ? null : vm.state().request();
        if (java.util.Objects.equals(c.folder(), shownFolder) && saved == shownRequest) {
            return;
        }
        if (!java.util.Objects.equals(c.folder(), shownFolder)) {
            messages.setText("");
        }
        shownFolder = c.folder();
        shownRequest = saved;
        fill(vm.effectiveRequest());
        describeOrigin();
    }

    private void describeOrigin() {
        ReviewCase c = vm.submittedCase();
        boolean typed = vm.state() != null && vm.state().request() != null;
        boolean submitted = c != null && !RequestChanges.fields(c.request()).values().stream().allMatch(String::isEmpty);
        origin.setText(typed ? "Typed or corrected by the reviewer; these details replace the submitted request.json"
                + " for the evaluation, the deadline and the letters (see History)."
                : submitted ? "From the submitted request.json. Correct a field and save; the file itself is not changed."
                : "No request details in this submission: type them from the fax cover sheet or the request form,"
                + " then save. The deadline, the published-constraint check (prescription) and the letters need them.");
    }

    /** Reads the form, saves it when it reads, and says what changed or what is wrong. */
    public void save() {
        Map<String, String> typed = new LinkedHashMap<>();
        inputs.forEach((label, control) -> typed.put(label, value(control)));
        RequestForm.Result result = RequestForm.read(typed, vm.effectiveRequest(), zone);
        if (!result.ok()) {
            messages.setText("Not saved: " + String.join("; ", result.errors()) + ".");
            messages.getStyleClass().setAll("label", "danger");
            return;
        }
        List<String> changes = vm.editRequest(result.request());
        messages.getStyleClass().setAll("label", result.warnings().isEmpty() ? "text-muted" : "warning");
        String saved = changes.isEmpty() ? "Nothing changed." : "Saved " + changes.size() + (changes.size() == 1 ? " change." : " changes.");
        messages.setText(result.warnings().isEmpty() ? saved : saved + " Check: " + String.join("; ", result.warnings()) + ".");
        if (!changes.isEmpty()) {
            notifier.success("Request details saved (" + changes.size() + (changes.size() == 1 ? " field)." : " fields)."));
        }
        describeOrigin();
    }

    private void fill(Request r) {
        Map<String, String> values = RequestChanges.fields(r, zone);
        inputs.forEach((label, control) -> {
            String v = values.getOrDefault(label, "");
            if (control instanceof TextField t) {
                t.setText(v);
            } else if (control instanceof ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                ComboBox<String> c = (ComboBox<String>) box;
                c.setValue(display(v));
            }
        });
    }

    private static String display(String enumName) {
        if (enumName == null || enumName.isEmpty()) {
            return "";
        }
        String words = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String value(Control c) {
        if (c instanceof TextField t) {
            return t.getText() == null ? "" : t.getText();
        }
        if (c instanceof ComboBox<?> box) {
            return box.getValue() == null ? "" : box.getValue().toString();
        }
        return "";
    }

    private int section(GridPane form, int row, String left, String right) {
        Label l = new Label(left);
        l.getStyleClass().add("section-title");
        form.add(l, 0, row, 2, 1);
        if (right != null) {
            Label r = new Label(right);
            r.getStyleClass().add("section-title");
            form.add(r, 2, row, 2, 1);
        }
        GridPane.setMargin(l, new Insets(row == 0 ? 0 : 8, 0, 0, 0));
        return row + 1;
    }

    private void pair(GridPane form, int row, String left, String leftHint, String right, String rightHint) {
        inputs.put(left, field(left, leftHint));
        if (right != null) {
            inputs.put(right, field(right, rightHint));
        }
        addPair(form, row, left, right);
    }

    private void addPair(GridPane form, int row, String left, String right) {
        form.add(label(left), 0, row);
        form.add(inputs.get(left), 1, row);
        if (right != null) {
            form.add(label(right), 2, row);
            form.add(inputs.get(right), 3, row);
        }
    }

    private static Label label(String text) {
        String shown = text.replace("Requesting provider ", "").replace("Treating provider ", "");
        Label l = new Label(Character.toUpperCase(shown.charAt(0)) + shown.substring(1));
        l.setMinWidth(Control.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String label, String hint) {
        TextField f = new TextField();
        f.setId(id(label));
        f.setPromptText(hint == null ? "" : hint);
        f.setMaxWidth(Double.MAX_VALUE);
        return f;
    }

    private static ComboBox<String> choice(String label, List<String> items) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id(label));
        c.getItems().addAll(items);
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    /** "Member date of birth" → "request-member-date-of-birth", for tests and accessibility tools. */
    static String id(String label) {
        return "request-" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
    }
}
