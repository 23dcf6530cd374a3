package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.Summaries;
import org.wardstat.system.Messages;

/**
 * The month table is partitioned by year (V45): a load's months go to their years' partitions, a month of a year with no
 * partition to the default one, and the summaries stay the months' sums whichever partitions a statement writes, a value
 * moved from one year to another included.
 */
class MonthTablePartitionsTest extends PipelineTest {

    @Autowired
    IngestService ingest;

    @Autowired
    Summaries summaries;

    @TempDir
    Path temp;

    @Test
    void theMonthTableIsPartitionedByYearWithAPartitionForEveryYearFrom2015To2035() {
        assertThat(jdbc.sql("select partstrat from pg_partitioned_table where partrelid = 'observation'::regclass").query(String.class).single())
                .isEqualTo("r");
        List<String> partitions = jdbc.sql("select relid::text from pg_partition_tree('observation') where isleaf order by 1").query(String.class).list();
        List<String> expected = new ArrayList<>(IntStream.rangeClosed(2015, 2035).mapToObj(year -> "observation_y" + year).toList());
        expected.add("observation_other_years");
        assertThat(partitions).containsAll(expected).doesNotContain("observation_y2014", "observation_y2036");
        assertThat(jdbc.sql("select pg_get_expr(relpartbound, oid) from pg_class where relname = 'observation_y2024'").query(String.class).single())
                .isEqualTo("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
    }

    @Test
    void aLoadsMonthsGoToTheirYearsPartitionsAndTheSummariesStayTheirSums() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());

