package org.wardstat.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.wardstat.analytics.Window;
import org.wardstat.audit.AuditTrail;
import org.wardstat.report.ReportService;

/**
 * Starts every run through Spring Batch's {@link JobOperator}: a job definition's run (from the
 * scheduler, "run now", the command line), a one-off report (the command line, the web), the
 * demo; restarts and abandons them. A run starts in the background and is followed with
 * {@link RunFollower}; whether it may start (already running, already completed) is the job
 * repository's answer.
 */
@Service
public class RunLauncher {

    public enum Result { STARTED, ALREADY_RUNNING, ALREADY_COMPLETED }

    /** What came of asking for a run: the run (job instance) and the attempt (job execution) concerned. */
    public record Launch(Result result, long run, long executionId) {
        public boolean started() {
            return result == Result.STARTED;
        }
    }

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job publishJob;
    private final Job reportJob;
    private final Job demoJob;
    private final Heartbeats heartbeats;
    private final RunHistory history;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final AuditTrail audit;

    RunLauncher(JobRepository repository, Job publishJob, Job reportJob, Job demoJob, Heartbeats heartbeats, RunHistory history,
                JdbcClient jdbc, java.time.Clock clock, AuditTrail audit) throws Exception {
        this.clock = clock;
        this.audit = audit;
        MapJobRegistry registry = new MapJobRegistry(); // restart finds the job by its name here
        for (Job job : List.of(publishJob, reportJob, demoJob)) {
            registry.register(job);
        }
        this.operator = backgroundOperator(repository, registry);
        this.repository = repository;
        this.publishJob = publishJob;
        this.reportJob = reportJob;
        this.demoJob = demoJob;
        this.heartbeats = heartbeats;
        this.history = history;
        this.jdbc = jdbc;
    }

    /**
     * A job definition's run for a period. Without {@code again}, the job and the period are the
     * run: a second ask while it runs, or after it completed, is told so; after it failed (or
     * while it waits for data), asking again restarts it. {@code again} starts a new run unless
     * one of that job and period is going. Two servers asking at once are settled by the job
     * repository: the job and period (without a run number) are one job instance.
     */
    public Launch publish(JobDefinition job, Window window, RunParameters.Trigger trigger, String requestedBy, Instant scheduledFor,
                          boolean again) {
        Launch launch = publishRun(job, window, trigger, requestedBy, scheduledFor, again);
        if (RequestAudit.askedByAPerson(trigger)) {
            audit.record(RequestAudit.actor(trigger, requestedBy), "report-request", job.scope().size() == 1 ? job.scope().get(0) : null,
                    RequestAudit.publish(job, window, launch));
        }
        return launch;
    }

    private Launch publishRun(JobDefinition job, Window window, RunParameters.Trigger trigger, String requestedBy, Instant scheduledFor,
                              boolean again) {
        recoverDead();
        Optional<RunView> going = history.running(job.name(), window.code());
        if (going.isPresent()) {
            return new Launch(Result.ALREADY_RUNNING, going.get().id(), going.get().executionId());
        }
        Optional<RunView> latest = history.latest(job.name(), window.code());
        if (!again && latest.isPresent()) {
            // the job and period ran before, perhaps asked for again: its latest run answers for it
            if (latest.get().completed()) {
                return new Launch(Result.ALREADY_COMPLETED, latest.get().id(), latest.get().executionId());
            }
            Optional<Launch> restarted = restart(latest.get().id());
            if (restarted.isPresent()) {
                return restarted.get();
            }
        }
        // an abandoned run is never taken up again: its job and period run anew, as a new instance
        boolean anew = again || latest.filter(run -> run.status().equals("ABANDONED")).isPresent();
        return start(publishJob, RunParameters.publish(job, window, trigger, requestedBy, scheduledFor, anew ? nextRunNumber() : null,
                clock.instant()));
    }

