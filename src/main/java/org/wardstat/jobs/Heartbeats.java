package org.wardstat.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.wardstat.system.Messages;

/**
 * What Spring Batch lacks: telling a run whose process died from one still going. Every process
 * beats (in {@code run_heartbeat}) for the job executions it runs and the partitions it works
 * on; an execution still "started" whose beat has stopped for {@code wardstat.runs.silence} is
 * marked failed (Spring Batch's {@link JobOperator#recover}), ready for {@code runs restart}, by
 * whichever process looks next: a command, the scheduler, a worker.
 */
@Component
public class Heartbeats implements JobExecutionListener, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(Heartbeats.class);

    private final JdbcClient jdbc;
    private final JobRepository repository;
    private final Duration silence;
    private final String host = RunHost.name();
    private final Set<Long> jobs = ConcurrentHashMap.newKeySet();
    private final Set<Long> steps = ConcurrentHashMap.newKeySet();
    private ThreadPoolTaskScheduler timer;

    Heartbeats(JdbcClient jdbc, JobRepository repository, @Value("${wardstat.runs.silence:PT1M}") Duration silence) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.silence = silence;
    }

    /** Beats for a run from the moment it is launched, before it leaves the queue. */
    public void watch(long jobExecutionId) {
        beat("job", jobExecutionId);
        jobs.add(jobExecutionId);
        startTimer();
    }

    @Override
    public void beforeJob(JobExecution execution) {
        watch(execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        jobs.remove(execution.getId());
        forget("job", execution.getId());
    }

    /** Where a partition ran (machine/process), kept with it: the run page and the tests can tell the workers apart. */
    static final String HOST = "host";

    @Override
    public void beforeStep(StepExecution execution) {
        execution.getExecutionContext().putString(HOST, host);
        beat("step", execution.getId());
        steps.add(execution.getId());
        startTimer();
    }

    @Override
    public ExitStatus afterStep(StepExecution execution) {
        steps.remove(execution.getId());
        forget("step", execution.getId());
        return null;
    }

    /**
     * Marks failed every run whose process stopped beating (or never beat, started longer ago
     * than the silence allows), with its partitions; returns their execution ids.
     */
    public List<Long> recoverDead(JobOperator operator) {
        List<Long> dead = jdbc.sql("""
                select e.job_execution_id from batch_job_execution e
                left join run_heartbeat h on h.execution_kind = 'job' and h.execution_id = e.job_execution_id
                where e.status in ('STARTING', 'STARTED', 'STOPPING')
                  and coalesce(h.beat_at, e.last_updated, e.create_time) < now() - make_interval(secs => :seconds)
                """).param("seconds", silence.toSeconds()).query(Long.class).list();
        for (long id : dead) {
            JobExecution execution = repository.getJobExecution(id);
            if (execution == null || !execution.isRunning()) {
                continue;
            }
            JobExecution recovered = operator.recover(execution);
            recovered.setExitStatus(ExitStatus.FAILED.addExitDescription(Messages.vietnamese().get("run.abandoned")));
            repository.update(recovered);
            forget("job", id);
            log.warn("Run execution {} had no heartbeat for {}: marked failed, ready to restart", id, silence);
        }
        return dead;
    }

    /** Partitions taken by a worker that has since stopped beating (killed, or its machine gone). */
    public List<Long> deadPartitions() {
        return jdbc.sql("""
                select s.step_execution_id from batch_step_execution s
                join run_heartbeat h on h.execution_kind = 'step' and h.execution_id = s.step_execution_id
                where s.status in ('STARTING', 'STARTED') and h.beat_at < now() - make_interval(secs => :seconds)
                """).param("seconds", silence.toSeconds()).query(Long.class).list();
    }

    /**
     * Marks failed the partitions whose worker stopped beating, so the run waiting on them (this
     * process's, polling the job repository) sees its render step fail instead of waiting for ever;
     * {@code runs restart} then sends those partitions again, to go on where they stopped.
     */
    public List<Long> failDeadPartitions() {
        List<Long> dead = deadPartitions();
        for (long id : dead) {
            StepExecution step = repository.getStepExecution(id);
            if (step == null || !step.getStatus().isRunning()) {
                continue;
            }
            step.setStatus(org.springframework.batch.core.BatchStatus.FAILED);
            step.setExitStatus(ExitStatus.FAILED.addExitDescription(Messages.vietnamese().get("run.worker-died", silence.toSeconds())));
            step.setEndTime(java.time.LocalDateTime.now());
            repository.update(step);
            log.warn("Partition {} ({}) had no heartbeat from its worker for {}: marked failed", id, step.getStepName(), silence);
        }
        return dead;
    }

    Duration silence() {
        return silence;
    }

    private void beatAll() {
        try {
            jobs.forEach(id -> beat("job", id));
            steps.forEach(id -> beat("step", id));
            if (!jobs.isEmpty()) {
                failDeadPartitions(); // this process runs jobs: its partitions may be in workers that died
            }
        } catch (RuntimeException e) {
            log.warn("Heartbeat not written: {}", e.getMessage());
        }
    }

    private void beat(String kind, long id) {
        jdbc.sql("""
                insert into run_heartbeat (execution_kind, execution_id, host) values (:kind, :id, :host)
                on conflict (execution_kind, execution_id) do update set beat_at = now(), host = excluded.host
                """).param("kind", kind).param("id", id).param("host", host).update();
    }

    private void forget(String kind, long id) {
        jdbc.sql("delete from run_heartbeat where execution_kind = :kind and execution_id = :id")
                .param("kind", kind).param("id", id).update();
    }

    private synchronized void startTimer() {
        if (timer == null) {
            timer = new ThreadPoolTaskScheduler();
            timer.setThreadNamePrefix("wardstat-heartbeat-");
            timer.setDaemon(true);
            timer.initialize();
            timer.scheduleWithFixedDelay(this::beatAll, silence.dividedBy(4));
        }
    }

    @jakarta.annotation.PreDestroy
    synchronized void stop() {
        if (timer != null) {
            timer.shutdown();
        }
    }
}
