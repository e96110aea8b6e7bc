package org.imrtreview.evaluate.rule;

import java.util.List;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Answer;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/** The provider's yes/no differs from what the numbers show. The numbers decide the verdict. */
public final class AnswerMismatchRule implements RowRule {

    @Override
    public List<Flag> apply(RowContext c) {
        Boolean only = c.onlyImrtMeets();
        if (c.answer() == null || only == null || (c.answer() == Answer.YES) == only) {
            return List.of();
        }
        String shows;
        if (only) {
            shows = "only the IMRT plan meets it";
        } else if (c.meets3d() && c.meetsImrt()) {
            shows = "both plans meet it";
        } else if (!c.meets3d() && !c.meetsImrt()) {
            shows = "neither plan meets it";
        } else {
            shows = "only the 3D plan meets it";
        }
        return List.of(Flag.of(FlagCode.ANSWER_MISMATCH, "The provider answered " + (c.answer() == Answer.YES ? "Yes" : "No")
                + " but the numbers show " + shows + " (" + Wording.both(c) + " against " + c.describe()
                + "); the verdict follows the numbers."));
    }
}
