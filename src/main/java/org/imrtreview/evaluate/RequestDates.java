package org.imrtreview.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.imrtreview.model.Problem;
import org.imrtreview.model.Request;

/**
 * The request's own dates, read against each other and today (decision 0501). They say nothing about medical
 * necessity, so they are notes for the nurse, not findings: a planned start before the request was received (the
 * treatment may have begun: a retrospective review, which plans handle under other rules and deadlines), and a
 * received date in the future (a typing slip: the review's deadlines are counted from it). The request's birth
 * date after its received date is a finding ({@link IdentityCheck#requestBirthDate}).
 */
public final class RequestDates {

    private RequestDates() {
    }

    /** The date the request was received (its own date, in its own offset), or {@code today} when unknown or later. */
    static LocalDate receivedOrToday(Request request, LocalDate today) {
        LocalDate received = request == null || request.receivedAt() == null ? null : request.receivedAt().toLocalDate();
        return received == null || received.isAfter(today) ? today : received;
    }

    static List<Problem> check(Request request, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (request == null) {
            return out;
        }
        LocalDate received = request.receivedAt() == null ? null : request.receivedAt().toLocalDate();
        boolean future = received != null && received.isAfter(today.plusDays(1));
        if (future) {
            out.add(new Problem(null, "The request's received date (" + received + ") is in the future: a typing "
                    + "slip? The review's deadlines are counted from it; correct it in the request details"));
        }
        LocalDate start = request.plannedStart();
        if (received != null && !future && start != null && start.isBefore(received)) {
            out.add(new Problem(null, "The planned start (" + start + ") is before the request was received ("
                    + received + "): treatment may already have begun, which makes this a retrospective review, "
                    + "not a preauthorization — check the dates with the provider and the plan's rules for "
                    + "retrospective requests"));
        }
        return out;
    }
}
