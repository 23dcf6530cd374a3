package org.wardstat.report;

import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The loads a report's figures come from: each file with the time its values were last loaded
 * and the ingest run that loaded it, latest first. The months' files and times are read from
 * their own index (V42), not from one table page per month.
 */
@Repository
class SourceLoads {

    record Load(String file, Instant loadedAt, Long runId) {
    }

    private final JdbcClient jdbc;

    SourceLoads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Load> of(List<String> units, YearMonth first, YearMonth last) {
        return jdbc.sql("""
                select f.file_name, o.loaded_at,
                       (select max(p.job_execution_id) from batch_job_execution_params p
                        where p.parameter_name = 'sourceFileId' and p.parameter_value = f.id::text) as run_id
                from (select source_file_id, max(loaded_at) as loaded_at from observation
                      where org_unit_code in (:units) and period between :first and :last
                      group by source_file_id) o
                join source_file f on f.id = o.source_file_id
                order by o.loaded_at desc
                """)
                .param("units", units)
                .param("first", Date.valueOf(first.atDay(1)))
                .param("last", Date.valueOf(last.atDay(1)))
                .query((rs, n) -> new Load(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getObject(3) == null ? null : rs.getLong(3)))
                .list();
    }
}
