package org.imrtreview.evaluate.rule;

import java.util.List;
import org.imrtreview.constraint.SourceRecognizer;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/** A source is written but is not one the workstation knows (a typo, a person's name, "see notes"). */
public final class SourceUnrecognizedRule implements RowRule {

    @Override
    public List<Flag> apply(RowContext c) {
        String source = c.row().source();
        if (SourceRecognizer.isBlank(source) || SourceRecognizer.recognize(source).isPresent()) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.SOURCE_UNRECOGNIZED, "The source " + Wording.quoted(source)
                + " is not a recognised published or institutional source; check that it is a published constraint."));
    }
}
