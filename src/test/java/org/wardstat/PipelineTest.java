package org.wardstat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.system.WardstatProperties;

/**
 * Base of the tests that run the pipeline on a real PostgreSQL (the embedded one, started once
 * per test JVM, or the server WARDSTAT_DB_URL names). Each test starts from the vocabulary
 * alone, at a fixed "now" of 5 March 2026, 09:30 Hà Nội time.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(FixedClock.class)
public abstract class PipelineTest {

    public static final Instant NOW = Instant.parse("2026-03-05T02:30:00Z");
    public static final Path SAMPLES = Path.of("sample-data");

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected CatalogRepository catalogs;

    @Autowired
    private WardstatProperties reportsFolder;

    @BeforeEach
    void startFromTheVocabularyAlone() {
        jdbc.sql("""
                truncate observation, observation_revision, submission, staged_value, staged_row, ingest_warning, ingest_reject, source_file,
                    criterion_assessment, criterion, criteria_group, criteria_catalog, ward_designation, rollout_target, report_edition, run_heartbeat,
                    api_token, app_user, audit_event, mail_delivery,
                    batch_step_execution_context, batch_step_execution, batch_job_execution_context,
                    batch_job_execution_params, batch_job_execution, batch_job_instance
                """).update();
        // org units too (and whatever refers to them), so units a test added (5,000 synthetic wards) do not leak into the next
        jdbc.sql("truncate org_unit cascade").update();
        // the editions went with the tables, so their archived files go too: run numbers start again with the
        // tables, and a test counting the files of its run found an earlier test's of the same number
        try {
            FileSystemUtils.deleteRecursively(reportsFolder.reports().resolve("archive"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catalogs.saveIndicators(CatalogFiles.readIndicators(Path.of("catalog/indicators.csv")));
        catalogs.saveOrgUnits(CatalogFiles.readOrgUnits(SAMPLES.resolve("org-units.csv")));
    }

    /** Stores one value directly, as if from a file "hand-made.csv": for calculations with figures small enough to add by hand. */
    protected void putObservation(String ward, String indicator, String month, long value) {
        long file = jdbc.sql("""
                insert into source_file (sha256, file_name, path, size_bytes) values ('hand-made', 'hand-made.csv', 'hand-made.csv', 0)
                on conflict (sha256) do update set file_name = excluded.file_name returning id
                """).query(Long.class).single();
        jdbc.sql("insert into observation (org_unit_code, indicator_code, period, value, source_file_id) values (:w, :i, :p, :v, :f)")
                .param("w", ward).param("i", indicator).param("p", java.sql.Date.valueOf(java.time.YearMonth.parse(month).atDay(1)))
                .param("v", value).param("f", file).update();
    }

    /** A one-off report asked for on the command line, followed to its end, as {@code ./wardstat report} does. */
    protected org.wardstat.jobs.RunView reportRun(String unit, org.wardstat.analytics.Window window, String language,
                                                  java.util.Set<org.wardstat.report.ReportService.Format> formats) {
        org.wardstat.jobs.RunLauncher.Launch launch = launcher.report(unit, window, formats, language,
                org.wardstat.jobs.RunParameters.Trigger.CLI, "test");
        return follower.await(launch, org.wardstat.jobs.RunProgress.NONE);
    }

    @Autowired
    protected org.wardstat.jobs.RunLauncher launcher;

    @Autowired
    protected org.wardstat.jobs.RunFollower follower;

    protected long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** A fingerprint of every stored value, to show that something changed nothing. */
    protected String observationsFingerprint() {
        return jdbc.sql("""
                select coalesce(md5(string_agg(org_unit_code || indicator_code || period || value || source_file_id || loaded_at,
                    ',' order by org_unit_code, indicator_code, period)), 'empty') from observation
                """).query(String.class).single();
    }
}
