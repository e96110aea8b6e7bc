package org.imrtreview.ui.worklist;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.imrtreview.model.Request;
import org.imrtreview.store.worklist.Turnaround;
import org.imrtreview.store.worklist.WorklistEntry;
import org.imrtreview.ui.common.ReusedTooltip;

/** The worklist screen: filter box, "open cases only", and the table of cases by time to breach. */
public final class WorklistView extends BorderPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WorklistViewModel vm;
    private final TableView<WorklistEntry> table = new TableView<>();
    private final TextField filter = new TextField();
    private final SortedList<WorklistEntry> sorted;
    private final Label hint = new Label();
    private java.nio.file.Path hintFor;
    private final Label workspaceLabel = new Label();

    public WorklistView(WorklistViewModel vm, Consumer<Path> open) {
        this.vm = vm;
        getStyleClass().add("worklist");
        table.setId("worklistTable");
        sorted = new SortedList<>(vm.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        // Next from a case the filter hides now (decided, with "Open cases only") goes on from its place (0451)
        vm.setFullOrder(() -> {
            java.util.List<WorklistEntry> all = new java.util.ArrayList<>(vm.entries());
            if (sorted.getComparator() != null) {
                all.sort(sorted.getComparator());
            }
            return all;
        });
        table.setItems(sorted);
        // the columns share the width themselves (shareWidth): the constrained policies grew every column
        // past its preferred width and pushed the last ones (Status, Assigned to) off a 1366 px window
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No cases here. Use File ▸ Open workspace… or drop a case folder or files onto the window."));

        TableColumn<WorklistEntry, String> member = text("Member", 130, e -> e.member() == null ? e.caseName() : e.member());
        member.setCellFactory(c -> new WrappingCell());
        table.getColumns().add(member);
        table.getColumns().add(text("Member ID", 110, WorklistEntry::memberId));
        TableColumn<WorklistEntry, String> requestId = text("Request ID", 130, WorklistEntry::requestId);
        requestId.setCellFactory(c -> new RequestIdCell(vm));
        table.getColumns().add(requestId);
        // two submissions of one member can look alike (samples 03 and 11): the folder tells them apart
        TableColumn<WorklistEntry, String> folderColumn = text("Case folder", 120, WorklistEntry::caseName);
        folderColumn.setCellFactory(c -> new WrappingCell() {
            private final ReusedTooltip tooltip = new ReusedTooltip();

            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
                setTooltip(empty ? null : tooltip.with(name));
            }
        });
        table.getColumns().add(folderColumn);
        // names, folders, plans and assignees wrap; IDs, times and the status keep their width, so that at
        // 1366 px every column, the status ("Awaiting physician", "Peer-to-peer") and with a team store the
        // assignee included, fits without running past the window (issue 18)
        TableColumn<WorklistEntry, String> plan = text("Plan", 100, e -> e.line() == null ? null : switch (e.line()) {
            case COMMERCIAL -> "Commercial";
            case MEDICARE_ADVANTAGE -> "Medicare Advantage";
            case MEDICAID -> "Medicaid";
        });
        plan.setCellFactory(c -> new WrappingCell());
        table.getColumns().add(plan);
        TableColumn<WorklistEntry, String> urgency = text("Urgency", 85,
                e -> e.urgency() == null ? null : e.urgency() == Request.Urgency.EXPEDITED ? "Expedited" : "Standard");
        table.getColumns().add(urgency);
        // the received time is the Due cell's tooltip: its column's room went to the recommendation and
        // the decision (decision 0246), and the deadline and time left are what the nurse sorts by
        // the deadline wraps between its date and its time when the row is short of room (the team's worklist
        // at 1366 px, with Recommendation, Decision and Assigned to: decision 0315); each stays whole
        TableColumn<WorklistEntry, OffsetDateTime> due = time("Due", WorklistEntry::dueAt);
        table.getColumns().add(due);
        TableColumn<WorklistEntry, Duration> left = new TableColumn<>("Time left");
        left.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().timeLeft(vm.nowProperty().get())));
        left.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        left.setCellFactory(c -> new TimeLeftCell());
        left.setPrefWidth(110);
        left.setMinWidth(90); // FitColumns widens it to what its text needs
        table.getColumns().add(left);
        // the status says so too when the decision that stands was recorded on another recommendation than the
        // case's current one (decision 0468): on a second line, so the column keeps its width
        TableColumn<WorklistEntry, String> status = text("Status", 120, e -> statusText(e, vm.recommendation(e.folder())));
        status.setId("statusColumn");
        status.setCellFactory(c -> new StatusCell());
        // what the last evaluation recommended while it still holds, and what the nurse decided (decision
        // 0246); with a team store both are checked against the work the store keeps (decision 0315)
        TableColumn<WorklistEntry, String> recommendation = text("Recommendation", 120, e -> vm.recommendation(e.folder()).text());
        recommendation.setId("recommendationColumn");
        recommendation.setCellFactory(c -> new RecommendationCell(vm));
        table.getColumns().add(recommendation);
        TableColumn<WorklistEntry, String> decision = text("Decision", 100, e -> e.decision() == null ? null
                : decisionText(e, vm.recommendation(e.folder())));
        decision.setId("decisionColumn");
        decision.setCellFactory(c -> new DecisionCell(vm));
        table.getColumns().add(decision);
        vm.recommendations().addListener((javafx.collections.MapChangeListener<Path, org.imrtreview.store.worklist.Recommendation>)
                ch -> refreshWhenShown());
        table.getColumns().add(status);
        TableColumn<WorklistEntry, String> assigned = null;
        if (vm.hasTeam()) {
            // the team store's part of the line: who the case is assigned to and who is editing it now
            assigned = text("Assigned to", 110, e -> {
                var row = vm.shared(e.folder());
                return row == null ? null : row.assignee() == null ? "Unassigned" : vm.nameOf(row.assignee());
            });
            assigned.setId("assigneeColumn");
            assigned.setCellFactory(c -> new AssigneeCell(vm));
            table.getColumns().add(assigned);
            vm.sharedRows().addListener((javafx.collections.MapChangeListener<Path, org.imrtreview.store.db.CaseRecord>) ch -> table.refresh());
        }

        table.setRowFactory(t -> {
            TableRow<WorklistEntry> row = new TableRow<>() {
                private final ReusedTooltip tooltip = new ReusedTooltip();

                @Override
                protected void updateItem(WorklistEntry item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(!empty && item != null ? tooltip.with(item.problem()) : null);
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().folder());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem().folder());
                e.consume();
            }
        });

        filter.setId("worklistFilter");
        filter.setPromptText("Filter: member, ID, request ID, status… (Ctrl+F)");
        filter.setPrefColumnCount(28);
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        // Enter in the filter: the only match opens; with several, the first is selected for the arrow keys
        filter.setOnAction(e -> {
            if (sorted.size() == 1) {
                open.accept(sorted.get(0).folder());
            } else if (!sorted.isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                table.getFocusModel().focus(0);
            }
        });
        CheckBox openOnly = new CheckBox("Open cases only");
        openOnly.selectedProperty().bindBidirectional(vm.openOnlyProperty());
        CheckBox physicianOnly = new CheckBox("Physician review");
        physicianOnly.setId("physicianFilter");
        physicianOnly.setTooltip(new javafx.scene.control.Tooltip(
                "Only the cases referred to a physician reviewer: awaiting the physician or a peer-to-peer"));
        physicianOnly.selectedProperty().bindBidirectional(vm.physicianOnlyProperty());
        Label title = new Label("Worklist");
        title.getStyleClass().add("pane-title");
        workspaceLabel.getStyleClass().add("text-muted");
        workspaceLabel.setMinWidth(0);
        vm.folderProperty().addListener((o, a, f) -> workspaceLabel.setText(f == null ? "" : f.toString()));
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.visible().size() + " of " + vm.entries().size() + " cases", vm.visible(), vm.entries()));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(10, title, workspaceLabel, spring, count, openOnly, physicianOnly);
        HBox teamBar = null;
        if (vm.hasTeam()) {
            CheckBox unassigned = new CheckBox("Unassigned");
            unassigned.setId("unassignedFilter");
            unassigned.setTooltip(new Tooltip("Only the cases nobody has taken yet: the team's queue"));
            unassigned.selectedProperty().bindBidirectional(vm.unassignedOnlyProperty());
            CheckBox mine = new CheckBox("Mine");
            mine.setId("mineFilter");
            mine.setTooltip(new Tooltip("Only the cases assigned to you"));
            mine.selectedProperty().bindBidirectional(vm.mineOnlyProperty());
            javafx.scene.control.Button assignToMe = new javafx.scene.control.Button("Assign to me");
            assignToMe.setId("assignToMe");
            assignToMe.setTooltip(new Tooltip("Take the selected case into your queue (a lead may also take a colleague's)"));
            assignToMe.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            assignToMe.setOnAction(e -> vm.assignToMe(table.getSelectionModel().getSelectedItem(), () -> { }));
            // a lead gives the selected case to a colleague (shown to leads only; the store checks and audits it)
            javafx.scene.control.MenuButton assignTo = new javafx.scene.control.MenuButton("Assign to");
            assignTo.setId("assignTo");
            assignTo.setTooltip(new Tooltip("Give the selected case to a nurse or physician of the team (a lead)"));
            assignTo.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            assignTo.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.assignable()));
            assignTo.managedProperty().bind(assignTo.visibleProperty());
            Runnable fill = () -> assignTo.getItems().setAll(vm.assignable().entrySet().stream().map(r -> {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(r.getValue());
                item.setId("assignTo-" + r.getKey());
                item.setOnAction(e -> vm.assign(table.getSelectionModel().getSelectedItem(), r.getKey(), () -> { }));
                return item;
            }).toList());
            vm.assignable().addListener((javafx.collections.MapChangeListener<String, String>) ch -> fill.run());
            fill.run();
            for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {unassigned, mine, assignToMe, assignTo}) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
            // the team's queue controls get a row of their own: on one row with the filters every label
            // was cut at 1280-1366 px ("Open ca…", "Physicia…")
            teamBar = new HBox(10, unassigned, mine, assignToMe, assignTo);
            teamBar.setId("teamBar");
            teamBar.setAlignment(Pos.CENTER_LEFT);
            teamBar.getStyleClass().add("pane-header");
        }
        bar.getChildren().add(filter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-header");
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {title, count, openOnly, physicianOnly}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        hint.setId("worklistHint");
        hint.setWrapText(true);
        hint.getStyleClass().add("worklist-hint");
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        // said of one workspace only: another one opened takes it away (decision 0452)
        vm.folderProperty().addListener((o, a, f) -> {
            if (f == null || hintFor == null || !f.toAbsolutePath().normalize().equals(hintFor.toAbsolutePath().normalize())) {
                hint.setText("");
                hintFor = null;
            }
        });
        javafx.scene.layout.VBox top = teamBar == null ? new javafx.scene.layout.VBox(bar, hint)
                : new javafx.scene.layout.VBox(bar, teamBar, hint);
        setTop(top);
        setCenter(table);
        vm.nowProperty().addListener((o, a, b) -> refreshWhenShown());
        // behind the case screen the list is not redrawn for each case evaluated or minute passed: once,
        // as it comes back in front (decision 0313)
        visibleProperty().addListener((o, was, now) -> {
            if (now && refreshWaiting) {
                refreshWaiting = false;
                table.refresh();
            }
            if (now && shareWaiting) {
                shareWaiting = false;
                shareNow.run();
            }
        });
        // IDs, dates, time left and status stay whole; names and folders wrap (issue 13)
        // the status too, between its words and only when the row is short of room (decision 0660): at 1280 px
        // "Awaiting physician" ran past the window's edge, behind a sideways scroll bar
        java.util.Set<TableColumn<WorklistEntry, ?>> wrapping = new java.util.HashSet<>(java.util.Set.of(member, folderColumn, plan, due,
                status));
        for (TableColumn<WorklistEntry, ?> c : java.util.Arrays.asList(assigned, decision, recommendation)) {
            if (c != null) {
                wrapping.add(c);
            }
        }
        org.imrtreview.ui.common.FitColumns.apply(table, wrapping);
        java.util.Map<TableColumn<WorklistEntry, ?>, Double> designed = new java.util.HashMap<>();
        wrapping.forEach(c -> designed.put(c, c.getPrefWidth()));
        shareNow = () -> javafx.application.Platform.runLater(() -> shareWidth(designed, java.util.List.of(status, due)));
        // behind the case screen the columns are not shared out after each layout (every case opened lays the
        // hidden table out again): once, as the list comes back in front (decision 0390)
        Runnable share = () -> {
            if (isVisible() || REFRESH_HIDDEN) {
                shareNow.run();
            } else {
                shareWaiting = true;
            }
        };
        table.widthProperty().addListener((o, a, b) -> share.run());
        table.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now) {
                share.run();
            }
        });
    }

    /**
     * Rebuilds the rows' cells now while the list is shown, else once it is shown again: a table behind
     * the case screen is still laid out (JavaFX lays out hidden nodes), and every case evaluated there
     * rebuilt every visible row of it (decision 0313). {@code -Dimrt.refreshHiddenWorklist=true}: now,
     * always, as before (to measure against).
     */
    private void refreshWhenShown() {
        if (isVisible() || REFRESH_HIDDEN) {
            table.refresh();
        } else {
            refreshWaiting = true;
        }
    }

    private static final boolean REFRESH_HIDDEN = Boolean.getBoolean("imrt.refreshHiddenWorklist");
    private boolean refreshWaiting;
    private boolean shareWaiting;
    private Runnable shareNow;

    /** Whether the list waits to be shown to rebuild its rows (tests). */
    public boolean refreshWaiting() {
        return refreshWaiting;
    }

    /**
     * The columns that keep their text whole (IDs, times, status) take what they need; the wrapping ones
     * (member, folder, plan, assignee) share the rest, never below their header's width — so the row fits
     * the window (no column past its edge) and a wide window gives the names the room. A wrapping column
     * whose longest shown text fits in less than its proportional share takes only that, and the others
     * share what it leaves: at 1600 px the folder ("06-esophagus-answer-mismatch-not-met") no longer wraps
     * while the member's column has room to spare. When even that does not fit, they share in the
     * proportions they were designed with and wrap.
     */
    private void shareWidth(java.util.Map<TableColumn<WorklistEntry, ?>, Double> all, java.util.List<TableColumn<WorklistEntry, ?>> lastToWrap) {
        if (table.getWidth() <= 0) {
            return;
        }
        double available = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - scrollBarRoom();
        double fixed = 0;
        for (TableColumn<WorklistEntry, ?> c : table.getColumns()) {
            if (!all.containsKey(c)) {
                fixed += c.getWidth();
            }
        }
        java.util.Map<TableColumn<WorklistEntry, ?>, Double> designed = new java.util.HashMap<>(all);
        java.util.Map<TableColumn<WorklistEntry, ?>, Double> need = textWidths(designed.keySet());
        // a column with nothing shown (no decision recorded yet) needs its header's width, not a share
        designed.keySet().forEach(c -> need.putIfAbsent(c, c.getMinWidth()));
        // the status, then the deadline, wrap only when the others cannot give them room down to their minimums
        // (decisions 0315, 0660): at 1366 px without a team store both stay on one line while names and folders wrap
        java.util.Map<TableColumn<WorklistEntry, ?>, Double> allWords = longestWords(designed.keySet());
        for (TableColumn<WorklistEntry, ?> whole : lastToWrap) {
            double othersLeast = designed.keySet().stream().filter(c -> c != whole).mapToDouble(c -> Math.max(c.getMinWidth(),
                    Math.min(designed.get(c), allWords.getOrDefault(c, 0.0)))).sum();
            // never below its header's width: a Status of "New" only is narrower than "Status"
            Double oneLine = need.get(whole) == null ? null : Math.max(need.get(whole), whole.getMinWidth());
            if (designed.containsKey(whole) && oneLine != null && available - fixed - oneLine >= othersLeast) {
                designed.remove(whole);
                fixed += oneLine;
                if (Math.abs(whole.getPrefWidth() - Math.ceil(oneLine)) >= 1) {
                    whole.setPrefWidth(Math.ceil(oneLine));
                }
            }
        }
        java.util.Map<TableColumn<WorklistEntry, ?>, Double> target = share(designed, need, available - fixed);
        // a column gives back room down to its header's width and its longest word (at most its designed
        // width): "Commercial" must not wrap as "Commerci al" to make room for another column
        java.util.Map<TableColumn<WorklistEntry, ?>, Double> words = longestWords(designed.keySet());
        java.util.Map<TableColumn<WorklistEntry, ?>, Double> min = new java.util.HashMap<>();
        target.keySet().forEach(c -> min.put(c, Math.max(c.getMinWidth(), Math.min(designed.get(c), words.getOrDefault(c, 0.0)))));
        target = withinMinimums(target, min, available - fixed);
        for (var e : target.entrySet()) {
            double width = Math.floor(Math.max(e.getKey().getMinWidth(), e.getValue()));
            if (Math.abs(e.getKey().getPrefWidth() - width) >= 1) {
                e.getKey().setPrefWidth(width);
            }
        }
    }

    /**
     * Widths for the wrapping columns out of {@code room}: each gets what its text needs when all fit, plus
     * a designed share of what is left; otherwise the columns needing less than their share get what they
     * need and the rest share the remainder by design (they wrap).
     */
    static <K> java.util.Map<K, Double> share(java.util.Map<K, Double> designed, java.util.Map<K, Double> need, double room) {
        java.util.Map<K, Double> out = new java.util.HashMap<>();
        java.util.Set<K> open = new java.util.HashSet<>(designed.keySet());
        double left = room;
        boolean settled = false;
        while (!settled && !open.isEmpty()) {
            settled = true;
            double designedOpen = open.stream().mapToDouble(designed::get).sum();
            for (K k : java.util.List.copyOf(open)) {
                double n = need.getOrDefault(k, Double.MAX_VALUE);
                if (n <= designed.get(k) * left / designedOpen) {
                    out.put(k, n);
                    open.remove(k);
                    left -= n;
                    settled = false;
                }
            }
        }
        if (open.isEmpty()) {
            // everything fits on one line: the spare width goes out in the designed proportions
            double designedTotal = designed.values().stream().mapToDouble(Double::doubleValue).sum();
            double spare = Math.max(0, left);
            out.replaceAll((k, w) -> w + designed.get(k) * spare / designedTotal);
        } else {
            double designedOpen = open.stream().mapToDouble(designed::get).sum();
            for (K k : open) {
                out.put(k, designed.get(k) * Math.max(0, left) / designedOpen);
            }
        }
        return out;
    }

    /**
     * The vertical scroll bar's width when it shows (rows past the bottom), and the focused row's outline (2 px
     * each side, which widens that row): without this room a 2 px horizontal scroll bar showed under a
     * worklist at 1920 px whose rows all fitted.
     */
    private double scrollBarRoom() {
        for (javafx.scene.Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                return bar.isVisible() ? Math.max(bar.getWidth(), 14) + 4 : 5;
            }
        }
        return 18;
    }

    /**
     * The shares raised to each column's minimum (its header's width), and what that costs taken back from
     * the columns above their minimum in proportion to their slack: a long header ("Recommendation") no
     * longer pushes the last column past the window's edge at 1366 px.
     */
    static <K> java.util.Map<K, Double> withinMinimums(java.util.Map<K, Double> target, java.util.Map<K, Double> min, double room) {
        java.util.Map<K, Double> out = new java.util.HashMap<>();
        target.forEach((k, w) -> out.put(k, Math.max(min.getOrDefault(k, 0.0), w)));
        double excess = out.values().stream().mapToDouble(Double::doubleValue).sum() - room;
        double slack = out.entrySet().stream().mapToDouble(e -> e.getValue() - min.getOrDefault(e.getKey(), 0.0)).sum();
        if (excess <= 0 || slack <= 0) {
            return out;
        }
        double take = Math.min(1, excess / slack);
        out.replaceAll((k, w) -> w - (w - min.getOrDefault(k, 0.0)) * take);
        return out;
    }

    /** The width of the longest word (between spaces) each column shows. */
    private java.util.Map<TableColumn<WorklistEntry, ?>, Double> longestWords(java.util.Set<TableColumn<WorklistEntry, ?>> columns) {
        java.util.Map<TableColumn<WorklistEntry, ?>, Double> out = new java.util.HashMap<>();
        for (javafx.scene.Node n : table.lookupAll(".table-cell")) {
            if (!(n instanceof TableCell<?, ?> cell) || cell.isEmpty() || cell.getText() == null || cell.getText().isBlank()
                    || !columns.contains(cell.getTableColumn())) {
                continue;
            }
            for (String word : cell.getText().strip().split("\\s+")) {
                javafx.scene.text.Text probe = new javafx.scene.text.Text(word);
                probe.setFont(cell.getFont());
                double width = Math.ceil(probe.getLayoutBounds().getWidth() + cell.snappedLeftInset() + cell.snappedRightInset() + 6);
                @SuppressWarnings("unchecked")
                TableColumn<WorklistEntry, ?> column = (TableColumn<WorklistEntry, ?>) cell.getTableColumn();
                out.merge(column, width, Math::max);
            }
        }
        return out;
    }

    /** The width the longest shown text of each column needs on one line (columns with no shown text: absent). */
    private java.util.Map<TableColumn<WorklistEntry, ?>, Double> textWidths(java.util.Set<TableColumn<WorklistEntry, ?>> columns) {
        java.util.Map<TableColumn<WorklistEntry, ?>, Double> out = new java.util.HashMap<>();
        for (javafx.scene.Node n : table.lookupAll(".table-cell")) {
            if (!(n instanceof TableCell<?, ?> cell) || cell.isEmpty() || cell.getText() == null || cell.getText().isBlank()
                    || !columns.contains(cell.getTableColumn())) {
                continue;
            }
            javafx.scene.text.Text probe = new javafx.scene.text.Text(cell.getText());
            probe.setFont(cell.getFont());
            double width = Math.ceil(probe.getLayoutBounds().getWidth() + cell.snappedLeftInset() + cell.snappedRightInset() + 6);
            @SuppressWarnings("unchecked")
            TableColumn<WorklistEntry, ?> column = (TableColumn<WorklistEntry, ?>) cell.getTableColumn();
            out.merge(column, width, Math::max);
        }
        return out;
    }

    private static TableColumn<WorklistEntry, String> text(String title, double width,
                                                           java.util.function.Function<WorklistEntry, String> value) {
        TableColumn<WorklistEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(org.imrtreview.logging.VisibleText.escape(value.apply(d.getValue()))));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<WorklistEntry, OffsetDateTime> time(String title,
                                                                  java.util.function.Function<WorklistEntry, OffsetDateTime> value) {
        TableColumn<WorklistEntry, OffsetDateTime> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.comparing(OffsetDateTime::toInstant)));
        c.setCellFactory(col -> new TableCell<>() {
            private final ReusedTooltip tooltip = new ReusedTooltip();

            {
                setWrapText(true);
            }

            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width < 0 && getTableColumn() != null ? getTableColumn().getWidth() : width);
            }

            @Override
            protected void updateItem(OffsetDateTime t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty ? null : t == null ? "—" : WHEN.format(t));
                WorklistEntry e = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(e == null || e.receivedAt() == null ? null : tooltip.with("Received " + WHEN.format(e.receivedAt())));
            }
        });
        c.setPrefWidth(130);
        return c;
    }

    private static final class TimeLeftCell extends TableCell<WorklistEntry, Duration> {
        @Override
        protected void updateItem(Duration left, boolean empty) {
            super.updateItem(left, empty);
            getStyleClass().removeAll("due-overdue", "due-soon");
            WorklistEntry e = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || e == null) {
                setText(null);
                return;
            }
            if (e.status().closed()) {
                setText("done");
                return;
            }
            setText(Turnaround.describe(left));
            if (left != null && left.isNegative()) {
                getStyleClass().add("due-overdue");
            } else if (left != null && left.toHours() < 24) {
                getStyleClass().add("due-soon");
            }
        }
    }

    /** The request ID, marked when another case folder holds the same request (a resubmission or a duplicate). */
    private static final class RequestIdCell extends TableCell<WorklistEntry, String> {
        private final WorklistViewModel vm;
        private final ReusedTooltip tooltip = new ReusedTooltip();

        RequestIdCell(WorklistViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            getStyleClass().remove("duplicate-request");
            WorklistEntry e = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || e == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            java.util.List<String> others = vm.sameRequestElsewhere(e);
            if (others.isEmpty()) {
                setText(id);
                setTooltip(null);
                return;
            }
            setText("⚠ " + id);
            getStyleClass().add("duplicate-request");
            setTooltip(tooltip.with("The same request ID is also in " + String.join(", ", others)
                    + ": a resubmission or a duplicate. Check which submission to decide before deciding either."));
        }
    }

    /** A cell whose text wraps and whose row grows to hold it (the width it measures at is its column's). */
    private static class WrappingCell extends TableCell<WorklistEntry, String> {
        WrappingCell() {
            setWrapText(true);
        }

        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 && getTableColumn() != null ? getTableColumn().getWidth() : width);
        }

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            setText(empty ? null : name);
        }
    }

    /** Who the case is assigned to, and — marked — who is editing it now (the store's lock). */
    private static final class AssigneeCell extends WrappingCell {
        private final WorklistViewModel vm;
        private final ReusedTooltip tooltip = new ReusedTooltip();

        AssigneeCell(WorklistViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            getStyleClass().remove("text-muted");
            WorklistEntry e = getTableRow() == null ? null : getTableRow().getItem();
            var row = e == null ? null : vm.shared(e.folder());
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            if (row.assignee() == null) {
                getStyleClass().add("text-muted");
            }
            var lock = row.lock();
            setText(lock == null ? name : name + " · ✎ " + vm.nameOf(lock.owner()));
            setTooltip(lock == null ? null : tooltip.with("Being edited by " + vm.nameOf(lock.owner()) + " since "
                    + WHEN.format(lock.takenAt().atZone(java.time.ZoneId.systemDefault()))));
        }
    }

    /** The nurse's decision in short words, marked when it went against the recommendation. */
    static String decisionText(org.imrtreview.store.DecisionRecord d) {
        String words = switch (d.decision()) {
            case APPROVE -> "Approve";
            case REQUEST_INFO -> "Request info";
            case REFER -> "Refer to physician";
        };
        return d.overridesRecommendation() ? words + " (override)" : words;
    }

    /**
     * The decision's words, "(case changed since)" when the case's current recommendation is not the one it
     * was recorded on: no letter follows it until she records it again (decision 0450).
     */
    static String decisionText(WorklistEntry e, org.imrtreview.store.worklist.Recommendation now) {
        org.imrtreview.store.DecisionRecord d = e.decision();
        String physician = physicianText(e);
        if (physician != null) {
            return changedSince(e, now) ? physician + " (case changed since)" : physician + " (physician)";
        }
        return changedSince(e, now) ? decisionText(d).replace(" (override)", "") + " (case changed since)" : decisionText(d);
    }

    /**
     * On a referred case the physician reviewer's step once she took it (decision 0473): "Denial upheld",
     * "Overturned: approved", "Peer-to-peer requested" — the case's status is her latest step's (the store's
     * status on a team, the saved work's at one desk), so the line says what the team decided, not only that
     * the nurse referred it. Null before she acted.
     */
    static String physicianText(WorklistEntry e) {
        if (e.decision() == null || e.decision().decision() != org.imrtreview.store.NurseDecision.REFER) {
            return null;
        }
        for (org.imrtreview.store.PhysicianAction a : org.imrtreview.store.PhysicianAction.values()) {
            if (a.status() == e.status()) {
                return a.done();
            }
        }
        return null;
    }

    /**
     * The status, with "case changed" on a second line while the decision that stands (the nurse's, or the
     * physician reviewer's once she decided) was recorded on another recommendation than the case gives now:
     * "Approved" alone read as if the approval could go out (decision 0468).
     */
    static final String CASE_CHANGED = " \u2014 case changed";

    static final String FILES_CHANGED = " \u2014 files changed";

    static String statusText(WorklistEntry e, org.imrtreview.store.worklist.Recommendation now) {
        return e.status().title() + (changedSince(e, now) ? CASE_CHANGED : filesChangedSince(e, now) ? FILES_CHANGED : "");
    }

    /**
     * Whether a case she worked on (not a new one) has files that changed since its last evaluation, as the minute
     * tick found from names, sizes and times and then the changed case's bytes (decision 0582): its decision, or
     * the work in progress, stands on files that are no longer there as they were.
     */
    static boolean filesChangedSince(WorklistEntry e, org.imrtreview.store.worklist.Recommendation now) {
        return e.status() != org.imrtreview.store.ReviewStatus.NEW && now != null
                && now.kind() == org.imrtreview.store.worklist.Recommendation.Kind.FILES_CHANGED;
    }

    /** Whether the case's current recommendation is known and not the one its standing decision was recorded on. */
    static boolean changedSince(WorklistEntry e, org.imrtreview.store.worklist.Recommendation now) {
        return e.decision() != null && now != null && now.kind() == org.imrtreview.store.worklist.Recommendation.Kind.CURRENT
                && now.determination() != null && now.determination() != e.decidedOn();
    }

    /** The recommendation as the worklist knows it; muted, with the reason, when it is not known. */
    private static final class RecommendationCell extends WrappingCell {
        private final WorklistViewModel vm;
        private final ReusedTooltip tooltip = new ReusedTooltip();

        RecommendationCell(WorklistViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeAll("text-muted", "recommendation-met", "recommendation-not-met", "recommendation-incomplete");
            WorklistEntry e = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || e == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            org.imrtreview.store.worklist.Recommendation r = vm.recommendation(e.folder());
            setText(r.text());
            setTooltip(tooltip.with(r.explanation()));
            getStyleClass().add(r.determination() == null ? "text-muted" : switch (r.determination()) {
                case CRITERIA_MET -> "recommendation-met";
                case CRITERIA_NOT_MET -> "recommendation-not-met";
                case INCOMPLETE -> "recommendation-incomplete";
            });
        }
    }

    /** What the nurse decided, when and against which recommendation (tooltip). */
    private static final class DecisionCell extends WrappingCell {
        private final ReusedTooltip tooltip = new ReusedTooltip(t -> {
            t.setWrapText(true);
            t.setMaxWidth(420);
        });
        private final WorklistViewModel vm;

        DecisionCell(WorklistViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().remove("decision-override");
            WorklistEntry e = getTableRow() == null ? null : getTableRow().getItem();
            org.imrtreview.store.DecisionRecord d = e == null ? null : e.decision();
            if (empty || d == null) {
                setTooltip(null);
                return;
            }
            StringBuilder tip = new StringBuilder(d.decision().title());
            if (d.at() != null) {
                tip.append(", recorded ").append(WHEN.format(d.at().atZone(java.time.ZoneId.systemDefault())));
            }
            if (d.user() != null && !d.user().isBlank()) {
                tip.append(" by ").append(org.imrtreview.logging.VisibleText.escape(d.user()));
            }
            org.imrtreview.store.worklist.Recommendation now = vm.recommendation(e.folder());
            if (changedSince(e, now)) {
                getStyleClass().add("decision-override");
                boolean physician = e.status() == org.imrtreview.store.ReviewStatus.DENIED
                        || d.decision() == org.imrtreview.store.NurseDecision.REFER && e.status() == org.imrtreview.store.ReviewStatus.APPROVED;
                tip.append(physician ? "; the physician reviewer decided" : "")
                        .append(", when the recommendation was “").append(e.decidedOn() == null ? "none" : e.decidedOn().title())
                        .append("”; it is now “").append(now.determination().title())
                        .append(physician ? "”. The physician reviewer sees what changed and decides again: until then no letter follows it"
                                : "”. Open the case, see what changed and record your decision again: until then no letter follows it");
            } else if (d.overridesRecommendation()) {
                getStyleClass().add("decision-override");
                tip.append(", against the recommendation “").append(d.recommendation().title()).append('”');
                if (d.reason() != null && !d.reason().isBlank()) {
                    tip.append(". Reason: ").append(org.imrtreview.logging.VisibleText.escape(d.reason()));
                }
            }
            setTooltip(tooltip.with(tip.append('.').toString()));
        }
    }

    private static final class StatusCell extends TableCell<WorklistEntry, String> {
        StatusCell() {
            setWrapText(true);
        }

        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 && getTableColumn() != null ? getTableColumn().getWidth() : width);
        }

        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            getStyleClass().removeIf(c -> c.startsWith("status-"));
            WorklistEntry e = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || e == null) {
                setText(null);
                return;
            }
            // "case changed" (decision 0468) in the warning colour, as in the case's header, on its own line: the
            // column keeps the width of its longest status ("Awaiting physician")
            // "files changed" likewise (decision 0582)
            String marker = s == null ? null : s.endsWith(CASE_CHANGED) ? CASE_CHANGED : s.endsWith(FILES_CHANGED) ? FILES_CHANGED : null;
            setText(marker != null ? s.substring(0, s.length() - marker.length()) + "\n" + marker.substring(3) : s);
            getStyleClass().add(marker != null ? "status-outdated"
                    : "status-" + e.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    /** The cases in the order shown (for next/previous case). */
    /**
     * A line under the worklist's header about the workspace {@code folder} (the bundled samples on a first
     * start: what they are and what to do), shown while it is the workspace (decision 0452).
     */
    public void showHint(java.nio.file.Path folder, String text) {
        hintFor = folder;
        hint.setText(text == null ? "" : text);
    }

    /** The line under the header ({@link #showHint}); empty when none. */
    public Label hint() {
        return hint;
    }

    public java.util.List<WorklistEntry> shownOrder() {
        return java.util.List.copyOf(sorted);
    }

    public TableView<WorklistEntry> table() {
        return table;
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public void select(Path caseFolder) {
        for (WorklistEntry e : sorted) {
            if (e.folder().equals(caseFolder)) {
                table.getSelectionModel().select(e);
                table.scrollTo(e);
                return;
            }
        }
    }
}
