package org.imrtreview.evaluate.rule;

import java.util.List;
import org.imrtreview.constraint.library.CitedConstraint;
import org.imrtreview.constraint.library.Fractionation;
import org.imrtreview.constraint.library.LibraryStructures;
import org.imrtreview.constraint.library.PublishedComparison;
import org.imrtreview.constraint.library.PublishedConstraintCheck;
import org.imrtreview.constraint.library.SourceCatalog;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/**
 * Compares the row's cited constraint with its source's published value for the same organ,
 * metric and fractionation (SPEC §4): STRICTER_THAN_PUBLISHED / LOOSER_THAN_PUBLISHED,
 * NO_PUBLISHED_MATCH, FRACTIONATION_MISMATCH. A row whose "only IMRT meets it" holds only under a
 * constraint its source does not publish gets a blocking flag: it no longer supports CRITERIA_MET.
 */
public final class PublishedConstraintRule implements RowRule {
    private final PublishedConstraintCheck check;

    public PublishedConstraintRule(PublishedConstraintCheck check) {
        this.check = check;
    }

    public PublishedConstraintRule() {
        this(PublishedConstraintCheck.standard());
    }

    @Override
    public boolean eachLimit() {
        return true;
    }

    @Override
    public List<Flag> apply(RowContext row) {
        PublishedComparison result = compare(check, row);
        if (!result.flagged()) {
            return List.of();
        }
        FlagCode code = FlagCode.valueOf(result.outcome().name());
        return List.of(result.blocksSupport() ? Flag.blocking(code, result.message(), result.plain()) : Flag.of(code, result.message()));
    }

    /** The comparison itself, for views that show it beside the row (a match is shown too). */
    public static PublishedComparison compare(PublishedConstraintCheck check, RowContext row) {
        return check.check(new CitedConstraint(LibraryStructures.of(row.row().organ()), row.constraint(),
                SourceCatalog.recognise(row.row().source()),
                Fractionation.of(row.reviewCase().request().prescription()), row.dose3d(), row.doseImrt()));
    }
}
