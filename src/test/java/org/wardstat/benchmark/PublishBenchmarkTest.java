package org.wardstat.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.RollUps;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.jobs.RunHistory;
import org.wardstat.system.DatabaseServer;

/**
 * The national-run benchmark's logic on a small country: each way renders every ward's briefing
 * through the real engine, in processes of its own, and the result says so in its last line. What
 * it measures is checked, not how fast (speed is measured by {@code wardstat benchmark publish}).
 */
class PublishBenchmarkTest extends PipelineTest {

    private static final int WARDS = 30;

    @Autowired
    DataSource dataSource;
    @Autowired
    RollUps rollUps;
    @Autowired
    RunHistory history;
    @Autowired
    DatabaseServer database;

    @TempDir
    Path folder;

    @Test
    void everyWayRendersEveryWardsBriefingAndTheLastLineNamesTheirTimes() throws Exception {
        jdbc.sql("truncate org_unit cascade").update(); // the generated country alone
        catalogs.saveIndicators(CatalogFiles.readIndicators(Path.of("catalog/indicators.csv")));
        List<String> progress = new ArrayList<>();

        PublishBenchmark.Result result = new PublishBenchmark(dataSource, catalogs, rollUps, history, database, folder, progress::add)
                .run(WARDS);

        assertThat(result.ways()).extracting(PublishBenchmark.Way::name).containsExactly("threads1", "cores", "workers2");
        assertThat(result.ways()).allSatisfy(way -> {
            assertThat(way.reports()).as(way.name()).isEqualTo(WARDS);
            assertThat(way.peakHeapBytes()).as(way.name()).isPositive();
        });
        assertThat(result.line()).matches("benchmark publish: wards=30 threads1=\\d+s cores=\\d+s workers2=\\d+s");
        // three runs of the job, every ward's December briefing three times, each recorded once per run
        assertThat(count("select count(*) from batch_job_instance where job_name = 'publish'")).isEqualTo(3);
        assertThat(count("select count(*) from report_edition where period_code = '2025-12' and kind = 'ward'")).isEqualTo(3L * WARDS);
        assertThat(count("select count(distinct job_execution_id) from report_edition")).isEqualTo(3);
    }
}
