package org.imrtreview.store.worklist;

import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.ReviewStatus;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Request;

/**
 * One case in the worklist, read cheaply (request.json and the saved review state only, never the
 * whole submission). {@code problem} is a sentence when request.json could not be read; {@code decision}
 * is the nurse's recorded decision (null when she has not decided); {@code decidedOn} the recommendation the
 * decision that stands was recorded on — the physician reviewer's once she upheld or overturned, else the
 * nurse's (decision 0467; null without a decision).
 */
public record WorklistEntry(Path folder, String caseName, Request request, OffsetDateTime dueAt,
                            ReviewStatus status, String problem, DecisionRecord decision, Determination decidedOn) {

    public WorklistEntry(Path folder, String caseName, Request request, OffsetDateTime dueAt, ReviewStatus status,
                         String problem, DecisionRecord decision) {
        this(folder, caseName, request, dueAt, status, problem, decision, decision == null ? null : decision.recommendation());
    }

    public WorklistEntry(Path folder, String caseName, Request request, OffsetDateTime dueAt, ReviewStatus status,
                         String problem) {
        this(folder, caseName, request, dueAt, status, problem, null);
    }

    public String member() {
        return request.member() == null ? null : request.member().name();
    }

    public String memberId() {
        return request.member() == null ? null : request.member().id();
    }

    public String requestId() {
        return request.requestId();
    }

    public Request.Urgency urgency() {
        return request.urgency();
    }

    public Request.LineOfBusiness line() {
        return request.plan() == null ? null : request.plan().line();
    }

    public OffsetDateTime receivedAt() {
        return request.receivedAt();
    }

    /** Time until the deadline (negative when overdue), null without a received time. */
    public Duration timeLeft(Instant now) {
        return dueAt == null ? null : Duration.between(now, dueAt.toInstant());
    }

    public WorklistEntry withStatus(ReviewStatus newStatus) {
        return new WorklistEntry(folder, caseName, request, dueAt, newStatus, problem, decision, decidedOn);
    }

    public WorklistEntry withDecision(DecisionRecord newDecision) {
        return new WorklistEntry(folder, caseName, request, dueAt, status, problem, newDecision);
    }

    /** The decision and the recommendation the decision that stands was recorded on (decision 0467). */
    public WorklistEntry withDecision(DecisionRecord newDecision, Determination newDecidedOn) {
        return new WorklistEntry(folder, caseName, request, dueAt, status, problem, newDecision,
                newDecision == null ? null : newDecidedOn);
    }
}
