package org.wardstat.ingest;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The load's last step, after the merge has committed: ANALYZE, then VACUUM of the month table.
 * The vacuum marks the pages just written all-visible, so a ward's months are read from the primary
 * key alone (V40); the statistics are what the summaries' refresh and the roll-ups are planned from
 * (V38 was a plan made on an empty table's statistics). Autovacuum would do both only after a fifth
 * of the table had changed: at national size, two years of monthly loads. The values are stored by
 * then, so a tidy-up that cannot run (the table busy with another vacuum, a server refusing) is
 * logged and the load still succeeds.
 *
 * <p>Only the partitions of the years the merge wrote are tidied (V45 partitions the month table by
 * year): ANALYZE of the partitioned table samples every year again and then each partition, a cost
 * that grows with every year stored while a monthly load changes one. The statistics of the whole
 * table, which plan what is grouped across the partitions, are gathered again when a load writes
 * the first rows of a year, that is once a year; years are what they count in. A job whose merge
 * did not say which years (a restart of a job begun before) tidies the whole table as before.
 */
class TidyMonthTable implements Tasklet {

    /** The job context's key for the years the merge wrote, a list of integers. */
    static final String YEARS_WRITTEN = "monthTableYearsWritten";

    private static final Logger log = LoggerFactory.getLogger(TidyMonthTable.class);

    private final JdbcTemplate jdbc;

    TidyMonthTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Object written = chunkContext.getStepContext().getJobExecutionContext().get(YEARS_WRITTEN);
        try {
            List<String> tables = written instanceof List<?> years ? partitionsOf(years) : List.of("observation");
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (Statement statement = connection.createStatement()) {
                    // VACUUM marks a page only once the commits of its rows are on disk. ANALYZE writes, and
                    // committed synchronously it writes every commit before it, the merge's among them, even on
                    // a server running with synchronous_commit off (the tests' embedded one)
                    statement.execute("set synchronous_commit = on");
                    for (String table : tables) {
                        statement.execute("analyze " + table);
                    }
                    for (String table : tables) {
                        // index cleanup asked for: a page holding a dead row version (a corrected value's old one)
                        // is marked only once no index points at it, which PostgreSQL skips when few pages hold any
                        statement.execute("vacuum (skip_locked, index_cleanup on) " + table);
                    }
                } finally {
                    try (Statement reset = connection.createStatement()) {
                        reset.execute("reset synchronous_commit");
                    }
                }
                return null;
            });
        } catch (DataAccessException e) {
            log.warn("ANALYZE and VACUUM of the month table after the load did not run; the values are stored: {}", e.getMessage());
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * The partitions holding the years, named as V45 and {@code observation_add_year} name them, a year
     * without its own partition being in the default one; or the whole table instead when one of them
     * was empty when last analyzed or vacuumed (reltuples 0, or -1 if never), its first rows just written.
     */
    private List<String> partitionsOf(List<?> years) {
        List<String> partitions = new ArrayList<>();
        boolean newYear = false;
        for (Object year : years) {
            String partition = jdbc.queryForObject("select coalesce(to_regclass(format('observation_y%s', ?::int)), 'observation_other_years'::regclass)::text",
                    String.class, year);
            if (!partitions.contains(partition)) {
                partitions.add(partition);
                newYear |= jdbc.queryForObject("select reltuples <= 0 from pg_class where oid = ?::regclass", Boolean.class, partition);
            }
        }
        // ANALYZE of the partitioned table analyzes each partition too
        return newYear ? List.of("observation") : partitions;
    }
}
