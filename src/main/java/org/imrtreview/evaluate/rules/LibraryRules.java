package org.imrtreview.evaluate.rules;

import java.util.List;
import org.imrtreview.evaluate.RowRule;

/** The rules that use the organ names and the published-constraint library, in the order they report. */
public final class LibraryRules {
    private LibraryRules() {
    }

    public static List<RowRule> standard() {
        return List.of(new OrganRecognitionRule(), new SourceRecognitionRule(), new PublishedConstraintRule());
    }
}
