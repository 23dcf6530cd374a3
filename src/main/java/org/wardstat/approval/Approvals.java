package org.wardstat.approval;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardstat.analytics.Window;
import org.wardstat.audit.AuditTrail;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;
import org.wardstat.users.AppUser;
import org.wardstat.users.Scope;
import org.wardstat.users.Users;

/**
 * Approving, locking and unlocking wards' months, and where they stand. Each action names an
 * area and a window and applies to every ward's month in it that the user may act on; it is one
 * transaction with its audit row. A load merging figures holds the shared side of
 * {@link #FIGURES_LOCK}, an approval or a lock its exclusive side, so a lock never lands between a
 * load's check of the locks and its commit, and an approval never covers figures it did not see.
 */
@Service
public class Approvals {

    /** The advisory lock a load's merge shares; the same number is written in ingest's LockedMonths. */
    public static final long FIGURES_LOCK = 0x7761726473746174L; // "wardstat"

    private static final int NAMES_SHOWN = 10;

    public record Outcome(int done, int already, int withoutFigures) {
    }

    private final JdbcClient jdbc;
    private final CatalogRepository catalogs;
    private final Users users;
    private final AuditTrail audit;
    private final Clock clock;

    Approvals(JdbcClient jdbc, CatalogRepository catalogs, Users users, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalogs = catalogs;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Approves the submitted months of the wards directly under the user's unit, within the area. */
    @Transactional
    public Outcome approve(String username, AuditTrail.Actor actor, String areaCode, Window window, Messages messages) {
        Catalog catalog = catalogs.load();
        AppUser user = user(username, messages);
        OrgUnit area = areaInScope(user, catalog, areaCode, messages);
        List<OrgUnit> wards = catalog.wardsUnder(area).stream().filter(ward -> ApprovalRights.mayApprove(user, ward)).toList();
        if (wards.isEmpty()) {
            throw new ApprovalRefused(ApprovalRights.isApprover(user)
                    ? messages.get("approval.refused.not-above", name(catalog, user.orgUnitCode(), messages), area.name(messages.isVietnamese()))
                    : messages.get("approval.refused.no-right", user.username()));
        }
        exclusive();
        WardMonths pairs = WardMonths.of(wards, window);
        int withoutFigures = jdbc.sql("""
                select count(*) from unnest(cast(:wards as text[]), cast(:months as date[])) as m(ward, period)
                where not exists (select 1 from submission s where s.org_unit_code = m.ward and s.period = m.period)
                """).param("wards", pairs.wards()).param("months", pairs.months()).query(Integer.class).single();
        int done = jdbc.sql("""
                insert into ward_month_approval (org_unit_code, period, approved_by, approver_unit, approved_at)
                select m.ward, m.period, :user, :unit, :at from unnest(cast(:wards as text[]), cast(:months as date[])) as m(ward, period)
                where exists (select 1 from submission s where s.org_unit_code = m.ward and s.period = m.period)
                on conflict do nothing
                """)
                .param("wards", pairs.wards()).param("months", pairs.months())
                .param("user", user.username()).param("unit", user.orgUnitCode()).param("at", now()).update();
        Outcome outcome = new Outcome(done, pairs.size() - withoutFigures - done, withoutFigures);
        audit.record(actor, "approve", area.code(),
                messages.get("approval.audit.approve", window.code(), outcome.done(), outcome.already(), outcome.withoutFigures()));
        return outcome;
    }

    /**
     * Locks every ward's month of the area, with figures or without (a late file for a locked
     * month is refused too). Refused while a submitted month is not yet approved: the province
     * closes what the units below have approved.
     */
    @Transactional
    public Outcome lock(String username, AuditTrail.Actor actor, String areaCode, Window window, Messages messages) {
        Catalog catalog = catalogs.load();
        AppUser user = user(username, messages);
        OrgUnit area = areaInScope(user, catalog, areaCode, messages);
        mayLock(user, catalog, area, messages);
        exclusive();
        WardMonths pairs = WardMonths.of(catalog.wardsUnder(area), window);
        List<String> waiting = jdbc.sql("""
                select m.ward, m.period from unnest(cast(:wards as text[]), cast(:months as date[])) as m(ward, period)
                where exists (select 1 from submission s where s.org_unit_code = m.ward and s.period = m.period)
                  and not exists (select 1 from ward_month_approval a where a.org_unit_code = m.ward and a.period = m.period)
                order by m.period, m.ward
                """)
                .param("wards", pairs.wards()).param("months", pairs.months())
                .query((rs, n) -> name(catalog, rs.getString(1), messages) + " (" + month(rs.getDate(2)) + ")").list();
        if (!waiting.isEmpty()) {
            throw new ApprovalRefused(messages.get("approval.refused.unapproved", waiting.size(), shortList(waiting, messages)));
        }
        int done = jdbc.sql("""
                insert into ward_month_lock (org_unit_code, period, locked_by, locker_unit, locked_at)
                select m.ward, m.period, :user, :unit, :at from unnest(cast(:wards as text[]), cast(:months as date[])) as m(ward, period)
                on conflict do nothing
                """)
                .param("wards", pairs.wards()).param("months", pairs.months())
                .param("user", user.username()).param("unit", user.orgUnitCode()).param("at", now()).update();
        int withFigures = jdbc.sql("""
                select count(*) from unnest(cast(:wards as text[]), cast(:months as date[])) as m(ward, period)
                where exists (select 1 from submission s where s.org_unit_code = m.ward and s.period = m.period)
                """).param("wards", pairs.wards()).param("months", pairs.months()).query(Integer.class).single();
        Outcome outcome = new Outcome(done, pairs.size() - done, pairs.size() - withFigures);
        audit.record(actor, "lock", area.code(),
                messages.get("approval.audit.lock", window.code(), outcome.done(), outcome.already(), outcome.withoutFigures()));
        return outcome;
    }

    /** Unlocks the area's locked months; the reason is required and kept with each lock it ends. */
    @Transactional
    public Outcome unlock(String username, AuditTrail.Actor actor, String areaCode, Window window, String reason, Messages messages) {
        if (reason == null || reason.isBlank()) {
            throw new ApprovalRefused(messages.get("approval.refused.no-reason"));
        }
        Catalog catalog = catalogs.load();
        AppUser user = user(username, messages);
        OrgUnit area = areaInScope(user, catalog, areaCode, messages);
        mayLock(user, catalog, area, messages);
        exclusive();
        WardMonths pairs = WardMonths.of(catalog.wardsUnder(area), window);
        int done = jdbc.sql("""
                with ended as (
                    delete from ward_month_lock l using unnest(cast(:wards as text[]), cast(:months as date[])) as m(ward, period)
                    where l.org_unit_code = m.ward and l.period = m.period
                    returning l.org_unit_code, l.period, l.locked_by, l.locked_at)
                insert into ward_month_unlock (org_unit_code, period, locked_by, locked_at, unlocked_by, unlocked_at, reason)
                select org_unit_code, period, locked_by, locked_at, :user, :at, :reason from ended
                """)
                .param("wards", pairs.wards()).param("months", pairs.months())
                .param("user", user.username()).param("at", now()).param("reason", reason.strip()).update();
        Outcome outcome = new Outcome(done, pairs.size() - done, 0);
        audit.record(actor, "unlock", area.code(), messages.get("approval.audit.unlock", window.code(), done, reason.strip()));
        return outcome;
    }

    /** Each ward's month of the area in the window: submitted, approved, locked; by month, then catalog order. */
    @Transactional(readOnly = true)
    public List<WardMonthStatus> status(String areaCode, Window window, Messages messages) {
        Catalog catalog = catalogs.load();
        OrgUnit area = catalog.unit(areaCode).orElseThrow(() -> new ApprovalRefused(messages.get("approval.refused.unknown-area", areaCode)));
        WardMonths pairs = WardMonths.of(catalog.wardsUnder(area), window);
        return jdbc.sql("""
                select m.ward, m.period, m.position,
                       (select max(s.submitted_at) from submission s where s.org_unit_code = m.ward and s.period = m.period) as submitted_at,
                       coalesce(au.display_name, a.approved_by) as approved_by, a.approver_unit, a.approved_at,
                       coalesce(lu.display_name, l.locked_by) as locked_by, l.locked_at
                from unnest(cast(:wards as text[]), cast(:months as date[])) with ordinality as m(ward, period, position)
                left join ward_month_approval a on a.org_unit_code = m.ward and a.period = m.period
                left join app_user au on au.username = a.approved_by
                left join ward_month_lock l on l.org_unit_code = m.ward and l.period = m.period
                left join app_user lu on lu.username = l.locked_by
                order by m.period, m.position
                """)
                .param("wards", pairs.wards()).param("months", pairs.months())
                .query((rs, n) -> new WardMonthStatus(rs.getString("ward"), name(catalog, rs.getString("ward"), messages),
                        YearMonth.from(rs.getDate("period").toLocalDate()), instant(rs, "submitted_at"),
                        rs.getString("approved_by"),
                        rs.getString("approver_unit") == null ? null : name(catalog, rs.getString("approver_unit"), messages),
                        instant(rs, "approved_at"), rs.getString("locked_by"), instant(rs, "locked_at")))
                .list();
    }

    /** Whether the user may lock and unlock the area: the web shows the buttons by it. */
    public boolean mayLock(String username, String areaCode) {
        Catalog catalog = catalogs.load();
        return users.find(username).flatMap(user -> catalog.unit(areaCode)
                .map(area -> ApprovalRights.mayLock(user, Scope.of(catalog, user.orgUnitCode()), area))).orElse(false);
    }

    /** Whether the user may approve some ward of the area. */
    public boolean mayApprove(String username, String areaCode) {
        Catalog catalog = catalogs.load();
        return users.find(username).flatMap(user -> catalog.unit(areaCode)
                .map(area -> catalog.wardsUnder(area).stream().anyMatch(ward -> ApprovalRights.mayApprove(user, ward)))).orElse(false);
    }

    private void mayLock(AppUser user, Catalog catalog, OrgUnit area, Messages messages) {
        if (!ApprovalRights.mayLock(user, Scope.of(catalog, user.orgUnitCode()), area)) {
            throw new ApprovalRefused(ApprovalRights.isApprover(user)
                    ? messages.get("approval.refused.not-province", name(catalog, user.orgUnitCode(), messages))
                    : messages.get("approval.refused.no-right", user.username()));
        }
    }

    private AppUser user(String username, Messages messages) {
        AppUser user = users.find(username == null ? "" : username)
                .orElseThrow(() -> new ApprovalRefused(messages.get("approval.refused.unknown-user", username)));
        if (!user.enabled()) {
            throw new ApprovalRefused(messages.get("approval.refused.disabled", username));
        }
        return user;
    }

    private static OrgUnit areaInScope(AppUser user, Catalog catalog, String areaCode, Messages messages) {
        OrgUnit area = catalog.unit(areaCode).orElseThrow(() -> new ApprovalRefused(messages.get("approval.refused.unknown-area", areaCode)));
        if (!Scope.of(catalog, user.orgUnitCode()).contains(area)) {
            throw new ApprovalRefused(messages.get("approval.refused.outside", user.username(), area.name(messages.isVietnamese())));
        }
        return area;
    }

    /** Waits for the loads merging now, and keeps new ones from merging until this transaction ends. */
    private void exclusive() {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", FIGURES_LOCK).query((rs, n) -> 1).list();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String name(Catalog catalog, String code, Messages messages) {
        return catalog.unit(code).map(unit -> unit.name(messages.isVietnamese())).orElse(code);
    }

    private static String month(Date date) {
        YearMonth month = YearMonth.from(date.toLocalDate());
        return "%02d/%d".formatted(month.getMonthValue(), month.getYear());
    }

    private static String shortList(List<String> names, Messages messages) {
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return names.size() <= NAMES_SHOWN ? shown : shown + messages.get("approval.and-more", names.size() - NAMES_SHOWN);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** The wards' months of a window, each ward in the months it existed: two parallel arrays for unnest. */
    record WardMonths(String[] wards, String[] months) {
        static WardMonths of(List<OrgUnit> wards, Window window) {
            List<String> codes = new ArrayList<>();
            List<String> dates = new ArrayList<>();
            for (YearMonth month : window.months()) {
                for (OrgUnit ward : wards) {
                    if (ward.existsIn(month)) {
                        codes.add(ward.code());
                        dates.add(month.atDay(1).toString());
                    }
                }
            }
            return new WardMonths(codes.toArray(String[]::new), dates.toArray(String[]::new));
        }

        int size() {
            return wards.length;
        }
    }
}
