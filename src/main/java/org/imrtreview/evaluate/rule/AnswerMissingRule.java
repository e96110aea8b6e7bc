package org.imrtreview.evaluate.rule;

import java.util.List;
import org.imrtreview.constraint.AnswerParser;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/** The provider did not answer "Can the constraint only be met with IMRT?", or the answer is unreadable. */
public final class AnswerMissingRule implements RowRule {

    @Override
    public List<Flag> apply(RowContext c) {
        if (c.answer() != null) {
            return List.of();
        }
        String text = c.row().answer();
        if (AnswerParser.isBlank(text)) {
            return List.of(Flag.of(FlagCode.ANSWER_MISSING,
                    "The provider did not answer \"Can the constraint only be met with IMRT?\"."));
        }
        return List.of(Flag.of(FlagCode.ANSWER_MISSING, "The answer " + Wording.quoted(text)
                + " could not be read as yes or no."));
    }
}
