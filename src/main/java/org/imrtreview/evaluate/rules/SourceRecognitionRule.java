package org.imrtreview.evaluate.rules;

import java.util.List;
import org.imrtreview.constraint.library.SourceCatalog;
import org.imrtreview.evaluate.RowContext;
import org.imrtreview.evaluate.RowRule;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;

/**
 * SOURCE_UNRECOGNIZED: the source cell names no known publication, protocol or institution. Not an
 * error — the policy allows institutional constraints — but the nurse should see it.
 */
public final class SourceRecognitionRule implements RowRule {

    @Override
    public List<Flag> apply(RowContext row) {
        String source = row.row().source();
        if (!SourceCatalog.unrecognised(source)) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.SOURCE_UNRECOGNIZED, "\"" + source.strip() + "\" is not a recognised source of dose"
                + " constraints (QUANTEC, RTOG/NRG, SWOG or another cooperative group, AAPM TG-101, CORSAIR, NCCN, Emami,"
                + " UK SABR, or institutional). Institutional constraints are allowed; the value could not be checked."));
    }
}
