package org.wardstat.ingest;

import java.sql.Statement;

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
 * of the table had changed: at national size, two years of monthly loads. Only pages written since
 * the last vacuum are visited. The values are stored by then, so a tidy-up that cannot run (the
 * table busy with another vacuum, a server refusing) is logged and the load still succeeds.
 */
class TidyMonthTable implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(TidyMonthTable.class);

    private final JdbcTemplate jdbc;

    TidyMonthTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        try {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (Statement statement = connection.createStatement()) {
                    // VACUUM marks a page only once the commits of its rows are on disk. ANALYZE writes, and
                    // committed synchronously it writes every commit before it, the merge's among them, even on
                    // a server running with synchronous_commit off (the tests' embedded one)
                    statement.execute("set synchronous_commit = on");
                    statement.execute("analyze observation");
                    // index cleanup asked for: a page holding a dead row version (a corrected value's old one)
                    // is marked only once no index points at it, which PostgreSQL skips when few pages hold any
                    statement.execute("vacuum (skip_locked, index_cleanup on) observation");
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
}
