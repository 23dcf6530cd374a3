package org.wardstat.jobs;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The run history, read from Spring Batch's job repository: the one ledger of loads, job
 * definitions' runs, one-off reports and demos, whoever started them. A run is a job instance;
 * its line shows the latest attempt, its progress counts the reports made over every attempt.
 */
@Repository
public class RunHistory {

    /** One step of one attempt, for {@code runs show} and the run page. */
    public record StepLine(long executionId, String step, String status, long read, long written, long filtered,
                           Instant startedAt, Instant endedAt, String message) {
    }

    private static final String RUNS = """
            select * from (
            with latest as (
                select distinct on (job_instance_id) job_instance_id, job_execution_id, status, exit_code, exit_message, create_time,
                       end_time
                from batch_job_execution order by job_instance_id, job_execution_id desc
            ), run as (
                select i.job_instance_id as id, i.job_name, l.job_execution_id, l.status, l.exit_code, l.exit_message, l.create_time,
                       l.end_time,
                       (select jsonb_object_agg(parameter_name, parameter_value) from batch_job_execution_params p
                        where p.job_execution_id = l.job_execution_id) as parameters
                from batch_job_instance i join latest l using (job_instance_id)
            )
            select run.*, parameters ->> 'job' as p_job, parameters ->> 'period' as p_period, parameters ->> 'unit' as p_unit,
                   parameters ->> 'trigger' as p_trigger, parameters ->> 'requestedBy' as p_requested_by,
                   parameters ->> 'scope' as p_scope, parameters ->> 'file' as p_file,
                   (select s.write_count from batch_step_execution s
                    where s.job_execution_id = run.job_execution_id and s.step_name like 'plan-%'
                    order by s.step_execution_id desc limit 1) as items_total,
                   (select coalesce(sum(s.write_count + s.filter_count), 0) from batch_step_execution s
                    join batch_job_execution e using (job_execution_id)
                    where e.job_instance_id = run.id and s.step_name like 'render-units:%') as items_done,
                   (select min(s.start_time) from batch_step_execution s
                    where s.job_execution_id = run.job_execution_id and s.step_name = 'render') as render_started,
                   (select s.exit_message from batch_step_execution s
                    where s.job_execution_id = run.job_execution_id and s.exit_code not in ('COMPLETED', 'EXECUTING', 'NOOP', 'UNKNOWN')
                    order by s.step_execution_id limit 1) as step_message,
                   (select s.exit_code from batch_step_execution s
                    where s.job_execution_id = run.job_execution_id and s.step_name like 'plan-%'
                    order by s.step_execution_id desc limit 1) as plan_exit
            from run
            ) runs
            """;

    private final JdbcClient jdbc;
    private final JobRepository repository;

