package org.wardstat.approval;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.system.Messages;

/**
 * Where the figures of some wards for a window stand: how many wards submitted any month of it,
 * how many of those still have a submitted month not approved, whether every submitted month is
 * locked, and by whom and when. A report prints it in one sentence; a job that requires approved
 * or locked figures waits on it. Months no ward submitted do not count: a ward that never sent
 * its figures would otherwise hold every report back for ever.
 */
@Repository
public class FigureStanding {

    public enum Requirement {
        NONE, APPROVED, LOCKED
    }

    /**
     * @param wards           wards with at least one submitted month in the window
     * @param unapprovedWards of those, the wards with a submitted month not approved
     * @param unlockedWards   of those, the wards with a submitted month not locked
     * @param approverUnits   the units that approved, by code
     */
    public record Standing(int wards, int unapprovedWards, int unlockedWards, Instant lastApproval, Instant lastLock,
                           List<String> approverUnits) {

        public boolean meets(Requirement requirement) {
            return switch (requirement) {
                case NONE -> true;
                case APPROVED -> unapprovedWards == 0;
                case LOCKED -> unapprovedWards == 0 && unlockedWards == 0;
            };
        }

        /**
         * "Số liệu đã được Thành phố Bắc Kạn duyệt ngày 05/12/2024, khóa ngày 10/12/2024." or
         * "Số liệu của 2/6 phường chưa được duyệt."; empty when no ward submitted anything.
         */
        public String sentence(Catalog catalog, ZoneId zone, Messages messages) {
            if (wards == 0) {
                return "";
            }
            if (unapprovedWards > 0) {
                return messages.get("standing.unapproved", unapprovedWards, wards);
            }
            DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
            String by = approverUnits.size() == 1
                    ? catalog.unit(approverUnits.get(0)).map(unit -> unit.name(messages.isVietnamese())).orElse(approverUnits.get(0))
                    : messages.get("standing.units", approverUnits.size());
            String approved = lastApproval.atZone(zone).format(day);
            return unlockedWards == 0
                    ? messages.get("standing.locked", by, approved, lastLock.atZone(zone).format(day))
                    : messages.get("standing.approved", by, approved);
        }
    }

    private final JdbcClient jdbc;

    FigureStanding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Standing of(Collection<String> wardCodes, Window window) {
        if (wardCodes.isEmpty()) {
            return new Standing(0, 0, 0, null, null, List.of());
        }
        return jdbc.sql("""
                with ward_month as (
                    select distinct org_unit_code, period from submission
                    where org_unit_code = any(cast(:wards as text[])) and period between cast(:first as date) and cast(:last as date))
                select count(distinct m.org_unit_code) as wards,
                       count(distinct m.org_unit_code) filter (where a.org_unit_code is null) as unapproved,
                       count(distinct m.org_unit_code) filter (where l.org_unit_code is null) as unlocked,
                       max(a.approved_at) as last_approval, max(l.locked_at) as last_lock,
                       coalesce(array_agg(distinct a.approver_unit) filter (where a.approver_unit is not null), '{}') as approvers
                from ward_month m
                left join ward_month_approval a on a.org_unit_code = m.org_unit_code and a.period = m.period
                left join ward_month_lock l on l.org_unit_code = m.org_unit_code and l.period = m.period
                """)
                .param("wards", wardCodes.toArray(String[]::new))
                .param("first", window.first().atDay(1).toString()).param("last", window.last().atDay(1).toString())
                .query((rs, n) -> new Standing(rs.getInt("wards"), rs.getInt("unapproved"), rs.getInt("unlocked"),
                        instant(rs.getTimestamp("last_approval")), instant(rs.getTimestamp("last_lock")),
                        Arrays.asList((String[]) rs.getArray("approvers").getArray())))
                .single();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
