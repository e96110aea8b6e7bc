package org.imrtreview.store.db;

import org.imrtreview.store.ReviewerRole;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.imrtreview.model.Request;
import org.imrtreview.store.AuditEntry;
import org.imrtreview.store.DecisionRecord;
import org.imrtreview.store.PhysicianStep;
import org.imrtreview.store.ReviewerIdentity;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.persist.Json;

/**
 * The shared store of a UR team, as one reviewer at one workstation uses it. Every change runs in one
 * transaction that also appends its audit event ({@link AuditChain}); roles are checked inside the
 * store, not only in the window. A case's review state carries an optimistic version: a save names the
 * version it was based on and is refused when someone saved in between (the loser keeps her text and
 * is told who saved). Only the holder of a case's lock may save it; a lock whose heartbeat stopped
 * (crashed client) expires, and a lead may take over a live one. One decision per case is enforced by a
 * unique constraint. Transactions that collide on a unique key or a deadlock are retried.
 */
public final class TeamStore {
    /** A lock without a heartbeat for this long belongs to a client that stopped (crashed, unplugged). */
    public static final Duration DEFAULT_LOCK_EXPIRY = Duration.ofMinutes(2);

    private static final int MAX_ATTEMPTS = 30;

    private final TeamDatabase db;
    private final String user;
    private final String clientId;
    private final Clock clock;
    private final Duration lockExpiry;

    public TeamStore(TeamDatabase db, String user, String clientId, Clock clock, Duration lockExpiry) {
        this.db = Objects.requireNonNull(db);
        this.user = Objects.requireNonNull(user);
        this.clientId = Objects.requireNonNull(clientId);
        this.clock = clock;
        this.lockExpiry = lockExpiry;
    }

    public TeamStore(TeamDatabase db, String user) {
        this(db, user, ClientProcess.clientId(user), Clock.systemUTC(), DEFAULT_LOCK_EXPIRY);
    }

    public String user() {
        return user;
    }

    public String clientId() {
        return clientId;
    }

    public TeamDatabase database() {
        return db;
    }

    // ---- reviewers and roles ------------------------------------------------------------------

    /**
     * Adds a reviewer or changes her name, credentials and roles. A lead may; when the team has no
     * reviewer yet, the first one added is allowed by anyone (the database's first use), and audited so.
     */
    public Reviewer addReviewer(String login, String displayName, String credentials, Set<ReviewerRole> roles) {
        if (login == null || login.isBlank() || roles.isEmpty()) {
            throw new TeamStoreException("A reviewer needs a login and at least one role.");
        }
        return tx(c -> {
            boolean first = count(c, "SELECT COUNT(*) FROM reviewer") == 0;
            if (!first) {
                require(c, "add or change reviewers", ReviewerRole.LEAD);
            }
            boolean exists = reviewer(c, login).isPresent();
            if (exists) {
                update(c, "UPDATE reviewer SET display_name = ?, credentials = ?, active = TRUE WHERE login = ?",
                        displayName, credentials, login);
                update(c, "DELETE FROM reviewer_role WHERE login = ?", login);
            } else {
                update(c, "INSERT INTO reviewer (login, display_name, credentials, active) VALUES (?, ?, ?, TRUE)",
                        login, displayName, credentials);
            }
            for (ReviewerRole r : roles) {
                update(c, "INSERT INTO reviewer_role (login, role) VALUES (?, ?)", login, r.name());
            }
            AuditChain.append(c, now(), user, null, exists ? "Reviewer changed" : "Reviewer added",
                    login + " (" + displayName + (credentials == null || credentials.isBlank() ? "" : ", " + credentials)
                            + "): " + roles + (first ? " — first reviewer of this database" : ""));
            return reviewer(c, login).orElseThrow();
        });
    }

    /** Marks a reviewer inactive (she keeps her history; she can no longer work in the store). */
    public void deactivateReviewer(String login) {
        tx(c -> {
            require(c, "deactivate reviewers", ReviewerRole.LEAD);
            if (update(c, "UPDATE reviewer SET active = FALSE WHERE login = ?", login) == 0) {
                throw new TeamStoreException("There is no reviewer " + login + ".");
            }
            AuditChain.append(c, now(), user, null, "Reviewer deactivated", login);
            return null;
        });
    }

    /**
     * On an embedded database nobody administers, the first reviewer to use it becomes its nurse and
     * lead, so the one-desk workstation keeps working as before. Does nothing once any reviewer exists.
     */
    public void bootstrapIfEmpty(String displayName) {
        boolean empty = tx(c -> count(c, "SELECT COUNT(*) FROM reviewer") == 0);
        if (empty) {
            try {
                addReviewer(user, displayName, null, EnumSet.of(ReviewerRole.NURSE, ReviewerRole.LEAD));
            } catch (TeamStoreException.NotPermitted raced) {
                // another workstation bootstrapped at the same moment: it is the lead
            }
        }
    }

    public Optional<Reviewer> reviewer(String login) {
        return tx(c -> reviewer(c, login));
    }

