package org.wardstat.report.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.wardstat.PipelineTest;

/**
 * A database made by the version before runs were Spring Batch jobs (migrations up to V15, with
 * its own run tables), upgraded: the home-made runner's tables are gone, and the editions already
 * in the archive are still listed, with the number of the run that made them (their footer's
 * "#…"), and still found by path. Done in a schema of its own so the shared test database stays as it is.
 */
class EditionsAfterUpgradeTest extends PipelineTest {

    private static final String SCHEMA = "upgrade_from_v15";

    @Autowired
    DataSource dataSource;

    @Test
    void editionsMadeBeforeTheUpgradeStayListedAndTraceableToTheirRun() throws Exception {
        // a connection of its own, not one of the pool's: its search path is set to the old schema, and closing it ends it
        com.zaxxer.hikari.HikariDataSource pool = (com.zaxxer.hikari.HikariDataSource) dataSource;
        try (Connection connection = java.sql.DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + SCHEMA + " cascade");
            }
            SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
            Flyway.configure().dataSource(single).schemas(SCHEMA).locations("classpath:db/migration").target("15").load().migrate();
            try (Statement statement = connection.createStatement()) {
                statement.execute("set search_path to " + SCHEMA);
            }
            JdbcClient old = JdbcClient.create(single);
            // what the earlier version recorded: a run of the yearly job, and the area report it made
            old.sql("insert into org_unit (code, name_vi, name_en, level) values ('tp-bac-kan', 'Thành phố Bắc Kạn', 'Bac Kan city', 'district')")
                    .update();
            long run = old.sql("insert into report_run (trigger, status, finished_at) values ('CLI', 'COMPLETED', now()) returning id")
                    .query(Long.class).single();
            old.sql("""
                    insert into job_run (job_name, period_code, run_key, trigger, requested_by, scope, formats, language, report_run_id, host,
                                         status, items_total, items_done)
                    values ('yearly-conference', '2024', 'yearly-conference/2024', 'CLI', 'an', '{tp-bac-kan}', 'pdf', 'vi', :run, 'old/1',
                            'COMPLETED', 1, 1)
                    """).param("run", run).update();
            old.sql("""
                    insert into report_edition (run_id, kind, org_unit_code, period_code, language, format, path, size_bytes, sha256)
                    values (:run, 'area', 'tp-bac-kan', '2024', 'vi', 'pdf', 'archive/tp-bac-kan/2024/tp-bac-kan-2024-20261120-090000-run' || :run || '.pdf',
                            1234, 'abc')
                    """).param("run", run).update();

            Flyway.configure().dataSource(single).schemas(SCHEMA).locations("classpath:db/migration").load().migrate();
            try (Statement statement = connection.createStatement()) {
                statement.execute("set search_path to " + SCHEMA);
            }

            JdbcClient upgraded = JdbcClient.create(single);
            assertThat(upgraded.sql("""
                    select count(*) from information_schema.tables where table_schema = :schema
                      and table_name in ('job_run', 'job_run_item', 'report_run')
                    """).param("schema", SCHEMA).query(Long.class).single()).as("the home-made runner's tables").isZero();
            Editions editions = new Editions(upgraded);
            List<Editions.Edition> listed = editions.newest(List.of("tp-bac-kan"), null, null, 10);
            assertThat(listed).singleElement().satisfies(edition -> {
                assertThat(edition.runId()).as("the run its footer names").isEqualTo(run);
                assertThat(edition.path()).isEqualTo("archive/tp-bac-kan/2024/tp-bac-kan-2024-20261120-090000-run" + run + ".pdf");
                assertThat(edition.format()).isEqualTo("pdf");
            });
            assertThat(editions.find(listed.get(0).id())).isPresent();
            assertThat(editions.periods(List.of("tp-bac-kan"))).containsExactly("2024");
        } finally {
            jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
        }
    }
}
