package org.imrtreview.letter.content;

import java.time.LocalDate;
import org.imrtreview.model.Request.LineOfBusiness;
import org.imrtreview.model.Request.Urgency;

/**
 * When the provider must send missing information, and when the plan will then decide
 * (docs/decisions/0042):
 * <ul>
 *   <li>expedited (any plan): {@code requestInfo.expeditedHours} (48 h) from the letter — ERISA
 *       29 CFR 2560.503-1(f)(2)(iii)(A) gives "not less than 48 hours"; the plan then decides within
 *       48 hours of receiving it (or of the deadline);</li>
 *   <li>standard commercial (ERISA): {@code requestInfo.standardDays.COMMERCIAL} (45 days), the
 *       minimum of 2560.503-1(f)(2)(iii)(B); decision within 15 days after;</li>
 *   <li>standard Medicare Advantage / Medicaid: the 7-day decision may be extended by 14 days
 *       (42 CFR 422.568(b)); the provider gets {@code requestInfo.standardDays.*} (10 days) and the
 *       plan decides by the extended date, received + 21 days.</li>
 * </ul>
 */
public record ResponseDeadline(LocalDate dueDate, String window, String decisionWindow) {

    static ResponseDeadline of(LetterSettings settings, LineOfBusiness line, Urgency urgency, LocalDate letterDate,
                               LocalDate received, java.util.function.Function<LocalDate, String> format) {
        if (urgency == Urgency.EXPEDITED) {
            int hours = settings.requestInfoExpeditedHours();
            LocalDate due = letterDate.plusDays((hours + 23) / 24);
            return new ResponseDeadline(due, hours + " hours",
                    "within 48 hours after we get the information, or after the due date if we do not get it");
        }
        int days = settings.requestInfoStandardDays().get(line);
        LocalDate due = letterDate.plusDays(days);
        if (line == LineOfBusiness.COMMERCIAL) {
            return new ResponseDeadline(due, days + " days",
                    "within 15 days after we get the information, or after the due date if we do not get it");
        }
        LocalDate start = received == null ? letterDate : received;
        LocalDate decideBy = start.plusDays(21);
        if (decideBy.isBefore(due)) {
            decideBy = due;
        }
        return new ResponseDeadline(due, days + " days", "by " + format.apply(decideBy));
    }
}
