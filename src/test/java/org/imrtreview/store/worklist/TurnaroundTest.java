package org.imrtreview.store.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.imrtreview.model.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TurnaroundTest {

    @ParameterizedTest(name = "{0} {1} → due {2}")
    @CsvSource(textBlock = """
            STANDARD,  MEDICARE_ADVANTAGE, 2026-11-27T09:15-08:00
            STANDARD,  MEDICAID,           2026-11-27T09:15-08:00
            STANDARD,  COMMERCIAL,         2026-12-05T09:15-08:00
            EXPEDITED, MEDICARE_ADVANTAGE, 2026-11-23T09:15-08:00
            EXPEDITED, MEDICAID,           2026-11-23T09:15-08:00
            EXPEDITED, COMMERCIAL,         2026-11-23T09:15-08:00
            STANDARD,  ,                   2026-11-27T09:15-08:00
            ,          COMMERCIAL,         2026-11-27T09:15-08:00
            """)
    void deadlineFollowsUrgencyAndLineOfBusiness(Request.Urgency urgency, Request.LineOfBusiness line, String expected) {
        Request r = request(OffsetDateTime.parse("2026-11-20T09:15-08:00"), urgency, line);
        assertEquals(OffsetDateTime.parse(expected), Turnaround.dueAt(r));
    }

    @Test
    void noReceivedTimeMeansNoDeadline() {
        assertNull(Turnaround.dueAt(request(null, Request.Urgency.STANDARD, Request.LineOfBusiness.COMMERCIAL)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            PT53H,      2 d 5 h
            PT5H10M,    5 h 10 min
            PT12M,      12 min
            -PT3H,      overdue 3 h 0 min
            -P2DT1H,    overdue 2 d 1 h
            """)
    void timeLeftReadsNaturally(String duration, String expected) {
        assertEquals(expected, Turnaround.describe(Duration.parse(duration)));
    }

    static Request request(OffsetDateTime received, Request.Urgency urgency, Request.LineOfBusiness line) {
        return new Request("PA-1", received, urgency, new Request.Member("Test Member", "M1", null, null),
                line == null ? null : new Request.HealthPlan("Plan", line), null, null, null, null, null, null, null, null);
    }
}
