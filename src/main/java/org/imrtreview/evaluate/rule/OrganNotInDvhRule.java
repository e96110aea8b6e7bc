package org.imrtreview.evaluate.rule;

import java.util.List;
import org.imrtreview.evaluate.OrganInDvh;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.PlanKind;

/**
 * ORGAN_NOT_IN_DVH (decision 0440): the submitted DVH evidence holds no structure that could be the row's
 * organ, so its numbers cannot be checked and may be another organ's under a new label. Blocks support and
 * counts the unchecked plan's cell as unreadable until the nurse maps the structure or the provider answers.
 */
public final class OrganNotInDvhRule implements RowRule {

    @Override
    public List<Flag> apply(RowContext c) {
        return OrganInDvh.of(c).map(a -> List.of(flag(c, a))).orElse(List.of());
    }

    private static Flag flag(RowContext c, OrganInDvh.Absence a) {
        String organ = Wording.quoted(c.row().organ().strip());
        String where;
        if (a.pictures()) {
            where = "The DVH pictures (" + String.join(", ", a.files()) + ") name no curve that could be " + organ
                    + " (their legends name " + String.join(", ", a.structures()) + ")";
        } else {
            String plans = a.plans().size() == 2 ? "either plan" : "the " + (a.plans().get(0) == PlanKind.THREE_D ? "3D" : "IMRT") + " plan";
            where = "The DVH data for " + plans + " (" + String.join(", ", a.files()) + ") hold no structure that could be "
                    + organ + " (structures: " + String.join(", ", a.structures()) + ")";
        }
        return Flag.blocking(FlagCode.ORGAN_NOT_IN_DVH, where + ". The table's values for this row cannot be checked"
                + " against the plan, and may be another organ's values under this name. If the structure is named"
                + " differently, choose it in the structure mapping; otherwise ask the provider. Until then this row"
                + " does not support approval.",
                "The dose-volume histograms sent with the request do not show the organ named in this row.");
    }
}
