package org.wardstat.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The audit trail: who did what and when. A row is written on the caller's connection, so an
 * action and its audit row commit (or roll back) together when the caller runs in a transaction.
 * Actions are short fixed words ("approve", "lock", "sign-in-failed"); what they concern is said
 * in the detail, in the words of whoever did it (file names, periods, reasons).
 */
@Service
public class AuditTrail {

    /**
     * Who acts and from where: a user on the web, a user or the operator at the command line, the
     * scheduler. {@code unitCode} is the actor's own unit when known (a signed-in user's): an
     * action that concerns no one unit, such as a load without an area, is filed under it.
     */
    public record Actor(String name, String channel, String remoteAddress, String unitCode) {
        public Actor(String name, String channel, String remoteAddress) {
            this(name, channel, remoteAddress, null);
        }

        public static Actor web(String username, String remoteAddress) {
            return new Actor(username, "web", remoteAddress);
        }

        public static Actor web(String username, String remoteAddress, String unitCode) {
            return new Actor(username, "web", remoteAddress, unitCode);
        }

        public static Actor commandLine(String name) {
            return new Actor(name, "cli", null);
        }

        /** The operator at the command line, known by the operating system's user name. */
        public static Actor operator() {
            return new Actor("os:" + System.getProperty("user.name"), "cli", null);
        }

        public static Actor scheduler() {
            return new Actor("scheduler", "scheduler", null);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(Actor actor, String action, String unitCode, String detail) {
        jdbc.sql("""
                insert into audit_event (at, actor, channel, action, org_unit_code, detail, remote_address)
                values (:at, :actor, :channel, :action, :unit, :detail, :address)
                """)
                .param("at", Timestamp.from(clock.instant())).param("actor", actor.name()).param("channel", actor.channel())
                .param("action", action).param("unit", unitCode).param("detail", detail == null ? "" : detail)
                .param("address", actor.remoteAddress())
                .update();
    }

    /** The newest events concerning any of the units, newest first. */
    public List<AuditEvent> concerning(Collection<String> unitCodes, int limit) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, at, actor, channel, action, org_unit_code, detail, remote_address from audit_event
                where org_unit_code = any(cast(:units as text[])) order by at desc, id desc limit :limit
                """)
                .param("units", unitCodes.toArray(String[]::new)).param("limit", limit)
                .query(AuditTrail::event).list();
    }

    /**
     * One page of the events an admin may see, newest first: those concerning a unit of their
     * subtree and, for an admin of a top unit, those that concern no unit (a failed sign-in
     * under an unknown name, a load from the command line without an area).
     */
    public List<AuditEvent> page(Collection<String> unitCodes, boolean withUnattributed, String action, int offset, int limit) {
        return jdbc.sql("""
                select id, at, actor, channel, action, org_unit_code, detail, remote_address from audit_event
                where (org_unit_code = any(cast(:units as text[])) or (:unattributed and org_unit_code is null))
                  and (cast(:action as text) is null or action = :action)
                order by at desc, id desc offset :offset limit :limit
                """)
                .param("units", unitCodes.toArray(String[]::new)).param("unattributed", withUnattributed)
                .param("action", action).param("offset", offset).param("limit", limit)
                .query(AuditTrail::event).list();
    }

    /**
     * Failed sign-ins under one name since a moment and since that name's last successful one,
     * with the time of the latest: what sign-in throttling counts.
     */
    public Failures failedSignInsOf(String username, Instant since) {
        return jdbc.sql("""
                select count(*), max(at) from audit_event
                where action = 'sign-in-failed' and actor = :name and at >= :since
                  and id > coalesce((select max(id) from audit_event where action = 'sign-in' and actor = :name), 0)
                """)
                .param("name", username).param("since", Timestamp.from(since))
                .query(AuditTrail::failures).single();
    }

    /** Failed sign-ins from one address since a moment, whatever the names tried. */
    public Failures failedSignInsFrom(String address, Instant since) {
        return jdbc.sql("""
                select count(*), max(at) from audit_event
                where action = 'sign-in-failed' and remote_address = :address and at >= :since
                """)
                .param("address", address).param("since", Timestamp.from(since))
                .query(AuditTrail::failures).single();
    }

    /** @param latest null when there were none */
    public record Failures(int count, Instant latest) {
    }

    private static Failures failures(ResultSet rs, int row) throws SQLException {
        Timestamp latest = rs.getTimestamp(2);
        return new Failures(rs.getInt(1), latest == null ? null : latest.toInstant());
    }

    /** The actions recorded so far, for a filter. */
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_event order by action").query(String.class).list();
    }

    /** Every event of one action, oldest first (for tests and the command line). */
    public List<AuditEvent> ofAction(String action) {
        return jdbc.sql("""
                select id, at, actor, channel, action, org_unit_code, detail, remote_address from audit_event
                where action = :action order by at, id
                """).param("action", action).query(AuditTrail::event).list();
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("channel"),
                rs.getString("action"), rs.getString("org_unit_code"), rs.getString("detail"), rs.getString("remote_address"));
    }
}
