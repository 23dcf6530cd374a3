package org.wardstat.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.Window;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * A partition that fails part-way fails the render step; the restart renders only the reports
 * that are missing: every report ends with exactly one edition and one archived file, and the
 * reports made before the failure are not made again.
 */
class RenderRestartTest extends PipelineTest {

    @Autowired
    JobDefinitions definitions;
    @Autowired
    RunHistory history;
    @Autowired
    IngestService ingest;
    @Autowired
    WardstatProperties properties;

    @TempDir
    Path home;

    @Test
    void aRestartAfterAFailedPartitionRendersOnlyTheMissingReports() throws IOException {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        Path output = home.resolve("out");
        Files.writeString(Files.createDirectories(home.resolve("jobs")).resolve("city.job"), """
                title = Báo cáo năm — thành phố Bắc Kạn và các phường
                schedule = 0 6 10 1 *
                scope = tp-bac-kan
                period = previous-year
                reports = area, wards
                formats = pdf
                output = %s
                """.formatted(output));
        JobDefinition job = definitions.inFolder(home.resolve("jobs")).find("city", Messages.vietnamese()).orElseThrow();
        // the copy of one ward's report cannot be written (a folder stands where the file goes): its partition fails there
        Path blocked = Files.createDirectories(output.resolve("2024/xuat-hoa-2024.pdf"));
        Files.writeString(blocked.resolve("keep"), "x");

        RunView failed = follower.await(launcher.publish(job, Window.year(2024), RunParameters.Trigger.CLI, "an", null, false),
                RunProgress.NONE);

        assertThat(failed.status()).isEqualTo(RunView.FAILED);
        assertThat(failed.itemsTotal()).isEqualTo(7); // the city and its six wards
        assertThat(failed.itemsDone()).isLessThan(7);
        assertThat(history.steps(failed.id())).anySatisfy(step -> {
            assertThat(step.step()).startsWith("render-units:");
            assertThat(step.status()).isEqualTo("FAILED");
        });
        Map<String, Long> before = editionsByUnit();
        assertThat(before).doesNotContainKey("xuat-hoa");

        Files.delete(blocked.resolve("keep"));
        Files.delete(blocked);
        RunView restarted = follower.await(launcher.restart(failed.id()).orElseThrow(), RunProgress.NONE);

        assertThat(restarted.status()).isEqualTo(RunView.COMPLETED);
        assertThat(restarted.itemsDone()).isEqualTo(7);
        Map<String, Long> after = editionsByUnit();
        assertThat(after).hasSize(7).allSatisfy((unit, editions) -> assertThat(editions).as(unit).isEqualTo(1));
        // what the first attempt made stays as it was: recorded by the first attempt, not made again
        assertThat(count("select count(*) from report_edition where job_execution_id = " + failed.executionId()))
                .isEqualTo(before.values().stream().mapToLong(Long::longValue).sum());
        assertThat(count("select count(*) from report_edition where job_execution_id = " + restarted.executionId()))
                .isEqualTo(7 - before.size());
        try (Stream<Path> files = Files.walk(properties.reports().resolve("archive"))) {
            List<String> archived = files.filter(Files::isRegularFile).map(path -> path.getFileName().toString())
                    .filter(name -> name.contains("-run" + failed.id() + ".")).toList();
            assertThat(archived).hasSize(7).doesNotHaveDuplicates().noneMatch(name -> name.startsWith(".partial-"));
        }
        assertThat(output.resolve("2024/xuat-hoa-2024.pdf")).isRegularFile();
    }

    private Map<String, Long> editionsByUnit() {
        return jdbc.sql("select org_unit_code from report_edition where period_code = '2024'").query(String.class).list().stream()
                .collect(Collectors.groupingBy(unit -> unit, Collectors.counting()));
    }
}
