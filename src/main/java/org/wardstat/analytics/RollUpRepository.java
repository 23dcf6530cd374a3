package org.wardstat.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.Collection;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sums wards' stored values up to areas in the database: one query for any number of areas (sql/roll-up.sql). */
@Repository
class RollUpRepository {

    /** One area, indicator (null: all of them) and side of the comparison, as summed by the query. */
    record Sums(String area, String indicator, boolean current, BigDecimal total, BigDecimal stock, BigDecimal denominator,
                int wards, int wardsAtEnd, int months) {
    }

    private final JdbcClient jdbc;
    private final String query;

    RollUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        try {
            this.query = new ClassPathResource("sql/roll-up.sql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Sums> sums(Window window, Collection<String> areas) {
        Window prior = window.sameWindowYearEarlier();
        return jdbc.sql(query)
                .param("areas", areas.toArray(String[]::new))
                .param("currentFirst", Date.valueOf(window.first().atDay(1)))
                .param("currentLast", Date.valueOf(window.last().atDay(1)))
                .param("priorFirst", Date.valueOf(prior.first().atDay(1)))
                .param("priorLast", Date.valueOf(prior.last().atDay(1)))
                .query((rs, n) -> new Sums(rs.getString("area"), rs.getString("indicator_code"), rs.getBoolean("current"),
                        rs.getBigDecimal("total"), rs.getBigDecimal("stock"), rs.getBigDecimal("denominator"),
                        rs.getInt("wards"), rs.getInt("wards_at_end"), rs.getInt("months")))
                .list();
    }
}
