package org.wardstat.report.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The archived editions as recorded in report_edition, for listing and serving them. */
@Repository
public class Editions {

    /**
     * @param runId the run that made it: its job instance, or for an edition made before runs were
     *              Spring Batch jobs, the number of the run that made it (its footer's "#…")
     * @param path   relative to the reports folder, as {@link ReportArchive} recorded it
     * @param latest whether it is the newest edition of its report (unit, period, language and format); an older one is "bản cũ"
     */
    public record Edition(long id, long runId, String kind, String unitCode, String periodCode, String language, String format,
                          String path, long sizeBytes, Instant createdAt, boolean latest) {
    }

    private static final String SELECT = """
            select id, coalesce(execution.job_instance_id, legacy_run_id) as run_id, kind, org_unit_code, period_code, language,
                   format, path, size_bytes, created_at,
                   not exists (select 1 from report_edition newer
                               where (newer.org_unit_code, newer.period_code, newer.language, newer.format)
                                     = (report_edition.org_unit_code, report_edition.period_code, report_edition.language, report_edition.format)
                                 and (newer.created_at, newer.id) > (report_edition.created_at, report_edition.id)) as latest
            from report_edition left join batch_job_execution execution using (job_execution_id)
            """;

    private final JdbcClient jdbc;

    Editions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The editions of the given units, at most {@code limit}, optionally of one unit and one
     * period (null: any): the latest edition of each report first, newest first, then the older
     * editions ("bản cũ"), newest first.
     */
    public List<Edition> newest(Collection<String> units, String unit, String period, int limit) {
        return page(units, unit, period, null, 0, limit);
    }

    /** One page of {@link #newest}, optionally of one kind ({@code ward} or {@code area}; null: both). */
    public List<Edition> page(Collection<String> units, String unit, String period, String kind, int offset, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                        where org_unit_code in (:units) and (cast(:unit as text) is null or org_unit_code = :unit)
                          and (cast(:period as text) is null or period_code = :period)
                          and (cast(:kind as text) is null or kind = :kind)
                        order by latest desc, created_at desc, id desc offset :offset limit :limit
                        """)
                .param("units", units).param("unit", unit).param("period", period).param("kind", kind)
                .param("offset", offset).param("limit", limit)
                .query(Editions::edition).list();
    }

    /** The periods the given units have editions of, newest first. */
    public List<String> periods(Collection<String> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select period_code from report_edition where org_unit_code in (:units) group by period_code "
                        + "order by max(created_at) desc, period_code desc")
                .param("units", units).query(String.class).list();
    }

    public Optional<Edition> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Editions::edition).optional();
    }

    /** What one run (a job instance, over all its attempts) produced. */
    public List<Edition> ofRun(long run) {
        return jdbc.sql(SELECT + " where execution.job_instance_id = :run order by org_unit_code, period_code, language, format")
                .param("run", run).query(Editions::edition).list();
    }

    private static Edition edition(ResultSet rs, int row) throws SQLException {
        return new Edition(rs.getLong("id"), rs.getLong("run_id"), rs.getString("kind"), rs.getString("org_unit_code"),
                rs.getString("period_code"), rs.getString("language"), rs.getString("format"), rs.getString("path"),
                rs.getLong("size_bytes"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("latest"));
    }
}
