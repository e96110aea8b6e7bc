package org.imrtreview.store.worklist;

import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.ReviewStatus;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.imrtreview.model.Request;

/**
 * One case in the worklist, read cheaply (request.json and the saved review state only, never the
 * whole submission). {@code problem} is a sentence when request.json could not be read; {@code decision}
 * is the nurse's recorded decision (null when she has not decided).
 */
public record WorklistEntry(Path folder, String caseName, Request request, OffsetDateTime dueAt,
                            ReviewStatus status, String problem, DecisionRecord decision) {

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
        return new WorklistEntry(folder, caseName, request, dueAt, newStatus, problem, decision);
    }

    public WorklistEntry withDecision(DecisionRecord newDecision) {
        return new WorklistEntry(folder, caseName, request, dueAt, status, problem, newDecision);
    }
}
