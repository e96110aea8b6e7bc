package org.imrtreview.ui.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.imrtreview.logging.VisibleText;
import org.imrtreview.store.db.AuditEvent;
import org.imrtreview.ui.common.DialogService;
import org.imrtreview.ui.common.TaskExecutor;

/**
 * Tools ▸ Audit trail (an auditor or a lead, on the team store): whether the whole hash chain verifies, the
 * events of the store or of one case filtered by reviewer, kind and days, and their export as CSV or JSON
 * for an auditor who checks it elsewhere ({@code audit verify --export}). Read-only: nothing here changes
 * the trail. The state is {@link AuditTrailViewModel}'s; the controls only bind.
 */
public final class AuditTrailPane extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private final AuditTrailViewModel vm;
    private final TableView<AuditEvent> table = new TableView<>();
    private final Label chain = new Label();
    private final Label status = new Label();
    private final ComboBox<String> format = new ComboBox<>();

    public AuditTrailPane(AuditTrailViewModel vm, DialogService dialogs, TaskExecutor tasks, Clock clock, Supplier<Path> exportFolder) {
        this.vm = vm;
        setId("auditTrailPane");
        getStyleClass().add("audit-trail-pane");

        chain.setId("auditChainStatus");
        chain.getStyleClass().add("determination-badge");
        chain.setWrapText(true);
        chain.setMaxWidth(Double.MAX_VALUE);
        chain.textProperty().bind(vm.chainProperty());
        vm.chainStateProperty().addListener((o, a, s) -> styleChain(s));
        styleChain(vm.chainStateProperty().get());
        Button verify = new Button("Verify again");
        verify.setId("auditVerify");
        verify.setTooltip(new Tooltip("Recompute every link of the chain, as 'audit verify' does"));
        verify.setOnAction(e -> vm.verify());
        verify.setMinWidth(Region.USE_PREF_SIZE);
        Button showBroken = new Button();
        showBroken.setId("auditShowBroken");
        showBroken.textProperty().bind(javafx.beans.binding.Bindings.concat("Show event ", vm.firstBrokenProperty()));
        showBroken.setTooltip(new Tooltip("The page of the trail that begins with the first broken event (filters cleared)"));
        showBroken.visibleProperty().bind(vm.firstBrokenProperty().greaterThan(0));
        showBroken.managedProperty().bind(showBroken.visibleProperty());
        showBroken.setOnAction(e -> vm.showFirstBroken());
        showBroken.setMinWidth(Region.USE_PREF_SIZE);
        chain.setMinWidth(0);
        HBox.setHgrow(chain, Priority.ALWAYS);
        HBox top = new HBox(8, chain, showBroken, verify);
        top.setAlignment(Pos.CENTER_LEFT);

        ComboBox<AuditTrailViewModel.Choice> caseBox = choice("auditCase", vm.cases(), vm.caseKeyProperty(), 230);
        ComboBox<AuditTrailViewModel.Choice> actorBox = choice("auditActor", vm.actors(), vm.actorProperty(), 180);
        ComboBox<AuditTrailViewModel.Choice> kindBox = choice("auditKind", vm.actions(), vm.actionProperty(), 170);
        DatePicker from = new DatePicker();
        from.setId("auditFrom");
        from.setPromptText("from day");
        from.setPrefWidth(125);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("auditTo");
        to.setPromptText("to day");
        to.setPrefWidth(125);
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button clear = new Button("Clear filters");
        clear.setId("auditClear");
        clear.setOnAction(e -> {
            vm.caseKeyProperty().set(vm.cases().get(0));
            vm.actorProperty().set(vm.actors().get(0));
            vm.actionProperty().set(vm.actions().get(0));
            vm.fromProperty().set(null);
            vm.toProperty().set(null);
        });
        Button refresh = new Button("Refresh");
        refresh.setId("auditRefresh");
        refresh.setTooltip(new Tooltip("Read the newest events the filters select again"));
        refresh.setOnAction(e -> vm.refresh());
        Label utc = new Label("days and times in UTC");
        utc.setId("auditZone");
        utc.getStyleClass().add("text-muted");
        utc.setTooltip(new Tooltip("The trail's days run midnight to midnight UTC, the last day included — the same days"
                + " 'audit export --from … --to …' and 'report' take. Each row's tooltip gives the time here too."));
        FlowPane filters = new FlowPane(8, 6, label("Case", caseBox), label("Reviewer", actorBox), label("Event", kindBox),
                label("From", from), label("to", to), utc, clear, refresh);
        filters.setAlignment(Pos.CENTER_LEFT);
        for (var p : java.util.List.of(vm.caseKeyProperty(), vm.actorProperty(), vm.actionProperty())) {
            p.addListener((o, a, b) -> vm.refresh());
        }
        vm.fromProperty().addListener((o, a, b) -> vm.refresh());
        vm.toProperty().addListener((o, a, b) -> vm.refresh());

        table.setId("auditTable");
        table.setItems(vm.events());
        // the newest page (and one reached going back) opens at its end, where it meets the later events
        vm.events().addListener((javafx.collections.ListChangeListener<AuditEvent>) c -> javafx.application.Platform.runLater(() -> {
            if (!vm.events().isEmpty()) {
                table.scrollTo(vm.showEnd() ? vm.events().size() - 1 : 0);
            }
        }));
        table.setPlaceholder(new Label("No audit events for these filters."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", 50, e -> Long.toString(e.seq())));
        table.getColumns().add(column("Time (UTC)", 165, e -> TIME.format(e.at().atZone(vm.zone()))));
        table.getColumns().add(column("Reviewer", 90, AuditEvent::actor));
        table.getColumns().add(column("Case", 230, e -> e.caseKey() == null ? "(the store)" : VisibleText.escape(e.caseKey())));
        table.getColumns().add(column("Event", 150, AuditEvent::action));
        table.getColumns().add(column("Detail", 360, e -> e.detail() == null ? "" : VisibleText.escape(e.detail())));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<AuditEvent> row = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(AuditEvent e, boolean empty) {
                    super.updateItem(e, empty);
                    getStyleClass().remove("audit-broken");
                    setTooltip(null);
                    if (e == null || empty) {
                        return;
                    }
                    if (e.seq() == vm.firstBrokenProperty().get()) {
                        getStyleClass().add("audit-broken"); // the event the chain breaks at
                    }
                    setTooltip(new Tooltip(VisibleText.escapeKeepingLines("event " + e.seq() + ", " + TIME.format(e.at().atZone(vm.zone()))
                            + " UTC (" + LOCAL.format(e.at().atZone(java.time.ZoneId.systemDefault())) + " here)"
                            + (e.detail() == null ? "" : "\n" + e.detail()) + "\nhash " + e.hash() + "\nprevious " + e.prevHash())));
                }
            };
            return row;
        });
        vm.firstBrokenProperty().addListener((o, a, b) -> table.refresh());

        status.setId("auditStatus");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(vm.statusProperty());
        format.setId("auditFormat");
        format.getItems().setAll("CSV", "JSON");
        format.setValue("CSV");
        Button export = new Button("Export these events…");
        export.setId("auditExport");
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.events()));
        export.setTooltip(new Tooltip("Every event the filters select, on every page, with every field and both hashes,"
                + " as 'audit export' writes them"));
        Button earlier = new Button("◂ Earlier");
        earlier.setId("auditEarlier");
        earlier.setTooltip(new Tooltip("The " + AuditTrailViewModel.PAGE + " events the filters select before these"));
        earlier.disableProperty().bind(vm.earlierProperty().not());
        earlier.setOnAction(e -> vm.showEarlier());
        Button later = new Button("Later ▸");
        later.setId("auditLater");
        later.setTooltip(new Tooltip("The events the filters select after these"));
        later.disableProperty().bind(vm.laterProperty().not());
        later.setOnAction(e -> vm.showLater());
        for (Button b : new Button[] {earlier, later, export}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        export.setOnAction(e -> export(dialogs, tasks, clock, exportFolder));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bottom = new HBox(8, earlier, later, status, spring, new Label("Format"), format, export);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox head = new VBox(8, top, filters);
        head.setPadding(new Insets(10, 10, 6, 10));
        bottom.setPadding(new Insets(6, 10, 10, 10));
        BorderPane.setMargin(table, new Insets(0, 10, 0, 10));
        setTop(head);
        setCenter(table);
        setBottom(bottom);
    }

    private void export(DialogService dialogs, TaskExecutor tasks, Clock clock, Supplier<Path> exportFolder) {
        boolean json = "JSON".equals(format.getValue());
        dialogs.chooseSaveLocation("Export audit events", exportFolder.get(), vm.suggestedName(LocalDate.now(clock), json),
                json ? "JSON" : "CSV", json ? ".json" : ".csv").ifPresent(file -> tasks.execute("Exporting the audit trail",
                () -> vm.export(file, json), vm::say, err -> vm.say("The export could not be written to " + file + ": "
                        + (err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage()))));
    }

    private void styleChain(AuditTrailViewModel.ChainState s) {
        chain.getStyleClass().removeAll("determination-met", "determination-not-met", "determination-none");
        chain.getStyleClass().add(switch (s) {
            case INTACT -> "determination-met";
            case BROKEN, UNREADABLE -> "determination-not-met";
            case CHECKING -> "determination-none";
        });
    }

    private static ComboBox<AuditTrailViewModel.Choice> choice(String id, javafx.collections.ObservableList<AuditTrailViewModel.Choice> items,
                                                               javafx.beans.property.ObjectProperty<AuditTrailViewModel.Choice> chosen,
                                                               double width) {
        ComboBox<AuditTrailViewModel.Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(width);
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }

    private static HBox label(String text, javafx.scene.Node control) {
        Label l = new Label(text);
        l.setLabelFor(control);
        HBox box = new HBox(4, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TableColumn<AuditEvent, String> column(String title, double width,
                                                          java.util.function.Function<AuditEvent, String> text) {
        TableColumn<AuditEvent, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }

    public AuditTrailViewModel viewModel() {
        return vm;
    }

    public TableView<AuditEvent> table() {
        return table;
    }

    public Label chainStatus() {
        return chain;
    }

    public Label status() {
        return status;
    }

    public ComboBox<String> format() {
        return format;
    }
}