    RunHistory(JdbcClient jdbc, JobRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    public List<RunView> recent(int limit) {
        return jdbc.sql(RUNS + " order by create_time desc, id desc limit :limit").param("limit", limit).query(RunHistory::view).list();
    }

    public Optional<RunView> find(long run) {
        return jdbc.sql(RUNS + " where id = :id").param("id", run).query(RunHistory::view).optional();
    }

    /** The run an attempt belongs to. */
    public Optional<RunView> ofExecution(long jobExecutionId) {
        return jdbc.sql("select job_instance_id from batch_job_execution where job_execution_id = :id").param("id", jobExecutionId)
                .query(Long.class).optional().flatMap(this::find);
    }

    /** Every step of every attempt of the run in the order a run takes them: partitions by name, then their manager, then the mail. */
    public List<StepLine> steps(long run) {
        return jdbc.sql("""
                select s.job_execution_id, s.step_name, s.status, s.read_count, s.write_count, s.filter_count, s.start_time, s.end_time,
                       s.exit_message
                from batch_step_execution s join batch_job_execution e using (job_execution_id)
                where e.job_instance_id = :run
                order by s.job_execution_id, s.step_name = 'distribute', s.step_name = 'render', s.step_name, s.step_execution_id
                """).param("run", run)
                .query((rs, n) -> new StepLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), instant(rs, "start_time"), instant(rs, "end_time"), RunMessages.readable(rs.getString(9))))
                .list();
    }

    /** Rows the run's loads rejected, over all its attempts. */
    public long rowsRejected(RunView run) {
        JobExecution execution = repository.getJobExecution(run.executionId());
        return execution == null ? 0 : execution.getExecutionContext().getLong(InboxLoad.ROWS_REJECTED, 0);
    }

    /** When a job definition was last fired by the scheduler (on time or caught up), whatever became of that run. */
    public Optional<Instant> lastScheduledFire(String jobName) {
        return jdbc.sql("""
                select max(fire.parameter_value::bigint) from batch_job_execution_params fire
                join batch_job_execution_params job using (job_execution_id)
                where fire.parameter_name = 'scheduledFor' and job.parameter_name = 'job' and job.parameter_value = :job
                """).param("job", jobName).query(Long.class).optional().map(Instant::ofEpochMilli);
    }

    /** The runs of a job definition waiting for data, oldest first: the scheduler tries them again. */
    public List<RunView> waiting(String jobName) {
        return jdbc.sql(RUNS + " where job_name = 'publish' and parameters ->> 'job' = :job and status = 'STOPPED' and plan_exit = :waiting"
                        + " order by create_time")
                .param("job", jobName).param("waiting", PlannedItems.WAITING).query(RunHistory::view).list();
    }

    /** A run of the job definition and period going now, whatever its run number. */
    public Optional<RunView> running(String jobName, String periodCode) {
        return jdbc.sql(RUNS + " where job_name = 'publish' and parameters ->> 'job' = :job and parameters ->> 'period' = :period"
                        + " and status in ('STARTING', 'STARTED', 'STOPPING') limit 1")
                .param("job", jobName).param("period", periodCode).query(RunHistory::view).optional();
    }

    /** The latest run of the job definition and period, whatever its run number and state. */
    public Optional<RunView> latest(String jobName, String periodCode) {
        return jdbc.sql(RUNS + " where job_name = 'publish' and parameters ->> 'job' = :job and parameters ->> 'period' = :period"
                        + " order by create_time desc, id desc limit 1")
                .param("job", jobName).param("period", periodCode).query(RunHistory::view).optional();
    }

    private static RunView view(ResultSet rs, int row) throws SQLException {
        String batchJob = rs.getString("job_name");
        String jobName = batchJob.equals("publish") ? rs.getString("p_job") : batchJob;
        String scope = rs.getString("p_scope");
        String file = rs.getString("p_file");
        String subject = file != null ? Path.of(file).getFileName().toString() : rs.getString("p_unit");
        String status = status(rs.getString("status"), rs.getString("plan_exit"));
        String message = RunMessages.readable(Optional.ofNullable(rs.getString("step_message"))
                .filter(text -> !text.isBlank()).orElse(rs.getString("exit_message")));
        return new RunView(rs.getLong("id"), rs.getLong("job_execution_id"), jobName, subject, rs.getString("p_period"),
                Optional.ofNullable(rs.getString("p_trigger")).orElse("CLI"),
                status, Optional.ofNullable(rs.getString("p_requested_by")).orElse("wardstat"),
                scope == null || scope.isBlank() ? List.of() : Arrays.asList(scope.split(",")),
                instant(rs, "create_time"), instant(rs, "end_time"), instant(rs, "render_started"),
                rs.getInt("items_total"), rs.getInt("items_done"), message);
    }

    /** Spring Batch's statuses as people read them: a run waiting for data is not "stopped". */
    static String status(String batchStatus, String planExit) {
        return switch (batchStatus) {
            case "STARTING", "STARTED", "STOPPING" -> RunView.RUNNING;
            case "STOPPED" -> PlannedItems.WAITING.equals(planExit) ? RunView.WAITING : "STOPPED";
            case "COMPLETED", "FAILED", "ABANDONED" -> batchStatus;
            default -> RunView.FAILED;
        };
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
