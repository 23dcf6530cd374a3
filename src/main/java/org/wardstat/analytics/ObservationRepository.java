package org.wardstat.analytics;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;

/** Reads stored monthly values. */
@Repository
public class ObservationRepository {

    private final JdbcClient jdbc;
    private final TransactionTemplate planned;

    ObservationRepository(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.planned = new TransactionTemplate(transactionManager);
        this.planned.setReadOnly(true);
    }

    public MonthlyValues monthlyValues(String orgUnit, YearMonth first, YearMonth last) {
        MonthlyValues values = new MonthlyValues();
        planned.executeWithoutResult(status -> {
            planForTheseValues();
            jdbc.sql("""
                    select indicator_code, period, value from observation
                    where org_unit_code = :unit and period between :first and :last
                    """)
                    .param("unit", orgUnit)
                    .param("first", Date.valueOf(first.atDay(1)))
                    .param("last", Date.valueOf(last.atDay(1)))
                    .query(rs -> {
                        values.put(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()), plain(rs.getBigDecimal(3)));
                    });
        });
        return values;
    }

    /**
     * A plan for each read, made for its units and months: the key, which carries the value, reads
     * a ward's months alone (V40). The generic plan the driver's prepared statement settles on
     * after five reads chose the sources index (V42) and a table page per month instead: 27 ms
     * for a briefing's ward at national size, cold, against 2 ms.
     */
    private void planForTheseValues() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /** The stored monthly values of several units with one query; a unit with none maps to an empty set. */
    public Map<String, MonthlyValues> monthlyValues(Collection<String> units, YearMonth first, YearMonth last) {
        Map<String, MonthlyValues> values = new LinkedHashMap<>();
        units.forEach(unit -> values.put(unit, new MonthlyValues()));
        if (units.isEmpty()) {
            return values;
        }
        planned.executeWithoutResult(status -> {
            planForTheseValues();
            jdbc.sql("""
                    select org_unit_code, indicator_code, period, value from observation
                    where org_unit_code in (:units) and period between :first and :last
                    """)
                    .param("units", List.copyOf(units))
                    .param("first", Date.valueOf(first.atDay(1)))
                    .param("last", Date.valueOf(last.atDay(1)))
                    .query(rs -> {
                        values.get(rs.getString(1)).put(rs.getString(2), YearMonth.from(rs.getDate(3).toLocalDate()), plain(rs.getBigDecimal(4)));
                    });
        });
        return values;
    }

    /**
     * The unit's monthly values including, for a ward formed by a merger, the summed months of
     * the wards it replaced (see {@link Lineage}).
     */
    public MonthlyValues monthlyValues(OrgUnit unit, Catalog catalog, YearMonth first, YearMonth last) {
        return Lineage.values(unit, catalog, first, last, (code, span) -> monthlyValues(code, span.first(), span.last()));
    }

    /** Whether any of the units has a stored value in the window's months. */
    public boolean anyIn(Collection<String> units, Window window) {
        return !units.isEmpty() && jdbc.sql("""
                select exists (select 1 from observation
                               where org_unit_code in (:units) and period between :first and :last)
                """)
                .param("units", List.copyOf(units))
                .param("first", Date.valueOf(window.first().atDay(1)))
                .param("last", Date.valueOf(window.last().atDay(1)))
                .query(Boolean.class).single();
    }

    /** 12.0000 as stored becomes 12, without turning 100 into 1E+2. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The first and last month with any stored value, for every unit that has one: one query, not one per ward. */
    public Map<String, Window> monthSpans() {
        Map<String, Window> spans = new HashMap<>();
        jdbc.sql("select org_unit_code, min(period), max(period) from observation group by org_unit_code")
                .query(rs -> {
                    spans.put(rs.getString(1), new Window(YearMonth.from(rs.getDate(2).toLocalDate()),
                            YearMonth.from(rs.getDate(3).toLocalDate())));
                });
        return spans;
    }
}
