package org.wardstat.report.archive;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardstat.analytics.Window;
import org.wardstat.report.archive.Editions.Edition;

/**
 * Which editions are out of date: a figure within an edition's scope was revised after it was
 * made. The scope is what the report read: the wards under its unit (or the ward itself) with the
 * wards they replaced, every indicator, the months of its window and of the same window a year
 * earlier. The figure the edition printed is the old value of the first revision after it; a
 * figure changed and changed back is no change. One query for any number of editions.
 */
@Repository
public class OutOfDate {

    /** A figure that changed after an edition was made: its value then and now, and the file that changed it. */
    public record Change(long editionId, String unitCode, String indicatorCode, YearMonth month, BigDecimal oldValue,
                         BigDecimal newValue, String file) {
    }

    private static final String CHANGES = """
            with recursive edition (id, unit, made_at, first_month, last_month) as (
                select e.id, e.org_unit_code, e.created_at, w.first_month, w.last_month
                from unnest(cast(:ids as bigint[]), cast(:firsts as date[]), cast(:lasts as date[])) as w (id, first_month, last_month)
                join report_edition e on e.id = w.id),
            link (above, below) as (
                select parent_code, code from org_unit where parent_code is not null
                union all
                select unit_code, predecessor_code from org_unit_predecessor),
            scope (id, unit) as (
                select id, unit from edition
                union
                select scope.id, link.below from scope join link on link.above = scope.unit),
            first_revision as (
                select distinct on (e.id, r.org_unit_code, r.indicator_code, r.period)
                       e.id, r.org_unit_code, r.indicator_code, r.period, r.old_value
                from edition e
                join scope s on s.id = e.id
                join observation_revision r on r.org_unit_code = s.unit and r.revised_at > e.made_at
                where r.period between e.first_month and e.last_month
                   or r.period between cast(e.first_month - interval '1 year' as date) and cast(e.last_month - interval '1 year' as date)
                order by e.id, r.org_unit_code, r.indicator_code, r.period, r.id)
            select c.id, c.org_unit_code, c.indicator_code, c.period, c.old_value, o.value as new_value, f.file_name
            from first_revision c
            join observation o using (org_unit_code, indicator_code, period)
            join source_file f on f.id = o.source_file_id
            join indicator i on i.code = c.indicator_code
            where o.value <> c.old_value
            order by c.id, c.org_unit_code, c.period, i.position
            """;

    private final JdbcClient jdbc;

    OutOfDate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The changes behind each of the editions that are out of date, by edition id; an edition up to date is absent. */
    public Map<Long, List<Change>> changes(Collection<Edition> editions) {
        List<String> ids = new ArrayList<>();
        List<String> firsts = new ArrayList<>();
        List<String> lasts = new ArrayList<>();
        for (Edition edition : editions) {
            Optional<Window> window = Window.parse(edition.periodCode());
            if (window.isPresent()) {
                ids.add(Long.toString(edition.id()));
                firsts.add(window.get().first().atDay(1).toString());
                lasts.add(window.get().last().atDay(1).toString());
            }
        }
        Map<Long, List<Change>> changes = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return changes;
        }
        jdbc.sql(CHANGES)
                .param("ids", ids.toArray(String[]::new)).param("firsts", firsts.toArray(String[]::new))
                .param("lasts", lasts.toArray(String[]::new))
                .query((rs, n) -> new Change(rs.getLong("id"), rs.getString("org_unit_code"), rs.getString("indicator_code"),
                        YearMonth.from(rs.getDate("period").toLocalDate()), rs.getBigDecimal("old_value"),
                        rs.getBigDecimal("new_value"), rs.getString("file_name")))
                .list()
                .forEach(change -> changes.computeIfAbsent(change.editionId(), id -> new ArrayList<>()).add(change));
        return changes;
    }

    /** The changes behind one edition: empty when it is up to date. */
    public List<Change> of(Edition edition) {
        return changes(List.of(edition)).getOrDefault(edition.id(), List.of());
    }
}