    /** A one-off report: always a new run, however often the same report is asked for. */
    public Launch report(String unit, Window window, Set<ReportService.Format> formats, String language, RunParameters.Trigger trigger,
                         String requestedBy) {
        recoverDead();
        Launch launch = start(reportJob, RunParameters.report(unit, window, formats, language, trigger, requestedBy, nextRunNumber(),
                clock.instant()));
        audit.record(RequestAudit.actor(trigger, requestedBy), "report-request", unit, RequestAudit.report(unit, window, formats, launch));
        return launch;
    }

    public Launch demo(String requestedBy, String language) {
        recoverDead();
        return start(demoJob, RunParameters.demo(requestedBy, language, nextRunNumber(), clock.instant()));
    }

    /**
     * Takes a failed (or interrupted, or waiting) run up again from where it stopped: steps and
     * reports done stay done. Empty when the run is not one that can be restarted.
     */
    public Optional<Launch> restart(long run) {
        recoverDead();
        Optional<RunView> view = history.find(run);
        if (view.isEmpty() || view.get().running() || view.get().completed() || view.get().status().equals("ABANDONED")) {
            return Optional.empty();
        }
        JobExecution last = repository.getJobExecution(view.get().executionId());
        try {
            JobExecution restarted = operator.restart(last);
            heartbeats.watch(restarted.getId());
            return Optional.of(new Launch(Result.STARTED, restarted.getJobInstanceId(), restarted.getId()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Gives a failed run up for good: it is never restarted, and its job and period may run anew. */
    public boolean abandon(long run) {
        recoverDead();
        Optional<RunView> view = history.find(run);
        if (view.isEmpty() || view.get().running() || view.get().completed()) {
            return false;
        }
        try {
            operator.abandon(repository.getJobExecution(view.get().executionId()));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Marks failed the runs whose process died; this is how a command finds a killed run restartable. */
    public void recoverDead() {
        heartbeats.recoverDead(operator);
    }

    private Launch start(Job job, JobParameters parameters) {
        try {
            JobExecution execution = operator.start(job, parameters);
            heartbeats.watch(execution.getId());
            return new Launch(Result.STARTED, execution.getJobInstanceId(), execution.getId());
        } catch (JobExecutionAlreadyRunningException e) {
            return existing(job, parameters, Result.ALREADY_RUNNING);
        } catch (JobInstanceAlreadyCompleteException e) {
            return existing(job, parameters, Result.ALREADY_COMPLETED);
        } catch (DataAccessException | IllegalStateException e) {
            // another server created the same run between our look and our insert (a unique key, or Spring
            // Batch's own "JobInstance must not already exist"): it is that server's
            if (repository.getJobInstance(job.getName(), parameters) == null) {
                throw e;
            }
            return existing(job, parameters, Result.ALREADY_RUNNING);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The run that made ours refused; the other server may take a moment to record its first attempt. */
    private Launch existing(Job job, JobParameters parameters, Result result) {
        for (int attempt = 0; attempt < 50; attempt++) {
            JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
            if (last != null) {
                return new Launch(result, last.getJobInstanceId(), last.getId());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("No run of " + job.getName() + " " + parameters + " after it was refused as " + result);
    }

    /**
     * Spring Batch's operator on two background threads: a page or a command gets the run's
     * number at once and follows its progress, and a burst of web requests queues behind the
     * running ones instead of starving the scheduled run. (Boot's own operator stays synchronous
     * for the loads, whose callers wait for the outcome.)
     */
    private static JobOperator backgroundOperator(JobRepository repository, JobRegistry registry) throws Exception {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setThreadNamePrefix("wardstat-run-");
        executor.setDaemon(true); // a command waits for its run (RunFollower); a server's shutdown does not wait for one
        executor.initialize();
        TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
        operator.setJobRepository(repository);
        operator.setJobRegistry(registry);
        operator.setTaskExecutor(executor);
        operator.afterPropertiesSet();
        return operator;
    }

    private long nextRunNumber() {
        return jdbc.sql("select nextval('run_number')").query(Long.class).single();
    }
}
