package org.imrtreview.store;

import java.time.Instant;
import org.imrtreview.model.Determination;

/**
 * The nurse's recorded decision with the recommendation it was made against; {@code reason} is
 * required when the decision differs from the recommendation ({@link #overridesRecommendation()}).
 */
public record DecisionRecord(NurseDecision decision, Determination recommendation, String reason,
                             Instant at, String user) {

    public boolean overridesRecommendation() {
        return recommendation != null && decision != NurseDecision.recommendedFor(recommendation);
    }
}
