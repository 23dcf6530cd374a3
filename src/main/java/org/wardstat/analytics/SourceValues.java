package org.wardstat.analytics;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored values with where each was read (file, sheet, row, load) and the values it replaced. */
@Repository
class SourceValues {

    /** One stored value and its source; the unit of the comparison is not known here. */
    record Stored(String ward, String indicator, YearMonth month, BigDecimal value, String file, String sheet,
                  Integer row, long loadId, java.time.Instant loadedAt) {
    }

    record Key(String ward, String indicator, YearMonth month) {
    }

    private final JdbcClient jdbc;

    SourceValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Key, Stored> values(Collection<String> wards, Collection<String> indicators, YearMonth first, YearMonth last) {
        Map<Key, Stored> values = new HashMap<>();
        jdbc.sql("""
                select o.org_unit_code, o.indicator_code, o.period, o.value, f.file_name, o.source_sheet, o.source_row,
                       f.id, o.loaded_at
                from observation o join source_file f on f.id = o.source_file_id
                where o.org_unit_code in (:wards) and o.indicator_code in (:indicators) and o.period between :first and :last
                """)
                .param("wards", List.copyOf(wards)).param("indicators", List.copyOf(indicators))
                .param("first", Date.valueOf(first.atDay(1))).param("last", Date.valueOf(last.atDay(1)))
                .query(rs -> {
                    Stored stored = new Stored(rs.getString(1), rs.getString(2), month(rs, 3),
                            ObservationRepository.plain(rs.getBigDecimal(4)), rs.getString(5), rs.getString(6),
                            (Integer) rs.getObject(7), rs.getLong(8), rs.getTimestamp(9).toInstant());
                    values.put(new Key(stored.ward(), stored.indicator(), stored.month()), stored);
                });
        return values;
    }

    /** The revisions of the values, oldest first. */
    Map<Key, List<Explanation.Revision>> revisions(Collection<String> wards, Collection<String> indicators, YearMonth first,
                                                  YearMonth last) {
        Map<Key, List<Explanation.Revision>> revisions = new HashMap<>();
        jdbc.sql("""
                select r.org_unit_code, r.indicator_code, r.period, r.old_value, r.new_value,
                       old_file.file_name, r.old_source_sheet, r.old_source_row,
                       new_file.file_name, r.new_source_sheet, r.new_source_row, r.revised_at
                from observation_revision r
                join source_file old_file on old_file.id = r.old_source_file_id
                join source_file new_file on new_file.id = r.new_source_file_id
                where r.org_unit_code in (:wards) and r.indicator_code in (:indicators) and r.period between :first and :last
                order by r.id
                """)
                .param("wards", List.copyOf(wards)).param("indicators", List.copyOf(indicators))
                .param("first", Date.valueOf(first.atDay(1))).param("last", Date.valueOf(last.atDay(1)))
                .query(rs -> {
                    revisions.computeIfAbsent(new Key(rs.getString(1), rs.getString(2), month(rs, 3)), k -> new ArrayList<>())
                            .add(new Explanation.Revision(ObservationRepository.plain(rs.getBigDecimal(4)),
                                    ObservationRepository.plain(rs.getBigDecimal(5)), rs.getString(6), rs.getString(7),
                                    (Integer) rs.getObject(8), rs.getString(9), rs.getString(10), (Integer) rs.getObject(11),
                                    rs.getTimestamp(12).toInstant()));
                });
        return revisions;
    }

    private static YearMonth month(ResultSet rs, int column) throws SQLException {
        return YearMonth.from(rs.getDate(column).toLocalDate());
    }
}
