package org.imrtreview.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Request;
import org.imrtreview.model.Request.LineOfBusiness;
import org.imrtreview.model.Request.Urgency;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.PhysicianAction;
import org.imrtreview.store.PhysicianStep;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.ReviewStatus;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.ReviewerRole;
import org.junit.jupiter.api.Test;

/**
 * The lead's figures from cases whose times are known: an expedited Medicare Advantage case decided in
 * 30 hours is in time, one upheld after 80 hours is late (72 h), a commercial standard case approved
 * on day 10 is in time (15 days) but on day 10 a Medicaid one is late (7 days); an undecided case past
 * its deadline is overdue now, a pended one too (a request for information does not stop the clock).
 */
class DepartmentReportTest {
    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-02T09:00:00-08:00");
    private static final ReviewerIdentity DOCTOR = new ReviewerIdentity("Helen Vance", "MD", ReviewerRole.PHYSICIAN);

    private static Request request(OffsetDateTime received, Urgency urgency, LineOfBusiness line) {
        return new Request("PA-" + received.toEpochSecond(), received, urgency, null, new Request.HealthPlan("Plan", line),
                null, null, null, null, null, null, null, null);
    }

    private static ReviewState nurse(NurseDecision d, OffsetDateTime at) {
        return ReviewState.fresh().withDecision(new DecisionRecord(d, Determination.CRITERIA_NOT_MET, "reason", at.toInstant(), "n"));
    }

    private static ReviewState physician(ReviewState referred, PhysicianAction a, OffsetDateTime at) {
        return referred.withPhysicianStep(new PhysicianStep(a, DOCTOR, "rationale", at.toInstant(), "hv"));
    }

    private static final Instant NOW = MONDAY.plusDays(20).toInstant();

    private static List<DepartmentReport.Case> cases() {
        ReviewState referredMa = nurse(NurseDecision.REFER, MONDAY.plusHours(10));
        return List.of(
                // expedited MA: referred, peer-to-peer, overturned at 30 h: in time
                new DepartmentReport.Case(request(MONDAY, Urgency.EXPEDITED, LineOfBusiness.MEDICARE_ADVANTAGE),
                        physician(physician(referredMa, PhysicianAction.PEER_TO_PEER, MONDAY.plusHours(20)),
                                PhysicianAction.OVERTURN, MONDAY.plusHours(30))),
                // expedited MA: upheld at 80 h: late
                new DepartmentReport.Case(request(MONDAY, Urgency.EXPEDITED, LineOfBusiness.MEDICARE_ADVANTAGE),
                        physician(referredMa, PhysicianAction.UPHOLD, MONDAY.plusHours(80))),
                // commercial standard approved on day 10: in time (15 days)
                new DepartmentReport.Case(request(MONDAY, Urgency.STANDARD, LineOfBusiness.COMMERCIAL),
                        nurse(NurseDecision.APPROVE, MONDAY.plusDays(10))),
                // Medicaid standard approved on day 10: late (7 days)
                new DepartmentReport.Case(request(MONDAY, Urgency.STANDARD, LineOfBusiness.MEDICAID),
                        nurse(NurseDecision.APPROVE, MONDAY.plusDays(10))),
                // Medicaid standard pended, never decided: overdue now
                new DepartmentReport.Case(request(MONDAY, Urgency.STANDARD, LineOfBusiness.MEDICAID),
                        nurse(NurseDecision.REQUEST_INFO, MONDAY.plusDays(1))),
                // received yesterday, referred: open, not overdue
                new DepartmentReport.Case(request(MONDAY.plusDays(19), Urgency.STANDARD, LineOfBusiness.COMMERCIAL),
                        nurse(NurseDecision.REFER, MONDAY.plusDays(19).plusHours(2))),
                // no received time: no deadline
                new DepartmentReport.Case(Request.empty(), ReviewState.fresh()));
    }

    @Test
    void statusesReferralsAndPhysicianOutcomesAreCounted() {
        DepartmentReport r = DepartmentReport.of(cases(), null, null, NOW);
        assertEquals(7, r.cases());
        assertEquals(3, r.byStatus().get(ReviewStatus.APPROVED), "two nurse approvals and one overturn");
        assertEquals(1, r.byStatus().get(ReviewStatus.DENIED));
        assertEquals(1, r.byStatus().get(ReviewStatus.PENDED));
        assertEquals(1, r.byStatus().get(ReviewStatus.AWAITING_PHYSICIAN));
        assertEquals(1, r.byStatus().get(ReviewStatus.NEW));
        assertEquals(3, r.referred());
        assertEquals(1, r.upheld());
        assertEquals(1, r.overturned());
        assertEquals(1, r.peerToPeer());
        assertEquals(1, r.awaitingPhysician());
        assertEquals(1, r.noDeadline());
    }

    @Test
    void turnaroundIsJudgedAgainstEachLinesOwnClock() {
        DepartmentReport r = DepartmentReport.of(cases(), null, null, NOW);
        DepartmentReport.TurnaroundRow ma = row(r, Urgency.EXPEDITED, LineOfBusiness.MEDICARE_ADVANTAGE);
        assertEquals(Duration.ofHours(72), ma.allowed());
        assertEquals(2, ma.decided());
        assertEquals(1, ma.inTime());
        assertEquals(1, ma.late());
        assertEquals(50.0, ma.compliancePercent());
        assertEquals(55.0, ma.medianHours(), 1e-9);

        DepartmentReport.TurnaroundRow commercial = row(r, Urgency.STANDARD, LineOfBusiness.COMMERCIAL);
        assertEquals(1, commercial.inTime());
        assertEquals(1, commercial.open());
        assertEquals(0, commercial.overdueNow());

        DepartmentReport.TurnaroundRow medicaid = row(r, Urgency.STANDARD, LineOfBusiness.MEDICAID);
        assertEquals(1, medicaid.late());
        assertEquals(1, medicaid.overdueNow(), "a request for information does not stop the clock");
        assertEquals(1, r.overdueNow());
    }

    @Test
    void aPeriodKeepsOnlyRequestsReceivedInIt() {
        DepartmentReport r = DepartmentReport.of(cases(), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30), NOW);
        assertEquals(1, r.cases(), "only the request received on the 21st; none without a received time");
        assertEquals(0, r.noDeadline());
        assertNull(row(r, Urgency.STANDARD, LineOfBusiness.COMMERCIAL).compliancePercent());
    }

    private static DepartmentReport.TurnaroundRow row(DepartmentReport r, Urgency u, LineOfBusiness l) {
        return r.turnaround().stream().filter(t -> t.urgency() == u && t.line() == l).findFirst().orElseThrow();
    }
}
