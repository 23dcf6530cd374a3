package org.wardstat.ingest;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wardstat.system.Messages;

/**
 * A locked ward's month refuses any figure that would add to it or change it. Run by the merge,
 * in its transaction and holding the shared side of the figures' advisory lock (a lock command
 * holds the exclusive side), so no lock can land between this check and the merge's commit. A
 * row that would add or change a locked figure is rejected whole, with the reason in words: who
 * locked the month and when, and who may unlock it; the file's other rows still load. A row that
 * repeats the locked figures unchanged is no change and passes.
 */
final class LockedMonths {

    /** The same number as {@code Approvals.FIGURES_LOCK}: "wardstat". */
    static final long FIGURES_LOCK = 0x7761726473746174L;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final Messages messages;
    private final ZoneId zone;

    LockedMonths(JdbcTemplate jdbcTemplate, Messages messages, ZoneId zone) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.messages = messages;
        this.zone = zone;
    }

    /** Rejects the file's rows that touch a locked month, drops their staged values; the number of rows rejected. */
    int rejectRows(long file) {
        jdbc.sql("select pg_advisory_xact_lock_shared(:key)").param("key", FIGURES_LOCK).query((rs, n) -> 1).list();
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
        boolean vi = messages.isVietnamese();
        List<Object[]> rejects = new ArrayList<>();
        jdbc.sql("""
                select distinct on (s.sheet, s.row_number, s.org_unit_code, s.period)
                       s.sheet, s.row_number, s.org_unit_code, to_char(s.period, 'MM/YYYY') as month, s.indicator_code, s.value,
                       w.name_vi as ward_vi, w.name_en as ward_en, coalesce(u.display_name, l.locked_by) as locked_by,
                       lu.name_vi as locker_vi, lu.name_en as locker_en, l.locked_at, r.raw_row
                from staged_value s
                join ward_month_lock l on l.org_unit_code = s.org_unit_code and l.period = s.period
                join org_unit w on w.code = s.org_unit_code
                join org_unit lu on lu.code = l.locker_unit
                left join app_user u on u.username = l.locked_by
                join staged_row r on (r.source_file_id, r.sheet, r.row_number) = (s.source_file_id, s.sheet, s.row_number)
                left join observation o on (o.org_unit_code, o.indicator_code, o.period) = (s.org_unit_code, s.indicator_code, s.period)
                where s.source_file_id = :file and o.value is distinct from s.value
                order by s.sheet, s.row_number, s.org_unit_code, s.period, s.indicator_code
                """)
                .param("file", file)
                .query((ResultSet rs) -> {
                    String locker = vi ? rs.getString("locker_vi") : rs.getString("locker_en");
                    String reason = messages.get("value.locked", rs.getString("month"), vi ? rs.getString("ward_vi") : rs.getString("ward_en"),
                            rs.getString("locked_by"), locker, rs.getTimestamp("locked_at").toInstant().atZone(zone).format(minutes));
                    rejects.add(new Object[] {file, rs.getString("sheet"), rs.getInt("row_number"), rs.getString("indicator_code"),
                            plain(rs.getBigDecimal("value")), "month.locked", reason, rs.getString("raw_row")});
                });
        if (rejects.isEmpty()) {
            return 0;
        }
        jdbcTemplate.batchUpdate("""
                insert into ingest_reject (source_file_id, sheet, row_number, column_name, cell_value, reason_code, reason, raw_row)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """, rejects);
        jdbc.sql("""
                delete from staged_value s using ingest_reject r
                where s.source_file_id = :file and r.source_file_id = s.source_file_id and r.sheet = s.sheet and r.row_number = s.row_number
                """).param("file", file).update();
        jdbc.sql("""
                delete from staged_row s using ingest_reject r
                where s.source_file_id = :file and r.source_file_id = s.source_file_id and r.sheet = s.sheet and r.row_number = s.row_number
                """).param("file", file).update();
        jdbc.sql("""
                delete from ingest_warning w using ingest_reject r
                where w.source_file_id = :file and r.source_file_id = w.source_file_id and r.sheet = w.sheet and r.row_number = w.row_number
                """).param("file", file).update();
        jdbc.sql("""
                update source_file set
                    rows_rejected = (select count(*) from (select distinct sheet, row_number from ingest_reject where source_file_id = :file) r),
                    rows_warned = (select count(*) from (select distinct sheet, row_number from ingest_warning where source_file_id = :file) w)
                where id = :file
                """).param("file", file).update();
        return rejects.size();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