    public List<Reviewer> reviewers() {
        return tx(c -> {
            List<String> logins = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT login FROM reviewer ORDER BY login");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    logins.add(rs.getString(1));
                }
            }
            List<Reviewer> out = new ArrayList<>();
            for (String l : logins) {
                out.add(reviewer(c, l).orElseThrow());
            }
            return out;
        });
    }

    private static Optional<Reviewer> reviewer(Connection c, String login) throws SQLException {
        String name;
        String credentials;
        boolean active;
        try (PreparedStatement s = c.prepareStatement("SELECT display_name, credentials, active FROM reviewer WHERE login = ?")) {
            s.setString(1, login);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                name = rs.getString(1);
                credentials = rs.getString(2);
                active = rs.getBoolean(3);
            }
        }
        Set<ReviewerRole> roles = EnumSet.noneOf(ReviewerRole.class);
        try (PreparedStatement s = c.prepareStatement("SELECT role FROM reviewer_role WHERE login = ?")) {
            s.setString(1, login);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    roles.add(ReviewerRole.valueOf(rs.getString(1)));
                }
            }
        }
        return Optional.of(new Reviewer(login, name, credentials, active, roles));
    }

    /** The reviewer acting, who must hold one of {@code roles}; refused with a sentence otherwise. */
    private Reviewer require(Connection c, String what, ReviewerRole... roles) throws SQLException {
        Reviewer me = reviewer(c, user).orElseThrow(() -> new TeamStoreException.NotPermitted(user
                + " is not a reviewer of this team database, so may not " + what + ". A lead adds reviewers"
                + " (imrt-review db reviewer add)."));
        if (!me.active()) {
            throw new TeamStoreException.NotPermitted(user + " is no longer an active reviewer, so may not " + what + ".");
        }
        for (ReviewerRole r : roles) {
            if (me.has(r)) {
                return me;
            }
        }
        throw new TeamStoreException.NotPermitted(user + " may not " + what + ": that needs the role "
                + String.join(" or ", java.util.Arrays.stream(roles).map(ReviewerRole::name).toList()) + " (has " + me.roles() + ").");
    }

    // ---- the shared worklist ------------------------------------------------------------------

    /** Enters a case in the worklist, or refreshes where it lies and its request details. */
    public CaseRecord registerCase(CaseInfo info) {
        return tx(c -> {
            require(c, "add cases to the worklist", ReviewerRole.NURSE, ReviewerRole.LEAD, ReviewerRole.PHYSICIAN);
            String requestJson = info.request() == null ? null : requestJson(info.request());
            Optional<CaseRecord> known = caseRow(c, info.key(), false);
            if (known.isPresent() && known.get().requestTyped()) {
                update(c, "UPDATE review_case SET folder = ? WHERE case_key = ?", info.folder(), info.key()); // typed details stand
            } else if (known.isPresent()) {
                update(c, "UPDATE review_case SET folder = ?, request_id = COALESCE(?, request_id), urgency = COALESCE(?, urgency),"
                        + " received_at = COALESCE(?, received_at), due_at = COALESCE(?, due_at),"
                        + " request_json = COALESCE(?, request_json) WHERE case_key = ?",
                        info.folder(), info.requestId(), info.urgency(), ts(info.receivedAt()), ts(info.dueAt()), requestJson, info.key());
            } else {
                update(c, "INSERT INTO review_case (case_key, folder, request_id, urgency, received_at, due_at, status, version,"
                        + " request_json) VALUES (?, ?, ?, ?, ?, ?, 'NEW', 0, ?)",
                        info.key(), info.folder(), info.requestId(), info.urgency(), ts(info.receivedAt()), ts(info.dueAt()), requestJson);
                AuditChain.append(c, now(), user, info.key(), "Case registered",
                        info.requestId() == null ? "request ID not known yet" : "request " + info.requestId());
            }
            return caseRow(c, info.key(), false).orElseThrow();
        });
    }

    public Optional<CaseRecord> caseRecord(String key) {
        return tx(c -> caseRow(c, key, false));
    }

    /** Which cases to list: all, one reviewer's, the unassigned queue; optionally only some statuses. */
    public record WorklistFilter(String assignee, boolean unassignedOnly, Set<String> statuses) {
        public static WorklistFilter all() {
            return new WorklistFilter(null, false, Set.of());
        }

        public static WorklistFilter assignedTo(String login) {
            return new WorklistFilter(login, false, Set.of());
        }

        public static WorklistFilter unassigned() {
            return new WorklistFilter(null, true, Set.of());
        }
    }

    /** The shared worklist, soonest due first (cases without a due time last). */
    public List<CaseRecord> worklist(WorklistFilter filter) {
        return tx(c -> {
            require(c, "read the worklist", ReviewerRole.values());
            StringBuilder sql = new StringBuilder(CASE_SELECT + " WHERE 1 = 1");
            List<Object> args = new ArrayList<>();
            if (filter.unassignedOnly()) {
                sql.append(" AND rc.assignee IS NULL");
            } else if (filter.assignee() != null) {
                sql.append(" AND rc.assignee = ?");
                args.add(filter.assignee());
            }
            if (!filter.statuses().isEmpty()) {
                sql.append(" AND rc.status IN (").append(String.join(", ", filter.statuses().stream().map(s -> "?").toList())).append(")");
                args.addAll(filter.statuses());
            }
            sql.append(" ORDER BY CASE WHEN rc.due_at IS NULL THEN 1 ELSE 0 END, rc.due_at, rc.case_key");
            List<CaseRecord> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                bind(s, args.toArray());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(caseRecord(rs));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Assigns a case. A lead assigns to anyone; a nurse or physician may take an unassigned case for
     * herself ("assign to me"), nothing else.
     */
    public CaseRecord assign(String key, String assignee) {
        return tx(c -> {
            Reviewer me = require(c, "assign cases", ReviewerRole.LEAD, ReviewerRole.NURSE, ReviewerRole.PHYSICIAN);
            CaseRecord row = caseRow(c, key, true).orElseThrow(() -> unknownCase(key));
            Reviewer to = reviewer(c, assignee).filter(Reviewer::active).orElseThrow(() ->
                    new TeamStoreException("There is no active reviewer " + assignee + " to assign " + key + " to."));
            if (!me.has(ReviewerRole.LEAD)) {
                if (!assignee.equals(user)) {
                    throw new TeamStoreException.NotPermitted(user + " may not assign cases to others: that needs the role LEAD.");
                }
                if (row.assignee() != null && !row.assignee().equals(user)) {
                    throw new TeamStoreException.NotPermitted(key + " is assigned to " + row.assignee()
                            + "; only a lead may reassign it.");
                }
            }
            if (assignee.equals(row.assignee())) {
                return row;
            }
            update(c, "UPDATE review_case SET assignee = ? WHERE case_key = ?", to.login(), key);
            AuditChain.append(c, now(), user, key, "Assigned", (row.assignee() == null ? "" : "from " + row.assignee() + " ")
                    + "to " + to.login());
            return caseRow(c, key, false).orElseThrow();
        });
    }

    /** Puts a case back in the unassigned queue: a lead, or the assignee herself. */
    public void unassign(String key) {
        tx(c -> {
            Reviewer me = require(c, "unassign cases", ReviewerRole.LEAD, ReviewerRole.NURSE, ReviewerRole.PHYSICIAN);
            CaseRecord row = caseRow(c, key, true).orElseThrow(() -> unknownCase(key));
            if (row.assignee() == null) {
                return null;
            }
            if (!me.has(ReviewerRole.LEAD) && !row.assignee().equals(user)) {
                throw new TeamStoreException.NotPermitted(key + " is assigned to " + row.assignee() + "; only a lead may unassign it.");
            }
            update(c, "UPDATE review_case SET assignee = NULL WHERE case_key = ?", key);
            AuditChain.append(c, now(), user, key, "Unassigned", "was " + row.assignee());
            return null;
        });
    }

    // ---- locks ---------------------------------------------------------------------------------

    /**
     * Takes (or refreshes) this client's lock on a case, so she may edit it. A lock held by another
     * client whose heartbeat is older than the expiry is taken, audited; a live one is refused with who
     * holds it and since when ({@link TeamStoreException.Locked}): open the case read-only. A lock of her own login
     * left by a window of this machine whose process is gone (killed, crashed) is taken back at once, audited "Own
     * lock taken back" (decision 0551); her other window's, another login's or another machine's is not.
     */
    public CaseLock lock(String key) {
        return tx(c -> {
            require(c, "edit cases", ReviewerRole.NURSE, ReviewerRole.PHYSICIAN, ReviewerRole.LEAD);
            caseRow(c, key, false).orElseThrow(() -> unknownCase(key));
            Instant now = now();
            Optional<CaseLock> held = lockRow(c, key, true);
            if (held.isEmpty()) {
                update(c, "INSERT INTO case_lock (case_key, owner, client_id, taken_at, heartbeat_at) VALUES (?, ?, ?, ?, ?)",
                        key, user, clientId, ts(now), ts(now));
                AuditChain.append(c, now, user, key, "Lock taken", "for editing");
                return lockRow(c, key, false).orElseThrow();
            }
            CaseLock lock = held.get();
            if (lock.clientId().equals(clientId)) {
                update(c, "UPDATE case_lock SET heartbeat_at = ? WHERE case_key = ?", ts(now), key);
                return lockRow(c, key, false).orElseThrow();
            }
            if (lock.owner().equals(user) && ClientProcess.goneFrom(lock.clientId(), clientId)) {
                update(c, "UPDATE case_lock SET owner = ?, client_id = ?, taken_at = ?, heartbeat_at = ? WHERE case_key = ?",
                        user, clientId, ts(now), ts(now), key);
                AuditChain.append(c, now, user, key, "Own lock taken back", "left by her window on this workstation that"
                        + " stopped (process " + ClientProcess.of(lock.clientId()).map(ClientProcess::pid).orElse(0L)
                        + "), last heartbeat " + lock.heartbeatAt().truncatedTo(ChronoUnit.SECONDS));
                return lockRow(c, key, false).orElseThrow();
            }
            if (lock.heartbeatAt().plus(lockExpiry).isAfter(now)) {
                throw new TeamStoreException.Locked(key + " is being edited by " + lock.owner() + " since "
                        + lock.takenAt().truncatedTo(ChronoUnit.SECONDS) + "; it opens read-only.", lock);
            }
            update(c, "UPDATE case_lock SET owner = ?, client_id = ?, taken_at = ?, heartbeat_at = ? WHERE case_key = ?",
                    user, clientId, ts(now), ts(now), key);
            AuditChain.append(c, now, user, key, "Expired lock taken", "held by " + lock.owner() + ", last heartbeat "
                    + lock.heartbeatAt().truncatedTo(ChronoUnit.SECONDS));
            return lockRow(c, key, false).orElseThrow();
        });
    }

    /** Keeps this client's lock alive; false when it no longer holds it (expired and taken, or taken over). */
    public boolean heartbeat(String key) {
        return tx(c -> update(c, "UPDATE case_lock SET heartbeat_at = ? WHERE case_key = ? AND client_id = ?",
                ts(now()), key, clientId) == 1);
    }

    /** Gives up this client's lock (closing the case). */
    public void release(String key) {
        tx(c -> {
            if (update(c, "DELETE FROM case_lock WHERE case_key = ? AND client_id = ?", key, clientId) == 1) {
                AuditChain.append(c, now(), user, key, "Lock released", "");
            }
            return null;
        });
    }

    /** A lead takes a colleague's live lock (she is away, the case is due); audited with the reason. */
    public CaseLock takeOver(String key, String reason) {
        return tx(c -> {
            require(c, "take over another reviewer's case", ReviewerRole.LEAD);
            caseRow(c, key, false).orElseThrow(() -> unknownCase(key));
            Instant now = now();
            Optional<CaseLock> held = lockRow(c, key, true);
            if (held.isEmpty()) {
                update(c, "INSERT INTO case_lock (case_key, owner, client_id, taken_at, heartbeat_at) VALUES (?, ?, ?, ?, ?)",
                        key, user, clientId, ts(now), ts(now));
            } else {
                update(c, "UPDATE case_lock SET owner = ?, client_id = ?, taken_at = ?, heartbeat_at = ? WHERE case_key = ?",
                        user, clientId, ts(now), ts(now), key);
            }
            AuditChain.append(c, now, user, key, "Lock taken over", (held.isEmpty() ? "no one held it" : "from " + held.get().owner())
                    + (reason == null || reason.isBlank() ? "" : " — reason: " + reason));
            return lockRow(c, key, false).orElseThrow();
        });
    }

    public Optional<CaseLock> lockOf(String key) {
        return tx(c -> lockRow(c, key, false));
    }

    // ---- review state, decisions ---------------------------------------------------------------

    /** A case's saved review state and the version a later save must name. */
    public record Saved(ReviewState state, long version) {
    }

    public Saved load(String key) {
        return tx(c -> {
            require(c, "read cases", ReviewerRole.values());
            try (PreparedStatement s = c.prepareStatement("SELECT state_json, version FROM review_case WHERE case_key = ?")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw unknownCase(key);
                    }
                    String json = rs.getString(1);
                    return new Saved(json == null ? ReviewState.fresh() : parse(json, key), rs.getLong(2));
                }
            }
        });
    }

    /**
     * Saves a case's review state, based on {@code expectedVersion}; returns the new version. Refused
     * when this client does not hold the case's lock, or when someone saved since (nothing is written:
     * the caller still has the reviewer's state and tells her). A decision new in this state is entered
     * as the case's one decision; a withdrawn one is marked withdrawn. The state's new audit entries
     * join the chain in the same transaction.
     */
    public long save(String key, long expectedVersion, ReviewState state) {
        String json = write(state);
        return tx(c -> {
            Reviewer me = require(c, "save review work", ReviewerRole.NURSE, ReviewerRole.PHYSICIAN, ReviewerRole.LEAD);
            Optional<CaseLock> lock = lockRow(c, key, false);
            if (lock.isEmpty() || !lock.get().clientId().equals(clientId)) {
                throw new TeamStoreException.Locked(lock.isEmpty()
                        ? "Your edit of " + key + " was not saved: you no longer hold the case (your lock expired). Open it again."
                        : "Your edit of " + key + " was not saved: " + lock.get().owner() + " has the case since "
                        + lock.get().takenAt().truncatedTo(ChronoUnit.SECONDS) + ".", lock.orElse(null));
            }
            String previousJson;
            long version;
            String updatedBy;
            Instant updatedAt;
            try (PreparedStatement s = c.prepareStatement("SELECT state_json, version, updated_by, updated_at FROM review_case"
                    + " WHERE case_key = ? FOR UPDATE")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw unknownCase(key);
                    }
                    previousJson = rs.getString(1);
                    version = rs.getLong(2);
                    updatedBy = rs.getString(3);
                    OffsetDateTime at = rs.getObject(4, OffsetDateTime.class);
                    updatedAt = at == null ? null : at.toInstant();
                }
            }
            if (version != expectedVersion) {
                throw new TeamStoreException.StaleVersion("Not saved: " + (updatedBy == null ? "someone" : updatedBy)
                        + " saved " + key + (updatedAt == null ? "" : " at " + updatedAt.truncatedTo(ChronoUnit.SECONDS))
                        + " after you opened it. Your text is kept; reopen the case to see theirs.", version);
            }
            ReviewState previous = previousJson == null ? ReviewState.fresh() : parse(previousJson, key);
            Instant now = now();
            update(c, "UPDATE case_lock SET heartbeat_at = ? WHERE case_key = ?", ts(now), key); // a save is a sign of life
            recordDecisionChange(c, me, key, previous.decision(), state.decision(), now);
            checkPhysicianSteps(me, key, previous.physician(), state.physician());
            if (state.physician().size() > previous.physician().size()) {
                recordPhysicianStep(c, key, state.lastPhysicianStep(), user, now);
            }
            recordTypedRequest(c, key, previous.request(), state.request());
            long next = version + 1;
            update(c, "UPDATE review_case SET state_json = ?, version = ?, status = ?, updated_at = ?, updated_by = ?"
                    + " WHERE case_key = ? AND version = ?", json, next, state.status().name(), ts(now), user, key, version);
            List<AuditEntry> fresh = newEntries(previous.audit(), state.audit());
            for (AuditEntry e : fresh) {
                AuditChain.append(c, e.at() == null ? now : e.at(), user, key, e.action(), e.detail());
            }
            if (fresh.isEmpty()) {
                AuditChain.append(c, now, user, key, "Saved", "version " + next);
            }
            return next;
        });
    }

    private void recordDecisionChange(Connection c, Reviewer me, String key, DecisionRecord before, DecisionRecord after,
                                      Instant now) throws SQLException {
        if (Objects.equals(before, after)) {
            return;
        }
        if (after != null && !me.has(ReviewerRole.NURSE) && !me.has(ReviewerRole.LEAD)) {
            throw new TeamStoreException.NotPermitted(user + " may not record a nurse's decision: that needs the role NURSE or LEAD.");
        }
        if (before != null) {
            update(c, "UPDATE decision SET active_case_key = NULL, withdrawn_by = ?, withdrawn_at = ? WHERE active_case_key = ?",
                    user, ts(now), key);
        }
        if (after != null) {
            Optional<String> standing = standingDecision(c, key);
            if (standing.isPresent()) {
                throw new TeamStoreException.AlreadyDecided(key + " was already decided (" + standing.get() + "); not decided twice.");
            }
            update(c, "INSERT INTO decision (case_key, active_case_key, decision, recommendation, reason, decided_by, decided_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", key, key, after.decision().name(),
                    after.recommendation() == null ? null : after.recommendation().name(), after.reason(), user,
                    ts(after.at() == null ? now : after.at()));
        }
    }

    /**
     * A physician reviewer's steps (uphold, overturn, peer-to-peer) only grow, and each new one is the
     * acting account's own: the role PHYSICIAN, credentials that name a physician (MD, DO), and signed
     * with the account's name and credentials — a name typed at a workstation signs nothing (decision 0212).
     */
    private void checkPhysicianSteps(Reviewer me, String key, List<PhysicianStep> before, List<PhysicianStep> after) {
        if (after.size() < before.size() || !after.subList(0, before.size()).equals(before)) {
            throw new TeamStoreException.NotPermitted("A physician reviewer's recorded steps on " + key
                    + " cannot be changed or removed; nothing was saved.");
        }
        if (after.size() == before.size()) {
            return;
        }
        if (!me.has(ReviewerRole.PHYSICIAN)) {
            throw new TeamStoreException.NotPermitted(user + " may not record a physician reviewer's decision on " + key
                    + ": that needs the role PHYSICIAN in the team store (has " + me.roles() + "); nothing was saved.");
        }
        if (!me.physician()) {
            throw new TeamStoreException.NotPermitted(user + "'s account in the team store has the credentials \""
                    + (me.credentials() == null ? "" : me.credentials()) + "\", which do not name a physician (MD or DO):"
                    + " a lead corrects the account; nothing was saved.");
        }
        ReviewerIdentity account = me.identity();
        for (PhysicianStep step : after.subList(before.size(), after.size())) {
            ReviewerIdentity signed = step.physician();
            if (!Objects.equals(signed.name(), account.name()) || !Objects.equals(signed.credentials(), account.credentials())) {
                throw new TeamStoreException.NotPermitted("The physician's step on " + key + " is signed \"" + signed.signature()
                        + "\" but " + user + "'s account in the team store is \"" + account.signature()
                        + "\": only the account's own name signs; nothing was saved.");
            }
        }
    }

    /**
     * The physician reviewer's latest step is the team's to see beside the referral it answers (decision 0473):
     * the standing decision row carries what she did, who and when — the worklist of every desk and
     * {@code db worklist} read it there.
     */
    private static void recordPhysicianStep(Connection c, String key, PhysicianStep step, String login, Instant now)
            throws SQLException {
        update(c, "UPDATE decision SET physician_action = ?, physician_by = ?, physician_at = ? WHERE active_case_key = ?",
                step.action().name(), step.user() == null ? login : step.user(), ts(step.at() == null ? now : step.at()), key);
    }

    private static Optional<String> standingDecision(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT decision, decided_by, decided_at FROM decision WHERE active_case_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1) + " by " + rs.getString(2) + " at "
                        + rs.getObject(3, OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.SECONDS)) : Optional.empty();
            }
        }
    }

    /** The entries of {@code now} not in {@code before}: the trail only grows, so those past its common start. */
    static List<AuditEntry> newEntries(List<AuditEntry> before, List<AuditEntry> now) {
        int common = 0;
        while (common < before.size() && common < now.size() && before.get(common).equals(now.get(common))) {
            common++;
        }
        return now.subList(common, now.size());
    }

    /**
     * Brings a case's existing review state (its {@code review-state.json}) into the store once: the
     * state as it is, its decision as the case's decision, and every entry of its audit trail as a chain
     * event with its own time and reviewer. A lead's work. False when the case already has saved work
     * in the store (imported before, or worked on here): nothing is changed then.
     */
    public boolean importState(String key, ReviewState state, String source) {
        String json = write(state);
        return tx(c -> {
            require(c, "import review work", ReviewerRole.LEAD);
            CaseRecord row = caseRow(c, key, true).orElseThrow(() -> unknownCase(key));
            if (row.version() > 0) {
                return false;
            }
            Instant now = now();
            if (state.decision() != null) {
                DecisionRecord d = state.decision();
                update(c, "INSERT INTO decision (case_key, active_case_key, decision, recommendation, reason, decided_by, decided_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", key, key, d.decision().name(),
                        d.recommendation() == null ? null : d.recommendation().name(), d.reason(),
                        d.user() == null ? user : d.user(), ts(d.at() == null ? now : d.at()));
                if (state.lastPhysicianStep() != null) {
                    recordPhysicianStep(c, key, state.lastPhysicianStep(), "unknown", now);
                }
            }
            update(c, "UPDATE review_case SET state_json = ?, version = 1, status = ?, updated_at = ?, updated_by = ? WHERE case_key = ?",
                    json, state.status().name(), ts(now), user, key);
            recordTypedRequest(c, key, null, state.request());
            for (AuditEntry e : state.audit()) {
                AuditChain.append(c, e.at() == null ? now : e.at(), e.user() == null ? "unknown" : e.user(), key, e.action(), e.detail());
            }
            AuditChain.append(c, now, user, key, "Imported", "review work from " + source + ": " + state.audit().size()
                    + " audit entries" + (state.decision() == null ? "" : ", decision " + state.decision().decision().title()));
            return true;
        });
    }

    /** How many decisions stand for a case (0 or 1: the unique constraint allows no more). */
    public int standingDecisions(String key) {
        return tx(c -> (int) count(c, "SELECT COUNT(*) FROM decision WHERE active_case_key = ?", key));
    }

    // ---- files and letters ----------------------------------------------------------------------

    /**
     * Records the SHA-256 of every submitted file of the case as it is now. The first recording is any
     * editor's (nurse, physician, lead); once files are recorded they are what the case was reviewed on, and
     * only a lead records a folder that differs from them (decision 0319), audited with how many changed.
     */
    public int recordFiles(String key, Path caseFolder) throws IOException {
        Map<String, CaseFiles.FileHash> files = CaseFiles.hashAll(caseFolder);
        return tx(c -> {
            require(c, "record case files", ReviewerRole.NURSE, ReviewerRole.PHYSICIAN, ReviewerRole.LEAD);
            caseRow(c, key, false).orElseThrow(() -> unknownCase(key));
            Map<String, CaseFiles.FileHash> before = recordedFiles(c, key);
            List<CaseFiles.FileChange> changes = CaseFiles.compare(before, files);
            if (!before.isEmpty() && !changes.isEmpty()) {
                require(c, "record the changed files of " + key + " in place of those it was recorded with", ReviewerRole.LEAD);
            }
            insertFiles(c, key, files, before, changes);
            return files.size();
        });
    }

    private void insertFiles(Connection c, String key, Map<String, CaseFiles.FileHash> files, Map<String, CaseFiles.FileHash> before,
                             List<CaseFiles.FileChange> changes) throws SQLException {
        update(c, "DELETE FROM case_file WHERE case_key = ?", key);
        Instant now = now();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO case_file (case_key, rel_path, sha256, size_bytes, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            for (var e : files.entrySet()) {
                bind(s, key, e.getKey(), e.getValue().sha256(), e.getValue().size(), ts(now));
                s.addBatch();
            }
            s.executeBatch();
        }
        AuditChain.append(c, now, user, key, "Case files recorded", files.size() + " files"
                + (before.isEmpty() ? "" : changes.isEmpty() ? ", unchanged" : ", " + changes.size() + " changed since last recorded: "
                + describe(changes, files)));
    }

    /**
     * What opening a case found of its files (decision 0319): the files were recorded now (none were before),
     * or when they were recorded and what differs in the folder since (empty: unchanged), or none are
     * recorded and this reviewer may not record them (an auditor).
     */
    public record FileCheck(int recordedNow, Instant recordedAt, List<CaseFiles.FileChange> changes) {
        public FileCheck {
            changes = List.copyOf(changes);
        }

        /** The sentence for the reviewer when the folder differs from what the store recorded; null when it does not. */
        public String notice() {
            if (changes.isEmpty()) {
                return null;
            }
            List<String> said = changes.stream().limit(5).map(CaseFiles.FileChange::sentence).toList();
            return "The files of this case differ from those the team store recorded"
                    + (recordedAt == null ? "" : " on " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                    .withZone(ZoneOffset.UTC).format(recordedAt)) + ": " + String.join("; ", said)
                    + (changes.size() > said.size() ? "; and " + (changes.size() - said.size()) + " more" : "")
                    + ". What is shown is the folder as it is now: check the submission before deciding, and tell the lead"
                    + " (who records the files again: db files --record).";
        }
    }

    /**
     * Compares a case folder with the files the store recorded for it, on opening: none recorded yet and this
     * reviewer edits ({@code record}) — they are recorded now ("Case files recorded"); recorded and the folder
     * differs — "Case files changed" is audited with each change and its new SHA-256, and the recording is
     * kept (a changed file is noticed by every reviewer who opens the case until a lead records it again).
     */
    public FileCheck checkFiles(String key, Path caseFolder, boolean record) throws IOException {
        Map<String, CaseFiles.FileHash> files = CaseFiles.hashAll(caseFolder);
        return tx(c -> {
            require(c, "read cases", ReviewerRole.values());
            Map<String, CaseFiles.FileHash> before = recordedFiles(c, key);
            if (before.isEmpty()) {
                if (!record || files.isEmpty()) {
                    return new FileCheck(0, null, List.of());
                }
                require(c, "record case files", ReviewerRole.NURSE, ReviewerRole.PHYSICIAN, ReviewerRole.LEAD);
                caseRow(c, key, false).orElseThrow(() -> unknownCase(key));
                insertFiles(c, key, files, before, List.of());
                return new FileCheck(files.size(), now(), List.of());
            }
            Instant at = null;
            try (PreparedStatement s = c.prepareStatement("SELECT MAX(recorded_at) FROM case_file WHERE case_key = ?")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        at = instant(rs, 1);
                    }
                }
            }
            List<CaseFiles.FileChange> changes = CaseFiles.compare(before, files);
            if (!changes.isEmpty()) {
                AuditChain.append(c, now(), user, key, "Case files changed", describe(changes, files));
            }
            return new FileCheck(0, at, changes);
        });
    }

    /** Each change with the file's SHA-256 now: "summary.xlsx changed sha256 9f2c…; dvh.png removed". */
    private static String describe(List<CaseFiles.FileChange> changes, Map<String, CaseFiles.FileHash> now) {
        List<String> out = new ArrayList<>();
        for (CaseFiles.FileChange ch : changes) {
            CaseFiles.FileHash h = now.get(ch.path());
            out.add(ch.path() + " " + ch.kind().name().toLowerCase(java.util.Locale.ROOT) + (h == null ? "" : " sha256 " + h.sha256()));
        }
        return String.join("; ", out);
    }

    /** What differs between the files recorded for the case and its folder now (empty: unchanged). */
    public List<CaseFiles.FileChange> changedFiles(String key, Path caseFolder) throws IOException {
        Map<String, CaseFiles.FileHash> now = CaseFiles.hashAll(caseFolder);
        return tx(c -> CaseFiles.compare(recordedFiles(c, key), now));
    }

    private static Map<String, CaseFiles.FileHash> recordedFiles(Connection c, String key) throws SQLException {
        Map<String, CaseFiles.FileHash> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT rel_path, sha256, size_bytes FROM case_file WHERE case_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new CaseFiles.FileHash(rs.getString(2), rs.getLong(3)));
                }
            }
        }
        return out;
    }

    /** A letter issued for a case: which bytes (by SHA-256), under what name, how, by whom and when. */
    public record IssuedLetter(String caseKey, String sha256, String fileName, String kind, String issuedBy, Instant issuedAt,
                               IssuedAs issuedAs) {
    }

    /** How a letter left the workstation, and the audit event that says so. */
    public enum IssuedAs {
        SAVED("Letter saved"), PRINTED("Letter printed"), SENT("Letter sent");

        private final String action;

        IssuedAs(String action) {
            this.action = action;
        }

        public String action() {
            return action;
        }
    }

    /** Keeps a letter's bytes (once per content) and records that it was saved as a file; returns its SHA-256. */
    public String saveLetter(String key, byte[] content, String fileName, String kind) {
        return issueLetter(key, content, fileName, kind, IssuedAs.SAVED);
    }

    /**
     * Keeps a letter's bytes (once per content) and records that it was issued — saved, printed or sent
     * with a PAS response — audited "Letter saved/printed/sent" with its SHA-256; returns the SHA-256.
     */
    public String issueLetter(String key, byte[] content, String fileName, String kind, IssuedAs how) {
        String sha = AuditChain.sha256(content);
        return tx(c -> {
            require(c, "issue letters", ReviewerRole.NURSE, ReviewerRole.PHYSICIAN, ReviewerRole.LEAD);
            caseRow(c, key, false).orElseThrow(() -> unknownCase(key));
            if (count(c, "SELECT COUNT(*) FROM letter_blob WHERE sha256 = ?", sha) == 0) {
                update(c, "INSERT INTO letter_blob (sha256, size_bytes, content) VALUES (?, ?, ?)", sha, (long) content.length, content);
            }
            Instant now = now();
            update(c, "INSERT INTO letter_issued (case_key, sha256, file_name, kind, issued_by, issued_at, issued_as)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", key, sha, fileName, kind, user, ts(now), how.name());
            AuditChain.append(c, now, user, key, how.action(), kind + " " + fileName + " sha256 " + sha);
            return sha;
        });
    }

    public List<IssuedLetter> letters(String key) {
        return tx(c -> {
            List<IssuedLetter> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT case_key, sha256, file_name, kind, issued_by, issued_at, issued_as"
                    + " FROM letter_issued WHERE case_key = ? ORDER BY id")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new IssuedLetter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), IssuedAs.valueOf(rs.getString(7))));
                    }
                }
            }
            return out;
        });
    }

    /** A letter's bytes by SHA-256, checked against it (a changed blob is refused, not returned). */
    public Optional<byte[]> letter(String sha256) {
        return tx(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT content FROM letter_blob WHERE sha256 = ?")) {
                s.setString(1, sha256);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<byte[]>empty();
                    }
                    byte[] bytes = rs.getBytes(1);
                    if (!AuditChain.sha256(bytes).equals(sha256)) {
                        throw new TeamStoreException("The stored letter " + sha256 + " no longer matches its SHA-256.");
                    }
                    return Optional.of(bytes);
                }
            }
        });
    }

    // ---- audit ----------------------------------------------------------------------------------

    /** Records an event that changes nothing else: a case opened, a document viewed, a letter printed. */
    public AuditEvent audit(String key, String action, String detail) {
        return tx(c -> {
            require(c, "work in the store", ReviewerRole.values());
            return AuditChain.append(c, now(), user, key, action, detail);
        });
    }

    /** Audit events of one case (null: all) between two times (null: open), for an auditor or a lead. */
    public List<AuditEvent> events(String key, Instant from, Instant to) {
        return events(new AuditQuery(key, null, null, from, to));
    }

    /**
     * Which audit events to read: one case, one reviewer (her login), one kind of event (its action), from
     * a time (included) to a time (not included); null for any.
     */
    public record AuditQuery(String caseKey, String actor, String action, Instant from, Instant to) {
        public static AuditQuery all() {
            return new AuditQuery(null, null, null, null, null);
        }
    }

    /**
     * The audit events a query names, in chain order, for an auditor or a lead. Reads them all: for a period
     * or a case; the window and {@code audit export} read {@link #eventsPage pages} instead.
     */
    public List<AuditEvent> events(AuditQuery q) {
        List<AuditEvent> out = new ArrayList<>();
        eachEvent(q, out::add);
        return out;
    }

    /**
     * One page of the events a query names, in chain order: the newest {@code limit} of them (both bounds
     * null), the {@code limit} before event {@code before}, or the {@code limit} after event {@code after};
     * and whether the query names events earlier and later than the page. Read by event number from an index
     * per filter (migration V4), so a page costs the same on a trail of years (decision 0317).
     */
    public record AuditPage(List<AuditEvent> events, boolean earlier, boolean later) {
        public AuditPage {
            events = List.copyOf(events);
        }
    }

    /** See {@link AuditPage}: for an auditor or a lead. */
    public AuditPage eventsPage(AuditQuery q, Long before, Long after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        return tx(c -> {
            require(c, "read the audit trail", ReviewerRole.AUDITOR, ReviewerRole.LEAD);
            List<AuditEvent> page = new ArrayList<>();
            boolean ascending = after != null;
            StringBuilder sql = auditSelect("SELECT seq, at, actor, case_key, action, detail, prev_hash, hash", q);
            List<Object> args = auditArgs(q);
            if (after != null) {
                sql.append(" AND seq > ?");
                args.add(after);
            } else if (before != null) {
                sql.append(" AND seq < ?");
                args.add(before);
            }
            sql.append(ascending ? " ORDER BY seq" : " ORDER BY seq DESC").append(" FETCH FIRST ").append(limit + 1).append(" ROWS ONLY");
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                bind(s, args.toArray());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        page.add(AuditChain.read(rs));
                    }
                }
            }
            boolean more = page.size() > limit; // one row beyond the page says there is more that way
            if (more) {
                page.remove(page.size() - 1);
            }
            if (!ascending) {
                java.util.Collections.reverse(page);
            }
            if (page.isEmpty()) {
                return new AuditPage(page, after != null && anyEvent(c, q, " AND seq <= ?", after),
                        before != null && anyEvent(c, q, " AND seq >= ?", before));
            }
            long first = page.get(0).seq();
            long last = page.get(page.size() - 1).seq();
            boolean earlier = ascending ? anyEvent(c, q, " AND seq < ?", first) : more;
            boolean later = ascending ? more : anyEvent(c, q, " AND seq > ?", last);
            return new AuditPage(page, earlier, later);
        });
    }

    /**
     * Hands every event a query names to {@code each}, in chain order, a page of 1 000 at a time (each page its
     * own read), so an export of years holds one page in memory; for an auditor or a lead.
     */
    public void eachEvent(AuditQuery q, java.util.function.Consumer<AuditEvent> each) {
        Long after = null;
        while (true) {
            AuditPage page = eventsPage(q, null, after == null ? 0L : after, 1000);
            page.events().forEach(each);
            if (!page.later() || page.events().isEmpty()) {
                return;
            }
            after = page.events().get(page.events().size() - 1).seq();
        }
    }

    private static StringBuilder auditSelect(String select, AuditQuery q) {
        StringBuilder sql = new StringBuilder(select).append(" FROM audit_event WHERE 1 = 1");
        if (q.caseKey() != null) {
            sql.append(" AND case_key = ?");
        }
        if (q.actor() != null) {
            sql.append(" AND actor = ?");
        }
        if (q.action() != null) {
            sql.append(" AND action = ?");
        }
        if (q.from() != null) {
            sql.append(" AND at >= ?");
        }
        if (q.to() != null) {
            sql.append(" AND at < ?");
        }
        return sql;
    }

    private static List<Object> auditArgs(AuditQuery q) {
        List<Object> args = new ArrayList<>();
        if (q.caseKey() != null) {
            args.add(q.caseKey());
        }
        if (q.actor() != null) {
            args.add(q.actor());
        }
        if (q.action() != null) {
            args.add(q.action());
        }
        if (q.from() != null) {
            args.add(ts(q.from()));
        }
        if (q.to() != null) {
            args.add(ts(q.to()));
        }
        return args;
    }

    /** Whether the query names an event with the extra condition on its number (one row read at most). */
    private static boolean anyEvent(Connection c, AuditQuery q, String condition, long seq) throws SQLException {
        StringBuilder sql = auditSelect("SELECT seq", q).append(condition).append(" FETCH FIRST 1 ROWS ONLY");
        List<Object> args = auditArgs(q);
        args.add(seq);
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            bind(s, args.toArray());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Every case's decisions as the audit trail recorded them (decision 0318), for the department's report:
     * the chain's decision events read in order — one indexed read of those kinds only, whatever the size of
     * the trail — and replayed per case. Counts, not the trail itself: any reviewer's role may read it.
     */
    public Map<String, RecordedDecision> recordedDecisions() {
        return tx(c -> {
            require(c, "read the department's figures", ReviewerRole.values());
            Map<String, RecordedDecision> out = new HashMap<>();
            String marks = String.join(", ", java.util.Collections.nCopies(RecordedDecision.ACTIONS.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("SELECT seq, at, actor, case_key, action, detail, prev_hash, hash"
                    + " FROM audit_event WHERE action IN (" + marks + ") AND case_key IS NOT NULL ORDER BY seq")) {
                bind(s, RecordedDecision.ACTIONS.toArray());
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        AuditEvent e = AuditChain.read(rs);
                        out.put(e.caseKey(), out.getOrDefault(e.caseKey(), RecordedDecision.NONE).then(e));
                    }
                }
            }
            return out;
        });
    }

    /** The kinds of event the trail holds (its actions), sorted, for an auditor's filter. */
    public List<String> auditActions() {
        return tx(c -> {
            require(c, "read the audit trail", ReviewerRole.AUDITOR, ReviewerRole.LEAD);
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT action FROM audit_event ORDER BY action");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * Walks the whole chain ({@link AuditChain#verify}, what {@code audit verify} runs) for an auditor or a
     * lead: intact, or the first broken event and why.
     */
    public AuditChain.Verification verifyAuditTrail() {
        tx(c -> require(c, "verify the audit trail", ReviewerRole.AUDITOR, ReviewerRole.LEAD));
        try {
            return AuditChain.verify(db);
        } catch (SQLException e) {
            throw new TeamStoreException("The team database " + db.description() + " could not be read to verify the audit trail: "
                    + TeamDatabase.rootMessage(e), e);
        }
    }

    // ---- plumbing -------------------------------------------------------------------------------

    private static final String CASE_SELECT = "SELECT rc.case_key, rc.folder, rc.request_id, rc.urgency, rc.received_at, rc.due_at,"
            + " rc.status, rc.assignee, rc.version, rc.updated_at, rc.updated_by,"
            + " cl.owner, cl.client_id, cl.taken_at, cl.heartbeat_at, rc.request_json, rc.request_typed,"
            + " d.decision, d.decided_by, d.physician_action, d.physician_by, d.physician_at"
            + " FROM review_case rc LEFT JOIN case_lock cl ON cl.case_key = rc.case_key"
            + " LEFT JOIN decision d ON d.active_case_key = rc.case_key";

    private static Optional<CaseRecord> caseRow(Connection c, String key, boolean forUpdate) throws SQLException {
        if (forUpdate) {
            try (PreparedStatement s = c.prepareStatement("SELECT case_key FROM review_case WHERE case_key = ? FOR UPDATE")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(CASE_SELECT + " WHERE rc.case_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(caseRecord(rs)) : Optional.empty();
            }
        }
    }

    private static CaseRecord caseRecord(ResultSet rs) throws SQLException {
        String owner = rs.getString(12);
        CaseLock lock = owner == null ? null : new CaseLock(rs.getString(1), owner, rs.getString(13), instant(rs, 14), instant(rs, 15));
        return new CaseRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), instant(rs, 5), instant(rs, 6),
                rs.getString(7), rs.getString(8), rs.getLong(9), instant(rs, 10), rs.getString(11), lock,
                request(rs.getString(16), rs.getString(1)), rs.getBoolean(17),
                rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21), instant(rs, 22));
    }

    private static Request request(String json, String key) {
        if (json == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(json, Request.class);
        } catch (JsonProcessingException e) {
            throw new TeamStoreException("The typed request details of " + key + " in the team database could not be read.", e);
        }
    }

    private static String requestJson(Request request) {
        try {
            return Json.MAPPER.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request could not be written as JSON", e);
        }
    }

    /**
     * The request a reviewer typed in a save becomes the worklist's for every workstation: its JSON, and the
     * row's request ID, urgency, received and due times (decision 0213). Nothing when it did not change.
     */
    private static void recordTypedRequest(Connection c, String key, Request before, Request after) throws SQLException {
        if (after == null || after.equals(before)) {
            return;
        }
        String json = requestJson(after);
        java.time.OffsetDateTime due = org.imrtreview.store.worklist.Turnaround.dueAt(after);
        update(c, "UPDATE review_case SET request_json = ?, request_typed = TRUE, request_id = COALESCE(?, request_id),"
                + " urgency = COALESCE(?, urgency),"
                + " received_at = COALESCE(?, received_at), due_at = COALESCE(?, due_at) WHERE case_key = ?", json,
                after.requestId(), after.urgency() == null ? null : after.urgency().name(),
                after.receivedAt() == null ? null : ts(after.receivedAt().toInstant()), due == null ? null : ts(due.toInstant()), key);
    }

    private static Optional<CaseLock> lockRow(Connection c, String key, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT case_key, owner, client_id, taken_at, heartbeat_at FROM case_lock"
                + " WHERE case_key = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new CaseLock(rs.getString(1), rs.getString(2), rs.getString(3),
                        instant(rs, 4), instant(rs, 5))) : Optional.empty();
            }
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static TeamStoreException unknownCase(String key) {
        return new TeamStoreException("The case " + key + " is not in the team worklist.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime ts(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                s.setNull(i + 1, java.sql.Types.NULL);
            } else if (a instanceof byte[] b) {
                s.setBytes(i + 1, b);
            } else {
                s.setObject(i + 1, a);
            }
        }
    }

    private static ReviewState parse(String json, String key) {
        try {
            return Json.MAPPER.readValue(json, ReviewState.class);
        } catch (JsonProcessingException e) {
            throw new TeamStoreException("The saved review work of " + key + " in the team database could not be read.", e);
        }
    }

    static String write(ReviewState state) {
        try {
            return Json.MAPPER.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("review state could not be written as JSON", e);
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs work in one transaction. A collision another client caused (a unique key taken between our
     * read and our insert, a deadlock, a serialisation failure, a lock wait timed out) rolls back and
     * runs the work again; everything else rolls back and is reported.
     */
    <T> T tx(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = db.connection()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(c);
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt < MAX_ATTEMPTS && retryable(e)) {
                    pause(attempt);
                    continue;
                }
                throw new TeamStoreException("The team database " + db.description() + " refused the change: "
                        + TeamDatabase.rootMessage(e), e);
            }
        }
    }

    /**
     * H2's known race between reading a row's large object and another connection's update of that row
     * (h2database issues 1808 / 3445): the read fails with a NullPointerException inside
     * {@code LobStorageMap} because the LOB it was about to copy was just replaced. Nothing was read or
     * written; run again like a deadlock. Seen as one failed load among twenty clients on one worklist.
     */
    static boolean h2LobRace(Throwable t) {
        if (!(t instanceof NullPointerException)) {
            return false;
        }
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().equals("org.h2.mvstore.db.LobStorageMap")) {
                return true;
            }
        }
        return false;
    }

    static boolean retryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                // 23505 unique key, 40001 serialisation / H2 deadlock, 40P01 PostgreSQL deadlock, HYT00 H2 lock timeout
                if (state.equals("23505") || state.equals("40001") || state.equals("40P01") || state.equals("HYT00")) {
                    return true;
                }
            }
            if (h2LobRace(t)) {
                return true;
            }
        }
        return false;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the transaction died with it
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L + Math.min(attempt, 10) * 10L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TeamStoreException("Interrupted while retrying a change to the team database.");
        }
    }
}
