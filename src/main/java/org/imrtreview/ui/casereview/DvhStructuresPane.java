package org.imrtreview.ui.casereview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.imrtreview.dvh.PlanRoles;
import org.imrtreview.dvh.StructureMatcher;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.store.DvhChoices;

/**
 * Beside the DVH overlay: which submitted plan is 3D and which IMRT, and which structure of the DVH
 * data stands for each organ of the summary table, as found automatically — each correctable by
 * the reviewer ("PRV_Cord" is not the cord; a plan named "Plan2" is the IMRT one). A choice
 * re-evaluates the case (the DVH data then decide the row) and is saved and audited.
 */
public final class DvhStructuresPane extends VBox {
    static final String AUTOMATIC = "Automatic";

    private final CaseReviewViewModel vm;
    private final GridPane plans = new GridPane();
    private final GridPane structures = new GridPane();
    private boolean filling;

    public DvhStructuresPane(CaseReviewViewModel vm) {
        this.vm = vm;
        setId("dvhStructures");
        setSpacing(8);
        setPadding(new Insets(8));
        setPrefWidth(300);
        Label plansTitle = new Label("PLANS IN THE DVH DATA");
        plansTitle.getStyleClass().add("section-title");
        Label structuresTitle = new Label("STRUCTURE FOR EACH ORGAN");
        structuresTitle.getStyleClass().add("section-title");
        Label hint = new Label("Found automatically; correct a wrong match and the case is evaluated again.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        for (GridPane g : new GridPane[] {plans, structures}) {
            g.setHgap(6);
            g.setVgap(4);
        }
        getChildren().addAll(plansTitle, plans, structuresTitle, structures, hint);
        vm.effectiveProperty().addListener((o, a, c) -> fill(c));
    }

    /** True when the case has planning-system DVH data (the pane has something to show). */
    public static boolean applies(ReviewCase c) {
        return c != null && c.dvhCurves().stream().anyMatch(curve -> !curve.digitised());
    }

    private void fill(ReviewCase c) {
        filling = true;
        try {
            plans.getChildren().clear();
            structures.getChildren().clear();
            if (!applies(c)) {
                return;
            }
            DvhChoices choices = vm.dvhChoices();
            List<DvhCurve> exported = c.dvhCurves().stream().filter(curve -> !curve.digitised()).toList();
            List<PlanRoles.PlanEntry> automatic = PlanRoles.plans(exported, Map.of());
            int row = 0;
            for (PlanRoles.PlanEntry plan : automatic) {
                ComboBox<String> role = new ComboBox<>();
                role.setId("plan-role-" + row);
                String auto = AUTOMATIC + " (" + (plan.role() == null ? "unknown" : plan.role().label()) + ")";
                role.getItems().addAll(auto, PlanKind.THREE_D.label(), PlanKind.IMRT.label());
                PlanKind chosen = choices.planRoles().get(plan.planName());
                role.setValue(chosen == null ? auto : chosen.label());
                role.setOnAction(e -> {
                    if (!filling) {
                        vm.choosePlanRole(plan.planName(), kind(role.getValue()));
                    }
                });
                Label name = new Label(plan.planName());
                name.setTooltip(new Tooltip(org.imrtreview.logging.VisibleText.escape(plan.planName() + " — " + plan.file())
                        + (plan.inferred() ? " (role inferred: the other plan is identified)" : "")));
                name.setMaxWidth(150);
                plans.addRow(row++, name, role);
            }
            List<DvhCurve> resolved = PlanRoles.resolve(exported, choices.planRoles());
            List<String> names = exported.stream().map(DvhCurve::structure).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
            row = 0;
            List<String> organs = c.table() == null ? List.of() : c.table().rows().stream().map(SummaryRow::organ)
                    .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            for (String organ : organs) {
                String auto = automaticStructure(organ, resolved);
                ComboBox<String> pick = new ComboBox<>();
                pick.setId("structure-" + row);
                String autoLabel = AUTOMATIC + " (" + (auto == null ? "none found" : auto) + ")";
                pick.getItems().add(autoLabel);
                pick.getItems().addAll(names);
                String chosen = choices.structureForOrgan().get(organ);
                pick.setValue(chosen == null ? autoLabel : chosen);
                pick.setMaxWidth(170);
                pick.setOnAction(e -> {
                    if (!filling) {
                        String v = pick.getValue();
                        vm.chooseStructure(organ, v == null || v.startsWith(AUTOMATIC) ? null : v, auto);
                    }
                });
                Label label = new Label(organ);
                label.setMaxWidth(120);
                label.setTooltip(new Tooltip(organ));
                structures.addRow(row++, label, pick);
            }
        } finally {
            filling = false;
        }
    }

    /** The structures the automatic matching picks for an organ (3D plan first), or null. */
    static String automaticStructure(String organ, List<DvhCurve> resolved) {
        List<String> found = new ArrayList<>();
        for (PlanKind plan : new PlanKind[] {PlanKind.THREE_D, PlanKind.IMRT}) {
            Optional<StructureMatcher.Selection> s = StructureMatcher.select(organ,
                    resolved.stream().filter(c -> c.plan() == plan).toList(), Map.of());
            s.ifPresent(sel -> {
                if (!found.contains(sel.structures())) {
                    found.add(sel.structures());
                }
            });
        }
        return found.isEmpty() ? null : String.join(" / ", found);
    }

    private static PlanKind kind(String label) {
        if (PlanKind.THREE_D.label().equals(label)) {
            return PlanKind.THREE_D;
        }
        return PlanKind.IMRT.label().equals(label) ? PlanKind.IMRT : null;
    }
}
