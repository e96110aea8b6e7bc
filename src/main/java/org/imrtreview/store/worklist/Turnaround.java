package org.imrtreview.store.worklist;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.imrtreview.model.Request;
import org.imrtreview.model.Request.LineOfBusiness;
import org.imrtreview.model.Request.Urgency;

/**
 * Decision deadlines for pre-service requests. Expedited: 72 hours for every line of business.
 * Standard: 7 calendar days for Medicare Advantage and Medicaid (CMS-0057-F, 42 CFR 422.572), 15
 * days for commercial ERISA plans (29 CFR 2560.503-1). When the line of business or urgency is not
 * known the shortest applicable clock is used, so a case is never shown later than it may be.
 */
public final class Turnaround {

    public static final Duration EXPEDITED = Duration.ofHours(72);
    public static final Duration STANDARD_GOVERNMENT = Duration.ofDays(7);
    public static final Duration STANDARD_COMMERCIAL = Duration.ofDays(15);

    private Turnaround() {
    }

    public static Duration allowed(Urgency urgency, LineOfBusiness line) {
        if (urgency == Urgency.EXPEDITED) {
            return EXPEDITED;
        }
        if (urgency == null) {
            // unknown urgency: treat as standard but on the shortest standard clock (see below)
            return STANDARD_GOVERNMENT;
        }
        return line == LineOfBusiness.COMMERCIAL ? STANDARD_COMMERCIAL : STANDARD_GOVERNMENT;
    }

    /** When the decision is due, or null when the request has no received time. */
    public static OffsetDateTime dueAt(Request request) {
        if (request == null || request.receivedAt() == null) {
            return null;
        }
        LineOfBusiness line = request.plan() == null ? null : request.plan().line();
        return request.receivedAt().plus(allowed(request.urgency(), line));
    }

    /** A short human rendering of time left: "2 d 5 h", "5 h 10 min", "overdue 3 h". */
    public static String describe(Duration left) {
        if (left == null) {
            return "—";
        }
        boolean overdue = left.isNegative();
        Duration d = left.abs();
        String text;
        if (d.toDays() >= 1) {
            text = d.toDays() + " d " + d.toHoursPart() + " h";
        } else if (d.toHours() >= 1) {
            text = d.toHours() + " h " + d.toMinutesPart() + " min";
        } else {
            text = Math.max(d.toMinutes(), 0) + " min";
        }
        return overdue ? "overdue " + text : text;
    }
}
