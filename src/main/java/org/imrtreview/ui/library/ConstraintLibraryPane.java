package org.imrtreview.ui.library;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.imrtreview.constraint.library.AlphaBeta;
import org.imrtreview.constraint.library.ConstraintLibrary;
import org.imrtreview.constraint.library.Eqd2;
import org.imrtreview.constraint.library.LibraryQuery;
import org.imrtreview.constraint.library.PublishedConstraint;
import org.imrtreview.constraint.library.Regime;

/**
 * Browser of the published-constraint library, self-contained so it can sit in a tab, a dialog or
 * a window: a search field (organ in any usual spelling, source as written in a table — "Lt
 * parotid", "RTOG 0225" — or words of the endpoint or citation), a regime filter, the entries
 * with their citations (secondary-only values marked ★ and tinted), and the selected entry's
 * details with EQD2 for SBRT limits.
 */
public final class ConstraintLibraryPane extends BorderPane {
    static final String ALL_REGIMES = "All regimes";
    static final String SECONDARY_MARK = "★";

    private final ConstraintLibrary library;
    private final TextField search = new TextField();
    private final ComboBox<String> regime = new ComboBox<>();
    private final TableView<PublishedConstraint> table = new TableView<>();
    private final FilteredList<PublishedConstraint> shown;
    private final Label count = new Label();
    private final TextArea details = new TextArea();

    public ConstraintLibraryPane() {
        this(ConstraintLibrary.standard());
    }

    public ConstraintLibraryPane(ConstraintLibrary library) {
        this.library = library;
        getStyleClass().add("constraint-library-pane");
        shown = new FilteredList<>(FXCollections.observableArrayList(library.entries()));
        search.setId("library-search");
        search.setPromptText("Organ, source or words — e.g. \"Lt parotid\", \"RTOG 0225\", \"TG-101 cord\"");
        HBox.setHgrow(search, Priority.ALWAYS);
        regime.setId("library-regime");
        regime.getItems().addAll(ALL_REGIMES, Regime.CONVENTIONAL.title(), Regime.SBRT_SRS.title());
        regime.setValue(ALL_REGIMES);
        count.setId("library-count");
        HBox bar = new HBox(8, search, regime, count);
        bar.setPadding(new Insets(8));

        table.setId("library-table");
        table.setItems(shown);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("ID", 80, e -> e.id() + (e.secondary() ? " " + SECONDARY_MARK : "")));
        table.getColumns().add(column("Organ", 190, PublishedConstraint::organ));
        table.getColumns().add(column("Constraint", 170, PublishedConstraint::constraintText));
        table.getColumns().add(column("Regime", 110, e -> e.regime() == Regime.SBRT_SRS ? e.regimeText() : "Conventional"));
        table.getColumns().add(column("Source", 120, e -> e.sourceLabel() + (e.alsoCitedBy().isEmpty() ? ""
                : " (also " + String.join(", ", e.alsoCitedBy().stream().map(g -> g.title()).toList()) + ")")));
        table.getColumns().add(column("Citation", 420, PublishedConstraint::citation));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PublishedConstraint item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("secondary-entry");
                setStyle(null);
                setTooltip(null);
                if (!empty && item != null && item.secondary()) {
                    getStyleClass().add("secondary-entry");
                    setStyle("-fx-background-color: derive(-fx-control-inner-background, -6%);");
                    setTooltip(new Tooltip("Only from a secondary source: verify against the paper before relying on it."));
                }
            }
        });
        Label placeholder = new Label("No published constraint matches the search.");
        table.setPlaceholder(placeholder);

        details.setId("library-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(5);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> details.setText(describe(e)));

        search.textProperty().addListener((o, a, b) -> refilter());
        regime.valueProperty().addListener((o, a, b) -> refilter());
        refilter();

        Label legend = new Label(SECONDARY_MARK + " only from a secondary source (verify before relying on it).  Library "
                + library.version() + " (" + library.date() + ").");
        legend.getStyleClass().add("text-muted");
        VBox bottom = new VBox(4, details, legend);
        bottom.setPadding(new Insets(8));
        setTop(bar);
        setCenter(table);
        setBottom(bottom);
    }

    private void refilter() {
        shown.setPredicate(predicate(search.getText(), regime.getValue()));
        count.setText(shown.size() + " of " + library.size());
    }

    /**
     * Free text: when it names an organ or a source the library knows, entries of that organ/source;
     * otherwise every word must appear in the organ, constraint, source, endpoint or citation.
     */
    Predicate<PublishedConstraint> predicate(String text, String regimeChoice) {
        Predicate<PublishedConstraint> p = e -> true;
        String q = text == null ? "" : text.strip();
        if (!q.isEmpty()) {
            Predicate<PublishedConstraint> asOrgan = new LibraryQuery(q, null, null, null).predicate(library);
            Predicate<PublishedConstraint> asSource = new LibraryQuery(null, q, null, null).predicate(library);
            String[] words = q.toLowerCase(Locale.ROOT).split("\\s+");
            Predicate<PublishedConstraint> asWords = e -> {
                String hay = (e.organ() + " " + String.join(" ", e.tg263()) + " " + e.constraintText() + " " + e.sourceLabel()
                        + " " + e.regimeText() + " " + (e.endpoint() == null ? "" : e.endpoint()) + " " + e.citation())
                        .toLowerCase(Locale.ROOT);
                for (String w : words) {
                    if (!hay.contains(w)) {
                        return false;
                    }
                }
                return true;
            };
            p = asOrgan.or(asSource).or(asWords);
        }
        if (regimeChoice != null && !ALL_REGIMES.equals(regimeChoice)) {
            Regime r = regimeChoice.equals(Regime.SBRT_SRS.title()) ? Regime.SBRT_SRS : Regime.CONVENTIONAL;
            p = p.and(e -> e.regime() == r);
        }
        return p;
    }

    static String describe(PublishedConstraint e) {
        if (e == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(e.organ()).append(" (TG-263: ").append(String.join(" | ", e.tg263())).append(")\n");
        sb.append(e.constraintText()).append(" — ").append(e.regimeText());
        if (e.endpoint() != null) {
            sb.append(" — endpoint: ").append(e.endpoint());
        }
        sb.append('\n').append(e.sourceLabel()).append(": ").append(e.citation()).append('\n');
        sb.append("Provenance: ").append(e.provenance().label());
        if (e.secondary()) {
            sb.append(" — verify against the paper before relying on it");
        }
        if (e.regime() == Regime.SBRT_SRS && e.fractions() != null && e.metric().kind().yieldsDose() && !e.relativeToPrescription()) {
            String structure = e.tg263().get(0);
            double eqd2 = Eqd2.eqd2(e.limit().inGy().value(), e.fractions(), AlphaBeta.late(structure));
            sb.append("\nEQD2: ").append(Eqd2.gy(eqd2)).append(" Gy in 2-Gy fractions (").append(AlphaBeta.basis(structure)).append(')');
        }
        return sb.toString();
    }

    private static TableColumn<PublishedConstraint, String> column(String title, double width,
                                                                  Function<PublishedConstraint, String> value) {
        TableColumn<PublishedConstraint, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 40 ? null : new Tooltip(item));
            }
        });
        return c;
    }

    // For tests and hosts that want to drive the pane.
    TextField searchField() {
        return search;
    }

    TableView<PublishedConstraint> table() {
        return table;
    }

    ComboBox<String> regimeChoice() {
        return regime;
    }
}
