package org.imrtreview.evaluate.rule;

import java.util.List;
import org.imrtreview.constraint.OrganNames;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/** ORGAN_UNRECOGNIZED: the organ cell names nothing the workstation knows; offers the closest TG-263 names. */
public final class OrganRecognitionRule implements RowRule {

    @Override
    public List<Flag> apply(RowContext row) {
        String organ = row.row().organ();
        if (organ == null || organ.isBlank() || OrganNames.normalise(organ).isPresent()) {
            return List.of();
        }
        List<String> suggestions = OrganNames.suggestions(organ);
        String closest = suggestions.isEmpty() ? "" : " Closest known organs: " + String.join(", ", suggestions) + ".";
        return List.of(Flag.of(FlagCode.ORGAN_UNRECOGNIZED, "\"" + organ.strip() + "\" is not an organ the workstation recognises,"
                + " so its constraint could not be compared with published values." + closest));
    }
}