        List<String> perPartition = jdbc.sql("""
                select tableoid::regclass::text || ' ' || min(period) || ' ' || max(period) from observation group by tableoid order by 1
                """).query(String.class).list();
        assertThat(perPartition).containsExactly("observation_y2022 2022-01-01 2022-12-01", "observation_y2023 2023-01-01 2023-12-01",
                "observation_y2024 2024-01-01 2024-12-01");
        assertThat(summaries.check(10)).isEmpty();
    }

    @Test
    void aMonthOfAYearWithoutPartitionGoesToTheDefaultOneAndAValueMovedAcrossYearsKeepsTheSummariesEqual() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        putObservation("duc-xuan", "social_order_crimes", "2099-03", 7);
        assertThat(jdbc.sql("select tableoid::regclass::text from observation where period = '2099-03-01'").query(String.class).single())
                .isEqualTo("observation_other_years");
        assertThat(jdbc.sql("select total || ' ' || months from observation_summary where grain = 'Y' and period = '2099-01-01' "
                + "and org_unit_code = 'duc-xuan' and indicator_code = 'social_order_crimes'").query(String.class).single()).isEqualTo("7.0000 1");

        // from December 2024 (its year's partition) to January 2025 (the next year's): the row moves between partitions, and
        // both years' summaries are computed again from their months
        long moved = jdbc.sql("""
                update observation set period = '2025-01-01'
                where org_unit_code = 'duc-xuan' and indicator_code = 'fires' and period = '2024-12-01'
                """).update();
        assertThat(moved).isEqualTo(1);
        assertThat(jdbc.sql("select tableoid::regclass::text from observation where org_unit_code = 'duc-xuan' and indicator_code = 'fires' "
                + "and period = '2025-01-01'").query(String.class).single()).isEqualTo("observation_y2025");
        assertThat(jdbc.sql("select months from observation_summary where grain = 'Y' and period = '2024-01-01' "
                + "and org_unit_code = 'duc-xuan' and indicator_code = 'fires'").query(Integer.class).single()).isEqualTo(11);
        assertThat(jdbc.sql("select months from observation_summary where grain = 'Y' and period = '2025-01-01' "
                + "and org_unit_code = 'duc-xuan' and indicator_code = 'fires'").query(Integer.class).single()).isEqualTo(1);
        assertThat(summaries.check(10)).isEmpty();

        jdbc.sql("delete from observation where period >= '2025-01-01'").update();
        assertThat(summaries.check(10)).isEmpty();
    }

    @Test
    void aLoadAnalyzesAndVacuumsTheYearsItWroteAndTheWholeTableOnlyWhenItWritesAYearsFirstRows() throws IOException {
        // the truncate before each test left every partition without statistics: the first load is every year's first rows
        Map<String, Long> before = tidyCounts();
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        Map<String, Long> afterYears = tidyCounts();
        assertThat(afterYears.get("observation analyze")).isEqualTo(before.get("observation analyze") + 1);
        assertThat(afterYears.get("observation_y2030 analyze")).isEqualTo(before.get("observation_y2030 analyze") + 1);

        // a correction of December 2024: its year's partition alone, analyzed and vacuumed
        ingest.ingest(file("thang-12-sua.csv", "ward_code,period,social_order_crimes\nduc-xuan,2024-12,41\n"), Messages.vietnamese());
        Map<String, Long> afterMonth = tidyCounts();
        assertThat(changed(afterYears, afterMonth)).containsExactly("observation_y2024 analyze", "observation_y2024 vacuum");

        // January 2025, the first rows of its year: the whole table, whose statistics plan what is grouped across the years
        ingest.ingest(file("thang-1.csv", "ward_code,period,social_order_crimes\nduc-xuan,2025-01,3\n"), Messages.vietnamese());
        Map<String, Long> afterNewYear = tidyCounts();
        assertThat(changed(afterMonth, afterNewYear)).contains("observation analyze", "observation_y2023 analyze", "observation_y2025 analyze",
                "observation_y2025 vacuum");
        assertThat(summaries.check(10)).isEmpty();
    }

    @Test
    void theMergeReadsAndWritesOnlyThePartitionsOfTheYearsOfTheFilesMonths() {
        // PostgreSQL cannot prune by a join's values: bounded by the file's first and last months as constants, the merge's
        // joins to the month table touch December 2025's year alone, not every year stored (35.7 million values at national size)
        StagedMonths december = new StagedMonths(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 1));
        assertThat(partitionsIn(Merge.KEEP_REVISIONS, december)).containsExactly("observation_y2025");
        assertThat(partitionsIn(Merge.UPDATE_CHANGED, december)).containsExactly("observation_y2025");
        // a file across a new year reaches both years
        StagedMonths winter = new StagedMonths(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 2, 1));
        assertThat(partitionsIn(Merge.KEEP_REVISIONS, winter)).containsExactly("observation_y2024", "observation_y2025");
    }

    /** The month table's partitions a statement's plan names, in order. */
    private List<String> partitionsIn(String statement, StagedMonths months) {
        String plan = months.bind(jdbc.sql("explain (format json) " + statement).param("file", -1)).query(String.class).single();
        return Pattern.compile("\"Relation Name\": \"(observation_(y\\d+|other_years))\"").matcher(plan).results()
                .map(match -> match.group(1)).distinct().sorted().toList();
    }

    /** How many times each part of the month table has been analyzed and vacuumed by a command (autovacuum counts apart). */
    private Map<String, Long> tidyCounts() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select relname, analyze_count, vacuum_count from pg_stat_user_tables where relname = 'observation' or relname like 'observation\\_y%' "
                + "or relname = 'observation_other_years'").query(rs -> {
            counts.put(rs.getString("relname") + " analyze", rs.getLong("analyze_count"));
            counts.put(rs.getString("relname") + " vacuum", rs.getLong("vacuum_count"));
        });
        return counts;
    }

    private static List<String> changed(Map<String, Long> before, Map<String, Long> after) {
        return after.keySet().stream().filter(key -> !after.get(key).equals(before.get(key))).sorted().toList();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aYearsPartitionIsMadeByOneFunctionAndTakesThatYearsMonths() {
        try {
            jdbc.sql("select 1 from observation_add_year(2097)").query(Integer.class).single();
            jdbc.sql("select 1 from observation_add_year(2097)").query(Integer.class).single(); // a second time changes nothing
            putObservation("duc-xuan", "fires", "2097-05", 2);
            assertThat(jdbc.sql("select tableoid::regclass::text from observation where period = '2097-05-01'").query(String.class).single())
                    .isEqualTo("observation_y2097");
            assertThat(jdbc.sql("select pg_get_expr(relpartbound, oid) from pg_class where relname = 'observation_y2097'").query(String.class).single())
                    .isEqualTo("FOR VALUES FROM ('2097-01-01') TO ('2098-01-01')");
            assertThat(summaries.check(10)).isEmpty();
        } finally {
            // the database is shared with the other tests, who expect the migrations' partitions
            jdbc.sql("delete from observation where period >= '2097-01-01' and period < '2098-01-01'").update();
            jdbc.sql("drop table if exists observation_y2097").update();
        }
    }
}
