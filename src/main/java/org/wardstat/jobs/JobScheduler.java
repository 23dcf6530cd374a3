package org.wardstat.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.wardstat.analytics.Window;
import org.wardstat.system.Messages;

/**
 * Fires the jobs in {@code jobs/} on their schedules. Time comes from the application clock, so
 * tests move it by hand and call {@link #tick()}. At start, fires missed while no server ran are
 * made up ({@link #catchUp()}); which server runs a fire is settled by the job repository (the
 * job and the period are the run's identity), so two servers on one database both tick and only
 * one of them works. A run that stopped waiting for data is tried again at each tick.
 */
@Component
public class JobScheduler {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);
    /** A fire more than this many periods behind is not made up: a year of monthly reports at most. */
    private static final int CATCH_UP_LIMIT = 12;
    /** A run waiting for data is tried again this often: files come in hours, not seconds, and each try is a line in the log. */
    private static final java.time.Duration WAITING_RETRY = java.time.Duration.ofMinutes(10);
    private final JobDefinitions jobs;
    private final RunLauncher launcher;
    private final RunHistory history;
    private final RunFollower follower;
    private final Clock clock;
    private final RunProgress progress = new LogProgress(log);
    private Instant lastTick;
    /** When each waiting run was last tried by this scheduler. */
    private final java.util.Map<Long, Instant> waitingTried = new java.util.HashMap<>();
    private List<JobDefinition> definitions = List.of();
    private ScheduledExecutorService timer;

    JobScheduler(JobDefinitions jobs, RunLauncher launcher, RunHistory history, RunFollower follower, Clock clock) {
        this.jobs = jobs;
        this.launcher = launcher;
        this.history = history;
        this.follower = follower;
        this.clock = clock;
    }

    /**
     * Reads the job definitions (a bad file stops the start with its file and line), makes up
     * missed fires, then ticks every 30 seconds.
     */
    public synchronized void start() {
        definitions = jobs.all();
        timer = Executors.newScheduledThreadPool(1, task -> {
            Thread thread = new Thread(task, "wardstat-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        timer.execute(this::catchUp);
        timer.scheduleWithFixedDelay(this::tickSafely, 30, 30, TimeUnit.SECONDS);
    }

    @jakarta.annotation.PreDestroy
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Makes up, oldest first, every fire since the job's last recorded one (only the latest for a job never run). */
    public synchronized List<RunView> catchUp() {
        Instant now = clock.instant();
        launcher.recoverDead();
        definitions = jobs.all();
        List<RunView> ran = new ArrayList<>();
        for (JobDefinition job : definitions) {
            if (!job.catchUp()) {
                continue;
            }
            List<Instant> missed = history.lastScheduledFire(job.name())
                    .map(last -> job.schedule().firesBetween(last, now, CATCH_UP_LIMIT))
                    .orElseGet(() -> job.schedule().latestAtOrBefore(now).map(List::of).orElse(List.of()));
            for (Instant fire : missed) {
                fire(job, fire, RunParameters.Trigger.CATCH_UP).ifPresent(ran::add);
            }
        }
        lastTick = now;
        return ran;
    }

    /** Fires every job whose time came since the last tick, and tries again the runs waiting for data. */
    public synchronized List<RunView> tick() {
        Instant now = clock.instant();
        Instant since = lastTick == null ? now : lastTick;
        lastTick = now;
        reloadDefinitions();
        launcher.recoverDead();
        List<RunView> ran = new ArrayList<>();
        for (JobDefinition job : definitions) {
            for (RunView waiting : history.waiting(job.name())) {
                Instant tried = waitingTried.putIfAbsent(waiting.id(), now); // first seen now: tried after the pause
                if (tried != null && !now.isBefore(tried.plus(WAITING_RETRY))) {
                    waitingTried.put(waiting.id(), now);
                    launcher.restart(waiting.id()).map(launch -> follower.await(launch, progress)).ifPresent(ran::add);
                }
            }
            for (Instant fire : job.schedule().firesBetween(since, now, CATCH_UP_LIMIT)) {
                fire(job, fire, RunParameters.Trigger.SCHEDULE).ifPresent(ran::add);
            }
        }
        return ran;
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.error("wardstat scheduler: {}", e.getMessage(), e);
        }
    }

    /** An edit to a job file is picked up at the next tick; a broken edit keeps the jobs as they were, and says so. */
    private void reloadDefinitions() {
        try {
            definitions = jobs.all();
        } catch (JobFileException e) {
            log.error("{} (giữ nguyên các việc đã đọc trước đó)", e.getMessage());
        }
    }

    private Optional<RunView> fire(JobDefinition job, Instant fire, RunParameters.Trigger trigger) {
        Window window = job.periodAt(fire);
        RunLauncher.Launch launch = launcher.publish(job, window, trigger, "wardstat", fire, false);
        if (!launch.started()) {
            log.info(Messages.vietnamese().get("cli.run." + launch.result().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    job.name(), window.code(), launch.run()));
            return Optional.empty();
        }
        return Optional.of(follower.await(launch, progress));
    }

    public Optional<Instant> nextFire(String jobName) {
        return definitions.stream().filter(job -> job.name().equals(jobName)).findFirst()
                .or(() -> jobs.all().stream().filter(job -> job.name().equals(jobName)).findFirst())
                .flatMap(job -> job.schedule().next(clock.instant()));
    }
}
