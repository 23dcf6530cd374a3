package org.wardstat.jobs;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code job_run} and {@code job_run_item} tables. Claiming a run is one insert guarded by
 * the unique index on the run key, so whichever server inserts first runs it and every other
 * one is told it is already running or done, with no lock held between the check and the start.
 */
@Repository
public class RunRepository {

    /** What a claim found: the run is ours to execute, or someone has it running, or it is done. */
    public enum ClaimResult { CLAIMED, ALREADY_RUNNING, ALREADY_COMPLETED }

    public record Claim(ClaimResult result, long runId) {
    }

    /** What to record of a new run. */
    public record NewRun(String jobName, String periodCode, String runKey, String trigger, String requestedBy, List<String> scope,
                         Instant scheduledFor, String formats, String language) {
    }

    private static final String VIEW = """
            select id, job_name, period_code, trigger, status, requested_by, scope, started_at, finished_at, items_total,
                   items_done, current_item, message, report_run_id, rows_rejected
            from job_run
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final String host = host();

    public RunRepository(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Inserts the run unless its key is running or completed; {@code again} first sets a completed one aside. */
    public Claim claim(NewRun run, boolean again) {
        return transactions.execute(status -> {
            if (again && run.runKey() != null) {
                jdbc.sql("update job_run set status = 'SUPERSEDED' where run_key = :key and status = 'COMPLETED'")
                        .param("key", run.runKey()).update();
            }
            if (run.runKey() != null) { // the usual refusal, without spending a run number on it
                Optional<Claim> existing = existing(run.runKey());
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            Optional<Long> id = jdbc.sql("""
                    insert into job_run (job_name, period_code, run_key, trigger, requested_by, scope, scheduled_for, formats, language, host)
                    values (:job, :period, :key, :trigger, :by, string_to_array(:scope, ','), :scheduledFor, :formats, :language, :host)
                    on conflict (run_key) where status in ('RUNNING', 'COMPLETED') do nothing
                    returning id
                    """)
                    .param("job", run.jobName()).param("period", run.periodCode()).param("key", run.runKey())
                    .param("trigger", run.trigger()).param("by", run.requestedBy()).param("scope", String.join(",", run.scope()))
                    .param("scheduledFor", run.scheduledFor() == null ? null : Timestamp.from(run.scheduledFor()))
                    .param("formats", run.formats()).param("language", run.language()).param("host", host)
                    .query(Long.class).optional();
            if (id.isPresent()) {
                return new Claim(ClaimResult.CLAIMED, id.get());
            }
            return existing(run.runKey()).orElseThrow(); // another server inserted it between our check and our insert
        });
    }

    private Optional<Claim> existing(String runKey) {
        return jdbc.sql("select id, status from job_run where run_key = :key and status in ('RUNNING', 'COMPLETED')")
                .param("key", runKey)
                .query((rs, n) -> new Claim(rs.getString("status").equals("RUNNING") ? ClaimResult.ALREADY_RUNNING
                        : ClaimResult.ALREADY_COMPLETED, rs.getLong("id")))
                .optional();
    }

    /**
     * Takes a failed run up again. Only one caller can move it from FAILED to RUNNING; if the same
     * key has meanwhile run or completed elsewhere, the unique index refuses and nothing changes.
     */
    public boolean reopen(long runId) {
        try {
            return jdbc.sql("""
                    update job_run set status = 'RUNNING', finished_at = null, message = null, heartbeat_at = now(), host = :host
                    where id = :id and status = 'FAILED'
                    """).param("id", runId).param("host", host).update() == 1;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    public void plan(long runId, long reportRunId, List<RunItem> items) {
        transactions.executeWithoutResult(status -> {
            for (RunItem item : items) {
                jdbc.sql("insert into job_run_item (run_id, seq, kind, subject) values (:run, :seq, :kind, :subject)")
                        .param("run", runId).param("seq", item.seq()).param("kind", item.kind().name())
                        .param("subject", item.subject()).update();
            }
            jdbc.sql("update job_run set items_total = :total, report_run_id = :report where id = :id")
                    .param("total", items.size()).param("report", reportRunId).param("id", runId).update();
        });
    }

    public List<RunItem> items(long runId) {
        return jdbc.sql("select seq, kind, subject, status, message from job_run_item where run_id = :run order by seq")
                .param("run", runId)
                .query((rs, n) -> new RunItem(rs.getInt("seq"), RunItem.Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
                        rs.getString("status"), rs.getString("message")))
                .list();
    }

    public void working(long runId, String currentItem) {
        jdbc.sql("update job_run set current_item = :item, heartbeat_at = now() where id = :id")
                .param("item", currentItem).param("id", runId).update();
    }

    /** Records an item's outcome and the run's count of done items in one transaction. */
    public void itemFinished(long runId, int seq, boolean done, String message, long rowsRejected) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update job_run_item set status = :status, message = :message, finished_at = now() where run_id = :run and seq = :seq")
                    .param("status", done ? "DONE" : "FAILED").param("message", message).param("run", runId).param("seq", seq).update();
            jdbc.sql("""
                    update job_run set heartbeat_at = now(), rows_rejected = rows_rejected + :rejected,
                        items_done = (select count(*) from job_run_item where run_id = :run and status = 'DONE')
                    where id = :run
                    """).param("rejected", rowsRejected).param("run", runId).update();
        });
    }

    public void finish(long runId, boolean completed, String message) {
        jdbc.sql("update job_run set status = :status, message = :message, current_item = null, finished_at = now() where id = :id")
                .param("status", completed ? "COMPLETED" : "FAILED").param("message", message).param("id", runId).update();
    }

    public void heartbeat(List<Long> runIds) {
        if (!runIds.isEmpty()) {
            jdbc.sql("update job_run set heartbeat_at = now() where id = any(string_to_array(:ids, ',')::bigint[])")
                    .param("ids", String.join(",", runIds.stream().map(String::valueOf).toList())).update();
        }
    }

    /**
     * A run whose server stopped beating (killed, or the machine went down) is marked failed so
     * it can be restarted or caught up; a live server beats well inside this time.
     */
    public int failAbandoned(Duration silence, String message) {
        return jdbc.sql("""
                update job_run set status = 'FAILED', finished_at = now(), message = :message
                where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :seconds)
                """).param("message", message).param("seconds", silence.toSeconds()).update();
    }

    /** When the job was last fired by the scheduler (on time or caught up), whatever became of that run. */
    public Optional<Instant> lastScheduledFire(String jobName) {
        return jdbc.sql("select max(scheduled_for) from job_run where job_name = :job")
                .param("job", jobName).query((rs, n) -> instant(rs, 1)).optional().filter(java.util.Objects::nonNull);
    }

    public Optional<RunView> find(long id) {
        return jdbc.sql(VIEW + " where id = :id").param("id", id).query(RunRepository::view).optional();
    }

    public List<RunView> recent(int limit) {
        return jdbc.sql(VIEW + " order by started_at desc, id desc limit :limit").param("limit", limit).query(RunRepository::view).list();
    }

    /** The settings a restart needs that are not in the view. */
    public record Settings(String formats, String language, Instant scheduledFor) {
    }

    public Settings settings(long runId) {
        return jdbc.sql("select formats, language, scheduled_for from job_run where id = :id").param("id", runId)
                .query((rs, n) -> new Settings(rs.getString(1), rs.getString(2), instant(rs, 3))).single();
    }

    private static RunView view(ResultSet rs, int row) throws SQLException {
        Array scope = rs.getArray("scope");
        Long report = rs.getObject("report_run_id", Long.class);
        return new RunView(rs.getLong("id"), rs.getString("job_name"), rs.getString("period_code"), rs.getString("trigger"),
                rs.getString("status"), rs.getString("requested_by"), Arrays.asList((String[]) scope.getArray()),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getInt("items_total"), rs.getInt("items_done"),
                rs.getString("current_item"), rs.getString("message"), report, rs.getLong("rows_rejected"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (java.net.UnknownHostException e) {
            return "unknown/" + ProcessHandle.current().pid();
        }
    }
}
